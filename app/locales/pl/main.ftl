## Site frame
# Same as in English: the platform's name.
site-name = International Knowledge Platform
site-description = Wydarzenia i dobre praktyki w zakresie przyjmowania osób ubiegających się o azyl – od International Knowledge Platform agencji COA.
skip-to-content = Przejdź do treści
language-choice = Język
footer-organiser = COA International Knowledge Platform · Centralna Agencja ds. Przyjmowania Osób Ubiegających się o Azyl
footer-staff = Logowanie dla personelu
not-found-title = Nie znaleziono strony
not-found-body = Pod tym adresem nie ma żadnej strony. Link może być nieaktualny lub zawierać błąd.
back-home = Przejdź do strony głównej
loading = Ładowanie…
optional = (opcjonalnie)

## Dates
date = { $day } { $month } { $year }
date-range-same-month = { $start }–{ $end } { $month } { $year }
date-range = { $start } – { $end }
date-time = { $date }, godz. { $time } ({ $zone })
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## Events
home-title = Wydarzenia
home-intro = Międzynarodowa wymiana doświadczeń w zakresie przyjmowania osób ubiegających się o azyl i udzielania im wsparcia.
home-no-events = Nie ma jeszcze żadnych wydarzeń.
fact-event = Wydarzenie
fact-dates = Termin
fact-venue = Miejsce
fact-timezone = Godziny w strefie czasowej
fact-attendance = Forma udziału
register-action = Zarejestruj się
registration-closed = Rejestracja jest zamknięta.
event-objectives = Cele
event-target-groups = Dla kogo
places-left = { $left ->
    [one] Zostało { $left } z { $limit } miejsc stacjonarnych
    [few] Zostały { $left } z { $limit } miejsc stacjonarnych
    [many] Zostało { $left } z { $limit } miejsc stacjonarnych
   *[other] Zostało { $left } z { $limit } miejsc stacjonarnych
}
in-person-full = Wszystkie miejsca stacjonarne ({ $limit }) są zajęte: można zapisać się na listę oczekujących lub wziąć udział online
online-unlimited = udział online bez limitu miejsc

## Registration form
register-title = Rejestracja
register-full-notice = Wszystkie miejsca stacjonarne są zajęte. Mogą Państwo zarejestrować się na udział online albo zapisać się na listę oczekujących na miejsce stacjonarne. Jeśli jakieś miejsce się zwolni, wyślemy Państwu e-mail. Do tego czasu mogą Państwo uczestniczyć online.
register-all-required = Wszystkie pola są wymagane, chyba że oznaczono je jako opcjonalne.
register-submit = Zarejestruj się
register-again = Zarejestruj się ponownie
field-name = Imię i nazwisko
field-email = Adres e-mail
field-organisation = Organizacja
field-function = Stanowisko lub funkcja
field-organisation-type = Rodzaj organizacji
organisation-type-unsaid = Nie podano
organisation-type-reception-agency = Instytucja odpowiedzialna za przyjmowanie osób ubiegających się o azyl
organisation-type-ministry = Ministerstwo lub organ krajowy
organisation-type-municipality = Gmina lub region
organisation-type-ngo = Organizacja pozarządowa
organisation-type-international = Organizacja międzynarodowa
organisation-type-research = Nauka lub edukacja
organisation-type-other = Inne
error-organisation-type-invalid = Proszę wybrać rodzaj organizacji z listy lub pozostawić to pole puste.
field-country = Kraj
field-attendance = W jakiej formie wezmą Państwo udział?
field-language = Język wiadomości e-mail
field-accessibility-needs = Potrzeby w zakresie dostępności
field-dietary-needs = Wymagania dietetyczne
field-list-consent = Zgadzam się na pokazanie mojego imienia i nazwiska, organizacji i kraju na liście uczestników
field-privacy-consent = Wiem, jak będą wykorzystywane moje dane, i wyrażam na to zgodę
field-password = Hasło
choose-country = Proszę wybrać kraj
attendance-in-person = Stacjonarnie
attendance-in-person-waitlist = Stacjonarnie: zapis na listę oczekujących (do tego czasu udział online)
# Same as in English: the same word in this language.
attendance-online = Online
hint-language = W tym języku będziemy do Państwa pisać.
hint-accessibility-needs = Na przykład dostęp bez schodów, tłumaczenie na język migowy lub materiały w dużym druku.
hint-dietary-needs = Dotyczy tylko osób uczestniczących stacjonarnie.
privacy-title = Państwa dane
privacy-summary = COA przechowuje Państwa rejestrację w celu organizacji tego wydarzenia: aby potwierdzić Państwa miejsce, przesyłać informacje praktyczne i potwierdzić obecność na miejscu. Widzi ją wyłącznie zespół organizacyjny. Potrzeby w zakresie dostępności i wymagania dietetyczne usuwamy 30 dni po wydarzeniu, a pozostałe dane – { $days ->
    [one] { $days } dzień po wydarzeniu
   *[other] { $days } dni po wydarzeniu
}. W każdej chwili mogą Państwo wyświetlić, zmienić, pobrać lub usunąć swoje dane za pomocą linku z e-maila potwierdzającego.

## Errors
error-summary-title = Wystąpił problem
error-prefix = Błąd:
error-invalid = Niektóre pola wymagają uwagi.
error-duplicate = To już istnieje.
error-not-found = Nie udało się tego znaleźć. Link może być nieaktualny lub zawierać błąd.
error-unauthorized = Proszę się zalogować, aby zobaczyć tę stronę.
error-forbidden = To konto nie ma dostępu do tej strony.
error-rate-limited = Zbyt wiele prób z Państwa połączenia. Proszę odczekać minutę i spróbować ponownie.
error-internal = Coś poszło nie tak po naszej stronie. Nic nie zostało zapisane. Proszę spróbować ponownie za chwilę.
error-bad-request = Nie udało się zrozumieć tego żądania: czegoś w nim brakuje lub ma nieprawidłową postać. Proszę odświeżyć stronę i spróbować ponownie.
error-request-too-large = Formularz nie może przyjąć aż tyle danych. Proszę skrócić treść i wysłać ją ponownie.
error-cross-site = Ten formularz został wysłany z innej witryny i dlatego został odrzucony. Proszę otworzyć stronę w tej witrynie i wysłać formularz stamtąd.
error-connection = Nie udało się połączyć z serwerem. Proszę sprawdzić połączenie i spróbować ponownie.
error-capacity-too-low = Liczba miejsc nie może być mniejsza niż liczba miejsc już przydzielonych lub zaoferowanych ({ $taken }).
error-capacity-number = Proszę podać liczbę miejsc jako liczbę całkowitą, na przykład 150.
error-required = Proszę wypełnić to pole.
error-too-long = Tekst jest za długi. Proszę go skrócić.
error-email-invalid = Proszę podać adres e-mail w postaci nazwa@example.org.
error-country-invalid = Proszę wybrać kraj z listy.
error-attendance-invalid = Proszę wybrać udział stacjonarny lub online.
error-language-invalid = Proszę wybrać język z listy.
error-consent-required = Proszę zaznaczyć pole, aby wyrazić zgodę. Bez zgody nie możemy przyjąć rejestracji.
error-control-characters = Tekst zawiera niedozwolone znaki.
error-email-taken = Ten adres e-mail jest już zarejestrowany na to wydarzenie. Aby zmienić rejestrację, proszę użyć linku z e-maila potwierdzającego.
error-registration-closed = Rejestracja na to wydarzenie jest zamknięta.
error-registration-cancelled = Ta rejestracja została anulowana i nie można jej już zmienić.
error-no-offer = Dla tej rejestracji nie ma aktualnej oferty miejsca.
error-offer-expired = Ta oferta wygasła. Miejsce otrzymała następna osoba z listy oczekujących.
error-confirm-cancel = Proszę zaznaczyć pole, aby potwierdzić, że chcą Państwo anulować rejestrację.
error-sign-in = Nieprawidłowy adres e-mail lub hasło. Po pięciu błędnych hasłach z rzędu konto zostaje zablokowane na 15 minut.
error-password-too-short = Hasło musi mieć co najmniej 12 znaków.

## Manage page
manage-title = Państwa rejestracja
manage-welcome = Dziękujemy za rejestrację. Wysłaliśmy do Państwa e-mail z linkiem do tej strony. Prosimy go zachować – dzięki niemu można zmienić lub anulować rejestrację.
manage-saved = Zmiany zostały zapisane.
manage-change-title = Zmiana danych
manage-change-hint = Tutaj mogą Państwo zmienić formę udziału ze stacjonarnej na online i odwrotnie. Po rezygnacji z miejsca stacjonarnego otrzyma je następna osoba z listy oczekujących.
manage-save = Zapisz zmiany
manage-cancel-title = Anulowanie rejestracji
manage-cancel-hint = Jeśli nie mogą Państwo przyjechać, prosimy anulować rejestrację, aby Państwa miejsce mogła otrzymać osoba z listy oczekujących.
manage-cancel-confirm = Tak, chcę anulować moją rejestrację
manage-cancel-submit = Anuluj rejestrację
status-confirmed-in-person = Państwa miejsce stacjonarne jest potwierdzone.
status-confirmed-online = Państwa rejestracja na udział online jest potwierdzona.
status-waitlisted = Zajmują Państwo pozycję { $position } na liście oczekujących na miejsce stacjonarne. Do tego czasu serdecznie zapraszamy do udziału online.
status-offered = Miejsce stacjonarne jest zarezerwowane dla Państwa do { $deadline }. Czy chcą Państwo je przyjąć?
status-cancelled = Ta rejestracja została anulowana.
offer-accept = Tak, przyjmuję miejsce
offer-decline = Nie, zostaję przy udziale online

## Staff
staff-sign-in = Logowanie dla personelu
staff-sign-out = Wyloguj się
staff-title = Panel organizacyjny
staff-signed-in-as = Zalogowano jako { $name }
staff-registrations = Rejestracje
staff-registrations-count = { $count ->
    [one] { $count } rejestracja
    [few] { $count } rejestracje
    [many] { $count } rejestracji
   *[other] { $count } rejestracji
}
staff-capacity = Limit miejsc stacjonarnych
staff-confirmed = Potwierdzone
staff-offered = Zaoferowane
staff-waitlisted = Na liście oczekujących
staff-left = Wolne
# Same as in English: the same word in this language.
staff-online = Online
staff-capacity-label = Nowy limit miejsc stacjonarnych
staff-capacity-save = Zmień limit miejsc
# Same as in English: the same word in this language.
staff-status = Status
staff-registered-on = Data rejestracji
staff-status-confirmed = Potwierdzona
staff-status-waitlisted = Na liście oczekujących
staff-status-offered = Zaoferowano miejsce
staff-status-cancelled = Anulowana

## Emails
email-greeting = Dzień dobry, { $name },
email-signature = Zespół COA International Knowledge Platform
email-manage-intro = Za pomocą poniższego przycisku mogą Państwo wyświetlić, zmienić lub anulować swoją rejestrację. Link jest osobisty – prosimy nikomu go nie udostępniać.
email-manage-action = Zarządzaj moją rejestracją
email-calendar-attached = W załączniku przesyłamy wydarzenie w postaci pliku kalendarza.
email-check-in-code = Przy wejściu prosimy okazać poniższy kod QR (jest też na stronie Państwa rejestracji). Obsługa zeskanuje go, aby potwierdzić Państwa obecność.
email-check-in-alt = Państwa kod wejściowy
email-confirmed-subject = Potwierdzenie rejestracji: { $event }
email-confirmed-in-person = Państwa miejsce stacjonarne na wydarzeniu { $event } jest potwierdzone. Z przyjemnością powitamy Państwa na miejscu: { $venue }.
email-confirmed-online = Państwa rejestracja na udział online w wydarzeniu { $event } jest potwierdzona. Sesje można oglądać na żywo na stronie Państwa rejestracji.
email-waitlisted-subject = Zapis na listę oczekujących: { $event }
email-waitlisted-body = Wszystkie miejsca stacjonarne są zajęte. Zajmują Państwo pozycję { $position } na liście oczekujących. Gdy zwolni się miejsce, wyślemy Państwu e-mail z ofertą ważną przez { $hours ->
    [one] { $hours } godzinę
    [few] { $hours } godziny
    [many] { $hours } godzin
   *[other] { $hours } godzin
}.
email-waitlisted-online = Do tego czasu serdecznie zapraszamy do udziału online.
email-offer-subject = Miejsce dla Państwa: { $event }
email-offer-body = Zwolniło się miejsce stacjonarne. Będzie Państwa, jeśli przyjmą je Państwo najpóźniej do { $deadline }.
email-offer-after = Jeśli nie odpowiedzą Państwo w terminie, miejsce otrzyma następna osoba z listy oczekujących, a Państwa rejestracja na udział online pozostanie aktywna.
email-offer-action = Przyjmij lub odrzuć miejsce
email-offer-expired-subject = Oferta miejsca wygasła: { $event }
email-offer-expired-body = Miejsce stacjonarne nie zostało przyjęte w terminie, dlatego otrzymała je następna osoba z listy oczekujących. Państwa rejestracja na udział online pozostaje aktywna.
email-cancelled-subject = Rejestracja anulowana: { $event }
email-cancelled-body = Zgodnie z Państwa prośbą rejestracja została anulowana. Dopóki rejestracja jest otwarta, mogą Państwo zarejestrować się ponownie.

## Programme: sign-ups and their refusals
refusal-no-sign-up = Sesje plenarne są otwarte dla wszystkich – nie trzeba się na nie zapisywać.
refusal-visits-in-person-only = Wizyty studyjne są przeznaczone dla osób uczestniczących stacjonarnie. Państwa rejestracja dotyczy udziału online (lub nadal czekają Państwo na miejsce stacjonarne), dlatego zapis na wizytę nie jest możliwy.
refusal-in-person-only = Ta sesja odbywa się wyłącznie na sali. Osoby uczestniczące online mogą wybierać sesje online i hybrydowe.
refusal-online-only = Ta sesja odbywa się wyłącznie online. Osoby uczestniczące stacjonarnie mogą wybierać sesje stacjonarne i hybrydowe.
refusal-clash = Ten punkt programu pokrywa się czasowo z wybranym już przez Państwa punktem „{ $title }”. Jeśli wolą Państwo ten, proszę najpierw zrezygnować z tamtego.
choice-clash = Zespół organizacyjny przesunął sesję: pokrywa się ona teraz czasowo z punktem „{ $title }”, również wybranym przez Państwa. Prosimy zrezygnować z jednego z nich.
refusal-one-visit = Można zapisać się tylko na jedną wizytę studyjną, a Państwa zapis obejmuje już wizytę „{ $title }”.
error-already-chosen = Ten punkt programu jest już przez Państwa wybrany.
error-activity-cancelled = Ten punkt programu został odwołany.
email-activity-offer-subject = Miejsce dla Państwa: „{ $title }”
email-activity-offer-body = Zwolniło się miejsce w punkcie programu „{ $title }”. Będzie Państwa, jeśli przyjmą je Państwo najpóźniej do { $deadline }.
email-activity-offer-after = Jeśli nie odpowiedzą Państwo w terminie, miejsce otrzyma następna osoba z listy oczekujących.
email-activity-offer-expired-subject = Oferta miejsca wygasła: „{ $title }”
email-activity-offer-expired-body = Miejsce w punkcie programu „{ $title }” nie zostało przyjęte w terminie, dlatego otrzymała je następna osoba z listy oczekujących.

## Programme page
programme-title = Program
programme-link = Zobacz program
programme-times-in-zone = Wszystkie godziny podano w strefie czasowej wydarzenia ({ $zone }).
programme-calendar-download = Dodaj cały program do kalendarza (.ics)
programme-nothing-matches = Tego dnia nic nie odpowiada wybranym kryteriom.
programme-visits = Wizyty studyjne
programme-speakers = Osoby prelegujące
programme-filter = Filtruj program
programme-filter-day = Dzień
programme-filter-mode = Forma udziału
programme-filter-theme = Temat
programme-filter-all = Wszystkie
programme-filter-apply = Pokaż
theme-self-reliance = Cyfrowa samodzielność osób mieszkających w ośrodkach
theme-guidance = Indywidualne wsparcie z użyciem narzędzi cyfrowych
theme-intake = Cyfrowa procedura przyjęcia
theme-employees = Kompetencje cyfrowe kadry
theme-risks = Zagrożenia: wykluczenie, prywatność, AI
mode-in_person = Stacjonarnie
# Same as in English: the same word in this language.
mode-online = Online
mode-hybrid = Hybrydowo (stacjonarnie i online)
kind-plenary = Sesja plenarna
kind-breakout = Sesja równoległa
kind-workshop = Warsztaty
kind-visit = Wizyta studyjna
badge-streamed = Transmisja na żywo
badge-cancelled = Odwołane
places-left-of = Wolne miejsca: { $left } z { $capacity }
places-full-waiting = Brak miejsc · { $waiting ->
    [0] lista oczekujących otwarta
    [one] czeka 1 osoba
    [few] czekają { $waiting } osoby
    [many] czeka { $waiting } osób
   *[other] czeka { $waiting } osób
}
places-unlimited = Bez limitu miejsc
places-plenary = Dla wszystkich, bez zapisów
visit-meeting-point = Miejsce zbiórki
visit-transport = Dojazd
visit-bring = Co zabrać

## Programme on the manage page
choices-title = Państwa program
choices-hint = Proszę wybrać jedną sesję równoległą lub jedne warsztaty w każdym przedziale czasowym, a w przypadku udziału stacjonarnego także jedną wizytę studyjną. Wybór można zmieniać do rozpoczęcia wydarzenia.
choice-book = Wybierz
choice-join-waitlist = Zapisz się na listę oczekujących
choice-leave = Zrezygnuj z miejsca
choice-leave-waitlist = Wypisz się z listy oczekujących
choice-confirmed = Mają Państwo zapewnione miejsce.
choice-waitlisted = Zajmują Państwo pozycję { $position } na liście oczekujących.
choice-offered = Miejsce jest zarezerwowane dla Państwa do { $deadline }.
agenda-title = Państwa plan w kalendarzu
agenda-download = Pobierz swój plan (.ics)
agenda-subscribe-hint = Można też zasubskrybować kalendarz: aplikacja kalendarza będzie wtedy uwzględniać każdą zmianę. Każda osoba, która zna ten adres, może zobaczyć Państwa plan. Utworzenie nowego adresu unieważnia poprzedni.
agenda-subscribe = Utwórz adres subskrypcji
agenda-subscribe-done = Proszę skopiować ten adres do aplikacji kalendarza (na przykład „Dodaj kalendarz z adresu URL”):
email-activity-changed-subject = Zmiana w programie: „{ $title }”
email-activity-changed-body = Zespół organizacyjny zmienił punkt programu „{ $title }”, na który są Państwo zapisani. Nowy termin rozpoczęcia: { $when }. Państwa miejsce (lub miejsce na liście oczekujących) pozostaje bez zmian.
email-activity-cancelled-subject = Odwołano: „{ $title }”
email-activity-cancelled-body = Z przykrością informujemy, że punkt programu „{ $title }”, na który są Państwo zapisani, został odwołany. Na stronie swojej rejestracji mogą Państwo wybrać inny punkt programu.
email-activity-released-subject = Zakończenie zapisu: „{ $title }”
email-activity-released-body = Zespół organizacyjny zmienił punkt programu „{ $title }” i nie jest on już dla Państwa dostępny: { $reason } Państwa zapis został zakończony. Na stronie swojej rejestracji mogą Państwo wybrać inny punkt programu.
error-choose-from-list = Proszę wybrać jedną z opcji.
error-day-outside-event = Proszę wybrać jeden z dni wydarzenia.
error-time = Proszę podać godzinę w postaci 09:30.
error-ends-before-start = Zakończenie musi nastąpić po rozpoczęciu.

## Organizers: programme
staff-programme = Program: sesje i wizyty studyjne
staff-activity-new = Dodaj sesję lub wizytę studyjną
staff-activity-kind = Rodzaj
staff-activity-title = Tytuł
staff-activity-summary = Krótki opis
staff-activity-room = Sala
staff-activity-starts = Początek (GG:MM)
staff-activity-ends = Koniec (GG:MM)
staff-activity-capacity = Miejsca stacjonarne
staff-activity-capacity-hint = Puste pole oznacza brak limitu. Po zwiększeniu limitu nowe miejsca zostaną zaoferowane osobom z listy oczekujących. Limit nie może być niższy niż liczba już przydzielonych miejsc.
staff-activity-save = Zapisz
staff-activity-cancel = Odwołaj tę sesję
staff-activity-cancel-hint = Wszystkie zapisane osoby otrzymają e-mail i stracą swoje miejsca.
staff-sign-ups = Zapisane osoby
staff-sign-ups-csv = Pobierz listę zapisanych osób (CSV)
staff-manifest-csv = Pobierz listę osób na wizytę dla ochrony przy wejściu (CSV)
staff-rooms = Sale
staff-room-name = Nazwa sali
staff-room-add = Dodaj salę
staff-speakers = Osoby prelegujące
staff-speaker-add = Dodaj osobę prelegującą
staff-save-changes = Zapisz zmiany
staff-remove = Usuń
staff-activity-speakers = Osoby prelegujące
error-room-in-use = W tej sali nadal odbywają się sesje. Proszę najpierw przypisać im inną salę, a następnie usunąć tę.
activity-sign-up-hint = Po rejestracji sesje i wizytę studyjną można wybrać za pomocą linku z e-maila potwierdzającego.

## Library
email-library-received-subject = Otrzymaliśmy Państwa praktykę „{ $title }”
email-library-received-body = Dziękujemy za udostępnienie praktyki „{ $title }” w bibliotece. Osoba moderująca ją sprawdzi. Poinformujemy Państwa e-mailem, gdy praktyka zostanie opublikowana lub gdy potrzebne będą zmiany.
email-library-changes-subject = Prośba o zmiany: „{ $title }”
email-library-changes-body = Osoba moderująca zapoznała się z praktyką „{ $title }” i przed publikacją prosi o kilka zmian:
email-library-published-subject = Opublikowano: „{ $title }”
email-library-published-body = Praktyka „{ $title }” jest już dostępna w publicznej bibliotece. Dziękujemy za podzielenie się doświadczeniami Państwa organizacji.
email-library-rejected-subject = Praktyka „{ $title }” nie zostanie opublikowana
email-library-rejected-body = Osoba moderująca zapoznała się z praktyką „{ $title }” i zdecydowała, że nie zostanie ona opublikowana, z następującego powodu:
email-library-follow = Za pomocą poniższego linku mogą Państwo śledzić swoją praktykę, a w czasie jej sprawdzania – wprowadzać w niej zmiany.
email-library-action = Śledź swoją praktykę
error-file-too-large = Plik jest większy niż 3 MB. Proszę go zmniejszyć (na przykład zapisać PDF w wersji do internetu) lub go pominąć.
error-file-type = Ten typ pliku nie jest akceptowany. Proszę przesłać plik PDF, DOCX, PPTX, ODT, ODP, PNG lub JPEG, który otwiera się bez problemów.
error-file-empty = Plik jest pusty.
error-theme-required = Proszę wybrać co najmniej jeden temat.
error-practice-closed = Tej praktyki nie można już zmienić za pomocą tego linku.
error-practice-step = Ten krok nie jest teraz możliwy dla tej praktyki. Proszę odświeżyć stronę, aby zobaczyć jej aktualny stan.
error-note-required = Proszę napisać notatkę dla osoby zgłaszającej: co należy zmienić lub dlaczego.

## Best-practice library
nav-library = Biblioteka dobrych praktyk
library-title = Biblioteka dobrych praktyk
library-lead = Doświadczenia organizacji przyjmujących osoby ubiegające się o azyl z całej Europy – udostępnione wszystkim do wykorzystania.
library-open-data = Otwarte dane:
library-search = Wyszukiwanie
library-search-button = Szukaj
filter-all = Wszystkie
library-sort = Kolejność
library-sort-relevance = Od najlepiej dopasowanych
library-sort-newest = Od najnowszych
library-results = { $count ->
    [0] Nie znaleziono praktyk. Proszę użyć mniejszej liczby słów lub innego filtra.
    [one] Jedna praktyka
    [few] { $count } praktyki
    [many] { $count } praktyk
   *[other] { $count } praktyk
}
pager-pages = Strony
pager-previous = Poprzednia strona
pager-next = Następna strona
pager-page-of = Strona { $page } z { $pages }
library-demo = Wpis demonstracyjny
library-demo-notice = To fikcyjny wpis demonstracyjny, który pokazuje, jak działa biblioteka.
library-related = Powiązane praktyki
library-back = Powrót do biblioteki
library-published = Data publikacji
library-download = Pobierz
library-file-size = { $kilobytes } kB
library-contact = Kontakt
library-theme-digital_self_reliance = Cyfrowa samodzielność
library-theme-labour_participation = Udział w rynku pracy
library-theme-sustainability = Zrównoważony rozwój
library-theme-unaccompanied_minors = Małoletni bez opieki
library-theme-health_wellbeing = Zdrowie i dobrostan
library-theme-safety = Bezpieczeństwo
library-theme-housing_placement = Zakwaterowanie i rozmieszczenie
library-theme-participation_codesign = Partycypacja i współprojektowanie
library-theme-data_privacy = Dane i prywatność
library-submit-title = Zgłoś dobrą praktykę
library-submit-lead = Prosimy podzielić się doświadczeniami swojej organizacji. Osoba moderująca czyta każde zgłoszenie przed publikacją. Swoje zgłoszenie mogą Państwo śledzić i zmieniać za pomocą linku, który wyślemy e-mailem.
library-submit-button = Wyślij do sprawdzenia
library-form-required = Pola bez oznaczenia „opcjonalnie” są wymagane.
library-no-event = Brak wydarzenia
library-current-file = Obecny plik: { $name }. Pozostanie bez zmian, jeśli nie wybiorą Państwo innego.
field-title = Tytuł
field-summary = Krótkie streszczenie
field-description = Opis
field-themes = Tematy
field-event = Powiązane wydarzenie
field-contact-name = Imię i nazwisko
field-contact-email = Adres e-mail
field-contact-public = Zgadzam się na opublikowanie mojego imienia i nazwiska oraz adresu e-mail razem z praktyką
field-licence = Licencja
field-file = Plik
hint-summary = Dwa lub trzy zdania: na czym polega praktyka i co udało się dzięki niej osiągnąć.
hint-description = Co zostało zrobione, dla kogo, co się sprawdziło, a co nie. Można używać Markdown: **pogrubienie**, listy z -, linki w postaci [tekst](https://…).
hint-contact = Używamy tych danych, aby informować Państwa o zgłoszeniu. Nie publikujemy ich, chyba że zaznaczą Państwo pole.
hint-licence = Na jakich warunkach inne osoby mogą ponownie wykorzystać udostępnione przez Państwa materiały.
hint-file = Jeden plik PDF, DOCX, PPTX, ODT, ODP, PNG lub JPEG, maksymalnie 3 MB.
licence-cc-by-4-0 = inne osoby mogą ponownie wykorzystać materiał, podając Państwa jako źródło
licence-cc-by-sa-4-0 = jak CC BY, a utwory zależne muszą być udostępniane na tych samych warunkach
licence-cc-by-nc-4-0 = jak CC BY, bez wykorzystania komercyjnego
licence-cc0-1-0 = bez warunków, domena publiczna
library-follow-title = Państwa praktyka
library-sent = Dziękujemy! Otrzymaliśmy Państwa praktykę i wysłaliśmy e-mail z linkiem do tej strony.
library-saved = Zmiany zostały wysłane. Osoba moderująca je sprawdzi.
# Same as in English: the same word in this language.
library-status = Status:
library-see-public = Zobacz w publicznej bibliotece
library-history = Historia
library-edit = Zmień swoją praktykę
library-edit-hint = Po wysłaniu zmian praktyka wraca do kolejki do sprawdzenia. Wersja już opublikowana pozostaje publiczna, dopóki nowa nie zostanie zatwierdzona.
library-resubmit-button = Wyślij zmiany do sprawdzenia
library-withdraw = Wycofanie praktyki
library-withdraw-hint = Wycofanie usuwa praktykę z kolejki do sprawdzenia i z publicznej biblioteki.
library-withdraw-button = Wycofaj moją praktykę
library-closed = Tej praktyki nie można już zmienić.
library-review-submitted = Czeka na sprawdzenie
library-review-changes-requested = Poproszono o zmiany
library-review-published = Opublikowana
library-review-rejected = Nieopublikowana
library-review-withdrawn = Wycofana
library-step-submit = Wysłano do sprawdzenia
library-step-withdraw = Wycofana przez osobę zgłaszającą
library-step-publish = Opublikowano
library-step-request-changes = Poproszono o zmiany
library-step-reject = Odrzucono
library-step-take-down = Wycofano z publikacji
library-moderation = Moderacja biblioteki
library-updated = Ostatnia zmiana
library-has-public = wcześniejsza wersja jest publiczna
library-revision = wersja { $number }
library-submitter = Osoba zgłaszająca
library-preview = Podgląd
library-preview-notice = Podgląd: tak będzie wyglądać praktyka po opublikowaniu.
library-note-required = Notatka dla osoby zgłaszającej (wymagana)
library-note-optional = Notatka dla osoby zgłaszającej (opcjonalnie)
library-do-publish = Opublikuj
library-do-request-changes = Poproś o zmiany
library-do-reject = Odrzuć
library-do-take-down = Wycofaj z publikacji
error-upload-incomplete = Przesyłanie zostało przerwane przed końcem. Proszę wysłać formularz ponownie.
library-themes = Tematy biblioteki
library-themes-hint = Przy zgłaszaniu praktyk można wybierać spośród tych tematów. Wycofany temat nie jest już dostępny do wyboru, ale pozostaje przy praktykach, które go mają. Tematy dostarczone razem z platformą są wyświetlane w tłumaczeniu, dopóki nie zmienią Państwo ich nazwy.
library-theme-add = Dodaj temat
library-theme-name = Nazwa
library-theme-rename = Zmień nazwę
library-theme-retire = Wycofaj
library-theme-restore = Przywróć
library-theme-retired = wycofany
error-practice-changed = Osoba zgłaszająca przesłała nową wersję w czasie, gdy sprawdzali ją Państwo. Proszę odświeżyć stronę, aby sprawdzić nową wersję.

## Your data (from the secret link)
manage-data-link = Wyświetl lub pobierz swoje dane albo je usuń
data-title = Państwa dane
data-intro = To wszystkie dane o Państwu, które ta platforma przechowuje w związku z tym wydarzeniem. Widzą je tylko Państwo (za pomocą swojego linku) i zespół organizacyjny.
data-download = Pobierz jako plik (JSON)
data-back = Powrót do rejestracji
data-registration = Państwa rejestracja
# Same as in English: the same word in this language.
data-status = Status
data-list-consent = Na liście uczestników
data-privacy-consent = Akceptacja informacji o ochronie prywatności
data-registered-at = Data rejestracji
data-updated-at = Ostatnia zmiana
data-checked-in-at = Potwierdzenie obecności na miejscu
data-secret-links = Linki wysłane do Państwa e-mailem (przechowywane wyłącznie w postaci zakodowanej)
data-calendar-feeds = Subskrypcje kalendarza
data-sign-ups = Sesje i wizyty
data-emails = E-maile do Państwa
data-email-waiting = czeka na wysłanie
data-staff-changes = Zmiany wprowadzone przez zespół organizacyjny
data-none = brak
data-yes = tak
data-no = nie
data-erase-title = Usunięcie danych
data-erase-hint = Państwa rejestracja zostanie zakończona, Państwa miejsca otrzymają kolejne osoby oczekujące, nie będziemy już wysyłać do Państwa e-maili, a imię i nazwisko, adres e-mail, organizacja, stanowisko i potrzeby zostaną trwale usunięte. Pozostaną tylko anonimowe dane liczbowe (kraj, data, udział stacjonarny lub online). Tej operacji nie można cofnąć, a ten link przestanie działać.
data-erase-confirm = Tak, usuń moje dane
data-erase-submit = Usuń moje dane
error-confirm-erase = Proszę zaznaczyć pole, aby potwierdzić, że chcą Państwo usunąć swoje dane.
erased-title = Państwa dane zostały usunięte
erased-body = Państwa rejestracja została zakończona, a dane osobowe usunięte. Jeśli jednak zechcą Państwo wziąć udział, mogą się Państwo zarejestrować ponownie.
erased-back = Powrót do wydarzenia

## Privacy notice of an event
privacy-read-notice = Przeczytaj pełną informację o ochronie prywatności (otwiera się w nowej karcie)
privacy-notice-title = Informacja o ochronie prywatności
privacy-notice-intro = Ta informacja wyjaśnia prostymi słowami, co dzieje się z danymi podanymi przy rejestracji na wydarzenie { $event }.
privacy-who-title = Kto przechowuje Państwa dane
privacy-who-body = Państwa dane przechowują na tej platformie organizatorzy wydarzenia (COA, Centralna Agencja ds. Przyjmowania Osób Ubiegających się o Azyl, w imieniu International Knowledge Platform). Platforma działa na ich własnym serwerze: żadna inna firma nie otrzymuje Państwa danych, a strony nie ładują niczego z innych witryn.
privacy-what-title = Jakie dane przechowujemy
privacy-what-body = Imię i nazwisko, adres e-mail, organizację i jej rodzaj, kraj, stanowisko, formę udziału (stacjonarnie lub online) oraz język. Jeśli je Państwo podadzą: potrzeby w zakresie dostępności, wymagania dietetyczne oraz informację, czy Państwa imię i nazwisko może się znaleźć na liście uczestników. Ponadto wybrane przez Państwa sesje i wizyty studyjne, czas potwierdzenia obecności na miejscu oraz wysłane do Państwa e-maile.
privacy-why-title = W jakim celu
privacy-why-body = Aby zorganizować wydarzenie: potwierdzić Państwa miejsce lub miejsce na liście oczekujących, przesyłać informacje praktyczne, potwierdzić obecność przy wejściu oraz policzyć osoby uczestniczące (według kraju, dnia i rodzaju organizacji; te zestawienia nie wskazują nikogo z nazwiska).
privacy-sees-title = Kto ma do nich dostęp
privacy-sees-body = Tylko Państwo, za pomocą linku z e-maila, oraz ten personel organizatorów, który ma rolę na tej platformie (organizatorzy, obsługa wejścia, administratorzy). Inne osoby uczestniczące widzą Państwa imię i nazwisko, organizację i kraj tylko wtedy, gdy zgodzili się Państwo na umieszczenie na liście uczestników. Każda zmiana w Państwa rejestracji wprowadzona przez personel jest odnotowywana.
privacy-how-long-title = Jak długo
privacy-how-long-body = Potrzeby w zakresie dostępności i wymagania dietetyczne są usuwane 30 dni po wydarzeniu. Wszystkie pozostałe dane osobowe są anonimizowane { $days ->
    [one] { $days } dzień po wydarzeniu
   *[other] { $days } dni po wydarzeniu
}; pozostają tylko zestawienia liczbowe.
privacy-rights-title = Państwa prawa
privacy-rights-body = Za pomocą linku z e-maila potwierdzającego mogą Państwo w każdej chwili wyświetlić, poprawić, pobrać (jako plik) i usunąć swoje dane. Usunięcie danych kończy rejestrację, a Państwa miejsce otrzymuje następna osoba oczekująca.
error-registration-anonymised = Dane osobowe z tej rejestracji zostały usunięte; nie można jej już zmienić.
