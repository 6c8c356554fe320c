# Live streams of the programme's sessions.

error-stream-not-live = Transmisja jeszcze się nie rozpoczęła. Strona spróbuje ponownie sama.
error-stream-full = Ogląda tak wiele osób, że serwer nie ma w tej chwili miejsca. Strona spróbuje ponownie sama za pół minuty.
error-stream-too-many-screens = Oglądają Państwo już tę transmisję na trzech ekranach. Proszę zamknąć jeden z nich, aby oglądać tutaj; strona spróbuje ponownie sama.
error-media-ports-full = Serwer nie ma w tej chwili wolnego połączenia dla transmisji na żywo. Proszę spróbować ponownie za minutę.
error-sdp-invalid = Nie udało się uruchomić transmisji: przesłane dane połączenia były nieprawidłowe.

## The player

watch-title = Oglądanie na żywo
watch-when = Od { $starts } do { $ends }
watch-waiting = Transmisja jeszcze się nie rozpoczęła. Pojawi się tutaj automatycznie, gdy się zacznie.
watch-connecting = Łączenie…
watch-live = Na żywo
watch-dropped = Transmisja została przerwana. Ponowne łączenie…
watch-play = Rozpocznij oglądanie
watch-video-label = Obraz na żywo z sesji
watch-needs-script = Do oglądania lub nadawania transmisji na żywo potrzebna jest włączona obsługa JavaScriptu w przeglądarce.
watch-register-first = Tę transmisję mogą oglądać tylko osoby zarejestrowane. Po rejestracji otrzymają Państwo e-mail z linkiem do oglądania.
watch-register-link = Zarejestruj się, aby oglądać
watch-list-title = Oglądanie online
watch-live-badge = Teraz na żywo

## The organizer's streams page

streams-title = Transmisje na żywo
streams-none = Żadna sesja tego wydarzenia nie jest transmitowana. Sesję można oznaczyć jako transmitowaną w programie.
streams-live = Na żywo od { $since } · { $kbps } kbit/s · { $viewers ->
    [one] { $viewers } osoba oglądająca
    [few] { $viewers } osoby oglądające
    [many] { $viewers } osób oglądających
   *[other] { $viewers } osoby oglądającej
}
streams-not-live = Transmisja nieaktywna
streams-whip-url = Adres WHIP (w OBS: „Ustawienia”, „Transmisja”, serwis „WHIP”)
streams-token = Token Bearer
streams-token-once = Prosimy skopiować go teraz: jest wyświetlany tylko raz. W OBS należy go wpisać w pole „Bearer Token”.
streams-token-set = Ustawiony (ukryty). Jeśli został utracony, można utworzyć nowy.
streams-token-none = Jeszcze brak.
streams-audience = Kto może oglądać
streams-public = Wszyscy, także bez rejestracji
streams-registered = Tylko osoby zarejestrowane
streams-publish-here = Nadawaj z tej przeglądarki
streams-make-token = Utwórz token nadawania
streams-new-token = Zastąp token nadawania
streams-revoke = Unieważnij token i zatrzymaj transmisję
streams-make-public = Udostępnij wszystkim
streams-make-private = Tylko dla osób zarejestrowanych

## Publishing from the browser

publish-title = Nadawanie transmisji
publish-heading = Nadawanie: { $session }
publish-source = Co przesyłać
publish-camera = Kamera i mikrofon
publish-screen = Ekran i mikrofon
publish-preview = Podgląd tego, co jest przesyłane
publish-start = Rozpocznij nadawanie
publish-stop = Zakończ nadawanie
publish-starting = Uruchamianie…
publish-live = Na żywo: transmisję można już oglądać.
publish-stopped = Zatrzymano.
publish-failed = Nie udało się rozpocząć transmisji. Prosimy sprawdzić, czy przeglądarka może używać kamery i mikrofonu, i spróbować ponownie.

## The dashboard

dashboard-no-stream = Żadna transmisja nie trwa.
dashboard-stream = na żywo od { $minutes ->
    [one] minuty
    [few] { $minutes } minut
    [many] { $minutes } minut
   *[other] { $minutes } minuty
} · { $kbps } kbit/s · { $viewers ->
    [one] { $viewers } osoba oglądająca
    [few] { $viewers } osoby oglądające
    [many] { $viewers } osób oglądających
   *[other] { $viewers } osoby oglądającej
}

## Live captions

watch-captions = Napisy
streams-captions = Napisy na żywo
captions-title = Napisy na żywo
captions-heading = Napisy na żywo: { $session }
captions-intro = Proszę wpisywać to, co jest mówione, po jednym lub dwa zdania, i wysyłać każdy wiersz. Wszyscy oglądający widzą go pod obrazem w ciągu sekundy. Wiersze są zachowywane jako zapis sesji.
field-caption = Wiersz napisów
hint-caption = Najwyżej 300 znaków.
captions-send = Wyślij wiersz
captions-sent = Wysłane wiersze
captions-none = Nie wysłano jeszcze żadnego wiersza.
error-caption-empty = Proszę najpierw wpisać wiersz napisów.
error-caption-too-long = Wiersz jest za długi: proszę wysyłać najwyżej 300 znaków naraz.
