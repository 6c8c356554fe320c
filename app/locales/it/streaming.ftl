# Live streams of the programme's sessions.

error-stream-not-live = La diretta non è ancora iniziata. La pagina riprova da sola.
error-stream-full = Ci sono così tante persone collegate che il server al momento non ha più posto. La pagina riprova da sola tra mezzo minuto.
error-stream-too-many-screens = Sta già guardando questa diretta su tre schermi. Ne chiuda uno per guardarla qui; la pagina riprova da sola.
error-media-ports-full = Il server al momento non ha connessioni libere per la diretta. Riprovi tra un minuto.
error-sdp-invalid = Non è stato possibile avviare la diretta: i dati di connessione inviati non erano utilizzabili.

## The player

watch-title = Guardare la diretta
watch-when = { $starts } – { $ends }
watch-waiting = La diretta non è ancora iniziata. Comparirà qui da sola quando inizierà.
watch-connecting = Connessione in corso…
watch-live = In diretta
watch-dropped = La diretta si è interrotta. Riconnessione in corso…
watch-play = Avviare la visione
watch-video-label = Video in diretta della sessione
watch-needs-script = Per guardare o trasmettere una diretta, JavaScript deve essere attivo nel browser.
watch-register-first = Solo le persone iscritte possono guardare questa diretta. Dopo l'iscrizione riceverà un'e-mail con un link per guardarla.
watch-register-link = Iscriversi per guardare
watch-list-title = Guardare online
watch-live-badge = Ora in diretta

## The organizer's streams page

streams-title = Dirette
streams-none = Nessuna sessione di questo evento è trasmessa in diretta. Nel programma, segni una sessione come trasmessa in diretta.
streams-live = In diretta · inizio: { $since } · { $kbps } kbit/s · { $viewers ->
    [one] una persona collegata
   *[other] { $viewers } persone collegate
}
streams-not-live = Non in diretta
streams-whip-url = Indirizzo WHIP (in OBS: «Impostazioni», «Dirette», servizio «WHIP»)
streams-token = Token Bearer
streams-token-once = Lo copi ora: viene mostrato una sola volta. In OBS va inserito nel campo «Bearer Token».
streams-token-set = Impostato (nascosto). Ne crei uno nuovo se è andato perso.
streams-token-none = Ancora nessuno.
streams-audience = Chi può guardare
streams-public = Tutti, anche senza iscrizione
streams-registered = Solo persone iscritte
streams-publish-here = Trasmettere da questo browser
streams-make-token = Creare un token di trasmissione
streams-new-token = Sostituire il token di trasmissione
streams-revoke = Revocare il token e fermare la diretta
streams-make-public = Aprire a tutti
streams-make-private = Solo per persone iscritte

## Publishing from the browser

publish-title = Trasmettere una diretta
publish-heading = Trasmissione: { $session }
publish-source = Cosa trasmettere
publish-camera = Videocamera e microfono
publish-screen = Schermo e microfono
publish-preview = Anteprima di ciò che viene trasmesso
publish-start = Avviare la diretta
publish-stop = Terminare la diretta
publish-starting = Avvio in corso…
publish-live = In diretta: ora il pubblico può guardare.
publish-stopped = Diretta terminata.
publish-failed = Non è stato possibile avviare la diretta. Verifichi che il browser possa usare la videocamera e il microfono, poi riprovi.

## The dashboard

dashboard-no-stream = Al momento non c’è nessuna diretta.
dashboard-stream = in diretta da { $minutes ->
    [one] un minuto
   *[other] { $minutes } minuti
} · { $kbps } kbit/s · { $viewers ->
    [one] una persona collegata
   *[other] { $viewers } persone collegate
}

## Live captions

watch-captions = Sottotitoli
streams-captions = Sottotitoli dal vivo
captions-title = Sottotitoli dal vivo
captions-heading = Sottotitoli dal vivo: { $session }
captions-intro = Scriva ciò che viene detto, una o due frasi alla volta, e invii ogni riga. Chi guarda la vede sotto l’immagine entro un secondo. Le righe vengono conservate come trascrizione della sessione.
field-caption = Riga di sottotitolo
hint-caption = Al massimo 300 caratteri.
captions-send = Invia riga
captions-sent = Righe inviate
captions-none = Nessuna riga ancora inviata.
error-caption-empty = Scriva prima la riga di sottotitolo.
error-caption-too-long = La riga è troppo lunga: invii al massimo 300 caratteri alla volta.
