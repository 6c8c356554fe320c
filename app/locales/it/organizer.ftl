# The organizers' console: registrations, corrections, exports, audit log.

organizer-registrations = Iscrizioni
organizer-registrations-of = Iscrizioni: { $event }
organizer-back-to-dashboard = Tornare alla panoramica dell'evento
organizer-back-to-list = Tornare alle iscrizioni
organizer-search = Nome, e-mail o organizzazione
organizer-search-button = Cercare
organizer-sort = Ordine
organizer-sort-newest = Prima le più recenti
organizer-sort-oldest = Prima le meno recenti
organizer-sort-name = Nome
organizer-sort-country = Paese
organizer-sort-waitlist = Ordine della lista d'attesa
organizer-registrations-found = { $count ->
    [one] Un'iscrizione
   *[other] { $count } iscrizioni
}
organizer-export = Scaricare queste iscrizioni:
organizer-saved = Salvato. La modifica compare nella cronologia qui sotto.
organizer-waitlist-position = numero { $position } nella lista d'attesa
organizer-correct = Correggere i dati
organizer-save = Salvare la correzione
organizer-give-place = Assegnare subito un posto
organizer-give-place-hint = Questa persona riceve subito un posto in presenza confermato, senza seguire l'ordine della lista d'attesa. Se tutti i { $limit } posti sono occupati o offerti, i posti in presenza aumentano di uno. La persona riceve un'e-mail.
organizer-give-place-submit = Assegnare il posto
organizer-cancel = Annullare per conto della persona
organizer-cancel-hint = L'iscrizione viene annullata e il suo posto passa alla lista d'attesa. La persona riceve un'e-mail.
organizer-cancel-submit = Annullare l'iscrizione
organizer-history = Cronologia
organizer-history-empty = Nessun membro del personale ha modificato questa iscrizione.
field-reason = Motivo della modifica
field-cancel-reason = Motivo dell'annullamento
field-place-reason = Motivo dell'assegnazione del posto
hint-reason = Viene conservato nel registro delle attività insieme al suo nome, per esempio «richiesta via e-mail il 3 maggio».
error-not-waiting = Si può assegnare un posto in presenza solo a chi è in attesa di riceverne uno.
answer-yes = Sì
# Same as in English: the same word in this language.
answer-no = No

audit-title = Registro delle attività
audit-when = Quando
audit-who = Membro del personale
audit-action = Azione
audit-subject = Elemento
audit-reason = Motivo
audit-changes = Modifiche
audit-empty = Nessuna azione del personale corrisponde alla ricerca.
audit-older = Voci meno recenti
audit-registration-update = Iscrizione corretta
audit-registration-cancel = Iscrizione annullata
audit-registration-give-place = Posto assegnato manualmente
audit-event-capacity = Posti in presenza modificati

dashboard-title = Panoramica dell'evento
dashboard-sections = Sezioni della console
dashboard-live = I dati si aggiornano automaticamente.
dashboard-reconnecting = Connessione persa: nuovo tentativo di connessione…
dashboard-stopped = Aggiornamenti interrotti. Acceda di nuovo e ricarichi la pagina.
dashboard-taken-of = Posti occupati: { $taken } su { $limit }
dashboard-taken-unlimited = Persone iscritte: { $taken } (senza limite)
dashboard-submissions-waiting = Proposte per la raccolta in attesa
dashboard-activities = Sessioni parallele e visite in loco
dashboard-activity = Sessione o visita
dashboard-places = Posti
dashboard-session = (sessione)
dashboard-visit = (visita in loco)
dashboard-charts = Profilo delle persone iscritte
dashboard-per-day = Iscrizioni per giorno
dashboard-per-day-description = { $in_person } in presenza e { $online } online, nell'arco di { $days ->
    [one] un giorno
   *[other] { $days } giorni
}.
dashboard-show-figures = Mostrare i dati
dashboard-day = Giorno
dashboard-by-country = Partecipanti per paese
dashboard-by-organisation-type = Partecipanti per tipo di organizzazione
dashboard-other-countries = Altri paesi

# Same as in English: the same word in this language.
check-in-title = Check-in
# Same as in English: the same word in this language.
check-in-heading = Check-in: { $event }
check-in-progress = Arrivi registrati: { $checked } su { $expected }
check-in-scan = Scansionare un codice QR
check-in-scan-hint = Inquadri con la fotocamera il codice QR che si trova nell'e-mail della persona o sul suo telefono. Sui telefoni il cui browser non legge i codici, si può aprire il codice con l'app Fotocamera.
check-in-camera = Avviare la fotocamera
check-in-no-camera = Non è stato possibile avviare la fotocamera. Cerchi la persona per nome qui sotto.
check-in-code = Codice per il check-in
check-in-submit = Registrare l'arrivo
check-in-people = Persone attese in presenza
check-in-search = Nome o organizzazione
check-in-at = Arrivo registrato alle ore { $time }
check-in-done = Arrivo di { $name } registrato (alle ore { $time }).
check-in-already = L'arrivo di { $name } era già stato registrato alle ore { $time }.
check-in-waiting = { $name } ha un posto confermato, ma il suo arrivo non è ancora registrato.
check-in-not-expected = { $name } non ha un posto in presenza confermato. Indirizzi la persona al banco delle iscrizioni.
check-in-queued = Nessuna connessione: il check-in di { $name } è salvato su questo telefono e verrà inviato quando la connessione tornerà.
check-in-waiting-to-send = In attesa di invio: { $count }
check-in-back = Tornare all'elenco del check-in
check-in-pass = Mostri questo codice all'ingresso: il personale lo scansiona per registrare il suo arrivo.
error-check-in-unknown = Questo codice non corrisponde a nessuna iscrizione. Cerchi la persona per nome.
audit-registration-check-in = Arrivo registrato
badges-title = Badge nominativi
badges-hint = { $count } badge, uno per pagina in formato A6. Stampi questa pagina dal browser.
# Same as in English: the same word in this language.
dashboard-check-in = Check-in
dashboard-badges = Badge nominativi

announcements-title = Comunicazioni
announcements-heading = Comunicazioni: { $event }
announcements-new = Scrivere una comunicazione
announcements-other-languages = Versioni in altre lingue (facoltative: chi ha scelto una lingua senza versione riceve la prima versione)
announcements-preview = Anteprima
announcements-send = Inviare ora a { $count ->
    [one] una persona
   *[other] { $count } persone
}
announcements-recipients = { $count ->
    [one] Una persona destinataria
   *[other] { $count } persone destinatarie
}
announcements-sent = La comunicazione è in coda per l'invio. L'avanzamento è indicato qui sotto.
announcements-progress = Comunicazioni inviate
announcements-none = Ancora nessuna comunicazione.
announcements-counts = Inviate: { $sent } su { $recipients }; in attesa: { $queued }
announcements-failing = { $count ->
    [one] Un'e-mail con errori di invio
   *[other] { $count } e-mail con errori di invio
}
announcement-manage-link = La sua iscrizione
announcement-sample-name = [nome]
field-segment = Inviare a
field-announcement-subject = Oggetto
field-announcement-body = Messaggio
segment-all = Tutte le persone iscritte
segment-in-person = Tutte le persone con un posto in presenza confermato
segment-online = Tutte le persone che partecipano online
segment-waitlisted = Tutte le persone in lista d'attesa
segment-activity = Le persone iscritte a: { $title }
error-segment-invalid = Scelga dall'elenco a chi inviare la comunicazione.
error-no-recipients = In questo gruppo non c'è ancora nessuno: non è stato inviato nulla.
audit-announcement-send = Comunicazione inviata

accounts-title = Account del personale
accounts-add = Aggiungere un account del personale
accounts-add-submit = Aggiungere l'account
accounts-save = Salvare
accounts-role-of = Ruolo di { $name }
field-role = Ruolo
hint-staff-password = Almeno 12 caratteri. La comunichi personalmente alla persona, che la userà per accedere.
role-admin = Amministrazione
role-organizer = Organizzazione
role-moderator = Moderazione della raccolta
role-check-in = Check-in all'ingresso
role-disabled = Disattivato (non può accedere)
error-role-invalid = Scelga un ruolo dall'elenco.
error-staff-email-taken = Esiste già un account del personale con questo indirizzo e-mail.
error-own-account = Non può modificare o disattivare il suo account; lo chieda a un'altra persona con il ruolo di amministrazione.
audit-staff-create = Account del personale aggiunto
audit-staff-role = Ruolo del personale modificato
audit-staff-disable = Account del personale disattivato

event-settings-title = Impostazioni dell'evento e iscrizioni
event-settings-save = Salvare le impostazioni
organizer-saved-settings = Salvato.
event-new-title = Nuovo evento
event-new-submit = Creare l'evento
field-slug = Indirizzo (lettere, cifre e trattini, per es. ikp-2026)
field-capacity = Posti in presenza
field-theme = Tema
field-venue = Luogo
field-starts-on = Primo giorno
field-ends-on = Ultimo giorno
field-timezone = Fuso orario (per es. Europe/Amsterdam)
field-registration-open = Le iscrizioni sono aperte
field-opens-at = Apertura delle iscrizioni (ora locale)
field-closes-at = Chiusura delle iscrizioni (ora locale)
hint-event-summary = Alcune frasi per la pagina dell'evento.
error-date-invalid = Inserisca una data, per esempio 2026-05-14.
error-time-invalid = Inserisca una data e un'ora, per esempio 2026-02-01T09:00.
error-closes-before-opens = La chiusura delle iscrizioni deve essere successiva all'apertura.
error-timezone-invalid = Inserisca un fuso orario del database tz, per esempio Europe/Amsterdam.
error-slug-invalid = Usi da 3 a 60 caratteri tra lettere minuscole, cifre e trattini.
error-slug-taken = Questo indirizzo è già usato da un altro evento.
audit-event-create = Evento creato
audit-event-update = Impostazioni dell'evento modificate
check-in-other-event = { $name } ha un'iscrizione a un altro evento, non a questo. Indirizzi la persona al banco delle iscrizioni.

## Audit log: programme and themes
audit-activity-create = Sessione o visita aggiunta
audit-activity-update = Sessione o visita modificata
audit-activity-cancel = Sessione o visita annullata
audit-room-create = Sala aggiunta
audit-room-update = Sala rinominata
audit-room-remove = Sala rimossa
audit-speaker-create = Aggiunta di un relatore o una relatrice
audit-speaker-update = Correzione dei dati di un relatore o una relatrice
audit-speaker-remove = Rimozione di un relatore o una relatrice
audit-theme-create = Tema della raccolta aggiunto
audit-theme-rename = Tema della raccolta rinominato
audit-theme-retire = Tema della raccolta ritirato
audit-theme-restore = Tema della raccolta ripristinato

## Audit log: changes not made by staff
audit-by-participant = La persona iscritta
audit-by-platform = La piattaforma (operazione programmata)
audit-registration-erase = Dati personali cancellati dalla persona iscritta

## Retention of personal data
field-retention-days = Per quanti giorni conservare i dati personali dopo l'evento
error-retention-days = Inserisca un numero intero di giorni da 0 a 3650, per esempio 90.
retention-title = Dati personali dei partecipanti
retention-needs = Le esigenze di accessibilità e alimentari vengono rimosse a partire dal giorno { $date }. { $count ->
    [0] Al momento nessuna iscrizione le contiene.
    [one] Al momento un'iscrizione le contiene.
   *[other] Al momento { $count } iscrizioni le contengono.
}
retention-everything = Tutti i dati personali vengono resi anonimi a partire dal giorno { $date }; restano i conteggi per paese e per giorno. { $count ->
    [0] Al momento nessuna iscrizione contiene dati personali.
    [one] Un'iscrizione contiene ancora dati personali.
   *[other] { $count } iscrizioni contengono ancora dati personali.
}
audit-event-needs-removed = Esigenze di accessibilità e alimentari rimosse (conservazione dei dati)
audit-event-anonymised = Dati personali resi anonimi (conservazione dei dati)
