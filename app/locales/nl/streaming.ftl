# Live streams of the programme's sessions.

error-stream-not-live = De stream is nog niet begonnen. De pagina probeert het vanzelf opnieuw.
error-sdp-invalid = De stream kon niet worden opgezet: de verstuurde verbindingsgegevens waren niet bruikbaar.
