# Live streams of the programme's sessions.

error-stream-not-live = La diretta non è ancora iniziata. La pagina riprova da sola.
error-sdp-invalid = Non è stato possibile avviare la diretta: i dati di connessione inviati non erano utilizzabili.
