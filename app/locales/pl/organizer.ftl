# The organizers' console: registrations, corrections, exports, audit log.

organizer-registrations = Rejestracje
organizer-registrations-of = Rejestracje: { $event }
organizer-back-to-dashboard = Powrót do przeglądu wydarzenia
organizer-back-to-list = Powrót do listy rejestracji
organizer-search = Imię i nazwisko, e-mail lub organizacja
organizer-search-button = Szukaj
organizer-sort = Kolejność
organizer-sort-newest = Od najnowszych
organizer-sort-oldest = Od najstarszych
organizer-sort-name = Imię i nazwisko
organizer-sort-country = Kraj
organizer-sort-waitlist = Kolejność na liście oczekujących
organizer-registrations-found = { $count ->
    [one] Jedna rejestracja
    [few] { $count } rejestracje
    [many] { $count } rejestracji
   *[other] { $count } rejestracji
}
organizer-export = Pobierz te rejestracje:
organizer-saved = Zapisano. Zmiana jest widoczna w historii poniżej.
organizer-waitlist-position = pozycja { $position } na liście oczekujących
organizer-correct = Popraw dane
organizer-save = Zapisz poprawkę
organizer-give-place = Przydziel miejsce od razu
organizer-give-place-hint = Ta osoba od razu otrzyma potwierdzone miejsce stacjonarne, z pominięciem kolejności na liście oczekujących. Jeśli wszystkie miejsca ({ $limit }) są zajęte lub zaoferowane, limit miejsc stacjonarnych zwiększy się o jedno. Osoba otrzyma e-mail.
organizer-give-place-submit = Przydziel miejsce
organizer-cancel = Anuluj w imieniu tej osoby
organizer-cancel-hint = Rejestracja zostanie anulowana, a jej miejsce otrzyma następna osoba z listy oczekujących. Osoba otrzyma e-mail.
organizer-cancel-submit = Anuluj rejestrację
organizer-history = Historia
organizer-history-empty = Nikt z personelu nie zmieniał tej rejestracji.
field-reason = Powód zmiany
field-cancel-reason = Powód anulowania
field-place-reason = Powód przydzielenia miejsca
hint-reason = Zapisywany w dzienniku zmian wraz z Państwa imieniem i nazwiskiem, na przykład „prośba e-mailem z 3 maja”.
error-not-waiting = Miejsce można przydzielić tylko osobie oczekującej na miejsce stacjonarne.
answer-yes = Tak
answer-no = Nie

audit-title = Dziennik zmian
audit-when = Kiedy
audit-who = Kto
audit-action = Czynność
audit-subject = Dotyczy
audit-reason = Powód
audit-changes = Zmiany
audit-empty = Brak pasujących działań personelu.
audit-older = Starsze wpisy
audit-registration-update = Poprawiono rejestrację
audit-registration-cancel = Anulowano rejestrację
audit-registration-give-place = Ręcznie przydzielono miejsce
audit-event-capacity = Zmieniono limit miejsc stacjonarnych

dashboard-title = Przegląd wydarzenia
dashboard-sections = Sekcje panelu
dashboard-live = Dane aktualizują się automatycznie.
dashboard-reconnecting = Utracono połączenie: ponowne łączenie…
dashboard-stopped = Aktualizacje zostały wstrzymane. Proszę zalogować się ponownie i odświeżyć stronę.
dashboard-taken-of = Zajęte miejsca: { $taken } z { $limit }
dashboard-taken-unlimited = Zapisy: { $taken } (bez limitu)
dashboard-submissions-waiting = Zgłoszenia do biblioteki czekające na sprawdzenie
dashboard-activities = Sesje równoległe i wizyty studyjne
dashboard-activity = Sesja lub wizyta
dashboard-places = Miejsca
dashboard-session = (sesja)
dashboard-visit = (wizyta studyjna)
dashboard-charts = Kto się zarejestrował
dashboard-per-day = Rejestracje według dni
dashboard-per-day-description = { $in_person } stacjonarnie i { $online } online w ciągu { $days ->
    [one] jednego dnia
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dni
}.
dashboard-show-figures = Pokaż dane liczbowe
dashboard-day = Dzień
dashboard-by-country = Osoby uczestniczące według kraju
dashboard-by-organisation-type = Osoby uczestniczące według rodzaju organizacji
dashboard-other-countries = Inne kraje

check-in-title = Potwierdzanie obecności
check-in-heading = Potwierdzanie obecności: { $event }
check-in-progress = Obecność potwierdzona: { $checked } z { $expected } osób
check-in-scan = Zeskanuj kod QR
check-in-scan-hint = Proszę skierować aparat na kod QR w e-mailu osoby uczestniczącej lub na ekranie jej telefonu. Jeśli przeglądarka telefonu nie odczytuje kodów, kod można otworzyć w aplikacji aparatu.
check-in-camera = Włącz aparat
check-in-no-camera = Nie udało się włączyć aparatu. Proszę wyszukać osobę po imieniu i nazwisku poniżej.
check-in-code = Kod wejściowy
check-in-submit = Potwierdź obecność
check-in-people = Osoby oczekiwane na miejscu
check-in-search = Imię i nazwisko lub organizacja
check-in-at = Obecność potwierdzona o godz. { $time }
check-in-done = Potwierdzono obecność: { $name } (godz. { $time }).
check-in-already = Obecność osoby { $name } została już potwierdzona o godz. { $time }.
check-in-waiting = Osoba { $name } ma potwierdzone miejsce, ale jej obecność nie została jeszcze potwierdzona.
check-in-not-expected = Osoba { $name } nie ma potwierdzonego miejsca stacjonarnego. Proszę skierować ją do punktu rejestracji.
check-in-queued = Brak połączenia: potwierdzenie obecności osoby { $name } zostało zapisane na tym telefonie i zostanie wysłane po przywróceniu połączenia.
check-in-waiting-to-send = Czeka na wysłanie: { $count }
check-in-back = Powrót do listy obecności
check-in-pass = Proszę okazać ten kod przy wejściu. Obsługa zeskanuje go, aby potwierdzić Państwa obecność.
error-check-in-unknown = Ten kod nie należy do żadnej rejestracji. Proszę wyszukać osobę po imieniu i nazwisku.
audit-registration-check-in = Potwierdzono obecność
badges-title = Identyfikatory
badges-hint = Identyfikatory: { $count }, po jednym na stronie w formacie A6. Proszę wydrukować tę stronę z przeglądarki.
dashboard-check-in = Potwierdzanie obecności
dashboard-badges = Identyfikatory

announcements-title = Komunikaty
announcements-heading = Komunikaty: { $event }
announcements-new = Napisz komunikat
announcements-other-languages = Wersje w innych językach (opcjonalnie: osoby, dla których języka nie ma wersji, otrzymają pierwszą wersję)
announcements-preview = Podgląd
announcements-send = Wyślij teraz do { $count ->
    [one] jednej osoby
    [few] { $count } osób
    [many] { $count } osób
   *[other] { $count } osób
}
announcements-recipients = { $count ->
    [one] Odbiorcy: jedna osoba
    [few] Odbiorcy: { $count } osoby
    [many] Odbiorcy: { $count } osób
   *[other] Odbiorcy: { $count } osób
}
announcements-sent = Komunikat został dodany do kolejki. Postęp wysyłki widać poniżej.
announcements-progress = Wysłane komunikaty
announcements-none = Nie ma jeszcze żadnego komunikatu.
announcements-counts = Wysłano { $sent } z { $recipients }, czeka na wysłanie: { $queued }
announcements-failing = { $count ->
    [one] Jeden e-mail z błędem wysyłki
    [few] { $count } e-maile z błędem wysyłki
    [many] { $count } e-maili z błędem wysyłki
   *[other] { $count } e-maili z błędem wysyłki
}
announcement-manage-link = Państwa rejestracja
announcement-sample-name = [imię i nazwisko]
field-segment = Adresaci
field-announcement-subject = Temat
field-announcement-body = Treść
segment-all = Wszystkie zarejestrowane osoby
segment-in-person = Wszystkie osoby z potwierdzonym miejscem stacjonarnym
segment-online = Wszystkie osoby uczestniczące online
segment-waitlisted = Wszystkie osoby z listy oczekujących
segment-activity = Osoby zapisane na: { $title }
error-segment-invalid = Proszę wybrać z listy, do kogo ma trafić komunikat.
error-no-recipients = W tej grupie nie ma jeszcze nikogo: nic nie zostało wysłane.
audit-announcement-send = Wysłano komunikat

accounts-title = Konta personelu
accounts-add = Dodaj konto personelu
accounts-add-submit = Dodaj konto
accounts-save = Zapisz
accounts-role-of = Rola: { $name }
field-role = Rola
hint-staff-password = Co najmniej 12 znaków. Proszę osobiście przekazać hasło tej osobie – będzie się nim logować.
role-admin = Administrator
role-organizer = Organizator
role-moderator = Moderator biblioteki
role-check-in = Obsługa wejścia
role-disabled = Wyłączone (logowanie niemożliwe)
error-role-invalid = Proszę wybrać rolę z listy.
error-staff-email-taken = Konto personelu z tym adresem e-mail już istnieje.
error-own-account = Nie można zmienić ani wyłączyć własnego konta. Proszę poprosić o to inną osobę z uprawnieniami administratora.
audit-staff-create = Dodano konto personelu
audit-staff-role = Zmieniono rolę konta personelu
audit-staff-disable = Wyłączono konto personelu

event-settings-title = Ustawienia wydarzenia i rejestracji
event-settings-save = Zapisz ustawienia
organizer-saved-settings = Zapisano.
event-new-title = Nowe wydarzenie
event-new-submit = Utwórz wydarzenie
field-slug = Adres (litery, cyfry i łączniki, np. ikp-2026)
field-capacity = Miejsca stacjonarne
field-theme = Temat
field-venue = Miejsce
field-starts-on = Pierwszy dzień
field-ends-on = Ostatni dzień
field-timezone = Strefa czasowa (np. Europe/Amsterdam)
field-registration-open = Rejestracja jest otwarta
field-opens-at = Otwarcie rejestracji (czas lokalny)
field-closes-at = Zamknięcie rejestracji (czas lokalny)
hint-event-summary = Kilka zdań na stronę wydarzenia.
error-date-invalid = Proszę podać datę, na przykład 2026-05-14.
error-time-invalid = Proszę podać datę i godzinę, na przykład 2026-02-01T09:00.
error-closes-before-opens = Zamknięcie rejestracji musi nastąpić po jej otwarciu.
error-timezone-invalid = Proszę podać strefę czasową z bazy tz, na przykład Europe/Amsterdam.
error-slug-invalid = Proszę użyć od 3 do 60 małych liter, cyfr i łączników.
error-slug-taken = Inne wydarzenie ma już ten adres.
audit-event-create = Utworzono wydarzenie
audit-event-update = Zmieniono ustawienia wydarzenia
check-in-other-event = Osoba { $name } jest zarejestrowana na inne wydarzenie, nie na to. Proszę skierować ją do punktu rejestracji.

## Audit log: programme and themes
audit-activity-create = Dodano sesję lub wizytę
audit-activity-update = Zmieniono sesję lub wizytę
audit-activity-cancel = Odwołano sesję lub wizytę
audit-room-create = Dodano salę
audit-room-update = Zmieniono nazwę sali
audit-room-remove = Usunięto salę
audit-speaker-create = Dodano osobę prelegującą
audit-speaker-update = Poprawiono dane osoby prelegującej
audit-speaker-remove = Usunięto osobę prelegującą
audit-theme-create = Dodano temat biblioteki
audit-theme-rename = Zmieniono nazwę tematu biblioteki
audit-theme-retire = Wycofano temat biblioteki
audit-theme-restore = Przywrócono temat biblioteki

## Audit log: changes not made by staff
audit-by-participant = Osoba uczestnicząca
audit-by-platform = Platforma (automatycznie)
audit-registration-erase = Dane osobowe usunięte przez osobę uczestniczącą

## Retention of personal data
field-retention-days = Liczba dni przechowywania danych osobowych po wydarzeniu
error-retention-days = Proszę podać liczbę całkowitą dni od 0 do 3650, na przykład 90.
retention-title = Dane osobowe osób uczestniczących
retention-needs = Potrzeby w zakresie dostępności i wymagania dietetyczne są usuwane od { $date }. { $count ->
    [0] Obecnie nie zawiera ich żadna rejestracja.
    [one] Obecnie zawiera je jedna rejestracja.
    [few] Obecnie zawierają je { $count } rejestracje.
    [many] Obecnie zawiera je { $count } rejestracji.
   *[other] Obecnie zawiera je { $count } rejestracji.
}
retention-everything = Wszystkie dane osobowe są anonimizowane od { $date }; zestawienia według kraju i dnia pozostają. { $count ->
    [0] Obecnie żadna rejestracja nie zawiera danych osobowych.
    [one] Jedna rejestracja nadal zawiera dane osobowe.
    [few] { $count } rejestracje nadal zawierają dane osobowe.
    [many] { $count } rejestracji nadal zawiera dane osobowe.
   *[other] { $count } rejestracji nadal zawiera dane osobowe.
}
audit-event-needs-removed = Usunięto potrzeby w zakresie dostępności i wymagania dietetyczne (okres przechowywania)
audit-event-anonymised = Zanonimizowano dane osobowe (okres przechowywania)
