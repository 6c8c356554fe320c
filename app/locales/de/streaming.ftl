# Live streams of the programme's sessions.

error-stream-not-live = Der Stream hat noch nicht begonnen. Die Seite versucht es von selbst erneut.
error-sdp-invalid = Der Stream konnte nicht eingerichtet werden: Die gesendeten Verbindungsdaten waren nicht verwendbar.
