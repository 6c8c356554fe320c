# De organisatieconsole: aanmeldingen, correcties, exports, auditlog.

organizer-registrations = Aanmeldingen
organizer-registrations-of = Aanmeldingen: { $event }
organizer-back-to-dashboard = Terug naar het overzicht van het evenement
organizer-back-to-list = Terug naar de aanmeldingen
organizer-search = Naam, e-mail of organisatie
organizer-search-button = Zoeken
organizer-sort = Volgorde
organizer-sort-newest = Nieuwste eerst
organizer-sort-oldest = Oudste eerst
organizer-sort-name = Naam
organizer-sort-country = Land
organizer-sort-waitlist = Volgorde van de wachtlijst
organizer-registrations-found = { $count ->
    [one] Eén aanmelding
   *[other] { $count } aanmeldingen
}
organizer-export = Deze aanmeldingen downloaden:
organizer-saved = Opgeslagen. De wijziging staat in de geschiedenis hieronder.
organizer-waitlist-position = nummer { $position } op de wachtlijst
organizer-correct = Gegevens corrigeren
organizer-save = Correctie opslaan
organizer-give-place = Nu een plaats geven
organizer-give-place-hint = Deze persoon krijgt meteen een bevestigde plaats ter plaatse, vóór de volgorde van de wachtlijst. Als alle { $limit } plaatsen bezet of aangeboden zijn, gaat de capaciteit ter plaatse één omhoog. De persoon krijgt een e-mail.
organizer-give-place-submit = Plaats geven
organizer-cancel = Annuleren namens de persoon
organizer-cancel-hint = De aanmelding wordt geannuleerd en de plaats gaat naar de wachtlijst. De persoon krijgt een e-mail.
organizer-cancel-submit = Aanmelding annuleren
organizer-history = Geschiedenis
organizer-history-empty = Geen medewerker heeft deze aanmelding gewijzigd.
field-reason = Reden van de wijziging
field-cancel-reason = Reden van de annulering
field-place-reason = Reden om de plaats te geven
hint-reason = Wordt met uw naam in het auditlog bewaard, bijvoorbeeld "per e-mail gevraagd op 3 mei".
error-not-waiting = Alleen iemand die op een plaats ter plaatse wacht, kan er een krijgen.
answer-yes = Ja
answer-no = Nee

audit-title = Auditlog
audit-when = Wanneer
audit-who = Medewerker
audit-action = Handeling
audit-subject = Gegeven
audit-reason = Reden
audit-changes = Wijzigingen
audit-empty = Geen handeling van medewerkers gevonden.
audit-older = Oudere regels
audit-registration-update = Aanmelding gecorrigeerd
audit-registration-cancel = Aanmelding geannuleerd
audit-registration-give-place = Plaats met de hand gegeven
audit-event-capacity = Capaciteit ter plaatse gewijzigd

dashboard-title = Overzicht van het evenement
dashboard-sections = Onderdelen van de console
dashboard-live = De cijfers worden vanzelf bijgewerkt.
dashboard-reconnecting = Verbinding verbroken: opnieuw verbinden…
dashboard-stopped = Bijwerken gestopt. Meld u opnieuw aan en laad de pagina opnieuw.
dashboard-taken-of = { $taken } van { $limit } plaatsen bezet
dashboard-taken-unlimited = { $taken } aangemeld (geen limiet)
dashboard-submissions-waiting = Inzendingen voor de bibliotheek die wachten
dashboard-activities = Deelsessies en werkbezoeken
dashboard-activity = Sessie of bezoek
dashboard-places = Plaatsen
dashboard-session = (sessie)
dashboard-visit = (werkbezoek)
dashboard-charts = Wie zich aanmeldde
dashboard-per-day = Aanmeldingen per dag
dashboard-per-day-description = { $in_person } ter plaatse en { $online } online, over { $days ->
    [one] één dag
   *[other] { $days } dagen
}.
dashboard-show-figures = De cijfers tonen
dashboard-day = Dag
dashboard-by-country = Deelnemers per land
dashboard-by-organisation-type = Deelnemers per soort organisatie
dashboard-other-countries = Andere landen

check-in-title = Inchecken
check-in-heading = Inchecken: { $event }
check-in-progress = { $checked } van { $expected } mensen ingecheckt
check-in-scan = Een QR-code scannen
check-in-scan-hint = Richt de camera op de QR-code in de e-mail of op de telefoon van de deelnemer. Telefoons waarvan de browser geen codes kan lezen, openen de code met de camera-app.
check-in-camera = Camera starten
check-in-no-camera = De camera kon niet starten. Zoek de persoon hieronder op naam.
check-in-code = Incheckcode
check-in-submit = Inchecken
check-in-people = Verwacht ter plaatse
check-in-search = Naam of organisatie
check-in-at = Ingecheckt om { $time }
check-in-done = { $name } is ingecheckt (om { $time }).
check-in-already = { $name } was al ingecheckt om { $time }.
check-in-waiting = { $name } heeft een bevestigde plaats en is nog niet ingecheckt.
check-in-not-expected = { $name } heeft geen bevestigde plaats ter plaatse. Verwijs naar de registratiebalie.
check-in-queued = Geen verbinding: het inchecken van { $name } wordt op deze telefoon bewaard en verstuurd zodra de verbinding terug is.
check-in-waiting-to-send = Wacht op verzenden: { $count }
check-in-back = Terug naar de inchecklijst
check-in-pass = Toon deze code bij de ingang: medewerkers scannen hem om u in te checken.
error-check-in-unknown = Deze code hoort bij geen enkele aanmelding. Zoek de persoon op naam.
audit-registration-check-in = Ingecheckt
badges-title = Naambadges
badges-hint = { $count ->
    [one] Eén badge, op een A6-pagina. Druk deze pagina af vanuit de browser.
   *[other] { $count } badges, één per A6-pagina. Druk deze pagina af vanuit de browser.
}
dashboard-check-in = Inchecken
dashboard-badges = Naambadges

announcements-title = Mededelingen
announcements-heading = Mededelingen: { $event }
announcements-new = Een mededeling schrijven
announcements-other-languages = Versies in andere talen (optioneel: wie geen versie in de eigen taal heeft, krijgt de eerste)
announcements-preview = Voorbeeld
announcements-send = Nu versturen naar { $count ->
    [one] één persoon
   *[other] { $count } mensen
}
announcements-recipients = { $count ->
    [one] Eén ontvanger
   *[other] { $count } ontvangers
}
announcements-sent = De mededeling staat klaar om te versturen. De voortgang staat hieronder.
announcements-progress = Verstuurde mededelingen
announcements-none = Nog geen mededelingen.
announcements-counts = { $sent } van { $recipients } verstuurd, { $queued } wachten
announcements-failing = { $count ->
    [one] Eén e-mail mislukt
   *[other] { $count } e-mails mislukt
}
announcement-manage-link = Uw aanmelding
announcement-sample-name = [naam]
field-segment = Versturen naar
field-announcement-subject = Onderwerp
field-announcement-body = Bericht
segment-all = Iedereen die zich aanmeldde
segment-in-person = Iedereen met een bevestigde plaats ter plaatse
segment-online = Iedereen die online deelneemt
segment-waitlisted = Iedereen op de wachtlijst
segment-activity = De deelnemers van: { $title }
error-segment-invalid = Kies uit de lijst naar wie de mededeling gaat.
error-no-recipients = Er zit nog niemand in deze groep: er is niets verstuurd.
audit-announcement-send = Mededeling verstuurd

accounts-title = Medewerkersaccounts
accounts-add = Een medewerkersaccount toevoegen
accounts-add-submit = Account toevoegen
accounts-save = Opslaan
accounts-role-of = Rol van { $name }
field-role = Rol
hint-staff-password = Minstens 12 tekens. Geef het zelf aan de persoon; die meldt zich ermee aan.
role-admin = Beheerder
role-organizer = Organisator
role-moderator = Moderator van de bibliotheek
role-check-in = Inchecken
role-disabled = Uitgeschakeld (kan niet aanmelden)
error-role-invalid = Kies een rol uit de lijst.
error-staff-email-taken = Er bestaat al een medewerkersaccount met dit e-mailadres.
error-own-account = U kunt uw eigen account niet wijzigen of uitschakelen; vraag een andere beheerder.
audit-staff-create = Medewerkersaccount toegevoegd
audit-staff-role = Rol van medewerker gewijzigd
audit-staff-disable = Medewerkersaccount uitgeschakeld

event-settings-title = Instellingen en aanmelding
event-settings-save = Instellingen opslaan
organizer-saved-settings = Opgeslagen.
event-new-title = Nieuw evenement
event-new-submit = Evenement aanmaken
field-slug = Adres (letters, cijfers en koppeltekens, bijv. ikp-2026)
field-capacity = Plaatsen ter plaatse
field-theme = Thema
field-venue = Locatie
field-starts-on = Eerste dag
field-ends-on = Laatste dag
field-timezone = Tijdzone (bijv. Europe/Amsterdam)
field-registration-open = De aanmelding is open
field-opens-at = Aanmelding opent (plaatselijke tijd)
field-closes-at = Aanmelding sluit (plaatselijke tijd)
hint-event-summary = Een paar zinnen voor de pagina van het evenement.
error-date-invalid = Vul een datum in, bijvoorbeeld 2026-05-14.
error-time-invalid = Vul een datum en tijd in, bijvoorbeeld 2026-02-01T09:00.
error-closes-before-opens = De aanmelding moet sluiten nadat ze opent.
error-timezone-invalid = Vul een tijdzone uit de tz-database in, bijvoorbeeld Europe/Amsterdam.
error-slug-invalid = Gebruik 3 tot 60 kleine letters, cijfers en koppeltekens.
error-slug-taken = Een ander evenement heeft dit adres al.
audit-event-create = Evenement aangemaakt
audit-event-update = Instellingen van het evenement gewijzigd
check-in-other-event = { $name } is aangemeld voor een ander evenement, niet voor dit. Verwijs naar de registratiebalie.

## Auditlog: programma en thema's
audit-activity-create = Sessie of bezoek toegevoegd
audit-activity-update = Sessie of bezoek gewijzigd
audit-activity-cancel = Sessie of bezoek geannuleerd
audit-room-create = Zaal toegevoegd
audit-room-update = Zaal hernoemd
audit-room-remove = Zaal verwijderd
audit-speaker-create = Spreker toegevoegd
audit-speaker-update = Spreker gecorrigeerd
audit-speaker-remove = Spreker verwijderd
audit-theme-create = Thema van de bibliotheek toegevoegd
audit-theme-rename = Thema van de bibliotheek hernoemd
audit-theme-retire = Thema van de bibliotheek buiten gebruik gesteld
audit-theme-restore = Thema van de bibliotheek weer in gebruik

## Auditlog: wijzigingen niet door medewerkers
audit-by-participant = De deelnemer
audit-by-platform = Het platform (gepland)
audit-registration-erase = Persoonsgegevens gewist door de deelnemer

## Bewaren van persoonsgegevens
field-retention-days = Persoonsgegevens zoveel dagen na het evenement bewaren
error-retention-days = Vul een heel aantal dagen in van 0 tot 3650, bijvoorbeeld 90.
retention-title = Persoonsgegevens van deelnemers
retention-needs = Toegankelijkheids- en dieetwensen worden verwijderd vanaf { $date }. { $count ->
    [0] Geen enkele aanmelding bevat ze nu.
    [one] Eén aanmelding bevat ze nu.
   *[other] { $count } aanmeldingen bevatten ze nu.
}
retention-everything = Alle persoonsgegevens worden geanonimiseerd vanaf { $date }; aantallen per land en dag blijven. { $count ->
    [0] Geen enkele aanmelding bevat nu persoonsgegevens.
    [one] Eén aanmelding bevat nog persoonsgegevens.
   *[other] { $count } aanmeldingen bevatten nog persoonsgegevens.
}
audit-event-needs-removed = Toegankelijkheids- en dieetwensen verwijderd (bewaartermijn)
audit-event-anonymised = Persoonsgegevens geanonimiseerd (bewaartermijn)
