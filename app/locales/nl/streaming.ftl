# Live streams of the programme's sessions.

error-stream-not-live = De stream is nog niet begonnen. De pagina probeert het vanzelf opnieuw.
error-stream-full = Er kijken zoveel mensen dat de server op dit moment geen plaats meer heeft. De pagina probeert het over een halve minuut vanzelf opnieuw.
error-stream-too-many-screens = U kijkt al op drie schermen naar deze stream. Sluit er een om hier te kijken; de pagina probeert het vanzelf opnieuw.
error-media-ports-full = De server heeft op dit moment geen vrije verbinding voor live beeld en geluid. Probeer het over een minuut opnieuw.
error-sdp-invalid = De stream kon niet worden opgezet: de verstuurde verbindingsgegevens waren niet bruikbaar.

## The player

watch-title = Live kijken
watch-when = { $starts } tot { $ends }
watch-waiting = De stream is nog niet begonnen. Hij verschijnt hier vanzelf zodra hij begint.
watch-connecting = Verbinden…
# Same as in English: the same word in this language.
watch-live = Live
watch-dropped = De stream is onderbroken. Opnieuw verbinden…
watch-play = Begin met kijken
watch-video-label = Livebeeld van de sessie
watch-needs-script = Om een livestream te bekijken of te versturen, moet JavaScript aanstaan in uw browser.
watch-register-first = Alleen aangemelde deelnemers kunnen deze stream bekijken. Na uw aanmelding ontvangt u een e-mail met een link om te kijken.
watch-register-link = Aanmelden om te kijken
watch-list-title = Online kijken
watch-live-badge = Nu live

## The organizer's streams page

streams-title = Livestreams
streams-none = Er wordt geen sessie van dit evenement live uitgezonden. Geef in het programma aan welke sessie live wordt uitgezonden.
streams-live = Live sinds { $since } · { $kbps } kbit/s · { $viewers ->
    [one] één kijker
   *[other] { $viewers } kijkers
}
streams-not-live = Niet live
streams-whip-url = WHIP-adres (in OBS: „Instellingen”, „Stream”, dienst „WHIP”)
streams-token = Bearer-token
streams-token-once = Kopieer het nu: het wordt maar één keer getoond. In OBS hoort het in het veld „Bearer Token”.
streams-token-set = Ingesteld (verborgen). Maak een nieuw token als het kwijt is.
streams-token-none = Nog geen.
streams-audience = Wie mag kijken
streams-public = Iedereen, ook zonder aanmelding
streams-registered = Alleen aangemelde deelnemers
streams-publish-here = Uitzenden vanuit deze browser
streams-make-token = Uitzendtoken maken
streams-new-token = Uitzendtoken vervangen
streams-revoke = Token intrekken en de stream stoppen
streams-make-public = Openstellen voor iedereen
streams-make-private = Alleen voor aangemelde deelnemers

## Publishing from the browser

publish-title = Een stream uitzenden
publish-heading = Uitzenden: { $session }
publish-source = Wat wilt u uitzenden?
publish-camera = Camera en microfoon
publish-screen = Scherm en microfoon
publish-preview = Voorbeeld van wat er wordt uitgezonden
publish-start = Uitzending starten
publish-stop = Uitzending stoppen
publish-starting = Bezig met starten…
publish-live = Live: mensen kunnen nu kijken.
publish-stopped = Gestopt.
publish-failed = De stream kon niet starten. Controleer of de browser de camera en microfoon mag gebruiken en probeer het daarna opnieuw.

## The dashboard

dashboard-no-stream = Er is geen stream live.
dashboard-stream = live sinds { $minutes ->
    [one] één minuut
   *[other] { $minutes } minuten
} · { $kbps } kbit/s · { $viewers ->
    [one] één kijker
   *[other] { $viewers } kijkers
}

## Live captions

watch-captions = Ondertiteling
streams-captions = Live ondertiteling
captions-title = Live ondertiteling
captions-heading = Live ondertiteling: { $session }
captions-intro = Typ wat er gezegd wordt, een zin of twee tegelijk, en verstuur elke regel. Iedereen die kijkt ziet hem binnen een seconde onder het beeld. De regels worden bewaard als verslag van de sessie.
field-caption = Ondertitelregel
hint-caption = Hoogstens 300 tekens.
captions-send = Regel versturen
captions-sent = Verstuurde regels
captions-none = Nog geen regels verstuurd.
error-caption-empty = Typ eerst de ondertitelregel.
error-caption-too-long = De regel is te lang: verstuur hoogstens 300 tekens tegelijk.
