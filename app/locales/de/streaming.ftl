# Live streams of the programme's sessions.

error-stream-not-live = Der Stream hat noch nicht begonnen. Die Seite versucht es von selbst erneut.
error-stream-full = Es schauen gerade so viele Menschen zu, dass der Server keinen Platz mehr hat. Die Seite versucht es in einer halben Minute von selbst erneut.
error-stream-too-many-screens = Sie schauen diesen Stream bereits auf drei Bildschirmen. Schließen Sie einen davon, um hier zu schauen; die Seite versucht es von selbst erneut.
error-media-ports-full = Der Server hat gerade keine freie Verbindung für Live-Bild und -Ton. Bitte versuchen Sie es in einer Minute erneut.
error-sdp-invalid = Der Stream konnte nicht eingerichtet werden: Die gesendeten Verbindungsdaten waren nicht verwendbar.

## The player

watch-title = Live ansehen
watch-when = { $starts } bis { $ends }
watch-waiting = Der Stream hat noch nicht begonnen. Er erscheint hier von selbst, sobald er beginnt.
watch-connecting = Verbindung wird hergestellt…
# Same as in English: the same word in this language.
watch-live = Live
watch-dropped = Der Stream wurde unterbrochen. Verbindung wird neu hergestellt…
watch-play = Jetzt ansehen
watch-video-label = Live-Video der Session
watch-needs-script = Um einen Livestream anzusehen oder zu senden, muss JavaScript in Ihrem Browser eingeschaltet sein.
watch-register-first = Nur angemeldete Teilnehmende können diesen Stream ansehen. Nach der Anmeldung erhalten Sie eine E-Mail mit einem Link zum Ansehen.
watch-register-link = Anmelden und zuschauen
watch-list-title = Online ansehen
watch-live-badge = Jetzt live

## The organizer's streams page

streams-title = Livestreams
streams-none = Keine Session dieser Veranstaltung wird live übertragen. Markieren Sie im Programm eine Session als live übertragen.
streams-live = Live seit { $since } · { $kbps } kbit/s · { $viewers ->
    [one] eine Person schaut zu
   *[other] { $viewers } Personen schauen zu
}
streams-not-live = Nicht live
streams-whip-url = WHIP-Adresse (in OBS: „Einstellungen“, „Stream“, Plattform „WHIP“)
streams-token = Bearer-Token
streams-token-once = Kopieren Sie ihn jetzt: Er wird nur einmal angezeigt. In OBS gehört er in das Feld „Bearer Token“.
streams-token-set = Festgelegt (verborgen). Erstellen Sie einen neuen, falls er verloren gegangen ist.
streams-token-none = Noch keiner.
streams-audience = Wer zuschauen darf
streams-public = Alle, auch ohne Anmeldung
streams-registered = Nur angemeldete Teilnehmende
streams-publish-here = Aus diesem Browser senden
streams-make-token = Sende-Token erstellen
streams-new-token = Sende-Token ersetzen
streams-revoke = Token widerrufen und Stream beenden
streams-make-public = Für alle öffnen
streams-make-private = Nur für angemeldete Teilnehmende

## Publishing from the browser

publish-title = Stream senden
publish-heading = Senden: { $session }
publish-source = Was gesendet wird
publish-camera = Kamera und Mikrofon
publish-screen = Bildschirm und Mikrofon
publish-preview = Vorschau dessen, was gesendet wird
publish-start = Übertragung starten
publish-stop = Übertragung beenden
publish-starting = Wird gestartet…
publish-live = Live: Jetzt kann zugeschaut werden.
publish-stopped = Beendet.
publish-failed = Der Stream konnte nicht starten. Prüfen Sie, ob der Browser Kamera und Mikrofon verwenden darf, und versuchen Sie es dann erneut.

## The dashboard

dashboard-no-stream = Zurzeit ist kein Stream live.
dashboard-stream = seit { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} live · { $kbps } kbit/s · { $viewers ->
    [one] eine Person schaut zu
   *[other] { $viewers } Personen schauen zu
}

## Live captions

watch-captions = Untertitel
streams-captions = Live-Untertitel
captions-title = Live-Untertitel
captions-heading = Live-Untertitel: { $session }
captions-intro = Tippen Sie, was gesagt wird, ein oder zwei Sätze auf einmal, und senden Sie jede Zeile. Alle Zuschauenden sehen sie innerhalb einer Sekunde unter dem Bild. Die Zeilen werden als Mitschrift der Sitzung aufbewahrt.
field-caption = Untertitelzeile
hint-caption = Höchstens 300 Zeichen.
captions-send = Zeile senden
captions-sent = Gesendete Zeilen
captions-none = Noch keine Zeilen gesendet.
error-caption-empty = Tippen Sie zuerst die Untertitelzeile.
error-caption-too-long = Die Zeile ist zu lang: Senden Sie höchstens 300 Zeichen auf einmal.
