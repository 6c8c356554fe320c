# Live streams of the programme's sessions.

error-stream-not-live = Transmisja jeszcze się nie rozpoczęła. Strona spróbuje ponownie sama.
error-sdp-invalid = Nie udało się uruchomić transmisji: przesłane dane połączenia były nieprawidłowe.
