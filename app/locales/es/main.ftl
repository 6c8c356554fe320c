## Site frame
# Same as in English: the platform's name.
site-name = International Knowledge Platform
site-description = Eventos y buenas prácticas en la acogida de personas solicitantes de asilo, de la International Knowledge Platform del COA.
skip-to-content = Saltar al contenido
language-choice = Idioma
footer-organiser = COA International Knowledge Platform · Agencia Central para la Acogida de Solicitantes de Asilo
footer-staff = Acceso del personal
not-found-title = Página no encontrada
not-found-body = No hay ninguna página en esta dirección. Puede que el enlace sea antiguo o esté mal escrito.
back-home = Ir a la página de inicio
loading = Cargando…
optional = (opcional)

## Dates
date = { $day } de { $month } de { $year }
date-range-same-month = { $start }–{ $end } de { $month } de { $year }
date-range = { $start } – { $end }
date-time = { $date }, { $time } ({ $zone })
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Events
home-title = Eventos
home-intro = Intercambio internacional sobre la acogida y el acompañamiento de personas solicitantes de asilo.
home-no-events = Todavía no hay eventos.
fact-event = Evento
fact-dates = Fechas
fact-venue = Lugar
fact-timezone = Zona horaria
fact-attendance = Forma de participación
register-action = Inscribirse
registration-closed = Las inscripciones están cerradas.
event-objectives = Objetivos
event-target-groups = A quién va dirigido
places-left = { $left ->
    [one] Queda
   *[other] Quedan
} { $left } de { $limit } plazas presenciales
in-person-full = Las { $limit } plazas presenciales están ocupadas: apúntese a la lista de espera o participe en línea
online-unlimited = participación en línea sin límite

## Registration form
register-title = Inscripción
register-full-notice = Todas las plazas presenciales están ocupadas. Puede inscribirse para participar en línea o apuntarse a la lista de espera para una plaza presencial: le avisaremos por correo electrónico si queda una libre y, mientras tanto, puede participar en línea.
register-all-required = Todos los campos son obligatorios, salvo los marcados como opcionales.
register-submit = Inscribirse
register-again = Volver a inscribirse
field-name = Nombre completo
field-email = Dirección de correo electrónico
field-organisation = Organización
field-function = Puesto o función
field-organisation-type = Tipo de organización
organisation-type-unsaid = Sin indicar
organisation-type-reception-agency = Organismo de acogida
organisation-type-ministry = Ministerio o autoridad nacional
organisation-type-municipality = Municipio o región
organisation-type-ngo = Organización no gubernamental
organisation-type-international = Organización internacional
organisation-type-research = Investigación o educación
organisation-type-other = Otro tipo
error-organisation-type-invalid = Elija un tipo de organización de la lista o deje el campo vacío.
field-country = País
field-attendance = ¿Cómo va a participar?
field-language = Idioma de los correos electrónicos
field-accessibility-needs = Necesidades de accesibilidad
field-dietary-needs = Necesidades alimentarias
field-list-consent = Mostrar mi nombre, mi organización y mi país en la lista de participantes
field-privacy-consent = He leído cómo se usan mis datos y estoy de acuerdo
field-password = Contraseña
choose-country = Elija un país
attendance-in-person = Presencial
attendance-in-person-waitlist = Presencial: apuntarme a la lista de espera (y, mientras tanto, participar en línea)
attendance-online = En línea
hint-language = Le escribiremos en este idioma.
hint-accessibility-needs = Por ejemplo, acceso sin escalones, interpretación en lengua de signos o letra grande.
hint-dietary-needs = Solo para quienes participan de forma presencial.
privacy-title = Sus datos
privacy-summary = El COA guarda su inscripción para organizar este evento: para confirmar su plaza, enviarle información práctica y, en el lugar del evento, registrar su llegada. Solo la organización puede verla. Las necesidades de accesibilidad y alimentarias se borran 30 días después del evento; el resto de sus datos, { $days } días después. Puede ver, cambiar, descargar o borrar sus datos en cualquier momento con el enlace de su correo de confirmación.

## Errors
error-summary-title = Hay un problema
# Same as in English: the same word in this language.
error-prefix = Error:
error-invalid = Algunos campos necesitan su atención.
error-duplicate = Esto ya existe.
error-not-found = No hemos encontrado lo que busca. Puede que el enlace sea antiguo o esté mal escrito.
error-unauthorized = Inicie sesión para ver esta página.
error-forbidden = Su cuenta no tiene permiso para ver esta página.
error-rate-limited = Hay demasiados intentos desde su conexión. Espere un minuto y vuelva a intentarlo.
error-internal = Algo ha fallado por nuestra parte. No se ha guardado nada. Vuelva a intentarlo dentro de un momento.
error-bad-request = No hemos entendido esta solicitud: falta algo o hay algo mal formado. Vuelva a cargar la página e inténtelo de nuevo.
error-request-too-large = Esto supera lo que admite el formulario. Acórtelo y vuelva a enviarlo.
error-cross-site = Este formulario se envió desde otro sitio web y se ha rechazado. Abra la página en este sitio y envíelo desde aquí.
error-connection = No hemos podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
error-capacity-too-low = El aforo no puede ser inferior a las { $taken } plazas ya asignadas u ofrecidas.
error-capacity-number = Indique el aforo con un número entero, por ejemplo 150.
error-required = Rellene este campo.
error-too-long = El texto es demasiado largo. Acórtelo, por favor.
error-email-invalid = Indique una dirección de correo electrónico como nombre@example.org.
error-country-invalid = Elija un país de la lista.
error-attendance-invalid = Elija presencial o en línea.
error-language-invalid = Elija un idioma de la lista.
error-consent-required = Marque la casilla para dar su conformidad; si no, no podemos inscribirle.
error-control-characters = El texto contiene caracteres no permitidos.
error-email-taken = Esta dirección de correo electrónico ya está inscrita en este evento. Use el enlace de su correo de confirmación para cambiar su inscripción.
error-registration-closed = Las inscripciones para este evento están cerradas.
error-registration-cancelled = Esta inscripción está cancelada y ya no se puede cambiar.
error-no-offer = No hay ninguna oferta abierta para esta inscripción.
error-offer-expired = Esta oferta ha caducado. La plaza ha pasado a la siguiente persona de la lista de espera.
error-confirm-cancel = Marque la casilla para confirmar que desea cancelar.
error-sign-in = La dirección de correo electrónico o la contraseña no son correctas. Tras cinco contraseñas incorrectas seguidas, la cuenta se bloquea durante 15 minutos.
error-password-too-short = La contraseña debe tener al menos 12 caracteres.

## Manage page
manage-title = Su inscripción
manage-welcome = Gracias por inscribirse. Le hemos enviado un correo electrónico con el enlace a esta página: consérvelo para cambiar o cancelar su inscripción.
manage-saved = Sus cambios se han guardado.
manage-change-title = Cambiar sus datos
manage-change-hint = Aquí puede cambiar entre participación presencial y en línea. Si deja una plaza presencial, esta pasa a la siguiente persona de la lista de espera.
manage-save = Guardar los cambios
manage-cancel-title = Cancelar su inscripción
manage-cancel-hint = Si no puede venir, cancele su inscripción para que su plaza pueda pasar a alguien de la lista de espera.
manage-cancel-confirm = Sí, quiero cancelar mi inscripción
manage-cancel-submit = Cancelar la inscripción
status-confirmed-in-person = Su plaza presencial está confirmada.
status-confirmed-online = Su inscripción para participar en línea está confirmada.
status-waitlisted = Tiene el número { $position } en la lista de espera para una plaza presencial. Mientras tanto, puede participar en línea.
status-offered = Le reservamos una plaza presencial hasta el { $deadline }. ¿Desea aceptarla?
status-cancelled = Esta inscripción está cancelada.
offer-accept = Sí, acepto la plaza
offer-decline = No, sigo en línea

## Staff
staff-sign-in = Acceso del personal
staff-sign-out = Cerrar sesión
staff-title = Panel de la organización
staff-signed-in-as = Sesión iniciada como { $name }
staff-registrations = Inscripciones
staff-registrations-count = { $count ->
    [one] { $count } inscripción
   *[other] { $count } inscripciones
}
staff-capacity = Aforo presencial
staff-confirmed = Confirmadas
staff-offered = Ofrecidas
staff-waitlisted = En lista de espera
staff-left = Libres
staff-online = En línea
staff-capacity-label = Nuevo aforo presencial
staff-capacity-save = Cambiar el aforo
staff-status = Estado
staff-registered-on = Fecha de inscripción
staff-status-confirmed = Confirmada
staff-status-waitlisted = En lista de espera
staff-status-offered = Plaza ofrecida
staff-status-cancelled = Cancelada

## Emails
email-greeting = Estimado/a { $name }:
email-signature = International Knowledge Platform del COA
email-manage-intro = Con el botón de abajo puede ver, cambiar o cancelar su inscripción. El enlace es personal: no lo comparta, por favor.
email-manage-action = Gestionar mi inscripción
email-calendar-attached = Le adjuntamos el evento como archivo de calendario.
email-check-in-code = En la entrada, muestre el código QR de abajo (también está en su página de inscripción): el personal lo escaneará para registrar su llegada.
email-check-in-alt = Su código de acreditación
email-confirmed-subject = Su inscripción en { $event }
email-confirmed-in-person = Su plaza presencial en { $event } está confirmada. Será un placer darle la bienvenida en { $venue }.
email-confirmed-online = Su inscripción para participar en línea en { $event } está confirmada. Puede seguir las sesiones en directo en su página de inscripción.
email-waitlisted-subject = Está en la lista de espera de { $event }
email-waitlisted-body = Todas las plazas presenciales están ocupadas. Tiene el número { $position } en la lista de espera. Cuando quede una plaza libre, le enviaremos una oferta por correo electrónico, válida durante { $hours } { $hours ->
    [one] hora
   *[other] horas
}.
email-waitlisted-online = Mientras tanto, puede participar en línea.
email-offer-subject = Una plaza para usted en { $event }
email-offer-body = Ha quedado libre una plaza presencial. Es suya si la acepta antes del { $deadline }.
email-offer-after = Si no responde a tiempo, la plaza pasará a la siguiente persona de la lista de espera y usted mantendrá su inscripción para participar en línea.
email-offer-action = Aceptar o rechazar la plaza
email-offer-expired-subject = Su oferta para { $event } ha caducado
email-offer-expired-body = No aceptó la plaza presencial a tiempo, por lo que ha pasado a la siguiente persona de la lista de espera. Mantiene su inscripción para participar en línea.
email-cancelled-subject = Su inscripción en { $event } se ha cancelado
email-cancelled-body = Su inscripción se ha cancelado, tal como lo solicitó. Puede volver a inscribirse mientras las inscripciones estén abiertas.

## Programme: sign-ups and their refusals
refusal-no-sign-up = Las sesiones plenarias están abiertas a todo el mundo; no hace falta inscribirse.
refusal-visits-in-person-only = Las visitas a centros son para quienes participan de forma presencial. Su inscripción es para participar en línea (o sigue esperando una plaza presencial), así que no puede reservar una visita.
refusal-in-person-only = Esta sesión solo se celebra en la sala. Quienes participan en línea pueden elegir sesiones en línea e híbridas.
refusal-online-only = Esta sesión solo se celebra en línea. Quienes participan de forma presencial pueden elegir sesiones presenciales e híbridas.
refusal-clash = Coincide en horario con «{ $title }», que ya ha elegido. Si prefiere esta, cancele primero la otra.
choice-clash = La organización ha cambiado el horario de una sesión: ahora coincide con «{ $title }», que también ha elegido. Deje una de las dos, por favor.
refusal-one-visit = Puede reservar una sola visita a un centro, y ya ha reservado «{ $title }».
error-already-chosen = Ya ha elegido esta opción.
error-activity-cancelled = Esta parte del programa se ha cancelado.
email-activity-offer-subject = Una plaza para usted en «{ $title }»
email-activity-offer-body = Ha quedado libre una plaza en «{ $title }». Es suya si la acepta antes del { $deadline }.
email-activity-offer-after = Si no responde a tiempo, la plaza pasará a la siguiente persona de la lista de espera.
email-activity-offer-expired-subject = Su oferta para «{ $title }» ha caducado
email-activity-offer-expired-body = No aceptó a tiempo la plaza en «{ $title }», por lo que ha pasado a la siguiente persona de la lista de espera.

## Programme page
programme-title = Programa
programme-link = Ver el programa
programme-times-in-zone = Todos los horarios están en la zona horaria del evento ({ $zone }).
programme-calendar-download = Añadir todo el programa a su calendario (.ics)
programme-nothing-matches = Ese día no hay nada que coincida con su selección.
programme-visits = Visitas a centros
programme-speakers = Ponentes
programme-filter = Filtrar el programa
programme-filter-day = Día
programme-filter-mode = Forma de participar
programme-filter-theme = Tema
programme-filter-all = Todos
programme-filter-apply = Mostrar
theme-self-reliance = Autonomía digital de las personas residentes
theme-guidance = Acompañamiento personal con herramientas digitales
theme-intake = Admisión digital
theme-employees = Competencias digitales del personal
theme-risks = Riesgos: exclusión, privacidad, IA
mode-in_person = Presencial
mode-online = En línea
mode-hybrid = Híbrida (presencial y en línea)
kind-plenary = Sesión plenaria
kind-breakout = Sesión paralela
kind-workshop = Taller
kind-visit = Visita a un centro
badge-streamed = Retransmisión en directo
badge-cancelled = Cancelada
places-left-of = { $left ->
    [one] Queda
   *[other] Quedan
} { $left } de { $capacity } plazas
places-full-waiting = Completo · { $waiting ->
    [0] lista de espera abierta
    [one] 1 persona en espera
   *[other] { $waiting } personas en espera
}
places-unlimited = Sin límite de plazas
places-plenary = Para todo el mundo, sin inscripción previa
visit-meeting-point = Punto de encuentro
visit-transport = Transporte
visit-bring = Qué llevar

## Programme on the manage page
choices-title = Su programa
choices-hint = Elija una sesión paralela o un taller por franja horaria y, si viene de forma presencial, una visita a un centro. Puede cambiar su selección hasta el evento.
choice-book = Elegir
choice-join-waitlist = Apuntarme a la lista de espera
choice-leave = Renunciar a mi plaza
choice-leave-waitlist = Salir de la lista de espera
choice-confirmed = Tiene plaza.
choice-waitlisted = Está en la lista de espera, con el número { $position }.
choice-offered = Le reservamos una plaza hasta el { $deadline }.
agenda-title = Su agenda en su calendario
agenda-download = Descargar su agenda (.ics)
agenda-subscribe-hint = O suscríbase: así su aplicación de calendario recogerá todos los cambios. Cualquier persona que tenga la dirección puede ver su agenda; si crea una dirección nueva, la antigua deja de funcionar.
agenda-subscribe = Crear una dirección de suscripción
agenda-subscribe-done = Copie esta dirección en su aplicación de calendario (por ejemplo, en «Añadir calendario desde URL»):
email-activity-changed-subject = «{ $title }» ha cambiado
email-activity-changed-body = La organización ha hecho cambios en «{ $title }», una actividad en la que se inscribió. Ahora empieza el { $when }. Conserva su plaza o su puesto en la lista de espera.
email-activity-cancelled-subject = «{ $title }» se ha cancelado
email-activity-cancelled-body = Lo sentimos: se ha cancelado «{ $title }», una actividad en la que se inscribió. Puede elegir otra parte del programa en su página de inscripción.
email-activity-released-subject = Su inscripción en «{ $title }» ha finalizado
email-activity-released-body = La organización ha hecho cambios en «{ $title }» y ya no está disponible para usted: { $reason } Su inscripción ha finalizado. Puede elegir otra parte del programa en su página de inscripción.
error-choose-from-list = Elija una de las opciones.
error-day-outside-event = Elija uno de los días del evento.
error-time = Indique una hora como 09:30.
error-ends-before-start = La hora de fin debe ser posterior a la de inicio.

## Organizers: programme
staff-programme = Programa: sesiones y visitas a centros
staff-activity-new = Añadir una sesión o una visita a un centro
staff-activity-kind = Tipo
staff-activity-title = Título
staff-activity-summary = Descripción breve
staff-activity-room = Sala
staff-activity-starts = Inicio (HH:MM)
staff-activity-ends = Fin (HH:MM)
staff-activity-capacity = Plazas presenciales
staff-activity-capacity-hint = Déjelo vacío si no hay límite. Si lo aumenta, las plazas nuevas se ofrecen a la lista de espera; no puede ser inferior a las plazas ya asignadas.
staff-activity-save = Guardar
staff-activity-cancel = Cancelar esta sesión
staff-activity-cancel-hint = Todas las personas inscritas recibirán un correo electrónico y perderán su plaza.
staff-sign-ups = Personas inscritas
staff-sign-ups-csv = Descargar la lista de personas inscritas (CSV)
staff-manifest-csv = Descargar la lista de visitantes para el control de acceso (CSV)
staff-rooms = Salas
staff-room-name = Nombre de la sala
staff-room-add = Añadir sala
staff-speakers = Ponentes
staff-speaker-add = Añadir ponente
staff-save-changes = Guardar los cambios
staff-remove = Eliminar
staff-activity-speakers = Ponentes
error-room-in-use = Todavía hay sesiones en esta sala. Primero asígneles otra sala y después elimínela.
activity-sign-up-hint = ¿Ya se ha inscrito en el evento? Elija sesiones y reserve una visita a un centro con el enlace de su correo de confirmación.

## Library
email-library-received-subject = Hemos recibido su práctica «{ $title }»
email-library-received-body = Gracias por compartir «{ $title }» con la biblioteca. El equipo de moderación la revisará; le avisaremos por correo electrónico cuando se publique o si hacen falta cambios.
email-library-changes-subject = Cambios solicitados en «{ $title }»
email-library-changes-body = El equipo de moderación ha leído «{ $title }» y le pide algunos cambios antes de publicarla:
email-library-published-subject = «{ $title }» se ha publicado
email-library-published-body = «{ $title }» ya está en la biblioteca pública. Gracias por compartir lo que ha aprendido su organización.
email-library-rejected-subject = «{ $title }» no se publicará
email-library-rejected-body = El equipo de moderación ha leído «{ $title }» y ha decidido no publicarla por este motivo:
email-library-follow = Con el enlace de abajo puede seguir el estado de su práctica y, mientras esté en revisión, modificarla.
email-library-action = Seguir su práctica
error-file-too-large = El archivo ocupa más de 3 MB. Redúzcalo (por ejemplo, guarde el PDF para la web) o no lo adjunte.
error-file-type = No se acepta este tipo de archivo. Envíe un archivo PDF, DOCX, PPTX, ODT, ODP, PNG o JPEG que se abra con normalidad.
error-file-empty = El archivo está vacío.
error-theme-required = Elija al menos un tema.
error-practice-closed = Esta práctica ya no se puede modificar con este enlace.
error-practice-step = Ese paso no es posible ahora para esta práctica. Vuelva a cargar la página para ver en qué estado está.
error-note-required = Escriba una nota para la persona remitente: qué debe cambiar o por qué.

## Best-practice library
nav-library = Biblioteca de buenas prácticas
library-title = Biblioteca de buenas prácticas
library-lead = Lo que han aprendido las organizaciones de acogida de toda Europa, compartido para que todo el mundo pueda aprovecharlo.
library-open-data = Datos abiertos:
library-search = Buscar
library-search-button = Buscar
filter-all = Todos
library-sort = Orden
library-sort-relevance = Más relevantes primero
library-sort-newest = Más recientes primero
library-results = { $count ->
    [0] No se han encontrado prácticas. Pruebe con menos palabras o con otro filtro.
    [one] Una práctica
   *[other] { $count } prácticas
}
pager-pages = Páginas
pager-previous = Página anterior
pager-next = Página siguiente
pager-page-of = Página { $page } de { $pages }
library-demo = Ejemplo de demostración
library-demo-notice = Este es un ejemplo de demostración, inventado para mostrar cómo funciona la biblioteca.
library-related = Prácticas relacionadas
library-back = Volver a la biblioteca
library-published = Fecha de publicación
library-download = Descargar
# Same as in English: the same word in this language.
library-file-size = { $kilobytes } KB
library-contact = Contacto
library-theme-digital_self_reliance = Autonomía digital
library-theme-labour_participation = Inserción laboral
library-theme-sustainability = Sostenibilidad
library-theme-unaccompanied_minors = Menores no acompañados
library-theme-health_wellbeing = Salud y bienestar
library-theme-safety = Seguridad
library-theme-housing_placement = Alojamiento y asignación de plazas
library-theme-participation_codesign = Participación y codiseño
library-theme-data_privacy = Datos y privacidad
library-submit-title = Enviar una buena práctica
library-submit-lead = Comparta lo que ha aprendido su organización. El equipo de moderación lee cada propuesta antes de publicarla; puede seguir y modificar la suya con el enlace que le enviaremos por correo electrónico.
library-submit-button = Enviar para revisión
library-form-required = Los campos que no indican «opcional» son obligatorios.
library-no-event = Ningún evento
library-current-file = Archivo actual: { $name }. Se mantiene, salvo que elija otro.
field-title = Título
field-summary = Resumen breve
field-description = Descripción
field-themes = Temas
field-event = Evento relacionado
field-contact-name = Su nombre
field-contact-email = Su dirección de correo electrónico
field-contact-public = Publicar mi nombre y mi dirección de correo electrónico junto con la práctica
field-licence = Licencia
field-file = Archivo
hint-summary = Dos o tres frases: en qué consiste y qué ha logrado.
hint-description = Qué se hizo, para quién, qué funcionó y qué no. Puede usar Markdown: **negrita**, listas con -, enlaces como [texto](https://…).
hint-contact = Los usamos para informarle sobre su propuesta. No se publican, salvo que marque la casilla.
hint-licence = En qué condiciones pueden otras personas reutilizar lo que comparte.
hint-file = Un archivo PDF, DOCX, PPTX, ODT, ODP, PNG o JPEG, de 3 MB como máximo.
licence-cc-by-4-0 = otras personas pueden reutilizarlo si mencionan su autoría
licence-cc-by-sa-4-0 = como CC BY, y las adaptaciones se comparten con la misma licencia
licence-cc-by-nc-4-0 = como CC BY, sin uso comercial
licence-cc0-1-0 = sin condiciones, dominio público
library-follow-title = Su práctica
library-sent = ¡Gracias! Hemos recibido su práctica y le hemos enviado un correo electrónico con el enlace a esta página.
library-saved = Sus cambios se han enviado. El equipo de moderación los revisará.
library-status = Estado:
library-see-public = Verla en la biblioteca pública
library-history = Historial
library-edit = Modificar su práctica
library-edit-hint = Al enviar cambios, la práctica vuelve a la cola de revisión. La versión ya publicada sigue siendo pública hasta que se apruebe la nueva.
library-resubmit-button = Enviar los cambios para revisión
library-withdraw = Retirar
library-withdraw-hint = Si retira la práctica, sale de la revisión y de la biblioteca pública.
library-withdraw-button = Retirar mi práctica
library-closed = Esta práctica ya no se puede modificar.
library-review-submitted = Pendiente de revisión
library-review-changes-requested = Cambios solicitados
library-review-published = Publicada
library-review-rejected = No publicada
library-review-withdrawn = Retirada
library-step-submit = Enviada para revisión
library-step-withdraw = Retirada por la persona remitente
library-step-publish = Publicada
library-step-request-changes = Cambios solicitados
library-step-reject = Rechazada
library-step-take-down = Retirada de la biblioteca
library-moderation = Moderación de la biblioteca
library-updated = Último cambio
library-has-public = hay una versión anterior publicada
library-revision = versión { $number }
library-submitter = Enviada por
library-preview = Vista previa
library-preview-notice = Vista previa: así se verá la práctica una vez publicada.
library-note-required = Nota para la persona remitente (obligatoria)
library-note-optional = Nota para la persona remitente (opcional)
library-do-publish = Publicar
library-do-request-changes = Solicitar cambios
library-do-reject = Rechazar
library-do-take-down = Retirar de la biblioteca
error-upload-incomplete = La subida se interrumpió antes de terminar. Vuelva a enviar el formulario, por favor.
library-themes = Temas de la biblioteca
library-themes-hint = Las propuestas eligen entre estos temas. Un tema retirado ya no se ofrece, pero se mantiene en las prácticas que ya lo tienen. Los temas que trae la plataforma se muestran traducidos hasta que usted les cambie el nombre.
library-theme-add = Añadir tema
library-theme-name = Nombre
library-theme-rename = Cambiar el nombre
library-theme-retire = Retirar
library-theme-restore = Volver a ofrecer
library-theme-retired = retirado
error-practice-changed = La persona remitente envió una nueva versión mientras usted la revisaba. Vuelva a cargar la página para revisarla.

## Your data (from the secret link)
manage-data-link = Ver o descargar sus datos, o borrarlos
data-title = Sus datos
data-intro = Esto es todo lo que esta plataforma guarda sobre usted para este evento. Solo usted (con su enlace) y la organización pueden verlo.
data-download = Descargar como archivo (JSON)
data-back = Volver a su inscripción
data-registration = Su inscripción
data-status = Estado
data-list-consent = En la lista de participantes
data-privacy-consent = Aviso de privacidad aceptado
data-registered-at = Fecha de inscripción
data-updated-at = Último cambio
data-checked-in-at = Llegada registrada en el lugar del evento
data-secret-links = Enlaces que le enviamos por correo electrónico (solo se guardan codificados)
data-calendar-feeds = Suscripciones de calendario
data-sign-ups = Sesiones y visitas
data-emails = Correos electrónicos que le hemos enviado
data-email-waiting = pendiente de envío
data-staff-changes = Cambios hechos por la organización
data-none = ninguno
data-yes = sí
# Same as in English: the same word in this language.
data-no = no
data-erase-title = Borrar sus datos
data-erase-hint = Su inscripción finaliza, sus plazas pasan a las siguientes personas en espera, no recibirá más correos electrónicos y su nombre, dirección de correo electrónico, organización, función y necesidades se eliminan definitivamente. Solo quedan cifras anónimas (país, fecha, presencial o en línea). Esto no se puede deshacer y este enlace dejará de funcionar.
data-erase-confirm = Sí, quiero borrar mis datos
data-erase-submit = Borrar mis datos
error-confirm-erase = Marque la casilla para confirmar que desea borrar sus datos.
erased-title = Sus datos se han borrado
erased-body = Su inscripción ha finalizado y sus datos personales se han eliminado. Si al final desea participar, puede volver a inscribirse.
erased-back = Volver al evento

## Privacy notice of an event
privacy-read-notice = Leer el aviso de privacidad completo (se abre en una pestaña nueva)
privacy-notice-title = Aviso de privacidad
privacy-notice-intro = Este aviso explica, con palabras sencillas, qué ocurre con los datos que usted facilita al inscribirse en { $event }.
privacy-who-title = Quién guarda sus datos
privacy-who-body = La organización del evento (el COA, la Agencia Central para la Acogida de Solicitantes de Asilo para la International Knowledge Platform) guarda sus datos en esta plataforma. La plataforma funciona en su propio servidor: ninguna otra empresa recibe sus datos y las páginas no cargan nada de otros sitios web.
privacy-what-title = Qué guardamos
privacy-what-body = Su nombre, dirección de correo electrónico, organización y tipo de organización, país, función, forma de participación (presencial o en línea) e idioma. Si los facilita: necesidades de accesibilidad, necesidades alimentarias y si su nombre puede aparecer en la lista de participantes. También las sesiones y visitas a centros que elija, cuándo se registró su llegada en el lugar del evento y los correos electrónicos que le hemos enviado.
privacy-why-title = Para qué
privacy-why-body = Para organizar el evento: confirmar su plaza o su puesto en la lista de espera, enviarle información práctica, registrar su llegada en la entrada y contar participantes (por país, día y tipo de organización; estos recuentos no identifican a nadie).
privacy-sees-title = Quién puede verlos
privacy-sees-body = Solo usted, con el enlace de su correo electrónico, y el personal de la organización que tiene una función en esta plataforma (organización, personal de acreditación en la entrada, administración). Las demás personas participantes solo ven su nombre, organización y país si usted aceptó aparecer en la lista de participantes. Cada cambio que hace el personal en su inscripción queda registrado.
privacy-how-long-title = Durante cuánto tiempo
privacy-how-long-body = Las necesidades de accesibilidad y alimentarias se borran 30 días después del evento. Todos sus demás datos personales se anonimizan { $days } días después del evento; solo quedan los recuentos.
privacy-rights-title = Sus derechos
privacy-rights-body = Con el enlace de su correo de confirmación puede ver, corregir, descargar (como archivo) y borrar sus datos en cualquier momento. Si los borra, su inscripción finaliza y su plaza pasa a la siguiente persona en espera.
error-registration-anonymised = Los datos personales de esta inscripción se han eliminado; ya no se puede modificar.
