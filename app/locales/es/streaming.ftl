# Live streams of the programme's sessions.

error-stream-not-live = La transmisión aún no ha empezado. La página lo vuelve a intentar por sí sola.
error-stream-full = Hay tantas personas mirando que el servidor no tiene sitio en este momento. La página lo vuelve a intentar por sí sola en medio minuto.
error-stream-too-many-screens = Ya está viendo esta transmisión en tres pantallas. Cierre una de ellas para verla aquí; la página lo vuelve a intentar por sí sola.
error-media-ports-full = El servidor no tiene ahora ninguna conexión libre para el directo. Vuelva a intentarlo dentro de un minuto.
error-sdp-invalid = No se pudo establecer la transmisión: los datos de conexión enviados no eran válidos.

## The player

watch-title = Ver en directo
watch-when = Del { $starts } al { $ends }
watch-waiting = La transmisión aún no ha empezado. Aparecerá aquí automáticamente cuando empiece.
watch-connecting = Conectando…
watch-live = En directo
watch-dropped = La transmisión se ha interrumpido. Reconectando…
watch-play = Empezar a ver
watch-video-label = Vídeo en directo de la sesión
watch-needs-script = Para ver o enviar una transmisión en directo, su navegador debe tener JavaScript activado.
watch-register-first = Solo las personas inscritas pueden ver esta transmisión. Después de inscribirse, recibirá un correo electrónico con un enlace para verla.
watch-register-link = Inscribirse para ver
watch-list-title = Ver en línea
watch-live-badge = En directo ahora

## The organizer's streams page

streams-title = Transmisiones en directo
streams-none = Ninguna sesión de este evento se transmite en directo. Marque en el programa una sesión como transmitida.
streams-live = En directo desde el { $since } · { $kbps } kbit/s · { $viewers ->
    [one] una persona conectada
   *[other] { $viewers } personas conectadas
}
streams-not-live = No está en directo
streams-whip-url = Dirección WHIP (en OBS: «Ajustes», «Emisión», servicio «WHIP»)
streams-token = Token Bearer
streams-token-once = Cópielo ahora: solo se muestra una vez. En OBS, va en el campo «Bearer Token».
streams-token-set = Configurado (oculto). Cree uno nuevo si lo ha perdido.
streams-token-none = Todavía ninguno.
streams-audience = Quién puede verla
streams-public = Todo el mundo, también sin inscripción
streams-registered = Solo personas inscritas
streams-publish-here = Emitir desde este navegador
streams-make-token = Crear un token de emisión
streams-new-token = Sustituir el token de emisión
streams-revoke = Revocar el token y detener la transmisión
streams-make-public = Abrir a todo el mundo
streams-make-private = Solo para personas inscritas

## Publishing from the browser

publish-title = Emitir en directo
publish-heading = Emitir: { $session }
publish-source = Qué enviar
publish-camera = Cámara y micrófono
publish-screen = Pantalla y micrófono
publish-preview = Vista previa de lo que se envía
publish-start = Empezar a emitir
publish-stop = Dejar de emitir
publish-starting = Iniciando…
publish-live = En directo: ya se puede ver.
publish-stopped = Emisión detenida.
publish-failed = No se pudo iniciar la transmisión. Compruebe que el navegador tiene permiso para usar la cámara y el micrófono y vuelva a intentarlo.

## The dashboard

dashboard-no-stream = Ahora no hay ninguna transmisión en directo.
dashboard-stream = en directo desde hace { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
} · { $kbps } kbit/s · { $viewers ->
    [one] una persona conectada
   *[other] { $viewers } personas conectadas
}

## Live captions

watch-captions = Subtítulos
streams-captions = Subtítulos en directo
captions-title = Subtítulos en directo
captions-heading = Subtítulos en directo: { $session }
captions-intro = Escriba lo que se dice, una o dos frases cada vez, y envíe cada línea. Todas las personas que miran la ven bajo la imagen en menos de un segundo. Las líneas se guardan como transcripción de la sesión.
field-caption = Línea de subtítulo
hint-caption = Como máximo 300 caracteres.
captions-send = Enviar línea
captions-sent = Líneas enviadas
captions-none = Aún no se ha enviado ninguna línea.
error-caption-empty = Escriba primero la línea de subtítulo.
error-caption-too-long = La línea es demasiado larga: envíe como máximo 300 caracteres cada vez.
