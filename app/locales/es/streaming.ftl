# Live streams of the programme's sessions.

error-stream-not-live = La transmisión aún no ha empezado. La página lo vuelve a intentar por sí sola.
error-sdp-invalid = No se pudo establecer la transmisión: los datos de conexión enviados no eran válidos.
