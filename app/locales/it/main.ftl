## Site frame
# Same as in English: the platform's name.
site-name = International Knowledge Platform
site-description = Eventi e buone pratiche nell'accoglienza dei richiedenti asilo, a cura dell'International Knowledge Platform del COA.
skip-to-content = Vai al contenuto
language-choice = Lingua
footer-organiser = COA International Knowledge Platform · Agenzia centrale per l'accoglienza dei richiedenti asilo
footer-staff = Accesso per il personale
not-found-title = Pagina non trovata
not-found-body = A questo indirizzo non c'è nessuna pagina. Il link potrebbe essere vecchio o contenere un errore di battitura.
back-home = Tornare alla pagina iniziale
loading = Caricamento…
optional = (facoltativo)

## Dates
date = { $day } { $month } { $year }
date-range-same-month = { $start }–{ $end } { $month } { $year }
date-range = { $start } – { $end }
date-time = { $date }, ore { $time } ({ $zone })
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

## Events
home-title = Eventi
home-intro = Scambio internazionale sull'accoglienza e l'accompagnamento dei richiedenti asilo.
home-no-events = Non ci sono ancora eventi.
fact-event = Evento
fact-dates = Date
fact-venue = Luogo
fact-timezone = Fuso orario
fact-attendance = Partecipazione
register-action = Iscriversi
registration-closed = Le iscrizioni sono chiuse.
event-objectives = Obiettivi
event-target-groups = A chi si rivolge
places-left = { $left ->
    [one] Ancora { $left } posto in presenza disponibile su { $limit }
   *[other] Ancora { $left } posti in presenza disponibili su { $limit }
}
in-person-full = Tutti i { $limit } posti in presenza sono occupati: può iscriversi alla lista d'attesa o partecipare online
online-unlimited = partecipazione online senza limiti di posti

## Registration form
register-title = Iscrizione
register-full-notice = Tutti i posti in presenza sono occupati. Può iscriversi per partecipare online, oppure entrare nella lista d'attesa per un posto in presenza: le scriveremo via e-mail se un posto si libera, e nel frattempo può partecipare online.
register-all-required = Tutti i campi sono obbligatori, salvo quelli indicati come facoltativi.
register-submit = Inviare l'iscrizione
register-again = Iscriversi di nuovo
field-name = Nome e cognome
field-email = Indirizzo e-mail
field-organisation = Organizzazione
field-function = Funzione o ruolo
field-organisation-type = Tipo di organizzazione
organisation-type-unsaid = Non indicato
organisation-type-reception-agency = Ente per l'accoglienza
organisation-type-ministry = Ministero o autorità nazionale
organisation-type-municipality = Comune o regione
organisation-type-ngo = Organizzazione non governativa
organisation-type-international = Organizzazione internazionale
organisation-type-research = Ricerca o istruzione
organisation-type-other = Altro
error-organisation-type-invalid = Scelga un tipo di organizzazione dall'elenco, oppure lasci il campo vuoto.
field-country = Paese
field-attendance = Come parteciperà?
field-language = Lingua delle e-mail
field-accessibility-needs = Esigenze di accessibilità
field-dietary-needs = Esigenze alimentari
field-list-consent = Desidero che il mio nome, la mia organizzazione e il mio paese compaiano nell'elenco dei partecipanti
field-privacy-consent = Ho letto come vengono usati i miei dati e sono d'accordo
# Same as in English: the same word in this language.
field-password = Password
choose-country = Scelga un paese
attendance-in-person = In presenza
attendance-in-person-waitlist = In presenza: iscrizione alla lista d'attesa (nel frattempo partecipazione online)
# Same as in English: the same word in this language.
attendance-online = Online
hint-language = Le scriveremo in questa lingua.
hint-accessibility-needs = Per esempio accesso senza gradini, interpretariato nella lingua dei segni o stampa a caratteri grandi.
hint-dietary-needs = Solo per chi partecipa in presenza.
privacy-title = I suoi dati
privacy-summary = Il COA conserva la sua iscrizione per organizzare questo evento: per confermare il suo posto, inviarle informazioni pratiche e, sul posto, registrare il suo arrivo. Solo l'organizzazione può vederla. Le esigenze di accessibilità e alimentari vengono cancellate 30 giorni dopo l'evento; gli altri dati { $days } giorni dopo l'evento. Può vedere, modificare, scaricare o cancellare i suoi dati in qualsiasi momento con il link contenuto nella sua e-mail di conferma.

## Errors
error-summary-title = C'è un problema
error-prefix = Errore:
error-invalid = Alcuni campi richiedono la sua attenzione.
error-duplicate = Esiste già.
error-not-found = Non abbiamo trovato quanto cercato. Il link potrebbe essere vecchio o contenere un errore di battitura.
error-unauthorized = Per vedere questa pagina, acceda con il suo account.
error-forbidden = Il suo account non ha accesso a questa pagina.
error-rate-limited = Troppi tentativi dalla sua connessione. Attenda un minuto e riprovi.
error-internal = Si è verificato un problema da parte nostra. Non è stato salvato nulla. Riprovi tra qualche istante.
error-bad-request = Non è stato possibile capire questa richiesta: manca qualcosa oppure qualcosa non è nel formato giusto. Ricarichi la pagina e riprovi.
error-request-too-large = Il contenuto inviato è troppo grande per questo modulo. Lo riduca e lo invii di nuovo.
error-cross-site = Questo modulo è stato inviato da un altro sito web ed è stato rifiutato. Apra la pagina su questo sito e lo invii da lì.
error-connection = Non siamo riusciti a raggiungere il server. Controlli la sua connessione e riprovi.
error-capacity-too-low = La capacità non può essere inferiore ai { $taken } posti già assegnati o offerti.
error-capacity-number = Inserisca la capacità come numero intero, per esempio 150.
error-required = Compili questo campo.
error-too-long = Il testo è troppo lungo. Lo accorci, per favore.
error-email-invalid = Inserisca un indirizzo e-mail come nome@example.org.
error-country-invalid = Scelga un paese dall'elenco.
error-attendance-invalid = Scelga se partecipare in presenza oppure online.
error-language-invalid = Scelga una lingua dall'elenco.
error-consent-required = Spunti la casella per dare il suo consenso, altrimenti non possiamo iscriverla.
error-control-characters = Il testo contiene caratteri non consentiti.
error-email-taken = Questo indirizzo e-mail è già iscritto a questo evento. Per modificare la sua iscrizione, usi il link contenuto nella sua e-mail di conferma.
error-registration-closed = Le iscrizioni a questo evento sono chiuse.
error-registration-cancelled = Questa iscrizione è stata annullata e non può più essere modificata.
error-no-offer = Per questa iscrizione non c'è nessuna offerta aperta.
error-offer-expired = Questa offerta è scaduta. Il posto è passato alla persona successiva nella lista d'attesa.
error-confirm-cancel = Spunti la casella per confermare che desidera annullare.
error-sign-in = L'indirizzo e-mail o la password non sono corretti. Dopo cinque password errate di seguito, l'account viene bloccato per 15 minuti.
error-password-too-short = La password deve contenere almeno 12 caratteri.

## Manage page
manage-title = La sua iscrizione
manage-welcome = Grazie per la sua iscrizione. Le abbiamo inviato un'e-mail con il link a questa pagina: la conservi per modificare o annullare la sua iscrizione.
manage-saved = Le sue modifiche sono state salvate.
manage-change-title = Modificare i suoi dati
manage-change-hint = Qui può passare dalla partecipazione in presenza a quella online, e viceversa. Se lascia un posto in presenza, questo passa alla persona successiva nella lista d'attesa.
manage-save = Salvare le modifiche
manage-cancel-title = Annullare la sua iscrizione
manage-cancel-hint = Se non può venire, la preghiamo di annullare l'iscrizione: così il suo posto può andare a qualcuno in lista d'attesa.
manage-cancel-confirm = Sì, desidero annullare la mia iscrizione
manage-cancel-submit = Annullare l'iscrizione
status-confirmed-in-person = Il suo posto in presenza è confermato.
status-confirmed-online = La sua iscrizione per partecipare online è registrata.
status-waitlisted = Lei è al numero { $position } nella lista d'attesa per un posto in presenza. Nel frattempo può partecipare online.
status-offered = Un posto in presenza è riservato per lei. Scadenza: { $deadline }. Lo desidera?
status-cancelled = Questa iscrizione è annullata.
offer-accept = Sì, accetto il posto
offer-decline = No, resto online

## Staff
staff-sign-in = Accesso per il personale
staff-sign-out = Disconnettersi
staff-title = Console dell'organizzazione
staff-signed-in-as = Accesso effettuato come { $name }
staff-registrations = Iscrizioni
staff-registrations-count = { $count ->
    [one] { $count } iscrizione
   *[other] { $count } iscrizioni
}
staff-capacity = Posti in presenza
staff-confirmed = Posti confermati
staff-offered = Posti offerti
staff-waitlisted = In lista d'attesa
staff-left = Posti liberi
staff-online = Partecipanti online
staff-capacity-label = Nuovo numero di posti in presenza
staff-capacity-save = Modificare la capacità
staff-status = Stato
staff-registered-on = Data di iscrizione
staff-status-confirmed = Confermata
staff-status-waitlisted = In lista d'attesa
staff-status-offered = Posto offerto
staff-status-cancelled = Annullata

## Emails
email-greeting = Gentile { $name },
# Same as in English: the platform's name.
email-signature = COA International Knowledge Platform
email-manage-intro = Con il pulsante qui sotto può vedere, modificare o annullare la sua iscrizione. Il link è personale: la preghiamo di non condividerlo.
email-manage-action = Gestire la mia iscrizione
email-calendar-attached = In allegato trova l'evento come file di calendario.
email-check-in-code = All'ingresso mostri il codice QR qui sotto (si trova anche nella pagina della sua iscrizione): il personale lo scansiona per registrare il suo arrivo.
email-check-in-alt = Il suo codice per il check-in
email-confirmed-subject = La sua iscrizione a { $event }
email-confirmed-in-person = Il suo posto in presenza per { $event } è confermato. Saremo lieti di accoglierla presso { $venue }.
email-confirmed-online = La sua iscrizione per partecipare online a { $event } è registrata. Può seguire le sessioni in diretta nella pagina della sua iscrizione.
email-waitlisted-subject = Lei è in lista d'attesa per { $event }
email-waitlisted-body = Tutti i posti in presenza sono occupati. Lei è al numero { $position } nella lista d'attesa. Quando un posto si libera, le invieremo via e-mail un'offerta valida per { $hours } ore.
email-waitlisted-online = Nel frattempo può partecipare online.
email-offer-subject = Un posto per lei a { $event }
email-offer-body = Si è liberato un posto in presenza. È suo se lo accetta entro questa scadenza: { $deadline }.
email-offer-after = Se non risponde in tempo, il posto passa alla persona successiva nella lista d'attesa e la sua iscrizione per partecipare online resta valida.
email-offer-action = Accettare o rifiutare il posto
email-offer-expired-subject = La sua offerta per { $event } è scaduta
email-offer-expired-body = Non ha accettato in tempo il posto in presenza, quindi è passato alla persona successiva nella lista d'attesa. La sua iscrizione per partecipare online resta valida.
email-cancelled-subject = La sua iscrizione a { $event } è annullata
email-cancelled-body = Come da sua richiesta, la sua iscrizione è annullata. Finché le iscrizioni sono aperte, può iscriversi di nuovo.

## Programme: sign-ups and their refusals
refusal-no-sign-up = Le sessioni plenarie sono aperte a tutti: non serve prenotarsi.
refusal-visits-in-person-only = Le visite in loco sono riservate a chi partecipa in presenza. La sua iscrizione è per la partecipazione online (oppure è ancora in attesa di un posto in presenza), quindi non può prenotare una visita.
refusal-in-person-only = Questa sessione si svolge solo in sala. Chi partecipa online può scegliere sessioni online e ibride.
refusal-online-only = Questa sessione si svolge solo online. Chi partecipa in presenza può scegliere sessioni in presenza e ibride.
refusal-clash = Si sovrappone a «{ $title }», che ha già scelto. Se preferisce questa, annulli prima l'altra.
choice-clash = L'organizzazione ha spostato una sessione: ora si sovrappone a «{ $title }», che ha scelto anche. La preghiamo di rinunciare a una delle due.
refusal-one-visit = Può prenotare una sola visita in loco e ha già prenotato «{ $title }».
error-already-chosen = Ha già scelto questa attività.
error-activity-cancelled = Questa parte del programma è stata annullata.
email-activity-offer-subject = Un posto per lei in «{ $title }»
email-activity-offer-body = Si è liberato un posto in «{ $title }». È suo se lo accetta entro questa scadenza: { $deadline }.
email-activity-offer-after = Se non risponde in tempo, il posto passa alla persona successiva nella lista d'attesa.
email-activity-offer-expired-subject = La sua offerta per «{ $title }» è scaduta
email-activity-offer-expired-body = Non ha accettato in tempo il posto in «{ $title }», quindi è passato alla persona successiva nella lista d'attesa.

## Programme page
programme-title = Programma
programme-link = Vedere il programma
programme-times-in-zone = Tutti gli orari sono nel fuso orario dell'evento ({ $zone }).
programme-calendar-download = Aggiungere l'intero programma al proprio calendario (.ics)
programme-nothing-matches = In questo giorno non c'è nulla che corrisponda alla sua scelta.
programme-visits = Visite in loco
programme-speakers = Relatori e relatrici
programme-filter = Filtrare il programma
programme-filter-day = Giorno
programme-filter-mode = Modalità di partecipazione
programme-filter-theme = Tema
programme-filter-all = Tutti
programme-filter-apply = Mostrare
theme-self-reliance = Autonomia digitale dei residenti
theme-guidance = Accompagnamento personale con strumenti digitali
theme-intake = Presa in carico digitale
theme-employees = Competenze digitali del personale
theme-risks = Rischi: esclusione, privacy, IA
mode-in_person = In presenza
# Same as in English: the same word in this language.
mode-online = Online
mode-hybrid = Ibrida (in presenza e online)
kind-plenary = Plenaria
kind-breakout = Sessione parallela
kind-workshop = Laboratorio
kind-visit = Visita in loco
badge-streamed = In diretta streaming
badge-cancelled = Annullata
places-left-of = { $left ->
    [one] Ancora { $left } posto disponibile su { $capacity }
   *[other] Ancora { $left } posti disponibili su { $capacity }
}
places-full-waiting = Al completo · { $waiting ->
    [0] lista d'attesa aperta
    [one] 1 persona in attesa
   *[other] { $waiting } persone in attesa
}
places-unlimited = Posti senza limite
places-plenary = Per tutti, senza prenotazione
visit-meeting-point = Punto d'incontro
visit-transport = Trasporto
visit-bring = Cosa portare

## Programme on the manage page
choices-title = Il suo programma
choices-hint = Scelga una sessione parallela o un laboratorio per ogni fascia oraria e, se partecipa in presenza, una visita in loco. Può modificare le sue scelte fino all'evento.
choice-book = Scegliere questa attività
choice-join-waitlist = Iscriversi alla lista d'attesa
choice-leave = Rinunciare al mio posto
choice-leave-waitlist = Uscire dalla lista d'attesa
choice-confirmed = Ha un posto.
choice-waitlisted = È in lista d'attesa, al numero { $position }.
choice-offered = Un posto è riservato per lei. Scadenza: { $deadline }.
agenda-title = La sua agenda nel suo calendario
agenda-download = Scaricare la sua agenda (.ics)
agenda-subscribe-hint = Oppure si abboni: così l'app del calendario segue ogni modifica. Chiunque abbia l'indirizzo può vedere la sua agenda; creando un nuovo indirizzo, quello vecchio smette di funzionare.
agenda-subscribe = Creare un indirizzo di abbonamento
agenda-subscribe-done = Copi questo indirizzo nella sua app del calendario (per esempio «Aggiungi calendario da URL»):
email-activity-changed-subject = L'attività «{ $title }» è stata modificata
email-activity-changed-body = L'organizzazione ha modificato l'attività «{ $title }», che lei aveva prenotato. Nuovo inizio: { $when }. Il suo posto, o il suo posto nella lista d'attesa, resta suo.
email-activity-cancelled-subject = L'attività «{ $title }» è stata annullata
email-activity-cancelled-body = Ci dispiace: l'attività «{ $title }», che lei aveva prenotato, è stata annullata. Può scegliere un'altra parte del programma nella pagina della sua iscrizione.
email-activity-released-subject = La sua prenotazione per «{ $title }» è terminata
email-activity-released-body = L'organizzazione ha modificato l'attività «{ $title }», che non è più aperta per lei: { $reason } La sua prenotazione è terminata. Può scegliere un'altra parte del programma nella pagina della sua iscrizione.
error-choose-from-list = Scelga una delle opzioni.
error-day-outside-event = Scelga uno dei giorni dell'evento.
error-time = Inserisca un orario come 09:30.
error-ends-before-start = La fine deve essere dopo l'inizio.

## Organizers: programme
staff-programme = Programma: sessioni e visite in loco
staff-activity-new = Aggiungere una sessione o una visita in loco
staff-activity-kind = Tipo
staff-activity-title = Titolo
staff-activity-summary = Breve descrizione
staff-activity-room = Sala
staff-activity-starts = Inizio (HH:MM)
staff-activity-ends = Fine (HH:MM)
staff-activity-capacity = Posti in presenza
staff-activity-capacity-hint = Lasci vuoto per nessun limite. Se aumenta il numero, i nuovi posti vengono offerti alla lista d'attesa; non può scendere sotto i posti già assegnati.
staff-activity-save = Salvare
staff-activity-cancel = Annullare questa sessione
staff-activity-cancel-hint = Tutte le persone iscritte ricevono un'e-mail e perdono il loro posto.
staff-sign-ups = Persone iscritte
staff-sign-ups-csv = Scaricare l'elenco delle persone iscritte (CSV)
staff-manifest-csv = Scaricare l'elenco dei partecipanti alla visita per l'ingresso (CSV)
staff-rooms = Sale
staff-room-name = Nome della sala
staff-room-add = Aggiungere una sala
staff-speakers = Relatori e relatrici
staff-speaker-add = Aggiungere un relatore o una relatrice
staff-save-changes = Salvare le modifiche
staff-remove = Rimuovere
staff-activity-speakers = Relatori e relatrici
error-room-in-use = In questa sala si svolgono ancora delle sessioni. Prima assegni loro un'altra sala, poi la rimuova.
activity-sign-up-hint = Ha già effettuato l'iscrizione all'evento? Scelga le sessioni e prenoti una visita in loco con il link contenuto nella sua e-mail di conferma.

## Library
email-library-received-subject = Abbiamo ricevuto la sua buona pratica «{ $title }»
email-library-received-body = Grazie per aver condiviso la buona pratica «{ $title }» con la raccolta. Il team di moderazione la esaminerà; le scriveremo via e-mail quando sarà pubblicata o se servono modifiche.
email-library-changes-subject = Richiesta di modifiche per «{ $title }»
email-library-changes-body = Il team di moderazione ha letto la sua buona pratica «{ $title }» e le chiede alcune modifiche prima della pubblicazione:
email-library-published-subject = La sua buona pratica «{ $title }» è stata pubblicata
email-library-published-body = «{ $title }» è ora nella raccolta pubblica. Grazie per aver condiviso ciò che la sua organizzazione ha imparato.
email-library-rejected-subject = La sua buona pratica «{ $title }» non sarà pubblicata
email-library-rejected-body = Il team di moderazione ha letto la sua buona pratica «{ $title }» e ha deciso di non pubblicarla, per il seguente motivo:
email-library-follow = Con il link qui sotto può seguire la sua buona pratica e, finché è in fase di revisione, modificarla.
email-library-action = Seguire la sua buona pratica
error-file-too-large = Il file supera i 3 MB. Lo riduca (per esempio salvando il PDF per il web) oppure non lo alleghi.
error-file-type = Questo tipo di file non è accettato. Invii un file PDF, DOCX, PPTX, ODT, ODP, PNG o JPEG che si apra normalmente.
error-file-empty = Il file è vuoto.
error-theme-required = Scelga almeno un tema.
error-practice-closed = Questa buona pratica non può più essere modificata tramite questo link.
error-practice-step = Questo passaggio non è possibile ora per questa buona pratica. Ricarichi la pagina per vedere a che punto è.
error-note-required = Scriva una nota per chi l'ha inviata: cosa modificare, o perché.

## Best-practice library
nav-library = Raccolta di buone pratiche
library-title = Raccolta di buone pratiche
library-lead = Ciò che le organizzazioni per l'accoglienza in tutta Europa hanno imparato, condiviso perché tutti possano usarlo.
library-open-data = Dati aperti:
library-search = Ricerca
library-search-button = Cercare
filter-all = Tutti
library-sort = Ordine
library-sort-relevance = Prima i più pertinenti
library-sort-newest = Prima i più recenti
library-results = { $count ->
    [0] Nessuna buona pratica trovata. Provi con meno parole o con un altro filtro.
    [one] Una buona pratica
   *[other] { $count } buone pratiche
}
pager-pages = Pagine
pager-previous = Pagina precedente
pager-next = Pagina successiva
pager-page-of = Pagina { $page } di { $pages }
library-demo = Esempio dimostrativo
library-demo-notice = Questo è un esempio dimostrativo, inventato per mostrare come funziona la raccolta.
library-related = Buone pratiche correlate
library-back = Tornare alla raccolta
library-published = Pubblicata
library-download = Scaricare
library-file-size = { $kilobytes } kB
library-contact = Contatto
library-theme-digital_self_reliance = Autonomia digitale
library-theme-labour_participation = Inserimento lavorativo
library-theme-sustainability = Sostenibilità
library-theme-unaccompanied_minors = Minori non accompagnati
library-theme-health_wellbeing = Salute e benessere
library-theme-safety = Sicurezza
library-theme-housing_placement = Alloggio e inserimento sul territorio
library-theme-participation_codesign = Partecipazione e co-progettazione
library-theme-data_privacy = Dati e privacy
library-submit-title = Proporre una buona pratica
library-submit-lead = Condivida ciò che la sua organizzazione ha imparato. Il team di moderazione legge ogni proposta prima di pubblicarla; potrà seguire e modificare la sua con il link che le invieremo via e-mail.
library-submit-button = Inviare per la revisione
library-form-required = I campi senza l'indicazione «facoltativo» sono obbligatori.
library-no-event = Nessun evento
library-current-file = File attuale: { $name }. Resta allegato, a meno che non ne scelga un altro.
field-title = Titolo
field-summary = Breve sintesi
field-description = Descrizione
field-themes = Temi
field-event = Evento collegato
field-contact-name = Il suo nome
field-contact-email = Il suo indirizzo e-mail
field-contact-public = Desidero che il mio nome e il mio indirizzo e-mail siano pubblicati insieme alla buona pratica
field-licence = Licenza
# Same as in English: the same word in this language.
field-file = File
hint-summary = Due o tre frasi: di che cosa si tratta e che cosa ha ottenuto.
hint-description = Che cosa è stato fatto, per chi, che cosa ha funzionato e che cosa no. Può usare il Markdown: **grassetto**, elenchi con -, link come [testo](https://…).
hint-contact = Li usiamo per informarla sulla sua proposta. Non vengono pubblicati, a meno che non spunti la casella.
hint-licence = A quali condizioni altre persone possono riutilizzare ciò che condivide.
hint-file = Un solo file PDF, DOCX, PPTX, ODT, ODP, PNG o JPEG, di 3 MB al massimo.
licence-cc-by-4-0 = altre persone possono riutilizzare il contenuto citando il suo nome
licence-cc-by-sa-4-0 = come CC BY, e gli adattamenti vanno condivisi alle stesse condizioni
licence-cc-by-nc-4-0 = come CC BY, ma non per uso commerciale
licence-cc0-1-0 = nessuna condizione, pubblico dominio
library-follow-title = La sua buona pratica
library-sent = Grazie! Abbiamo ricevuto la sua buona pratica e le abbiamo inviato un'e-mail con il link a questa pagina.
library-saved = Le sue modifiche sono state inviate. Il team di moderazione le esaminerà.
library-status = Stato:
library-see-public = Vederla nella raccolta pubblica
library-history = Cronologia
library-edit = Modificare la sua buona pratica
library-edit-hint = Se invia delle modifiche, la buona pratica torna in coda per la revisione. Una versione già pubblicata resta visibile finché la nuova non viene approvata.
library-resubmit-button = Inviare le modifiche per la revisione
library-withdraw = Ritirare
library-withdraw-hint = Ritirando la buona pratica, la si toglie dalla revisione e dalla raccolta pubblica.
library-withdraw-button = Ritirare la mia buona pratica
library-closed = Questa buona pratica non può più essere modificata.
library-review-submitted = In attesa di revisione
library-review-changes-requested = Modifiche richieste
library-review-published = Pubblicata
library-review-rejected = Non pubblicata
library-review-withdrawn = Ritirata
library-step-submit = Inviata per la revisione
library-step-withdraw = Ritirata da chi l'ha inviata
library-step-publish = Pubblicata
library-step-request-changes = Modifiche richieste
library-step-reject = Rifiutata
library-step-take-down = Rimossa dalla pubblicazione
library-moderation = Moderazione della raccolta
library-updated = Ultima modifica
library-has-public = una versione precedente è pubblica
library-revision = versione { $number }
library-submitter = Inviata da
library-preview = Anteprima
library-preview-notice = Anteprima: ecco come apparirà la buona pratica una volta pubblicata.
library-note-required = Nota per chi l'ha inviata (obbligatoria)
library-note-optional = Nota per chi l'ha inviata (facoltativa)
library-do-publish = Pubblicare
library-do-request-changes = Richiedere modifiche
library-do-reject = Rifiutare
library-do-take-down = Rimuovere dalla pubblicazione
error-upload-incomplete = Il caricamento si è interrotto prima della fine. Invii di nuovo il modulo, per favore.
library-themes = Temi della raccolta
library-themes-hint = Chi invia una proposta sceglie tra questi temi. Un tema ritirato non viene più proposto, ma resta sulle buone pratiche che lo hanno. I temi forniti con la piattaforma vengono mostrati tradotti finché non li rinomina.
library-theme-add = Aggiungere un tema
library-theme-name = Nome
library-theme-rename = Rinominare
library-theme-retire = Ritirare
library-theme-restore = Proporre di nuovo
library-theme-retired = ritirato
error-practice-changed = Chi l'ha inviata ha mandato una nuova versione mentre lei la stava esaminando. Ricarichi la pagina per esaminarla.

## Your data (from the secret link)
manage-data-link = Vedere o scaricare i suoi dati, oppure cancellarli
data-title = I suoi dati
data-intro = Ecco tutto ciò che questa piattaforma conserva su di lei per questo evento. Solo lei (tramite il suo link) e l'organizzazione possono vederlo.
data-download = Scaricare come file (JSON)
data-back = Tornare alla sua iscrizione
data-registration = La sua iscrizione
data-status = Stato
data-list-consent = Nell'elenco dei partecipanti
data-privacy-consent = Informativa sulla privacy accettata
data-registered-at = Data di iscrizione
data-updated-at = Ultima modifica
data-checked-in-at = Arrivo registrato sul posto
data-secret-links = Link che le sono stati inviati via e-mail (conservati solo in forma codificata)
data-calendar-feeds = Abbonamenti al calendario
data-sign-ups = Sessioni e visite
data-emails = E-mail che le abbiamo inviato
data-email-waiting = in attesa di invio
data-staff-changes = Modifiche fatte dall'organizzazione
data-none = nessuno
data-yes = sì
# Same as in English: the same word in this language.
data-no = no
data-erase-title = Cancellare i suoi dati
data-erase-hint = La sua iscrizione termina, i suoi posti passano alle persone successive in attesa, non riceverà più e-mail, e il suo nome, indirizzo e-mail, organizzazione, funzione ed esigenze vengono rimossi in modo definitivo. Restano solo dati statistici anonimi (paese, data, partecipazione in presenza o online). L'operazione non può essere annullata e questo link smetterà di funzionare.
data-erase-confirm = Sì, desidero cancellare i miei dati
data-erase-submit = Cancellare i miei dati
error-confirm-erase = Spunti la casella per confermare che desidera cancellare i suoi dati.
erased-title = I suoi dati sono stati cancellati
erased-body = La sua iscrizione è terminata e i suoi dati personali sono stati rimossi. Se desidera comunque partecipare, può iscriversi di nuovo.
erased-back = Tornare all'evento

## Privacy notice of an event
privacy-read-notice = Leggere l'informativa sulla privacy completa (si apre in una nuova scheda)
privacy-notice-title = Informativa sulla privacy
privacy-notice-intro = Questa informativa spiega, con parole semplici, che cosa succede ai dati che fornisce quando si iscrive a { $event }.
privacy-who-title = Chi conserva i suoi dati
privacy-who-body = L'organizzazione dell'evento (il COA, l'Agenzia centrale per l'accoglienza dei richiedenti asilo, per l'International Knowledge Platform) conserva i suoi dati su questa piattaforma. La piattaforma funziona su un server proprio: nessun'altra azienda riceve i suoi dati e le pagine non caricano nulla da altri siti web.
privacy-what-title = Che cosa conserviamo
privacy-what-body = Il suo nome, indirizzo e-mail, organizzazione e relativo tipo, paese, funzione, modalità di partecipazione (in presenza o online) e lingua. Se li fornisce: esigenze di accessibilità, esigenze alimentari e se il suo nome può comparire nell'elenco dei partecipanti. Inoltre le sessioni e le visite in loco che sceglie, il momento in cui è stato registrato il suo arrivo sul posto e le e-mail che le abbiamo inviato.
privacy-why-title = Perché
privacy-why-body = Per organizzare l'evento: per confermare il suo posto o il suo posto nella lista d'attesa, per inviarle informazioni pratiche, per registrare il suo arrivo all'ingresso e per contare i partecipanti (per paese, giorno e tipo di organizzazione; questi conteggi non indicano il nome di nessuno).
privacy-sees-title = Chi li vede
privacy-sees-body = Solo lei, tramite il link nella sua e-mail, e il personale dell'organizzazione che ha un ruolo su questa piattaforma (organizzazione, personale addetto al check-in all'ingresso, amministrazione). Gli altri partecipanti vedono il suo nome, la sua organizzazione e il suo paese solo se ha accettato di comparire nell'elenco dei partecipanti. Ogni modifica apportata dal personale alla sua iscrizione viene registrata.
privacy-how-long-title = Per quanto tempo
privacy-how-long-body = Le esigenze di accessibilità e alimentari vengono cancellate 30 giorni dopo l'evento. Tutti gli altri suoi dati personali vengono resi anonimi { $days } giorni dopo l'evento; restano solo i conteggi.
privacy-rights-title = I suoi diritti
privacy-rights-body = Con il link contenuto nella sua e-mail di conferma può vedere, correggere, scaricare (come file) e cancellare i suoi dati in qualsiasi momento. La cancellazione termina la sua iscrizione e assegna il suo posto alla persona successiva in attesa.
error-registration-anonymised = I dati personali di questa iscrizione sono stati rimossi; non può più essere modificata.
