# The organizers' console: registrations, corrections, exports, audit log.

organizer-registrations = Anmeldungen
organizer-registrations-of = Anmeldungen: { $event }
organizer-back-to-dashboard = Zurück zur Übersicht der Veranstaltung
organizer-back-to-list = Zurück zu den Anmeldungen
organizer-search = Name, E-Mail oder Organisation
organizer-search-button = Suchen
organizer-sort = Reihenfolge
organizer-sort-newest = Neueste zuerst
organizer-sort-oldest = Älteste zuerst
# Same as in English: the same word in this language.
organizer-sort-name = Name
organizer-sort-country = Land
organizer-sort-waitlist = Reihenfolge der Warteliste
organizer-registrations-found = { $count ->
    [one] Eine Anmeldung
   *[other] { $count } Anmeldungen
}
organizer-export = Diese Anmeldungen herunterladen:
organizer-saved = Gespeichert. Die Änderung steht unten im Verlauf.
organizer-waitlist-position = Nummer { $position } auf der Warteliste
organizer-correct = Angaben korrigieren
organizer-save = Korrektur speichern
organizer-give-place = Jetzt einen Platz vergeben
organizer-give-place-hint = Diese Person wird sofort für die Teilnahme vor Ort bestätigt, vor der Reihenfolge der Warteliste. Wenn alle { $limit } Plätze vergeben oder angeboten sind, steigt die Kapazität vor Ort um eins. Die Person erhält eine E-Mail.
organizer-give-place-submit = Platz vergeben
organizer-cancel = Im Namen der Person stornieren
organizer-cancel-hint = Die Anmeldung wird storniert, und ihr Platz geht an die Warteliste. Die Person erhält eine E-Mail.
organizer-cancel-submit = Anmeldung stornieren
organizer-history = Verlauf
organizer-history-empty = Noch keine mitarbeitende Person hat diese Anmeldung geändert.
field-reason = Grund für die Änderung
field-cancel-reason = Grund für die Stornierung
field-place-reason = Grund für die Platzvergabe
hint-reason = Wird mit Ihrem Namen im Änderungsprotokoll gespeichert, zum Beispiel „am 3. Mai per E-Mail angefragt“.
error-not-waiting = Nur wer auf einen Platz vor Ort wartet, kann einen erhalten.
answer-yes = Ja
answer-no = Nein

audit-title = Änderungsprotokoll
audit-when = Wann
audit-who = Mitarbeitende Person
audit-action = Aktion
audit-subject = Datensatz
audit-reason = Grund
audit-changes = Änderungen
audit-empty = Keine Aktion von Mitarbeitenden passt dazu.
audit-older = Ältere Einträge
audit-registration-update = Anmeldung korrigiert
audit-registration-cancel = Anmeldung storniert
audit-registration-give-place = Platz manuell vergeben
audit-event-capacity = Kapazität vor Ort geändert

dashboard-title = Übersicht der Veranstaltung
dashboard-sections = Bereiche der Konsole
dashboard-live = Die Zahlen aktualisieren sich selbst.
dashboard-reconnecting = Verbindung unterbrochen: Verbindung wird wiederhergestellt…
dashboard-stopped = Aktualisierung gestoppt. Loggen Sie sich erneut ein und laden Sie die Seite neu.
dashboard-taken-of = { $taken } von { $limit } Plätzen vergeben
dashboard-taken-unlimited = { $taken } angemeldet (unbegrenzt)
dashboard-submissions-waiting = Wartende Einreichungen für die Bibliothek
dashboard-activities = Breakout-Sessions und Exkursionen
dashboard-activity = Session oder Exkursion
dashboard-places = Plätze
dashboard-session = (Session)
dashboard-visit = (Exkursion)
dashboard-charts = Wer sich angemeldet hat
dashboard-per-day = Anmeldungen pro Tag
dashboard-per-day-description = { $in_person } vor Ort und { $online } online, verteilt auf { $days ->
    [one] einen Tag
   *[other] { $days } Tage
}.
dashboard-show-figures = Zahlen anzeigen
dashboard-day = Tag
dashboard-by-country = Teilnehmende nach Land
dashboard-by-organisation-type = Teilnehmende nach Art der Organisation
dashboard-other-countries = Andere Länder

# Same as in English: the same word in this language.
check-in-title = Check-in
# Same as in English: the same word in this language.
check-in-heading = Check-in: { $event }
check-in-progress = { $checked } von { $expected } Personen eingecheckt
check-in-scan = QR-Code scannen
check-in-scan-hint = Richten Sie die Kamera auf den QR-Code in der E-Mail der teilnehmenden Person oder auf ihrem Handy. Bei Handys, deren Browser keine Codes lesen kann, lässt sich der Code mit der Kamera-App öffnen.
check-in-camera = Kamera starten
check-in-no-camera = Die Kamera konnte nicht gestartet werden. Suchen Sie die Person unten nach Namen.
check-in-code = Check-in-Code
check-in-submit = Einchecken
check-in-people = Erwartete Personen vor Ort
check-in-search = Name oder Organisation
check-in-at = Eingecheckt um { $time } Uhr
check-in-done = { $name } ist eingecheckt (um { $time } Uhr).
check-in-already = { $name } wurde bereits um { $time } Uhr eingecheckt.
check-in-waiting = { $name } hat einen bestätigten Platz und ist noch nicht eingecheckt.
check-in-not-expected = { $name } hat keinen bestätigten Platz vor Ort. Schicken Sie die Person bitte zum Anmeldeschalter.
check-in-queued = Keine Verbindung: Der Check-in von { $name } wird auf diesem Handy gespeichert und gesendet, sobald die Verbindung wieder da ist.
check-in-waiting-to-send = Wartet auf Versand: { $count }
check-in-back = Zurück zur Check-in-Liste
check-in-pass = Zeigen Sie diesen Code am Eingang: Das Personal scannt ihn, um Sie einzuchecken.
error-check-in-unknown = Dieser Code gehört zu keiner Anmeldung. Suchen Sie die Person nach Namen.
audit-registration-check-in = Eingecheckt
badges-title = Namensschilder
badges-hint = { $count } Namensschilder, eines pro A6-Seite. Drucken Sie diese Seite aus dem Browser.
# Same as in English: the same word in this language.
dashboard-check-in = Check-in
dashboard-badges = Namensschilder

announcements-title = Mitteilungen
announcements-heading = Mitteilungen: { $event }
announcements-new = Mitteilung schreiben
announcements-other-languages = Fassungen in anderen Sprachen (optional: Wer eine Sprache ohne eigene Fassung hat, erhält die erste Fassung)
announcements-preview = Vorschau
announcements-send = Jetzt an { $count ->
    [one] eine Person
   *[other] { $count } Personen
} senden
announcements-recipients = { $count ->
    [one] Geht an eine Person
   *[other] Geht an { $count } Personen
}
announcements-sent = Die Mitteilung steht in der Warteschlange. Der Fortschritt wird unten angezeigt.
announcements-progress = Gesendete Mitteilungen
announcements-none = Noch keine Mitteilung.
announcements-counts = { $sent } von { $recipients } gesendet, { $queued } wartend
announcements-failing = { $count ->
    [one] Eine E-Mail schlägt fehl
   *[other] { $count } E-Mails schlagen fehl
}
announcement-manage-link = Ihre Anmeldung
announcement-sample-name = [Name]
field-segment = Senden an
field-announcement-subject = Betreff
field-announcement-body = Nachricht
segment-all = Alle Angemeldeten
segment-in-person = Alle mit bestätigtem Platz vor Ort
segment-online = Alle, die online teilnehmen
segment-waitlisted = Alle auf der Warteliste
segment-activity = Die Teilnehmenden von: { $title }
error-segment-invalid = Wählen Sie aus der Liste, an wen die Mitteilung geht.
error-no-recipients = In dieser Gruppe ist noch niemand: Es wurde nichts gesendet.
audit-announcement-send = Mitteilung gesendet

accounts-title = Konten der Mitarbeitenden
accounts-add = Konto für Mitarbeitende hinzufügen
accounts-add-submit = Konto hinzufügen
accounts-save = Speichern
accounts-role-of = Rolle von { $name }
field-role = Rolle
hint-staff-password = Mindestens 12 Zeichen. Geben Sie es der Person selbst weiter; sie loggt sich damit ein.
role-admin = Administration
role-organizer = Organisation
role-moderator = Moderation der Bibliothek
# Same as in English: the same word in this language.
role-check-in = Check-in
role-disabled = Deaktiviert (kein Login möglich)
error-role-invalid = Wählen Sie eine Rolle aus der Liste.
error-staff-email-taken = Es gibt bereits ein Konto für Mitarbeitende mit dieser E-Mail-Adresse.
error-own-account = Sie können Ihr eigenes Konto nicht ändern oder deaktivieren. Bitten Sie eine andere Person mit Administrationsrechten darum.
audit-staff-create = Konto für Mitarbeitende hinzugefügt
audit-staff-role = Rolle einer mitarbeitenden Person geändert
audit-staff-disable = Konto für Mitarbeitende deaktiviert

event-settings-title = Einstellungen und Anmeldung der Veranstaltung
event-settings-save = Einstellungen speichern
organizer-saved-settings = Gespeichert.
event-new-title = Neue Veranstaltung
event-new-submit = Veranstaltung anlegen
field-slug = Adresse (Buchstaben, Ziffern und Bindestriche, z. B. ikp-2026)
field-capacity = Plätze vor Ort
field-theme = Thema
field-venue = Veranstaltungsort
field-starts-on = Erster Tag
field-ends-on = Letzter Tag
field-timezone = Zeitzone (z. B. Europe/Amsterdam)
field-registration-open = Die Anmeldung ist geöffnet
field-opens-at = Anmeldung öffnet (Ortszeit)
field-closes-at = Anmeldung schließt (Ortszeit)
hint-event-summary = Ein paar Sätze für die Seite der Veranstaltung.
error-date-invalid = Geben Sie ein Datum ein, zum Beispiel 2026-05-14.
error-time-invalid = Geben Sie Datum und Uhrzeit ein, zum Beispiel 2026-02-01T09:00.
error-closes-before-opens = Die Anmeldung muss nach ihrer Öffnung schließen.
error-timezone-invalid = Geben Sie eine Zeitzone aus der tz-Datenbank ein, zum Beispiel Europe/Amsterdam.
error-slug-invalid = Verwenden Sie 3 bis 60 Kleinbuchstaben, Ziffern und Bindestriche.
error-slug-taken = Eine andere Veranstaltung hat diese Adresse bereits.
audit-event-create = Veranstaltung angelegt
audit-event-update = Einstellungen der Veranstaltung geändert
check-in-other-event = { $name } ist für eine andere Veranstaltung angemeldet, nicht für diese. Schicken Sie die Person bitte zum Anmeldeschalter.

## Audit log: programme and themes
audit-activity-create = Session oder Exkursion hinzugefügt
audit-activity-update = Session oder Exkursion geändert
audit-activity-cancel = Session oder Exkursion abgesagt
audit-room-create = Raum hinzugefügt
audit-room-update = Raum umbenannt
audit-room-remove = Raum entfernt
audit-speaker-create = Referent*in hinzugefügt
audit-speaker-update = Angaben zu Referent*in korrigiert
audit-speaker-remove = Referent*in entfernt
audit-theme-create = Thema der Bibliothek hinzugefügt
audit-theme-rename = Thema der Bibliothek umbenannt
audit-theme-retire = Thema der Bibliothek ausgemustert
audit-theme-restore = Thema der Bibliothek wieder angeboten

## Audit log: changes not made by staff
audit-by-participant = Die teilnehmende Person
audit-by-platform = Die Plattform (automatisch)
audit-registration-erase = Personenbezogene Daten von der teilnehmenden Person gelöscht

## Retention of personal data
field-retention-days = Personenbezogene Daten so viele Tage nach der Veranstaltung aufbewahren
error-retention-days = Geben Sie eine ganze Zahl von Tagen zwischen 0 und 3650 ein, zum Beispiel 90.
retention-title = Personenbezogene Daten der Teilnehmenden
retention-needs = Angaben zur Barrierefreiheit und zur Ernährung werden ab dem { $date } gelöscht. { $count ->
    [0] Derzeit enthält keine Anmeldung solche Angaben.
    [one] Derzeit enthält eine Anmeldung solche Angaben.
   *[other] Derzeit enthalten { $count } Anmeldungen solche Angaben.
}
retention-everything = Alle personenbezogenen Daten werden ab dem { $date } anonymisiert; Zahlen nach Land und Tag bleiben erhalten. { $count ->
    [0] Derzeit enthält keine Anmeldung personenbezogene Daten.
    [one] Eine Anmeldung enthält noch personenbezogene Daten.
   *[other] { $count } Anmeldungen enthalten noch personenbezogene Daten.
}
audit-event-needs-removed = Angaben zur Barrierefreiheit und zur Ernährung gelöscht (Aufbewahrungsfrist)
audit-event-anonymised = Personenbezogene Daten anonymisiert (Aufbewahrungsfrist)
