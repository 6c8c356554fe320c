# Live streams of the programme's sessions.

error-stream-not-live = The stream has not started yet. The page tries again by itself.
error-sdp-invalid = The stream could not be set up: the connection details sent were not usable.
