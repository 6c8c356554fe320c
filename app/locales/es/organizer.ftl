# The organizers' console: registrations, corrections, exports, audit log.

organizer-registrations = Inscripciones
organizer-registrations-of = Inscripciones: { $event }
organizer-back-to-dashboard = Volver al resumen del evento
organizer-back-to-list = Volver a las inscripciones
organizer-search = Nombre, correo electrónico u organización
organizer-search-button = Buscar
organizer-sort = Orden
organizer-sort-newest = Más recientes primero
organizer-sort-oldest = Más antiguas primero
organizer-sort-name = Nombre
organizer-sort-country = País
organizer-sort-waitlist = Orden de la lista de espera
organizer-registrations-found = { $count ->
    [one] Una inscripción
   *[other] { $count } inscripciones
}
organizer-export = Descargar estas inscripciones:
organizer-saved = Guardado. El cambio aparece en el historial de abajo.
organizer-waitlist-position = número { $position } de la lista de espera
organizer-correct = Corregir los datos
organizer-save = Guardar la corrección
organizer-give-place = Asignar una plaza ahora
organizer-give-place-hint = Esta persona recibe al instante una plaza presencial confirmada, por delante del orden de la lista de espera. Si las { $limit } plazas están ocupadas u ofrecidas, el aforo presencial aumenta en una plaza. La persona recibe un correo electrónico.
organizer-give-place-submit = Asignar la plaza
organizer-cancel = Cancelar en nombre de la persona
organizer-cancel-hint = La inscripción se cancela y su plaza pasa a la lista de espera. La persona recibe un correo electrónico.
organizer-cancel-submit = Cancelar la inscripción
organizer-history = Historial
organizer-history-empty = Ningún miembro del personal ha modificado esta inscripción.
field-reason = Motivo del cambio
field-cancel-reason = Motivo de la cancelación
field-place-reason = Motivo para asignar la plaza
hint-reason = Se guarda en el registro de auditoría junto con su nombre, por ejemplo «lo pidió por correo electrónico el 3 de mayo».
error-not-waiting = Solo se puede asignar una plaza presencial a alguien que esté esperándola.
answer-yes = Sí
# Same as in English: the same word in this language.
answer-no = No

audit-title = Registro de auditoría
audit-when = Cuándo
audit-who = Miembro del personal
audit-action = Acción
audit-subject = Elemento
audit-reason = Motivo
audit-changes = Cambios
audit-empty = Ninguna acción del personal coincide con la búsqueda.
audit-older = Entradas anteriores
audit-registration-update = Inscripción corregida
audit-registration-cancel = Inscripción cancelada
audit-registration-give-place = Plaza asignada manualmente
audit-event-capacity = Aforo presencial modificado

dashboard-title = Panel del evento
dashboard-sections = Secciones del panel
dashboard-live = Las cifras se actualizan automáticamente.
dashboard-reconnecting = Se ha perdido la conexión: reconectando…
dashboard-stopped = Las actualizaciones se han detenido. Vuelva a iniciar sesión y recargue la página.
dashboard-taken-of = { $taken } de { $limit } plazas ocupadas
dashboard-taken-unlimited = Inscripciones: { $taken } (sin límite)
dashboard-submissions-waiting = Propuestas para la biblioteca pendientes
dashboard-activities = Sesiones paralelas y visitas a centros
dashboard-activity = Sesión o visita
dashboard-places = Plazas
dashboard-session = (sesión)
dashboard-visit = (visita a un centro)
dashboard-charts = Quién se ha inscrito
dashboard-per-day = Inscripciones por día
dashboard-per-day-description = { $in_person } presenciales y { $online } en línea, en { $days ->
    [one] un día
   *[other] { $days } días
}.
dashboard-show-figures = Mostrar las cifras
dashboard-day = Día
dashboard-by-country = Participantes por país
dashboard-by-organisation-type = Participantes por tipo de organización
dashboard-other-countries = Otros países

check-in-title = Acreditación
check-in-heading = Acreditación: { $event }
check-in-progress = { $checked } de { $expected } personas acreditadas
check-in-scan = Escanear un código QR
check-in-scan-hint = Apunte la cámara al código QR del correo electrónico de la persona o de su teléfono. Si el navegador del teléfono no puede leer códigos, abra el código con la aplicación de la cámara.
check-in-camera = Activar la cámara
check-in-no-camera = No se ha podido activar la cámara. Busque a la persona por su nombre aquí abajo.
check-in-code = Código de acreditación
check-in-submit = Registrar la llegada
check-in-people = Personas esperadas de forma presencial
check-in-search = Nombre u organización
check-in-at = Llegada registrada a las { $time }
check-in-done = Llegada de { $name } registrada (a las { $time }).
check-in-already = La llegada de { $name } ya se había registrado a las { $time }.
check-in-waiting = { $name } tiene una plaza confirmada y su llegada todavía no se ha registrado.
check-in-not-expected = { $name } no tiene ninguna plaza presencial confirmada. Indíquele que vaya al mostrador de inscripción.
check-in-queued = Sin conexión: la acreditación de { $name } se guarda en este teléfono y se enviará cuando vuelva la conexión.
check-in-waiting-to-send = Pendientes de envío: { $count }
check-in-back = Volver a la lista de acreditación
check-in-pass = Muestre este código en la entrada: el personal lo escaneará para registrar su llegada.
error-check-in-unknown = Este código no corresponde a ninguna inscripción. Busque a la persona por su nombre.
audit-registration-check-in = Llegada registrada
badges-title = Tarjetas identificativas
badges-hint = { $count } tarjetas, una por página A6. Imprima esta página desde el navegador.
dashboard-check-in = Acreditación
dashboard-badges = Tarjetas identificativas

announcements-title = Comunicados
announcements-heading = Comunicados: { $event }
announcements-new = Redactar un comunicado
announcements-other-languages = Versiones en otros idiomas (opcional: quienes tengan un idioma sin versión recibirán la primera)
announcements-preview = Vista previa
announcements-send = Enviar ahora a { $count ->
    [one] una persona
   *[other] { $count } personas
}
announcements-recipients = { $count ->
    [one] Una persona destinataria
   *[other] { $count } personas destinatarias
}
announcements-sent = El comunicado está en la cola de envío. Su progreso se muestra abajo.
announcements-progress = Comunicados enviados
announcements-none = Todavía no hay ningún comunicado.
announcements-counts = { $sent } de { $recipients } enviados, { $queued } en espera
announcements-failing = { $count ->
    [one] Un correo electrónico con error de envío
   *[other] { $count } correos electrónicos con error de envío
}
announcement-manage-link = Su inscripción
announcement-sample-name = [nombre]
field-segment = Enviar a
field-announcement-subject = Asunto
field-announcement-body = Mensaje
segment-all = Todas las personas inscritas
segment-in-person = Todas las personas con plaza presencial confirmada
segment-online = Todas las personas que participan en línea
segment-waitlisted = Todas las personas de la lista de espera
segment-activity = Personas inscritas en: { $title }
error-segment-invalid = Elija en la lista a quién va dirigido el comunicado.
error-no-recipients = Todavía no hay nadie en este grupo: no se ha enviado nada.
audit-announcement-send = Comunicado enviado

accounts-title = Cuentas del personal
accounts-add = Añadir una cuenta del personal
accounts-add-submit = Añadir la cuenta
accounts-save = Guardar
accounts-role-of = Rol de { $name }
field-role = Rol
hint-staff-password = Al menos 12 caracteres. Entréguesela personalmente a la persona; la usará para iniciar sesión.
role-admin = Administración
role-organizer = Organización
role-moderator = Moderación de la biblioteca
role-check-in = Acreditación
role-disabled = Cuenta desactivada (no puede iniciar sesión)
error-role-invalid = Elija un rol de la lista.
error-staff-email-taken = Ya existe una cuenta del personal con esta dirección de correo electrónico.
error-own-account = No puede cambiar ni desactivar su propia cuenta; pídaselo a otra persona con rol de administración.
audit-staff-create = Cuenta del personal añadida
audit-staff-role = Rol del personal modificado
audit-staff-disable = Cuenta del personal desactivada

event-settings-title = Configuración del evento e inscripciones
event-settings-save = Guardar la configuración
organizer-saved-settings = Guardado.
event-new-title = Nuevo evento
event-new-submit = Crear el evento
field-slug = Dirección (letras, cifras y guiones; por ejemplo, ikp-2026)
field-capacity = Plazas presenciales
field-theme = Tema
field-venue = Lugar
field-starts-on = Primer día
field-ends-on = Último día
field-timezone = Zona horaria (por ejemplo, Europe/Amsterdam)
field-registration-open = Las inscripciones están abiertas
field-opens-at = Apertura de las inscripciones (hora local)
field-closes-at = Cierre de las inscripciones (hora local)
hint-event-summary = Unas frases para la página del evento.
error-date-invalid = Indique una fecha, por ejemplo 2026-05-14.
error-time-invalid = Indique una fecha y una hora, por ejemplo 2026-02-01T09:00.
error-closes-before-opens = El cierre de las inscripciones debe ser posterior a la apertura.
error-timezone-invalid = Indique una zona horaria de la base de datos tz, por ejemplo Europe/Amsterdam.
error-slug-invalid = Use de 3 a 60 letras minúsculas, cifras y guiones.
error-slug-taken = Otro evento ya tiene esta dirección.
audit-event-create = Evento creado
audit-event-update = Configuración del evento modificada
check-in-other-event = { $name } tiene una inscripción para otro evento, no para este. Indíquele que vaya al mostrador de inscripción.

## Audit log: programme and themes
audit-activity-create = Sesión o visita añadida
audit-activity-update = Sesión o visita modificada
audit-activity-cancel = Sesión o visita cancelada
audit-room-create = Sala añadida
audit-room-update = Sala renombrada
audit-room-remove = Sala eliminada
audit-speaker-create = Alta de ponente
audit-speaker-update = Datos de ponente corregidos
audit-speaker-remove = Baja de ponente
audit-theme-create = Tema de la biblioteca añadido
audit-theme-rename = Tema de la biblioteca renombrado
audit-theme-retire = Tema de la biblioteca retirado
audit-theme-restore = Tema de la biblioteca restablecido

## Audit log: changes not made by staff
audit-by-participant = La persona participante
audit-by-platform = La plataforma (tarea programada)
audit-registration-erase = Datos personales borrados por la persona participante

## Retention of personal data
field-retention-days = Conservar los datos personales durante este número de días después del evento
error-retention-days = Indique un número entero de días entre 0 y 3650, por ejemplo 90.
retention-title = Datos personales de participantes
retention-needs = Las necesidades de accesibilidad y alimentarias se eliminan a partir del { $date }. { $count ->
    [0] Ahora ninguna inscripción las contiene.
    [one] Ahora una inscripción las contiene.
   *[other] Ahora { $count } inscripciones las contienen.
}
retention-everything = Todos los datos personales se anonimizan a partir del { $date }; se mantienen los recuentos por país y día. { $count ->
    [0] Ahora ninguna inscripción contiene datos personales.
    [one] Una inscripción todavía contiene datos personales.
   *[other] { $count } inscripciones todavía contienen datos personales.
}
audit-event-needs-removed = Necesidades de accesibilidad y alimentarias eliminadas (plazo de conservación)
audit-event-anonymised = Datos personales anonimizados (plazo de conservación)
