## Site frame
# Same as in English: the platform's name.
site-name = International Knowledge Platform
site-description = Bijeenkomsten en goede praktijken in de asielopvang, door het International Knowledge Platform van het COA.
skip-to-content = Naar de inhoud
language-choice = Taal
footer-organiser = COA International Knowledge Platform · Centraal Orgaan opvang asielzoekers
footer-staff = Inloggen voor medewerkers
not-found-title = Pagina niet gevonden
not-found-body = Op dit adres staat geen pagina. De link is misschien verouderd of verkeerd getypt.
back-home = Naar de startpagina
loading = Laden…
optional = (niet verplicht)

## Dates
date = { $day } { $month } { $year }
date-range-same-month = { $start }–{ $end } { $month } { $year }
date-range = { $start } – { $end }
date-time = { $date }, { $time } ({ $zone })
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Events
home-title = Bijeenkomsten
home-intro = Internationale uitwisseling over de opvang en begeleiding van asielzoekers.
home-no-events = Er zijn nog geen bijeenkomsten.
fact-event = Bijeenkomst
fact-dates = Data
fact-venue = Plaats
fact-timezone = Tijden in
fact-attendance = Deelname
register-action = Aanmelden
registration-closed = De aanmelding is gesloten.
event-objectives = Doelen
event-target-groups = Voor wie
places-left = Nog { $left } van de { $limit } { $left ->
    [one] plaats
   *[other] plaatsen
} ter plaatse vrij
in-person-full = Alle { $limit } plaatsen ter plaatse zijn bezet: zet u op de wachtlijst of doe online mee
online-unlimited = online deelname onbeperkt

## Registration form
register-title = Aanmelden
register-full-notice = Alle plaatsen ter plaatse zijn bezet. U kunt zich aanmelden om online mee te doen, of u op de wachtlijst zetten voor een plaats ter plaatse: komt er een plaats vrij, dan mailen wij u. Tot die tijd kunt u online meedoen.
register-all-required = Alle velden zijn verplicht, tenzij er 'niet verplicht' staat.
register-submit = Aanmelden
register-again = Opnieuw aanmelden
field-name = Volledige naam
field-email = E-mailadres
field-organisation = Organisatie
field-function = Functie
field-organisation-type = Soort organisatie
organisation-type-unsaid = Niet opgegeven
organisation-type-reception-agency = Opvangorganisatie
organisation-type-ministry = Ministerie of nationale overheid
organisation-type-municipality = Gemeente of regio
organisation-type-ngo = Maatschappelijke organisatie (ngo)
organisation-type-international = Internationale organisatie
organisation-type-research = Onderzoek of onderwijs
organisation-type-other = Anders
error-organisation-type-invalid = Kies een soort organisatie uit de lijst, of laat het leeg.
field-country = Land
field-attendance = Hoe doet u mee?
field-language = Taal van de e-mails
field-accessibility-needs = Toegankelijkheidswensen
field-dietary-needs = Dieetwensen
field-list-consent = Toon mijn naam, organisatie en land in de deelnemerslijst
field-privacy-consent = Ik heb gelezen hoe mijn gegevens worden gebruikt en ik ga akkoord
field-password = Wachtwoord
choose-country = Kies een land
attendance-in-person = Ter plaatse
attendance-in-person-waitlist = Ter plaatse: op de wachtlijst (tot die tijd online)
# Same as in English: the same word in this language.
attendance-online = Online
hint-language = Wij schrijven u in deze taal.
hint-accessibility-needs = Bijvoorbeeld een drempelvrije toegang, een gebarentolk of grote letters.
hint-dietary-needs = Alleen voor deelnemers ter plaatse.
privacy-title = Uw gegevens
privacy-summary = Het COA bewaart uw aanmelding om deze bijeenkomst te organiseren: om uw plaats te bevestigen, u praktische informatie te sturen en u ter plaatse in te checken. Alleen de organisatoren zien haar. Toegankelijkheids- en dieetwensen worden 30 dagen na de bijeenkomst gewist, uw andere gegevens { $days } dagen erna. Via de link in uw bevestigingsmail kunt u uw gegevens altijd inzien, wijzigen, downloaden of wissen.

## Errors
error-summary-title = Er is een probleem
error-prefix = Fout:
error-invalid = Sommige velden vragen uw aandacht.
error-duplicate = Dit bestaat al.
error-not-found = Wij konden dit niet vinden. De link is misschien verouderd of verkeerd getypt.
error-unauthorized = Log in om deze pagina te zien.
error-forbidden = Uw account mag deze pagina niet zien.
error-rate-limited = Te veel pogingen vanaf uw verbinding. Wacht een minuut en probeer het opnieuw.
error-internal = Er ging bij ons iets mis. Er is niets opgeslagen. Probeer het zo opnieuw.
error-bad-request = Dit verzoek werd niet begrepen: er ontbreekt iets of het is onjuist opgebouwd. Laad de pagina opnieuw en probeer het nog eens.
error-request-too-large = Dit is meer dan het formulier aankan. Maak het korter en verstuur het opnieuw.
error-cross-site = Dit formulier werd vanaf een andere website verstuurd en is geweigerd. Open de pagina op deze site en verstuur het daar.
error-connection = Wij konden de server niet bereiken. Controleer uw verbinding en probeer het opnieuw.
error-capacity-too-low = De capaciteit kan niet lager zijn dan de { $taken } plaatsen die al zijn toegekend of aangeboden.
error-capacity-number = Vul de capaciteit in als een heel getal, bijvoorbeeld 150.
error-required = Vul dit in.
error-too-long = Dit is te lang. Maak het korter.
error-email-invalid = Vul een e-mailadres in zoals naam@voorbeeld.nl.
error-country-invalid = Kies een land uit de lijst.
error-attendance-invalid = Kies ter plaatse of online.
error-language-invalid = Kies een taal uit de lijst.
error-consent-required = Vink het vakje aan om akkoord te gaan, anders kunnen wij u niet aanmelden.
error-control-characters = Hierin staan tekens die niet zijn toegestaan.
error-email-taken = Dit e-mailadres is al aangemeld voor deze bijeenkomst. Gebruik de link in uw bevestigingsmail om uw aanmelding te wijzigen.
error-registration-closed = De aanmelding voor deze bijeenkomst is gesloten.
error-registration-cancelled = Deze aanmelding is geannuleerd en kan niet meer worden gewijzigd.
error-no-offer = Er staat geen aanbod open voor deze aanmelding.
error-offer-expired = Dit aanbod is verlopen. De plaats is naar de volgende op de wachtlijst gegaan.
error-confirm-cancel = Vink het vakje aan om te bevestigen dat u wilt annuleren.
error-sign-in = Het e-mailadres of wachtwoord klopt niet. Na vijf verkeerde wachtwoorden achter elkaar wordt een account 15 minuten geblokkeerd.
error-password-too-short = Het wachtwoord moet minstens 12 tekens lang zijn.

## Manage page
manage-title = Uw aanmelding
manage-welcome = Bedankt voor uw aanmelding. Wij hebben u een e-mail gestuurd met de link naar deze pagina: bewaar die om uw aanmelding te wijzigen of te annuleren.
manage-saved = Uw wijzigingen zijn opgeslagen.
manage-change-title = Uw gegevens wijzigen
manage-change-hint = Hier kunt u wisselen tussen ter plaatse en online. Geeft u een plaats ter plaatse op, dan gaat die naar de volgende op de wachtlijst.
manage-save = Wijzigingen opslaan
manage-cancel-title = Uw aanmelding annuleren
manage-cancel-hint = Kunt u niet komen? Annuleer dan, zodat uw plaats naar iemand op de wachtlijst kan gaan.
manage-cancel-confirm = Ja, ik wil mijn aanmelding annuleren
manage-cancel-submit = Aanmelding annuleren
status-confirmed-in-person = Uw plaats ter plaatse is bevestigd.
status-confirmed-online = U bent aangemeld om online mee te doen.
status-waitlisted = U staat op nummer { $position } van de wachtlijst voor een plaats ter plaatse. Tot die tijd bent u online van harte welkom.
status-offered = Er wordt tot { $deadline } een plaats ter plaatse voor u vastgehouden. Wilt u die?
status-cancelled = Deze aanmelding is geannuleerd.
offer-accept = Ja, ik neem de plaats
offer-decline = Nee, ik blijf online

## Staff
staff-sign-in = Inloggen voor medewerkers
staff-sign-out = Uitloggen
staff-title = Organisatieomgeving
staff-signed-in-as = Ingelogd als { $name }
staff-registrations = Aanmeldingen
staff-registrations-count = { $count ->
    [one] { $count } aanmelding
   *[other] { $count } aanmeldingen
}
staff-capacity = Capaciteit ter plaatse
staff-confirmed = Bevestigd
staff-offered = Aangeboden
staff-waitlisted = Op de wachtlijst
staff-left = Vrij
# Same as in English: the same word in this language.
staff-online = Online
staff-capacity-label = Nieuwe capaciteit ter plaatse
staff-capacity-save = Capaciteit wijzigen
# Same as in English: the same word in this language.
staff-status = Status
staff-registered-on = Aangemeld op
staff-status-confirmed = Bevestigd
staff-status-waitlisted = Op de wachtlijst
staff-status-offered = Plaats aangeboden
staff-status-cancelled = Geannuleerd

## Emails
email-greeting = Beste { $name },
# Same as in English: the platform's name.
email-signature = COA International Knowledge Platform
email-manage-intro = Met de knop hieronder kunt u uw aanmelding inzien, wijzigen of annuleren. De link is persoonlijk: deel hem niet.
email-manage-action = Mijn aanmelding beheren
email-calendar-attached = De bijeenkomst zit als agendabestand in de bijlage.
email-check-in-code = Laat bij de ingang de QR-code hieronder zien (die staat ook op uw aanmeldingspagina): medewerkers scannen hem om u in te checken.
email-check-in-alt = Uw check-in-code
email-confirmed-subject = Uw aanmelding voor { $event }
email-confirmed-in-person = Uw plaats ter plaatse bij { $event } is bevestigd. Wij verwelkomen u graag in { $venue }.
email-confirmed-online = U bent aangemeld om online mee te doen aan { $event }. Op uw aanmeldpagina kunt u de sessies live volgen.
email-waitlisted-subject = U staat op de wachtlijst voor { $event }
email-waitlisted-body = Alle plaatsen ter plaatse zijn bezet. U staat op nummer { $position } van de wachtlijst. Komt er een plaats vrij, dan mailen wij u een aanbod dat { $hours } uur geldig is.
email-waitlisted-online = Tot die tijd bent u online van harte welkom.
email-offer-subject = Een plaats voor u bij { $event }
email-offer-body = Er is een plaats ter plaatse vrijgekomen. Die is van u als u haar vóór { $deadline } accepteert.
email-offer-after = Antwoordt u niet op tijd, dan gaat de plaats naar de volgende op de wachtlijst en blijft u online aangemeld.
email-offer-action = De plaats accepteren of weigeren
email-offer-expired-subject = Uw aanbod voor { $event } is verlopen
email-offer-expired-body = U heeft de plaats ter plaatse niet op tijd geaccepteerd, dus is zij naar de volgende op de wachtlijst gegaan. U blijft online aangemeld.
email-cancelled-subject = Uw aanmelding voor { $event } is geannuleerd
email-cancelled-body = Uw aanmelding is geannuleerd, zoals u vroeg. U kunt zich opnieuw aanmelden zolang de aanmelding open is.

## Programme: sign-ups and their refusals
refusal-no-sign-up = Plenaire sessies zijn voor iedereen; aanmelden is niet nodig.
refusal-visits-in-person-only = Bezoeken aan locaties zijn voor deelnemers die ter plaatse komen. U bent aangemeld om online deel te nemen (of wacht nog op een plaats ter plaatse), dus u kunt geen bezoek boeken.
refusal-in-person-only = Deze sessie vindt alleen in de zaal plaats. Online deelnemers kunnen online en hybride sessies kiezen.
refusal-online-only = Deze sessie vindt alleen online plaats. Deelnemers ter plaatse kunnen sessies in de zaal en hybride sessies kiezen.
refusal-clash = Dit overlapt met „{ $title }”, dat u al hebt gekozen. Zeg dat eerst af als u liever dit kiest.
choice-clash = De organisatoren hebben een sessie verplaatst: dit overlapt nu met „{ $title }”, dat u ook hebt gekozen. Zeg een van de twee af.
refusal-one-visit = U kunt één locatiebezoek boeken, en u hebt al „{ $title }” geboekt.
error-already-chosen = U hebt dit al gekozen.
error-activity-cancelled = Dit onderdeel van het programma is geannuleerd.
email-activity-offer-subject = Een plaats voor u in „{ $title }”
email-activity-offer-body = Er is een plaats vrijgekomen in „{ $title }”. Die is voor u als u deze vóór { $deadline } accepteert.
email-activity-offer-after = Als u niet op tijd antwoordt, gaat de plaats naar de volgende persoon op de wachtlijst.
email-activity-offer-expired-subject = Uw aanbod voor „{ $title }” is verlopen
email-activity-offer-expired-body = U hebt de plaats in „{ $title }” niet op tijd geaccepteerd, dus die is naar de volgende persoon op de wachtlijst gegaan.

## Programme page
programme-title = Programma
programme-link = Bekijk het programma
programme-times-in-zone = Alle tijden zijn in de tijdzone van het evenement ({ $zone }).
programme-calendar-download = Zet het hele programma in uw agenda (.ics)
programme-nothing-matches = Niets op deze dag past bij uw keuze.
programme-visits = Locatiebezoeken
programme-speakers = Sprekers
programme-filter = Programma filteren
programme-filter-day = Dag
programme-filter-mode = Manier van deelnemen
programme-filter-theme = Thema
programme-filter-all = Alle
programme-filter-apply = Tonen
theme-self-reliance = Digitale zelfredzaamheid van bewoners
theme-guidance = Persoonlijke begeleiding met digitale hulpmiddelen
theme-intake = Digitale intake
theme-employees = Digitale vaardigheden van medewerkers
theme-risks = Risico's: uitsluiting, privacy, AI
mode-in_person = Ter plaatse
# Same as in English: the same word in this language.
mode-online = Online
mode-hybrid = Hybride (ter plaatse en online)
kind-plenary = Plenair
kind-breakout = Deelsessie
# Same as in English: the same word in this language.
kind-workshop = Workshop
kind-visit = Locatiebezoek
badge-streamed = Live uitgezonden
badge-cancelled = Geannuleerd
places-left-of = Nog { $left } van { $capacity } plaatsen vrij
places-full-waiting = Vol · { $waiting ->
    [0] wachtlijst open
    [one] 1 persoon wacht
   *[other] { $waiting } personen wachten
}
places-unlimited = Geen limiet op het aantal plaatsen
places-plenary = Voor iedereen, aanmelden niet nodig
visit-meeting-point = Verzamelpunt
visit-transport = Vervoer
visit-bring = Meenemen

## Programme on the manage page
choices-title = Uw programma
choices-hint = Kies één deelsessie of workshop per tijdvak en, als u ter plaatse komt, één locatiebezoek. U kunt uw keuzes tot het evenement wijzigen.
choice-book = Dit kiezen
choice-join-waitlist = Op de wachtlijst
choice-leave = Mijn plaats opgeven
choice-leave-waitlist = Van de wachtlijst af
choice-confirmed = U hebt een plaats.
choice-waitlisted = U staat op de wachtlijst, nummer { $position }.
choice-offered = Er wordt een plaats voor u vastgehouden tot { $deadline }.
agenda-title = Uw agenda in uw agenda-app
agenda-download = Download uw agenda (.ics)
agenda-subscribe-hint = Of abonneer u: uw agenda-app volgt dan elke wijziging. Iedereen met het adres kan uw agenda zien; een nieuw adres maken zet het oude uit.
agenda-subscribe = Maak een abonnementsadres
agenda-subscribe-done = Kopieer dit adres naar uw agenda-app (bijvoorbeeld "Agenda toevoegen via URL"):
email-activity-changed-subject = „{ $title }” is gewijzigd
email-activity-changed-body = De organisatie heeft „{ $title }”, waarvoor u zich hebt aangemeld, gewijzigd. Het begint nu op { $when }. Uw plaats, of uw plaats op de wachtlijst, blijft van u.
email-activity-cancelled-subject = „{ $title }” gaat niet door
email-activity-cancelled-body = Het spijt ons: „{ $title }”, waarvoor u zich hebt aangemeld, gaat niet door. U kunt op uw registratiepagina een ander onderdeel van het programma kiezen.
email-activity-released-subject = Uw inschrijving voor „{ $title }” is beëindigd
email-activity-released-body = De organisatoren hebben „{ $title }” gewijzigd en het staat niet meer voor u open: { $reason } Uw inschrijving is beëindigd. U kunt op uw registratiepagina een ander onderdeel van het programma kiezen.
error-choose-from-list = Kies een van de mogelijkheden.
error-day-outside-event = Kies een van de dagen van het evenement.
error-time = Vul een tijd in zoals 09:30.
error-ends-before-start = Het einde moet na het begin liggen.

## Organizers: programme
staff-programme = Programma: sessies en locatiebezoeken
staff-activity-new = Sessie of locatiebezoek toevoegen
staff-activity-kind = Soort
staff-activity-title = Titel
staff-activity-summary = Korte beschrijving
staff-activity-room = Zaal
staff-activity-starts = Begint (UU:MM)
staff-activity-ends = Eindigt (UU:MM)
staff-activity-capacity = Plaatsen ter plaatse
staff-activity-capacity-hint = Leeg laten voor geen limiet. Verhogen biedt de nieuwe plaatsen aan de wachtlijst aan; het kan niet lager dan het aantal al gegeven plaatsen.
staff-activity-save = Opslaan
staff-activity-cancel = Deze sessie annuleren
staff-activity-cancel-hint = Iedereen die zich heeft aangemeld krijgt een e-mail en verliest de plaats.
staff-sign-ups = Aangemeld
staff-sign-ups-csv = Aanmeldlijst downloaden (CSV)
staff-manifest-csv = Bezoekerslijst voor de poort downloaden (CSV)
staff-rooms = Zalen
staff-room-name = Naam van de zaal
staff-room-add = Zaal toevoegen
staff-speakers = Sprekers
staff-speaker-add = Spreker toevoegen
staff-save-changes = Wijzigingen opslaan
staff-remove = Verwijderen
staff-activity-speakers = Sprekers
error-room-in-use = Er vinden nog sessies plaats in deze zaal. Geef ze eerst een andere zaal en verwijder haar daarna.
activity-sign-up-hint = Geregistreerd? Kies sessies en boek een locatiebezoek via de link in uw bevestigingsmail.

## Library
email-library-received-subject = We hebben uw praktijk „{ $title }” ontvangen
email-library-received-body = Dank u voor het delen van „{ $title }” met de bibliotheek. Een moderator bekijkt het; we mailen u als het gepubliceerd is of als er iets moet veranderen.
email-library-changes-subject = Wijzigingen gevraagd voor „{ $title }”
email-library-changes-body = Een moderator heeft „{ $title }” gelezen en vraagt u om een paar wijzigingen voordat het gepubliceerd wordt:
email-library-published-subject = „{ $title }” is gepubliceerd
email-library-published-body = „{ $title }” staat nu in de openbare bibliotheek. Dank u voor het delen van wat uw organisatie heeft geleerd.
email-library-rejected-subject = „{ $title }” wordt niet gepubliceerd
email-library-rejected-body = Een moderator heeft „{ $title }” gelezen en besloten het niet te publiceren, om deze reden:
email-library-follow = Via de link hieronder volgt u uw praktijk en kunt u die wijzigen zolang ze wordt beoordeeld.
email-library-action = Uw praktijk volgen
error-file-too-large = Het bestand is groter dan 3 MB. Maak het kleiner (sla de pdf bijvoorbeeld op voor het web) of laat het weg.
error-file-type = Dit bestandstype wordt niet aanvaard. Stuur een pdf-, docx-, pptx-, odt-, odp-, png- of jpeg-bestand dat normaal opent.
error-file-empty = Het bestand is leeg.
error-theme-required = Kies minstens één thema.
error-practice-closed = Deze praktijk kan niet meer via deze link worden gewijzigd.
error-practice-step = Die stap is nu niet mogelijk voor deze praktijk. Laad de pagina opnieuw om te zien hoe ze ervoor staat.
error-note-required = Schrijf een toelichting voor de indiener: wat er moet veranderen, of waarom.

## Best-practice library
nav-library = Bibliotheek met goede praktijken
library-title = Bibliotheek met goede praktijken
library-lead = Wat opvangorganisaties in heel Europa hebben geleerd, gedeeld zodat iedereen het kan gebruiken.
# Same as in English: the same word in this language.
library-open-data = Open data:
library-search = Zoeken
library-search-button = Zoeken
filter-all = Alle
library-sort = Volgorde
library-sort-relevance = Beste treffer eerst
library-sort-newest = Nieuwste eerst
library-results = { $count ->
    [0] Geen praktijken gevonden. Probeer minder woorden of een ander filter.
    [one] Eén praktijk
   *[other] { $count } praktijken
}
pager-pages = Pagina's
pager-previous = Vorige pagina
pager-next = Volgende pagina
pager-page-of = Pagina { $page } van { $pages }
library-demo = Demovoorbeeld
library-demo-notice = Dit is een demovoorbeeld, bedacht om te laten zien hoe de bibliotheek werkt.
library-related = Verwante praktijken
library-back = Terug naar de bibliotheek
library-published = Gepubliceerd
# Same as in English: the same word in this language.
library-download = Download
library-file-size = { $kilobytes } kB
# Same as in English: the same word in this language.
library-contact = Contact
library-theme-digital_self_reliance = Digitale zelfredzaamheid
library-theme-labour_participation = Arbeidsparticipatie
library-theme-sustainability = Duurzaamheid
library-theme-unaccompanied_minors = Alleenstaande minderjarigen
library-theme-health_wellbeing = Gezondheid en welzijn
library-theme-safety = Veiligheid
library-theme-housing_placement = Huisvesting en plaatsing
library-theme-participation_codesign = Participatie en co-design
library-theme-data_privacy = Data en privacy
library-submit-title = Een goede praktijk insturen
library-submit-lead = Deel wat uw organisatie heeft geleerd. Een moderator leest elke inzending voordat die wordt gepubliceerd; via de link die we u mailen kunt u de uwe volgen en wijzigen.
library-submit-button = Insturen ter beoordeling
library-form-required = Velden zonder „optioneel” zijn verplicht.
library-no-event = Geen evenement
library-current-file = Huidig bestand: { $name }. Het blijft, tenzij u een ander kiest.
field-title = Titel
field-summary = Korte samenvatting
field-description = Beschrijving
field-themes = Thema's
field-event = Bijbehorend evenement
field-contact-name = Uw naam
field-contact-email = Uw e-mailadres
field-contact-public = Publiceer mijn naam en e-mailadres bij de praktijk
field-licence = Licentie
field-file = Bestand
hint-summary = Twee of drie zinnen: wat het is en wat het opleverde.
hint-description = Wat u deed, voor wie, wat werkte en wat niet. U kunt Markdown gebruiken: **vet**, lijsten met -, links als [tekst](https://…).
hint-contact = Hiermee houden we u op de hoogte van uw inzending. Ze worden niet gepubliceerd, tenzij u het vakje aanvinkt.
hint-licence = Onder welke voorwaarden anderen hergebruiken wat u deelt.
hint-file = Eén PDF-, DOCX-, PPTX-, ODT-, ODP-, PNG- of JPEG-bestand van hoogstens 3 MB.
licence-cc-by-4-0 = anderen mogen het hergebruiken als ze u vermelden
licence-cc-by-sa-4-0 = als CC BY, en bewerkingen onder dezelfde voorwaarden
licence-cc-by-nc-4-0 = als CC BY, niet voor commercieel gebruik
licence-cc0-1-0 = zonder voorwaarden, publiek domein
library-follow-title = Uw praktijk
library-sent = Dank u! We hebben uw praktijk ontvangen en u een e-mail gestuurd met de link naar deze pagina.
library-saved = Uw wijzigingen zijn verstuurd. Een moderator beoordeelt ze.
# Same as in English: the same word in this language.
library-status = Status:
library-see-public = Bekijk haar in de openbare bibliotheek
library-history = Geschiedenis
library-edit = Uw praktijk wijzigen
library-edit-hint = Met het versturen van wijzigingen gaat de praktijk terug naar de beoordeling. Een al gepubliceerde versie blijft openbaar tot de nieuwe is goedgekeurd.
library-resubmit-button = Wijzigingen insturen ter beoordeling
library-withdraw = Intrekken
library-withdraw-hint = Intrekken haalt de praktijk uit de beoordeling en uit de openbare bibliotheek.
library-withdraw-button = Mijn praktijk intrekken
library-closed = Deze praktijk kan niet meer worden gewijzigd.
library-review-submitted = Wacht op beoordeling
library-review-changes-requested = Wijzigingen gevraagd
library-review-published = Gepubliceerd
library-review-rejected = Niet gepubliceerd
library-review-withdrawn = Ingetrokken
library-step-submit = Ingestuurd ter beoordeling
library-step-withdraw = Ingetrokken door de inzender
library-step-publish = Gepubliceerd
library-step-request-changes = Wijzigingen gevraagd
library-step-reject = Afgewezen
library-step-take-down = Offline gehaald
library-moderation = Moderatie van de bibliotheek
library-updated = Laatste wijziging
library-has-public = een eerdere versie is openbaar
library-revision = versie { $number }
library-submitter = Ingestuurd door
library-preview = Voorbeeld
library-preview-notice = Voorbeeld: zo ziet de praktijk eruit als ze is gepubliceerd.
library-note-required = Notitie voor de inzender (verplicht)
library-note-optional = Notitie voor de inzender (optioneel)
library-do-publish = Publiceren
library-do-request-changes = Wijzigingen vragen
library-do-reject = Afwijzen
library-do-take-down = Offline halen
error-upload-incomplete = Het uploaden brak af voor het einde. Stuur het formulier opnieuw.
library-themes = Thema's van de bibliotheek
library-themes-hint = Inzendingen kiezen uit deze thema's. Een thema dat u intrekt wordt niet meer aangeboden, maar blijft bij de praktijken die het hebben. De thema's waarmee het platform begint worden vertaald getoond tot u ze hernoemt.
library-theme-add = Thema toevoegen
library-theme-name = Naam
library-theme-rename = Hernoemen
library-theme-retire = Intrekken
library-theme-restore = Weer aanbieden
library-theme-retired = ingetrokken
error-practice-changed = De inzender stuurde een nieuwe versie terwijl u aan het beoordelen was. Laad de pagina opnieuw om die te beoordelen.

## Uw gegevens (via de geheime link)
manage-data-link = Uw gegevens bekijken, downloaden of wissen
data-title = Uw gegevens
data-intro = Dit is alles wat dit platform voor dit evenement over u bewaart. Alleen u (via uw link) en de organisatoren kunnen het zien.
data-download = Downloaden als bestand (JSON)
data-back = Terug naar uw aanmelding
data-registration = Uw aanmelding
# Same as in English: the same word in this language.
data-status = Status
data-list-consent = Op de deelnemerslijst
data-privacy-consent = Privacyverklaring geaccepteerd
data-registered-at = Aangemeld
data-updated-at = Laatst gewijzigd
data-checked-in-at = Ingecheckt op de locatie
data-secret-links = Links die u per e-mail kreeg (alleen gecodeerd bewaard)
data-calendar-feeds = Agenda-abonnementen
data-sign-ups = Sessies en bezoeken
data-emails = E-mails aan u
data-email-waiting = wacht op verzending
data-staff-changes = Wijzigingen door de organisatoren
data-none = geen
data-yes = ja
data-no = nee
data-erase-title = Uw gegevens wissen
data-erase-hint = Uw aanmelding stopt, uw plaatsen gaan naar de volgende wachtenden, u krijgt geen e-mails meer, en uw naam, e-mailadres, organisatie, functie en wensen worden definitief verwijderd. Alleen anonieme cijfers blijven (land, datum, ter plaatse of online). Dit kan niet ongedaan worden gemaakt, en deze link werkt daarna niet meer.
data-erase-confirm = Ja, wis mijn gegevens
data-erase-submit = Mijn gegevens wissen
error-confirm-erase = Vink het vakje aan om te bevestigen dat u uw gegevens wilt laten wissen.
erased-title = Uw gegevens zijn gewist
erased-body = Uw aanmelding is beëindigd en uw persoonsgegevens zijn verwijderd. Wilt u toch meedoen, dan kunt u zich opnieuw aanmelden.
erased-back = Terug naar het evenement

## Privacyverklaring van een evenement
privacy-read-notice = Lees de volledige privacyverklaring (opent in een nieuw tabblad)
privacy-notice-title = Privacyverklaring
privacy-notice-intro = Deze verklaring zegt in gewone woorden wat er gebeurt met de gegevens die u geeft als u zich aanmeldt voor { $event }.
privacy-who-title = Wie uw gegevens bewaart
privacy-who-body = De organisatoren van het evenement (het COA, Centraal Orgaan opvang asielzoekers, voor het International Knowledge Platform) bewaren uw gegevens op dit platform. Het draait op hun eigen server: geen ander bedrijf krijgt uw gegevens, en de pagina's laden niets van andere websites.
privacy-what-title = Wat we bewaren
privacy-what-body = Uw naam, e-mailadres, organisatie en het soort organisatie, land, functie, hoe u deelneemt (ter plaatse of online) en uw taal. Als u ze opgeeft: toegankelijkheidswensen, dieetwensen, en of uw naam op de deelnemerslijst mag. Verder de sessies en bezoeken die u kiest, wanneer u ter plaatse bent ingecheckt, en de e-mails die we u stuurden.
privacy-why-title = Waarom
privacy-why-body = Om het evenement te organiseren: om uw plaats of uw plaats op de wachtlijst te bevestigen, u praktische informatie te sturen, u bij de ingang in te checken, en deelnemers te tellen (per land, dag en soort organisatie; die aantallen noemen niemand).
privacy-sees-title = Wie het ziet
privacy-sees-body = Alleen u, via de link in uw e-mail, en de medewerkers van de organisatoren met een rol op dit platform (organisatoren, check-inmedewerkers bij de ingang, beheerders). Andere deelnemers zien uw naam, organisatie en land alleen als u instemde met de deelnemerslijst. Elke wijziging die medewerkers aan uw aanmelding doen, wordt vastgelegd.
privacy-how-long-title = Hoe lang
privacy-how-long-body = Toegankelijkheids- en dieetwensen worden 30 dagen na het evenement gewist. Al uw andere persoonsgegevens worden { $days } dagen na het evenement anoniem gemaakt; alleen de aantallen blijven.
privacy-rights-title = Uw rechten
privacy-rights-body = Via de link in uw bevestigingsmail kunt u uw gegevens altijd inzien, corrigeren, downloaden (als bestand) en wissen. Wissen beëindigt uw aanmelding en geeft uw plaats aan de volgende wachtende.
error-registration-anonymised = De persoonsgegevens van deze aanmelding zijn verwijderd; ze kan niet meer worden gewijzigd.
