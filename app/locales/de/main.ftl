## Site frame
# Same as in English: the platform's name.
site-name = International Knowledge Platform
site-description = Veranstaltungen und gute Praxis in der Aufnahme von Asylsuchenden – von der International Knowledge Platform des COA.
skip-to-content = Zum Inhalt springen
language-choice = Sprache
footer-organiser = COA International Knowledge Platform · Niederländische Zentralstelle für die Aufnahme von Asylsuchenden
footer-staff = Login für Mitarbeitende
not-found-title = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es keine Seite. Vielleicht ist der Link veraltet oder falsch geschrieben.
back-home = Zur Startseite
loading = Wird geladen…
# Same as in English: the same word in this language.
optional = (optional)

## Dates
date = { $day }. { $month } { $year }
date-range-same-month = { $start }.–{ $end }. { $month } { $year }
date-range = { $start } – { $end }
date-time = { $date }, { $time } Uhr ({ $zone })
month-1 = Januar
month-2 = Februar
month-3 = März
# Same as in English: the same word in this language.
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
# Same as in English: the same word in this language.
month-8 = August
# Same as in English: the same word in this language.
month-9 = September
month-10 = Oktober
# Same as in English: the same word in this language.
month-11 = November
month-12 = Dezember

## Events
home-title = Veranstaltungen
home-intro = Internationaler Austausch zur Aufnahme und Begleitung von Asylsuchenden.
home-no-events = Es gibt noch keine Veranstaltungen.
fact-event = Veranstaltung
fact-dates = Termin
fact-venue = Ort
fact-timezone = Zeitangaben in
fact-attendance = Teilnahme
register-action = Anmelden
registration-closed = Die Anmeldung ist geschlossen.
event-objectives = Ziele
event-target-groups = Für wen ist die Veranstaltung?
places-left = Noch { $left } { $left ->
    [one] Platz
   *[other] Plätze
} von { $limit } vor Ort frei
in-person-full = Alle { $limit } Plätze vor Ort sind vergeben: Setzen Sie sich auf die Warteliste oder nehmen Sie online teil
online-unlimited = Online-Teilnahme unbegrenzt

## Registration form
register-title = Anmeldung
register-full-notice = Alle Plätze vor Ort sind vergeben. Sie können sich für die Online-Teilnahme anmelden oder sich auf die Warteliste für einen Platz vor Ort setzen: Wird ein Platz frei, schreiben wir Ihnen eine E-Mail. Bis dahin können Sie online teilnehmen.
register-all-required = Alle Felder sind Pflichtfelder, außer sie sind als optional gekennzeichnet.
register-submit = Anmelden
register-again = Erneut anmelden
field-name = Vollständiger Name
field-email = E-Mail-Adresse
# Same as in English: the same word in this language.
field-organisation = Organisation
field-function = Funktion oder Rolle
field-organisation-type = Art der Organisation
organisation-type-unsaid = Keine Angabe
organisation-type-reception-agency = Aufnahmebehörde oder -agentur
organisation-type-ministry = Ministerium oder nationale Behörde
organisation-type-municipality = Gemeinde oder Region
organisation-type-ngo = Nichtregierungsorganisation
organisation-type-international = Internationale Organisation
organisation-type-research = Forschung oder Bildung
organisation-type-other = Sonstige
error-organisation-type-invalid = Wählen Sie eine Art der Organisation aus der Liste oder lassen Sie das Feld leer.
field-country = Land
field-attendance = Wie nehmen Sie teil?
field-language = Sprache für E-Mails
field-accessibility-needs = Bedarf an Barrierefreiheit
field-dietary-needs = Ernährungsbedürfnisse
field-list-consent = Meinen Namen, meine Organisation und mein Land in der Teilnehmendenliste zeigen
field-privacy-consent = Ich habe gelesen, wie meine Daten verwendet werden, und bin einverstanden
field-password = Passwort
choose-country = Land auswählen
attendance-in-person = Vor Ort
attendance-in-person-waitlist = Vor Ort: auf die Warteliste (bis dahin online teilnehmen)
# Same as in English: the same word in this language.
attendance-online = Online
hint-language = Wir schreiben Ihnen in dieser Sprache.
hint-accessibility-needs = Zum Beispiel stufenloser Zugang, Gebärdensprachdolmetschen oder Großdruck.
hint-dietary-needs = Nur für Teilnehmende vor Ort.
privacy-title = Ihre Daten
privacy-summary = Das COA speichert Ihre Anmeldung, um diese Veranstaltung zu organisieren: um Ihren Platz zu bestätigen, Ihnen praktische Informationen zu senden und Sie vor Ort einzuchecken. Nur das Organisationsteam sieht sie. Angaben zur Barrierefreiheit und zur Ernährung werden 30 Tage nach der Veranstaltung gelöscht, Ihre übrigen Angaben { $days } Tage danach. Über den Link in Ihrer Bestätigungs-E-Mail können Sie Ihre Daten jederzeit ansehen, ändern, herunterladen oder löschen.

## Errors
error-summary-title = Es gibt ein Problem
error-prefix = Fehler:
error-invalid = Einige Felder brauchen Ihre Aufmerksamkeit.
error-duplicate = Das gibt es bereits.
error-not-found = Wir konnten das nicht finden. Vielleicht ist der Link veraltet oder falsch geschrieben.
error-unauthorized = Bitte loggen Sie sich ein, um diese Seite zu sehen.
error-forbidden = Ihr Konto darf diese Seite nicht sehen.
error-rate-limited = Zu viele Versuche von Ihrer Verbindung. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.
error-internal = Bei uns ist etwas schiefgelaufen. Es wurde nichts gespeichert. Bitte versuchen Sie es gleich noch einmal.
error-bad-request = Diese Anfrage wurde nicht verstanden: Etwas fehlt oder ist fehlerhaft. Laden Sie die Seite neu und versuchen Sie es noch einmal.
error-request-too-large = Das ist mehr, als das Formular aufnehmen kann. Bitte kürzen Sie den Inhalt und senden Sie ihn noch einmal.
error-cross-site = Dieses Formular wurde von einer anderen Website gesendet und deshalb abgelehnt. Öffnen Sie die Seite auf dieser Website und senden Sie das Formular von dort.
error-connection = Wir konnten den Server nicht erreichen. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
error-capacity-too-low = Die Kapazität darf nicht niedriger sein als die { $taken } Plätze, die bereits vergeben oder angeboten sind.
error-capacity-number = Geben Sie die Kapazität als ganze Zahl ein, zum Beispiel 150.
error-required = Bitte füllen Sie dieses Feld aus.
error-too-long = Das ist zu lang. Bitte kürzen Sie den Text.
error-email-invalid = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.
error-country-invalid = Wählen Sie ein Land aus der Liste.
error-attendance-invalid = Wählen Sie „vor Ort“ oder „online“.
error-language-invalid = Wählen Sie eine Sprache aus der Liste.
error-consent-required = Setzen Sie das Häkchen, um zuzustimmen. Sonst können wir Sie nicht anmelden.
error-control-characters = Der Text enthält Zeichen, die nicht erlaubt sind.
error-email-taken = Diese E-Mail-Adresse ist für diese Veranstaltung bereits angemeldet. Nutzen Sie den Link in Ihrer Bestätigungs-E-Mail, um Ihre Anmeldung zu ändern.
error-registration-closed = Die Anmeldung für diese Veranstaltung ist geschlossen.
error-registration-cancelled = Diese Anmeldung ist storniert und kann nicht mehr geändert werden.
error-no-offer = Für diese Anmeldung gibt es kein offenes Angebot.
error-offer-expired = Dieses Angebot ist abgelaufen. Der Platz ist an die nächste Person auf der Warteliste gegangen.
error-confirm-cancel = Setzen Sie das Häkchen, um zu bestätigen, dass Sie stornieren möchten.
error-sign-in = Die E-Mail-Adresse oder das Passwort ist falsch. Nach fünf falschen Passwörtern in Folge wird ein Konto für 15 Minuten gesperrt.
error-password-too-short = Das Passwort muss mindestens 12 Zeichen lang sein.

## Manage page
manage-title = Ihre Anmeldung
manage-welcome = Vielen Dank für Ihre Anmeldung. Wir haben Ihnen eine E-Mail mit dem Link zu dieser Seite geschickt. Bewahren Sie sie auf, um Ihre Anmeldung zu ändern oder zu stornieren.
manage-saved = Ihre Änderungen sind gespeichert.
manage-change-title = Ihre Angaben ändern
manage-change-hint = Hier können Sie zwischen „vor Ort“ und „online“ wechseln. Wenn Sie einen Platz vor Ort aufgeben, geht er an die nächste Person auf der Warteliste.
manage-save = Änderungen speichern
manage-cancel-title = Ihre Anmeldung stornieren
manage-cancel-hint = Wenn Sie nicht kommen können, stornieren Sie bitte, damit Ihr Platz an jemanden auf der Warteliste gehen kann.
manage-cancel-confirm = Ja, ich möchte meine Anmeldung stornieren
manage-cancel-submit = Anmeldung stornieren
status-confirmed-in-person = Ihr Platz vor Ort ist bestätigt.
status-confirmed-online = Sie sind für die Online-Teilnahme angemeldet.
status-waitlisted = Sie sind Nummer { $position } auf der Warteliste für einen Platz vor Ort. Bis dahin können Sie gerne online teilnehmen.
status-offered = Ein Platz vor Ort ist bis zum { $deadline } für Sie reserviert. Möchten Sie ihn?
status-cancelled = Diese Anmeldung ist storniert.
offer-accept = Ja, ich nehme den Platz
offer-decline = Nein, ich bleibe online

## Staff
staff-sign-in = Login für Mitarbeitende
staff-sign-out = Ausloggen
staff-title = Konsole für das Organisationsteam
staff-signed-in-as = Eingeloggt als { $name }
staff-registrations = Anmeldungen
staff-registrations-count = { $count ->
    [one] { $count } Anmeldung
   *[other] { $count } Anmeldungen
}
staff-capacity = Kapazität vor Ort
staff-confirmed = Bestätigt
staff-offered = Angeboten
staff-waitlisted = Auf der Warteliste
staff-left = Frei
# Same as in English: the same word in this language.
staff-online = Online
staff-capacity-label = Neue Kapazität vor Ort
staff-capacity-save = Kapazität ändern
# Same as in English: the same word in this language.
staff-status = Status
staff-registered-on = Angemeldet am
staff-status-confirmed = Bestätigt
staff-status-waitlisted = Auf der Warteliste
staff-status-offered = Platz angeboten
staff-status-cancelled = Storniert

## Emails
email-greeting = Guten Tag { $name },
# Same as in English: the platform's name.
email-signature = COA International Knowledge Platform
email-manage-intro = Mit der Schaltfläche unten können Sie Ihre Anmeldung ansehen, ändern oder stornieren. Der Link ist persönlich: Bitte geben Sie ihn nicht weiter.
email-manage-action = Meine Anmeldung verwalten
email-calendar-attached = Die Veranstaltung ist als Kalenderdatei angehängt.
email-check-in-code = Zeigen Sie am Eingang den QR-Code unten (Sie finden ihn auch auf Ihrer Anmeldeseite): Das Personal scannt ihn, um Sie einzuchecken.
email-check-in-alt = Ihr Check-in-Code
email-confirmed-subject = Ihre Anmeldung für { $event }
email-confirmed-in-person = Ihr Platz vor Ort bei { $event } ist bestätigt. Wir freuen uns, Sie in { $venue } begrüßen zu dürfen.
email-confirmed-online = Sie sind für die Online-Teilnahme an { $event } angemeldet. Sie können die Sessions live auf Ihrer Anmeldeseite verfolgen.
email-waitlisted-subject = Sie stehen auf der Warteliste für { $event }
email-waitlisted-body = Alle Plätze vor Ort sind vergeben. Sie sind Nummer { $position } auf der Warteliste. Wird ein Platz frei, schicken wir Ihnen per E-Mail ein Angebot. Es gilt { $hours } Stunden.
email-waitlisted-online = Bis dahin können Sie gerne online teilnehmen.
email-offer-subject = Ein Platz für Sie bei { $event }
email-offer-body = Ein Platz vor Ort ist frei geworden. Er gehört Ihnen, wenn Sie ihn bis zum { $deadline } annehmen.
email-offer-after = Wenn Sie nicht rechtzeitig antworten, geht der Platz an die nächste Person auf der Warteliste. Sie bleiben für die Online-Teilnahme angemeldet.
email-offer-action = Platz annehmen oder ablehnen
email-offer-expired-subject = Ihr Angebot für { $event } ist abgelaufen
email-offer-expired-body = Sie haben den Platz vor Ort nicht rechtzeitig angenommen. Deshalb ist er an die nächste Person auf der Warteliste gegangen. Sie bleiben für die Online-Teilnahme angemeldet.
email-cancelled-subject = Ihre Anmeldung für { $event } ist storniert
email-cancelled-body = Ihre Anmeldung ist wie gewünscht storniert. Solange die Anmeldung geöffnet ist, können Sie sich gerne erneut anmelden.

## Programme: sign-ups and their refusals
refusal-no-sign-up = Plenarsitzungen sind für alle offen. Eine Anmeldung ist nicht nötig.
refusal-visits-in-person-only = Exkursionen sind für Teilnehmende vor Ort. Sie sind für die Online-Teilnahme angemeldet (oder warten noch auf einen Platz vor Ort) und können deshalb keine Exkursion buchen.
refusal-in-person-only = Diese Session findet nur im Saal statt. Online-Teilnehmende können Online- und Hybrid-Sessions wählen.
refusal-online-only = Diese Session findet nur online statt. Teilnehmende vor Ort können Sessions vor Ort und Hybrid-Sessions wählen.
refusal-clash = Das überschneidet sich mit „{ $title }“. Diesen Programmpunkt haben Sie bereits gewählt. Wenn Sie diesen hier lieber möchten, stornieren Sie zuerst den anderen.
choice-clash = Das Organisationsteam hat einen Programmpunkt verschoben: Er überschneidet sich jetzt mit „{ $title }“, den Sie ebenfalls gewählt haben. Bitte geben Sie einen der beiden auf.
refusal-one-visit = Sie können eine Exkursion buchen und haben bereits „{ $title }“ gebucht.
error-already-chosen = Das haben Sie bereits gewählt.
error-activity-cancelled = Dieser Programmpunkt wurde abgesagt.
email-activity-offer-subject = Ein Platz für Sie in „{ $title }“
email-activity-offer-body = In „{ $title }“ ist ein Platz frei geworden. Er gehört Ihnen, wenn Sie ihn bis zum { $deadline } annehmen.
email-activity-offer-after = Wenn Sie nicht rechtzeitig antworten, geht der Platz an die nächste Person auf der Warteliste.
email-activity-offer-expired-subject = Ihr Angebot für „{ $title }“ ist abgelaufen
email-activity-offer-expired-body = Sie haben den Platz in „{ $title }“ nicht rechtzeitig angenommen. Deshalb ist er an die nächste Person auf der Warteliste gegangen.

## Programme page
programme-title = Programm
programme-link = Zum Programm
programme-times-in-zone = Alle Zeiten sind in der Zeitzone der Veranstaltung angegeben ({ $zone }).
programme-calendar-download = Das ganze Programm in Ihren Kalender übernehmen (.ics)
programme-nothing-matches = An diesem Tag passt nichts zu Ihrer Auswahl.
programme-visits = Exkursionen
programme-speakers = Referierende
programme-filter = Programm filtern
programme-filter-day = Tag
programme-filter-mode = Art der Teilnahme
programme-filter-theme = Thema
programme-filter-all = Alle
programme-filter-apply = Anzeigen
theme-self-reliance = Digitale Selbstständigkeit der Bewohnerinnen und Bewohner
theme-guidance = Persönliche Begleitung mit digitalen Hilfsmitteln
theme-intake = Digitale Aufnahme
theme-employees = Digitale Kompetenzen der Mitarbeitenden
theme-risks = Risiken: Ausgrenzung, Datenschutz, KI
mode-in_person = Vor Ort
# Same as in English: the same word in this language.
mode-online = Online
mode-hybrid = Hybrid (vor Ort und online)
kind-plenary = Plenum
kind-breakout = Breakout-Session
# Same as in English: the same word in this language.
kind-workshop = Workshop
kind-visit = Exkursion
badge-streamed = Live übertragen
badge-cancelled = Abgesagt
places-left-of = Noch { $left } von { $capacity } Plätzen frei
places-full-waiting = Ausgebucht · { $waiting ->
    [0] Warteliste offen
    [one] 1 Person wartet
   *[other] { $waiting } Personen warten
}
places-unlimited = Keine Platzbegrenzung
places-plenary = Für alle, keine Anmeldung nötig
visit-meeting-point = Treffpunkt
visit-transport = Anfahrt
visit-bring = Bitte mitbringen

## Programme on the manage page
choices-title = Ihr Programm
choices-hint = Wählen Sie pro Zeitfenster eine Breakout-Session oder einen Workshop und, wenn Sie vor Ort dabei sind, eine Exkursion. Sie können Ihre Auswahl bis zur Veranstaltung ändern.
choice-book = Auswählen
choice-join-waitlist = Auf die Warteliste
choice-leave = Meinen Platz freigeben
choice-leave-waitlist = Warteliste verlassen
choice-confirmed = Sie haben einen Platz.
choice-waitlisted = Sie stehen auf der Warteliste, Nummer { $position }.
choice-offered = Ein Platz ist bis zum { $deadline } für Sie reserviert.
agenda-title = Ihr Programm in Ihrem Kalender
agenda-download = Ihr Programm herunterladen (.ics)
agenda-subscribe-hint = Oder abonnieren Sie es: Ihre Kalender-App übernimmt dann jede Änderung. Alle, die die Adresse kennen, können Ihr Programm sehen. Wenn Sie eine neue Adresse erstellen, funktioniert die alte nicht mehr.
agenda-subscribe = Abo-Adresse erstellen
agenda-subscribe-done = Kopieren Sie diese Adresse in Ihre Kalender-App (zum Beispiel unter „Kalender per URL hinzufügen“):
email-activity-changed-subject = „{ $title }“ wurde geändert
email-activity-changed-body = Das Organisationsteam hat „{ $title }“ geändert. Sie haben sich dafür angemeldet. Der Programmpunkt beginnt jetzt am { $when }. Ihr Platz oder Ihr Platz auf der Warteliste bleibt Ihnen erhalten.
email-activity-cancelled-subject = „{ $title }“ ist abgesagt
email-activity-cancelled-body = Es tut uns leid: „{ $title }“ wurde abgesagt. Sie hatten sich dafür angemeldet. Auf Ihrer Anmeldeseite können Sie einen anderen Programmpunkt wählen.
email-activity-released-subject = Ihre Anmeldung für „{ $title }“ ist beendet
email-activity-released-body = Das Organisationsteam hat „{ $title }“ geändert, und der Programmpunkt steht Ihnen nicht mehr offen: { $reason } Ihre Anmeldung dafür ist beendet. Auf Ihrer Anmeldeseite können Sie einen anderen Programmpunkt wählen.
error-choose-from-list = Wählen Sie eine der Möglichkeiten.
error-day-outside-event = Wählen Sie einen der Veranstaltungstage.
error-time = Geben Sie eine Uhrzeit ein, zum Beispiel 09:30.
error-ends-before-start = Das Ende muss nach dem Beginn liegen.

## Organizers: programme
staff-programme = Programm: Sessions und Exkursionen
staff-activity-new = Session oder Exkursion hinzufügen
staff-activity-kind = Art
staff-activity-title = Titel
staff-activity-summary = Kurzbeschreibung
staff-activity-room = Raum
staff-activity-starts = Beginn (HH:MM)
staff-activity-ends = Ende (HH:MM)
staff-activity-capacity = Plätze vor Ort
staff-activity-capacity-hint = Leer lassen für unbegrenzte Plätze. Wenn Sie die Zahl erhöhen, werden die neuen Plätze der Warteliste angeboten. Sie darf nicht unter die bereits vergebenen Plätze sinken.
staff-activity-save = Speichern
staff-activity-cancel = Diese Session absagen
staff-activity-cancel-hint = Alle Angemeldeten erhalten eine E-Mail und verlieren ihren Platz.
staff-sign-ups = Angemeldet
staff-sign-ups-csv = Anmeldeliste herunterladen (CSV)
staff-manifest-csv = Besuchsliste für den Einlass herunterladen (CSV)
staff-rooms = Räume
staff-room-name = Name des Raums
staff-room-add = Raum hinzufügen
staff-speakers = Referierende
staff-speaker-add = Referent*in hinzufügen
staff-save-changes = Änderungen speichern
staff-remove = Entfernen
staff-activity-speakers = Referierende
error-room-in-use = In diesem Raum finden noch Sessions statt. Weisen Sie ihnen zuerst einen anderen Raum zu und entfernen Sie ihn dann.
activity-sign-up-hint = Schon angemeldet? Wählen Sie Sessions und buchen Sie eine Exkursion über den Link in Ihrer Bestätigungs-E-Mail.

## Library
email-library-received-subject = Wir haben Ihr Praxisbeispiel „{ $title }“ erhalten
email-library-received-body = Vielen Dank, dass Sie „{ $title }“ mit der Bibliothek teilen. Die Moderation prüft den Beitrag. Wir schreiben Ihnen eine E-Mail, sobald er veröffentlicht ist oder falls Änderungen nötig sind.
email-library-changes-subject = Änderungen erbeten für „{ $title }“
email-library-changes-body = Die Moderation hat „{ $title }“ gelesen und bittet Sie vor der Veröffentlichung um einige Änderungen:
email-library-published-subject = „{ $title }“ ist veröffentlicht
email-library-published-body = „{ $title }“ ist jetzt in der öffentlichen Bibliothek. Vielen Dank, dass Sie teilen, was Ihre Organisation gelernt hat.
email-library-rejected-subject = „{ $title }“ wird nicht veröffentlicht
email-library-rejected-body = Die Moderation hat „{ $title }“ gelesen und entschieden, den Beitrag aus folgendem Grund nicht zu veröffentlichen:
email-library-follow = Über den Link unten können Sie Ihr Praxisbeispiel verfolgen und, solange es geprüft wird, ändern.
email-library-action = Ihr Praxisbeispiel verfolgen
error-file-too-large = Die Datei ist größer als 3 MB. Verkleinern Sie sie (speichern Sie das PDF zum Beispiel für das Web) oder lassen Sie sie weg.
error-file-type = Dieser Dateityp wird nicht angenommen. Senden Sie eine PDF-, DOCX-, PPTX-, ODT-, ODP-, PNG- oder JPEG-Datei, die sich normal öffnen lässt.
error-file-empty = Die Datei ist leer.
error-theme-required = Wählen Sie mindestens ein Thema.
error-practice-closed = Dieses Praxisbeispiel kann über diesen Link nicht mehr geändert werden.
error-practice-step = Dieser Schritt ist für dieses Praxisbeispiel gerade nicht möglich. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.
error-note-required = Schreiben Sie eine Notiz für die einreichende Person: was geändert werden soll oder warum.

## Best-practice library
nav-library = Best-Practice-Bibliothek
library-title = Best-Practice-Bibliothek
library-lead = Was Aufnahmeorganisationen in ganz Europa gelernt haben – geteilt, damit alle es nutzen können.
library-open-data = Offene Daten:
library-search = Suche
library-search-button = Suchen
filter-all = Alle
library-sort = Reihenfolge
library-sort-relevance = Beste Treffer zuerst
library-sort-newest = Neueste zuerst
library-results = { $count ->
    [0] Keine Praxisbeispiele gefunden. Versuchen Sie es mit weniger Wörtern oder einem anderen Filter.
    [one] Ein Praxisbeispiel
   *[other] { $count } Praxisbeispiele
}
pager-pages = Seiten
pager-previous = Vorherige Seite
pager-next = Nächste Seite
pager-page-of = Seite { $page } von { $pages }
library-demo = Demo-Eintrag
library-demo-notice = Dies ist ein Demo-Eintrag. Er ist erfunden und zeigt, wie die Bibliothek funktioniert.
library-related = Ähnliche Praxisbeispiele
library-back = Zurück zur Bibliothek
library-published = Veröffentlicht
library-download = Herunterladen
library-file-size = { $kilobytes } kB
library-contact = Kontakt
library-theme-digital_self_reliance = Digitale Selbstständigkeit
library-theme-labour_participation = Teilhabe am Arbeitsmarkt
library-theme-sustainability = Nachhaltigkeit
library-theme-unaccompanied_minors = Unbegleitete Minderjährige
library-theme-health_wellbeing = Gesundheit und Wohlbefinden
library-theme-safety = Sicherheit
library-theme-housing_placement = Unterbringung und Zuweisung
library-theme-participation_codesign = Beteiligung und Mitgestaltung
library-theme-data_privacy = Daten und Datenschutz
library-submit-title = Ein Praxisbeispiel einreichen
library-submit-lead = Teilen Sie, was Ihre Organisation gelernt hat. Die Moderation liest jede Einreichung, bevor sie veröffentlicht wird. Über den Link, den wir Ihnen per E-Mail schicken, können Sie Ihren Beitrag verfolgen und ändern.
library-submit-button = Zur Prüfung senden
library-form-required = Felder ohne „optional“ sind Pflichtfelder.
library-no-event = Keine Veranstaltung
library-current-file = Aktuelle Datei: { $name }. Sie bleibt erhalten, außer Sie wählen eine andere.
field-title = Titel
field-summary = Kurze Zusammenfassung
field-description = Beschreibung
field-themes = Themen
field-event = Zugehörige Veranstaltung
field-contact-name = Ihr Name
field-contact-email = Ihre E-Mail-Adresse
field-contact-public = Meinen Namen und meine E-Mail-Adresse mit dem Praxisbeispiel veröffentlichen
field-licence = Lizenz
field-file = Datei
hint-summary = Zwei oder drei Sätze: Worum geht es und was wurde erreicht?
hint-description = Was Sie getan haben, für wen, was funktioniert hat und was nicht. Sie können Markdown verwenden: **fett**, Listen mit -, Links als [Text](https://…).
hint-contact = Damit informieren wir Sie über Ihre Einreichung. Diese Angaben werden nur veröffentlicht, wenn Sie das Häkchen setzen.
hint-licence = Unter welchen Bedingungen andere weiterverwenden dürfen, was Sie teilen.
hint-file = Eine PDF-, DOCX-, PPTX-, ODT-, ODP-, PNG- oder JPEG-Datei, höchstens 3 MB.
licence-cc-by-4-0 = andere dürfen es weiterverwenden, wenn sie Sie nennen
licence-cc-by-sa-4-0 = wie CC BY, und Bearbeitungen werden unter denselben Bedingungen geteilt
licence-cc-by-nc-4-0 = wie CC BY, nicht für kommerzielle Zwecke
licence-cc0-1-0 = keine Bedingungen, gemeinfrei
library-follow-title = Ihr Praxisbeispiel
library-sent = Vielen Dank! Wir haben Ihr Praxisbeispiel erhalten und Ihnen eine E-Mail mit dem Link zu dieser Seite geschickt.
library-saved = Ihre Änderungen wurden gesendet. Die Moderation prüft sie.
# Same as in English: the same word in this language.
library-status = Status:
library-see-public = In der öffentlichen Bibliothek ansehen
library-history = Verlauf
library-edit = Ihr Praxisbeispiel ändern
library-edit-hint = Wenn Sie Änderungen senden, kommt das Praxisbeispiel erneut in die Prüfung. Eine bereits veröffentlichte Fassung bleibt öffentlich, bis die neue freigegeben ist.
library-resubmit-button = Änderungen zur Prüfung senden
library-withdraw = Zurückziehen
library-withdraw-hint = Wenn Sie zurückziehen, wird das Praxisbeispiel nicht mehr geprüft und aus der öffentlichen Bibliothek entfernt.
library-withdraw-button = Mein Praxisbeispiel zurückziehen
library-closed = Dieses Praxisbeispiel kann nicht mehr geändert werden.
library-review-submitted = Wartet auf Prüfung
library-review-changes-requested = Änderungen erbeten
library-review-published = Veröffentlicht
library-review-rejected = Nicht veröffentlicht
library-review-withdrawn = Zurückgezogen
library-step-submit = Zur Prüfung gesendet
library-step-withdraw = Von der einreichenden Person zurückgezogen
library-step-publish = Veröffentlicht
library-step-request-changes = Änderungen erbeten
library-step-reject = Abgelehnt
library-step-take-down = Offline genommen
library-moderation = Moderation der Bibliothek
library-updated = Letzte Änderung
library-has-public = eine frühere Fassung ist öffentlich
library-revision = Fassung { $number }
library-submitter = Eingereicht von
library-preview = Vorschau
library-preview-notice = Vorschau: So wird das Praxisbeispiel nach der Veröffentlichung aussehen.
library-note-required = Notiz für die einreichende Person (Pflichtfeld)
library-note-optional = Notiz für die einreichende Person (optional)
library-do-publish = Veröffentlichen
library-do-request-changes = Änderungen erbitten
library-do-reject = Ablehnen
library-do-take-down = Offline nehmen
error-upload-incomplete = Das Hochladen wurde vor dem Ende abgebrochen. Bitte senden Sie das Formular noch einmal.
library-themes = Themen der Bibliothek
library-themes-hint = Bei Einreichungen wird aus diesen Themen gewählt. Ein ausgemustertes Thema wird nicht mehr angeboten, bleibt aber bei den Praxisbeispielen, die es haben. Die mitgelieferten Themen der Plattform werden übersetzt angezeigt, bis Sie sie umbenennen.
library-theme-add = Thema hinzufügen
library-theme-name = Bezeichnung
library-theme-rename = Umbenennen
library-theme-retire = Ausmustern
library-theme-restore = Wieder anbieten
library-theme-retired = ausgemustert
error-practice-changed = Die einreichende Person hat während Ihrer Prüfung eine neue Fassung gesendet. Laden Sie die Seite neu, um sie zu prüfen.

## Your data (from the secret link)
manage-data-link = Ihre Daten ansehen, herunterladen oder löschen
data-title = Ihre Daten
data-intro = Das sind alle Daten, die diese Plattform für diese Veranstaltung über Sie speichert. Nur Sie (über Ihren Link) und das Organisationsteam können sie sehen.
data-download = Als Datei herunterladen (JSON)
data-back = Zurück zu Ihrer Anmeldung
data-registration = Ihre Anmeldung
# Same as in English: the same word in this language.
data-status = Status
data-list-consent = In der Teilnehmendenliste
data-privacy-consent = Datenschutzhinweis akzeptiert
data-registered-at = Angemeldet
data-updated-at = Zuletzt geändert
data-checked-in-at = Vor Ort eingecheckt
data-secret-links = Links, die Ihnen per E-Mail geschickt wurden (nur verschlüsselt gespeichert)
data-calendar-feeds = Kalender-Abos
data-sign-ups = Sessions und Exkursionen
data-emails = E-Mails an Sie
data-email-waiting = wartet auf Versand
data-staff-changes = Änderungen durch das Organisationsteam
data-none = keine
data-yes = ja
data-no = nein
data-erase-title = Ihre Daten löschen
data-erase-hint = Ihre Anmeldung endet, Ihre Plätze gehen an die nächsten Wartenden, Sie erhalten keine E-Mails mehr, und Ihr Name, Ihre E-Mail-Adresse, Organisation, Funktion und Ihre Bedürfnisse werden endgültig gelöscht. Es bleiben nur anonyme Zahlen (Land, Datum, vor Ort oder online). Das kann nicht rückgängig gemacht werden, und dieser Link funktioniert danach nicht mehr.
data-erase-confirm = Ja, meine Daten löschen
data-erase-submit = Meine Daten löschen
error-confirm-erase = Setzen Sie das Häkchen, um zu bestätigen, dass Ihre Daten gelöscht werden sollen.
erased-title = Ihre Daten wurden gelöscht
erased-body = Ihre Anmeldung ist beendet, und Ihre personenbezogenen Daten wurden gelöscht. Wenn Sie doch teilnehmen möchten, können Sie sich erneut anmelden.
erased-back = Zurück zur Veranstaltung

## Privacy notice of an event
privacy-read-notice = Vollständigen Datenschutzhinweis lesen (öffnet in einem neuen Tab)
privacy-notice-title = Datenschutzhinweis
privacy-notice-intro = Dieser Hinweis erklärt in einfachen Worten, was mit den Daten geschieht, die Sie bei der Anmeldung für { $event } angeben.
privacy-who-title = Wer Ihre Daten speichert
privacy-who-body = Das Organisationsteam der Veranstaltung (das COA, die niederländische Zentralstelle für die Aufnahme von Asylsuchenden, für die International Knowledge Platform) speichert Ihre Daten auf dieser Plattform. Sie läuft auf einem eigenen Server des COA: Kein anderes Unternehmen erhält Ihre Daten, und die Seiten laden nichts von anderen Websites.
privacy-what-title = Was wir speichern
privacy-what-body = Ihren Namen, Ihre E-Mail-Adresse, Ihre Organisation und deren Art, Ihr Land, Ihre Funktion, Ihre Art der Teilnahme (vor Ort oder online) und Ihre Sprache. Falls Sie es angeben: Ihren Bedarf an Barrierefreiheit, Ihre Ernährungsbedürfnisse und ob Ihr Name in der Teilnehmendenliste erscheinen darf. Außerdem die Sessions und Exkursionen, die Sie wählen, wann Sie vor Ort eingecheckt wurden und die E-Mails, die wir Ihnen geschickt haben.
privacy-why-title = Wozu
privacy-why-body = Um die Veranstaltung zu organisieren: um Ihren Platz oder Ihren Platz auf der Warteliste zu bestätigen, Ihnen praktische Informationen zu senden, Sie am Eingang einzuchecken und die Teilnehmenden zu zählen (nach Land, Tag und Art der Organisation; diese Zahlen nennen niemanden).
privacy-sees-title = Wer sie sieht
privacy-sees-body = Nur Sie selbst, über den Link in Ihrer E-Mail, und die Mitarbeitenden des Organisationsteams mit einer Rolle auf dieser Plattform (Organisation, Check-in-Personal am Eingang, Administration). Andere Teilnehmende sehen Ihren Namen, Ihre Organisation und Ihr Land nur, wenn Sie der Aufnahme in die Teilnehmendenliste zugestimmt haben. Jede Änderung, die Mitarbeitende an Ihrer Anmeldung vornehmen, wird protokolliert.
privacy-how-long-title = Wie lange
privacy-how-long-body = Angaben zur Barrierefreiheit und zur Ernährung werden 30 Tage nach der Veranstaltung gelöscht. Alle übrigen personenbezogenen Daten werden { $days } Tage nach der Veranstaltung anonymisiert. Es bleiben nur die Zahlen.
privacy-rights-title = Ihre Rechte
privacy-rights-body = Über den Link in Ihrer Bestätigungs-E-Mail können Sie Ihre Daten jederzeit ansehen, berichtigen, herunterladen (als Datei) und löschen. Mit dem Löschen endet Ihre Anmeldung, und Ihr Platz geht an die nächste wartende Person.
error-registration-anonymised = Die personenbezogenen Daten dieser Anmeldung wurden gelöscht. Sie kann nicht mehr geändert werden.
