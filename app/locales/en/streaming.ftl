# Live streams of the programme's sessions.

error-stream-not-live = The stream has not started yet. The page tries again by itself.
error-stream-full = So many people are watching that the server has no room right now. The page tries again by itself in half a minute.
error-stream-too-many-screens = You are already watching this stream on three screens. Close one of them to watch here; the page tries again by itself.
error-media-ports-full = The server has no free connection for live media right now. Please try again in a minute.
error-sdp-invalid = The stream could not be set up: the connection details sent were not usable.

## The player

watch-title = Watch live
watch-when = { $starts } to { $ends }
watch-waiting = The stream has not started yet. It appears here by itself when it starts.
watch-connecting = Connecting…
watch-live = Live
watch-dropped = The stream was interrupted. Reconnecting…
watch-play = Start watching
watch-video-label = Live video of the session
watch-needs-script = Watching or sending a live stream needs JavaScript in your browser.
watch-register-first = Only registered participants can watch this stream. After registering you receive an email with a link to watch.
watch-register-link = Register to watch
watch-list-title = Watch online
watch-live-badge = Live now

## The organizer's streams page

streams-title = Live streams
streams-none = No session of this event is streamed. Mark a session as streamed in the programme.
streams-live = Live since { $since } · { $kbps } kbit/s · { $viewers ->
    [one] one viewer
   *[other] { $viewers } viewers
}
streams-not-live = Not live
streams-whip-url = WHIP address (in OBS: Settings, Stream, service “WHIP”)
streams-token = Bearer token
streams-token-once = Copy it now: it is shown only once. In OBS it goes in “Bearer Token”.
streams-token-set = Set (hidden). Make a new one if it was lost.
streams-token-none = None yet.
streams-audience = Who may watch
streams-public = Everyone, also without registering
streams-registered = Registered participants only
streams-publish-here = Publish from this browser
streams-make-token = Make a publish token
streams-new-token = Replace the publish token
streams-revoke = Revoke the token and stop the stream
streams-make-public = Open to everyone
streams-make-private = Only for registered participants

## Publishing from the browser

publish-title = Publish a stream
publish-heading = Publish: { $session }
publish-source = What to send
publish-camera = Camera and microphone
publish-screen = Screen and microphone
publish-preview = Preview of what is sent
publish-start = Start streaming
publish-stop = Stop streaming
publish-starting = Starting…
publish-live = Live: people can watch now.
publish-stopped = Stopped.
publish-failed = The stream could not start. Check that the browser may use the camera and microphone, then try again.

## The dashboard

dashboard-no-stream = No stream is live.
dashboard-stream = live for { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} · { $kbps } kbit/s · { $viewers ->
    [one] one viewer
   *[other] { $viewers } viewers
}

## Live captions

watch-captions = Captions
streams-captions = Live captions
captions-title = Live captions
captions-heading = Live captions: { $session }
captions-intro = Type what is said, a sentence or two at a time, and send each line. Everyone watching sees it under the picture within a second. The lines are kept as the session’s transcript.
field-caption = Caption line
hint-caption = At most 300 characters.
captions-send = Send line
captions-sent = Lines sent
captions-none = No lines sent yet.
error-caption-empty = Type the caption line first.
error-caption-too-long = The line is too long: send at most 300 characters at a time.
