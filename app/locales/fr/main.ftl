## Site frame
# Same as in English: the platform's name.
site-name = International Knowledge Platform
site-description = Événements et bonnes pratiques dans l'accueil des personnes demandeuses d'asile, par l'International Knowledge Platform du COA.
skip-to-content = Aller au contenu
language-choice = Langue
footer-organiser = COA International Knowledge Platform · Agence centrale pour l'accueil des demandeurs d'asile
footer-staff = Connexion du personnel
not-found-title = Page introuvable
not-found-body = Il n'y a pas de page à cette adresse. Le lien est peut-être ancien ou mal saisi.
back-home = Aller à la page d'accueil
loading = Chargement…
optional = (facultatif)

## Dates
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-range-same-month = { $start ->
    [1] 1er
   *[other] { $start }
}–{ $end } { $month } { $year }
date-range = { $start } – { $end }
date-time = { $date } à { $time } ({ $zone })
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Events
home-title = Événements
home-intro = Échanges internationaux sur l'accueil et l'accompagnement des personnes demandeuses d'asile.
home-no-events = Il n'y a pas encore d'événement.
fact-event = Événement
# Same as in English: the same word in this language.
fact-dates = Dates
fact-venue = Lieu
fact-timezone = Fuseau horaire
fact-attendance = Participation
register-action = S'inscrire
registration-closed = Les inscriptions sont closes.
event-objectives = Objectifs
event-target-groups = Public visé
places-left = { $left } { $left ->
    [one] place disponible
   *[other] places disponibles
} sur { $limit } en présentiel
in-person-full = Les { $limit } places en présentiel sont toutes prises : inscrivez-vous sur la liste d'attente ou participez en ligne
online-unlimited = participation en ligne sans limite

## Registration form
register-title = Inscription
register-full-notice = Toutes les places en présentiel sont prises. Vous pouvez vous inscrire pour participer en ligne, ou vous inscrire sur la liste d'attente pour une place en présentiel : si une place se libère, nous vous enverrons un e-mail. En attendant, vous pouvez participer en ligne.
register-all-required = Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».
register-submit = S'inscrire
register-again = S'inscrire à nouveau
field-name = Prénom et nom
field-email = Adresse e-mail
# Same as in English: the same word in this language.
field-organisation = Organisation
field-function = Fonction
field-organisation-type = Type d'organisation
organisation-type-unsaid = Non précisé
organisation-type-reception-agency = Organisme d'accueil des demandeurs d'asile
organisation-type-ministry = Ministère ou autorité nationale
organisation-type-municipality = Commune ou région
organisation-type-ngo = Organisation non gouvernementale (ONG)
organisation-type-international = Organisation internationale
organisation-type-research = Recherche ou enseignement
organisation-type-other = Autre
error-organisation-type-invalid = Choisissez un type d'organisation dans la liste, ou laissez le champ vide.
field-country = Pays
field-attendance = Comment allez-vous participer ?
field-language = Langue des e-mails
field-accessibility-needs = Besoins en matière d'accessibilité
field-dietary-needs = Besoins alimentaires
field-list-consent = Afficher mon nom, mon organisation et mon pays dans la liste des participants
field-privacy-consent = J'ai lu comment mes données sont utilisées et je suis d'accord
field-password = Mot de passe
choose-country = Choisissez un pays
attendance-in-person = En présentiel
attendance-in-person-waitlist = En présentiel : inscription sur la liste d'attente (participation en ligne en attendant)
attendance-online = En ligne
hint-language = Nous vous écrivons dans cette langue.
hint-accessibility-needs = Par exemple un accès sans marches, une interprétation en langue des signes ou des documents en gros caractères.
hint-dietary-needs = Uniquement pour les personnes qui participent en présentiel.
privacy-title = Vos données
privacy-summary = Le COA conserve votre inscription pour organiser cet événement : pour confirmer votre place, vous envoyer des informations pratiques et, sur place, enregistrer votre arrivée. Seule l'équipe organisatrice y a accès. Les besoins en matière d'accessibilité et les besoins alimentaires sont supprimés 30 jours après l'événement ; vos autres données, { $days } jours après. Vous pouvez consulter, modifier, télécharger ou effacer vos données à tout moment grâce au lien figurant dans votre e-mail de confirmation.

## Errors
error-summary-title = Il y a un problème
error-prefix = Erreur :
error-invalid = Certains champs demandent votre attention.
error-duplicate = Cet élément existe déjà.
error-not-found = Nous n'avons pas trouvé ce que vous cherchez. Le lien est peut-être ancien ou mal saisi.
error-unauthorized = Veuillez vous connecter pour voir cette page.
error-forbidden = Votre compte n'a pas accès à cette page.
error-rate-limited = Trop de tentatives depuis votre connexion. Veuillez patienter une minute, puis réessayer.
error-internal = Un problème est survenu de notre côté. Rien n'a été enregistré. Veuillez réessayer dans un instant.
error-bad-request = Cette demande n'a pas été comprise : un élément manque ou est mal formé. Rechargez la page et réessayez.
error-request-too-large = Le contenu dépasse ce que le formulaire peut accepter. Veuillez le raccourcir et l'envoyer à nouveau.
error-cross-site = Ce formulaire a été envoyé depuis un autre site web et a été refusé. Ouvrez la page sur ce site et envoyez le formulaire depuis celle-ci.
error-connection = Nous n'avons pas pu joindre le serveur. Vérifiez votre connexion et réessayez.
error-capacity-too-low = La capacité ne peut pas être inférieure aux { $taken } places déjà attribuées ou proposées.
error-capacity-number = Indiquez la capacité en nombre entier, par exemple 150.
error-required = Veuillez remplir ce champ.
error-too-long = Ce texte est trop long. Veuillez le raccourcir.
error-email-invalid = Saisissez une adresse e-mail comme nom@exemple.org.
error-country-invalid = Choisissez un pays dans la liste.
error-attendance-invalid = Choisissez « en présentiel » ou « en ligne ».
error-language-invalid = Choisissez une langue dans la liste.
error-consent-required = Cochez la case pour donner votre accord, sinon nous ne pouvons pas vous inscrire.
error-control-characters = Ce texte contient des caractères non autorisés.
error-email-taken = Cette adresse e-mail est déjà inscrite à cet événement. Utilisez le lien de votre e-mail de confirmation pour modifier votre inscription.
error-registration-closed = Les inscriptions à cet événement sont closes.
error-registration-cancelled = Cette inscription est annulée et ne peut plus être modifiée.
error-no-offer = Il n'y a pas de proposition de place en cours pour cette inscription.
error-offer-expired = Cette proposition a expiré. La place a été attribuée à la personne suivante sur la liste d'attente.
error-confirm-cancel = Cochez la case pour confirmer que vous voulez annuler.
error-sign-in = L'adresse e-mail ou le mot de passe est incorrect. Après cinq mots de passe incorrects d'affilée, un compte est bloqué pendant 15 minutes.
error-password-too-short = Le mot de passe doit comporter au moins 12 caractères.

## Manage page
manage-title = Votre inscription
manage-welcome = Merci pour votre inscription. Nous vous avons envoyé un e-mail avec le lien vers cette page : conservez-le pour modifier ou annuler votre inscription.
manage-saved = Vos modifications sont enregistrées.
manage-change-title = Modifier vos informations
manage-change-hint = Ici, vous pouvez passer du présentiel à la participation en ligne, et inversement. Si vous libérez une place en présentiel, elle est attribuée à la personne suivante sur la liste d'attente.
manage-save = Enregistrer les modifications
manage-cancel-title = Annuler votre inscription
manage-cancel-hint = Si vous ne pouvez pas venir, merci d'annuler votre inscription, pour que votre place puisse revenir à une personne de la liste d'attente.
manage-cancel-confirm = Oui, je veux annuler mon inscription
manage-cancel-submit = Annuler l'inscription
status-confirmed-in-person = Votre place en présentiel est confirmée.
status-confirmed-online = Votre participation en ligne est confirmée.
status-waitlisted = Vous êtes en position { $position } sur la liste d'attente pour une place en présentiel. En attendant, vous pouvez participer en ligne.
status-offered = Une place en présentiel vous est réservée jusqu'au { $deadline }. La voulez-vous ?
status-cancelled = Cette inscription est annulée.
offer-accept = Oui, je prends la place
offer-decline = Non, je reste en ligne

## Staff
staff-sign-in = Connexion du personnel
staff-sign-out = Se déconnecter
staff-title = Espace d'organisation
staff-signed-in-as = Session ouverte : { $name }
staff-registrations = Inscriptions
staff-registrations-count = { $count ->
    [one] { $count } inscription
   *[other] { $count } inscriptions
}
staff-capacity = Capacité en présentiel
staff-confirmed = Confirmées
staff-offered = Proposées
staff-waitlisted = En liste d'attente
staff-left = Restantes
staff-online = En ligne
staff-capacity-label = Nouvelle capacité en présentiel
staff-capacity-save = Modifier la capacité
staff-status = Statut
staff-registered-on = Date d'inscription
staff-status-confirmed = Confirmée
staff-status-waitlisted = En liste d'attente
staff-status-offered = Place proposée
staff-status-cancelled = Annulée

## Emails
email-greeting = Bonjour { $name },
email-signature = L'International Knowledge Platform du COA
email-manage-intro = Le bouton ci-dessous vous permet de consulter, modifier ou annuler votre inscription. Ce lien est personnel : merci de ne pas le partager.
email-manage-action = Gérer mon inscription
email-calendar-attached = L'événement est joint à cet e-mail sous forme de fichier de calendrier.
email-check-in-code = À l'entrée, présentez le code QR ci-dessous (il figure aussi sur votre page d'inscription) : le personnel le scanne pour enregistrer votre arrivée.
email-check-in-alt = Votre code d'entrée
email-confirmed-subject = Votre inscription à { $event }
email-confirmed-in-person = Votre place en présentiel pour { $event } est confirmée. Nous nous réjouissons de vous accueillir à { $venue }.
email-confirmed-online = Votre participation en ligne à { $event } est confirmée. Vous pouvez suivre les sessions en direct sur votre page d'inscription.
email-waitlisted-subject = Vous êtes sur la liste d'attente pour { $event }
email-waitlisted-body = Toutes les places en présentiel sont prises. Vous êtes en position { $position } sur la liste d'attente. Si une place se libère, nous vous enverrons par e-mail une proposition, valable { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}.
email-waitlisted-online = En attendant, vous pouvez participer en ligne.
email-offer-subject = Une place pour vous à { $event }
email-offer-body = Une place en présentiel s'est libérée. Elle est à vous si vous l'acceptez avant le { $deadline }.
email-offer-after = Si vous ne répondez pas à temps, la place est attribuée à la personne suivante sur la liste d'attente, et votre participation en ligne est maintenue.
email-offer-action = Accepter ou refuser la place
email-offer-expired-subject = Votre proposition de place pour { $event } a expiré
email-offer-expired-body = Vous n'avez pas accepté à temps la place en présentiel ; elle a donc été attribuée à la personne suivante sur la liste d'attente. Votre participation en ligne est maintenue.
email-cancelled-subject = Votre inscription à { $event } est annulée
email-cancelled-body = Votre inscription est annulée, comme vous l'avez demandé. Vous pouvez vous inscrire à nouveau tant que les inscriptions sont ouvertes.

## Programme: sign-ups and their refusals
refusal-no-sign-up = Les séances plénières sont ouvertes à tout le monde ; il n'est pas nécessaire de s'inscrire.
refusal-visits-in-person-only = Les visites sur site sont réservées aux personnes qui participent en présentiel. Votre inscription est en ligne (ou vous attendez encore une place en présentiel) : vous ne pouvez donc pas réserver de visite.
refusal-in-person-only = Cette session a lieu uniquement en salle. Les personnes qui participent en ligne peuvent choisir les sessions en ligne et hybrides.
refusal-online-only = Cette session a lieu uniquement en ligne. Les personnes qui participent en présentiel peuvent choisir les sessions en présentiel et hybrides.
refusal-clash = Ce choix a lieu en même temps que « { $title } », que vous avez déjà choisi. Si vous préférez ce choix-ci, annulez d'abord l'autre.
choice-clash = L'équipe organisatrice a déplacé une session : ce choix a maintenant lieu en même temps que « { $title } », que vous avez aussi choisi. Veuillez renoncer à l'un des deux.
refusal-one-visit = Vous pouvez réserver une seule visite sur site, et vous avez déjà réservé « { $title } ».
error-already-chosen = Vous avez déjà fait ce choix.
error-activity-cancelled = Cette partie du programme a été annulée.
email-activity-offer-subject = Une place pour vous : « { $title } »
email-activity-offer-body = Une place s'est libérée pour « { $title } ». Elle est à vous si vous l'acceptez avant le { $deadline }.
email-activity-offer-after = Si vous ne répondez pas à temps, la place est attribuée à la personne suivante sur la liste d'attente.
email-activity-offer-expired-subject = Votre proposition de place pour « { $title } » a expiré
email-activity-offer-expired-body = Vous n'avez pas accepté à temps la place pour « { $title } » ; elle a donc été attribuée à la personne suivante sur la liste d'attente.

## Programme page
# Same as in English: the same word in this language.
programme-title = Programme
programme-link = Voir le programme
programme-times-in-zone = Tous les horaires sont indiqués dans le fuseau horaire de l'événement ({ $zone }).
programme-calendar-download = Ajouter tout le programme à votre agenda (.ics)
programme-nothing-matches = Rien ne correspond à votre choix ce jour-là.
programme-visits = Visites sur site
programme-speakers = Intervenants et intervenantes
programme-filter = Filtrer le programme
programme-filter-day = Jour
programme-filter-mode = Mode de participation
programme-filter-theme = Thème
programme-filter-all = Tous
programme-filter-apply = Afficher
theme-self-reliance = Autonomie numérique des personnes hébergées
theme-guidance = Accompagnement personnalisé avec des outils numériques
theme-intake = Admission numérique
theme-employees = Compétences numériques du personnel
theme-risks = Risques : exclusion, vie privée, IA
mode-in_person = En présentiel
mode-online = En ligne
mode-hybrid = Hybride (en présentiel et en ligne)
kind-plenary = Plénière
kind-breakout = Session parallèle
kind-workshop = Atelier
kind-visit = Visite sur site
badge-streamed = Diffusé en direct
badge-cancelled = Annulé
places-left-of = { $left ->
    [one] { $left } place restante
   *[other] { $left } places restantes
} sur { $capacity }
places-full-waiting = Complet · { $waiting ->
    [0] liste d'attente ouverte
    [one] { $waiting } personne en attente
   *[other] { $waiting } personnes en attente
}
places-unlimited = Pas de limite de places
places-plenary = Pour tout le monde, sans inscription
visit-meeting-point = Point de rendez-vous
# Same as in English: the same word in this language.
visit-transport = Transport
visit-bring = À apporter

## Programme on the manage page
choices-title = Votre programme
choices-hint = Choisissez une session parallèle ou un atelier par créneau horaire et, si vous venez en présentiel, une visite sur site. Vous pouvez modifier vos choix jusqu'à l'événement.
choice-book = Choisir
choice-join-waitlist = S'inscrire sur la liste d'attente
choice-leave = Renoncer à ma place
choice-leave-waitlist = Quitter la liste d'attente
choice-confirmed = Vous avez une place.
choice-waitlisted = Vous êtes sur la liste d'attente, en position { $position }.
choice-offered = Une place vous est réservée jusqu'au { $deadline }.
agenda-title = Votre programme dans votre agenda
agenda-download = Télécharger votre programme (.ics)
agenda-subscribe-hint = Vous pouvez aussi vous abonner : votre application d'agenda suivra alors chaque changement. Toute personne qui a l'adresse peut voir votre programme ; si vous créez une nouvelle adresse, l'ancienne ne fonctionne plus.
agenda-subscribe = Créer une adresse d'abonnement
agenda-subscribe-done = Copiez cette adresse dans votre application d'agenda (par exemple « Ajouter un agenda à partir d'une URL ») :
email-activity-changed-subject = « { $title } » a été modifié
email-activity-changed-body = L'équipe organisatrice a modifié « { $title } », qui fait partie de vos choix. Cette activité commence désormais le { $when }. Votre place, ou votre place sur la liste d'attente, reste acquise.
email-activity-cancelled-subject = « { $title } » est annulé
email-activity-cancelled-body = Nous sommes désolés : « { $title } », qui faisait partie de vos choix, a été annulé. Vous pouvez choisir une autre partie du programme sur votre page d'inscription.
email-activity-released-subject = Votre inscription à « { $title } » a pris fin
email-activity-released-body = L'équipe organisatrice a modifié « { $title } », et cette activité ne vous est plus accessible : { $reason } Votre inscription à cette activité a pris fin. Vous pouvez choisir une autre partie du programme sur votre page d'inscription.
error-choose-from-list = Choisissez l'une des options.
error-day-outside-event = Choisissez l'un des jours de l'événement.
error-time = Saisissez une heure comme 09:30.
error-ends-before-start = La fin doit être après le début.

## Organizers: programme
staff-programme = Programme : sessions et visites sur site
staff-activity-new = Ajouter une session ou une visite sur site
staff-activity-kind = Type d'activité
staff-activity-title = Titre
staff-activity-summary = Description courte
staff-activity-room = Salle
staff-activity-starts = Début (HH:MM)
staff-activity-ends = Fin (HH:MM)
staff-activity-capacity = Places en présentiel
staff-activity-capacity-hint = Laissez vide pour ne pas fixer de limite. Si vous augmentez ce nombre, les nouvelles places sont proposées à la liste d'attente ; il ne peut pas être inférieur au nombre de places déjà attribuées.
staff-activity-save = Enregistrer
staff-activity-cancel = Annuler cette session
staff-activity-cancel-hint = Toutes les personnes inscrites reçoivent un e-mail et perdent leur place.
staff-sign-ups = Personnes inscrites
staff-sign-ups-csv = Télécharger la liste des personnes inscrites (CSV)
staff-manifest-csv = Télécharger la liste de la visite pour le contrôle à l'entrée (CSV)
staff-rooms = Salles
staff-room-name = Nom de la salle
staff-room-add = Ajouter une salle
staff-speakers = Intervenants et intervenantes
staff-speaker-add = Ajouter un intervenant ou une intervenante
staff-save-changes = Enregistrer les modifications
staff-remove = Supprimer
staff-activity-speakers = Intervenants et intervenantes
error-room-in-use = Des sessions ont encore lieu dans cette salle. Attribuez-leur d'abord une autre salle, puis supprimez celle-ci.
activity-sign-up-hint = Vous êtes déjà inscrit ou inscrite ? Choisissez vos sessions et réservez une visite sur site grâce au lien de votre e-mail de confirmation.

## Library
email-library-received-subject = Nous avons bien reçu votre pratique « { $title } »
email-library-received-body = Merci d'avoir partagé « { $title } » avec la bibliothèque. L'équipe de modération va l'examiner ; nous vous enverrons un e-mail lors de sa publication ou si des modifications sont nécessaires.
email-library-changes-subject = Modifications demandées pour « { $title } »
email-library-changes-body = L'équipe de modération a lu « { $title } » et vous demande quelques modifications avant la publication :
email-library-published-subject = Votre pratique « { $title } » est publiée
email-library-published-body = « { $title } » figure désormais dans la bibliothèque publique. Merci d'avoir partagé ce que votre organisation a appris.
email-library-rejected-subject = Votre pratique « { $title } » ne sera pas publiée
email-library-rejected-body = L'équipe de modération a lu « { $title } » et a décidé de ne pas la publier, pour la raison suivante :
email-library-follow = Grâce au lien ci-dessous, vous pouvez suivre votre pratique et la modifier tant qu'elle est en cours d'examen.
email-library-action = Suivre votre pratique
error-file-too-large = Le fichier dépasse 3 Mo. Réduisez sa taille (par exemple en enregistrant le PDF pour le web) ou ne l'ajoutez pas.
error-file-type = Ce type de fichier n'est pas accepté. Envoyez un fichier PDF, DOCX, PPTX, ODT, ODP, PNG ou JPEG qui s'ouvre normalement.
error-file-empty = Le fichier est vide.
error-theme-required = Choisissez au moins un thème.
error-practice-closed = Cette pratique ne peut plus être modifiée avec ce lien.
error-practice-step = Cette étape n'est pas possible pour cette pratique pour le moment. Rechargez la page pour voir où elle en est.
error-note-required = Écrivez une note pour la personne qui a soumis la pratique : ce qu'il faut changer, ou pourquoi.

## Best-practice library
nav-library = Bibliothèque de bonnes pratiques
library-title = Bibliothèque de bonnes pratiques
library-lead = Ce que les organisations d'accueil en Europe ont appris, partagé pour que tout le monde puisse s'en servir.
library-open-data = Données ouvertes :
library-search = Rechercher
library-search-button = Rechercher
filter-all = Tous
library-sort = Trier par
library-sort-relevance = Les plus pertinentes d'abord
library-sort-newest = Les plus récentes d'abord
library-results = { $count ->
    [0] Aucune pratique trouvée. Essayez avec moins de mots ou un autre filtre.
    [one] Une pratique
   *[other] { $count } pratiques
}
pager-pages = Pagination
pager-previous = Page précédente
pager-next = Page suivante
pager-page-of = Page { $page } sur { $pages }
library-demo = Fiche de démonstration
library-demo-notice = Ceci est une fiche de démonstration, inventée pour montrer comment fonctionne la bibliothèque.
library-related = Pratiques similaires
library-back = Retour à la bibliothèque
library-published = Date de publication
library-download = Télécharger
library-file-size = { $kilobytes } Ko
# Same as in English: the same word in this language.
library-contact = Contact
library-theme-digital_self_reliance = Autonomie numérique
library-theme-labour_participation = Accès à l'emploi
library-theme-sustainability = Durabilité
library-theme-unaccompanied_minors = Mineurs non accompagnés
library-theme-health_wellbeing = Santé et bien-être
library-theme-safety = Sécurité
library-theme-housing_placement = Logement et placement
library-theme-participation_codesign = Participation et co-conception
library-theme-data_privacy = Données et vie privée
library-submit-title = Proposer une bonne pratique
library-submit-lead = Partagez ce que votre organisation a appris. L'équipe de modération lit chaque proposition avant sa publication ; vous pouvez suivre et modifier la vôtre grâce au lien que nous vous envoyons par e-mail.
library-submit-button = Envoyer pour examen
library-form-required = Les champs sans la mention « facultatif » sont obligatoires.
library-no-event = Aucun événement
library-current-file = Fichier actuel : { $name }. Il est conservé, sauf si vous en choisissez un autre.
field-title = Titre
field-summary = Résumé court
# Same as in English: the same word in this language.
field-description = Description
field-themes = Thèmes
field-event = Événement lié
field-contact-name = Votre nom
field-contact-email = Votre adresse e-mail
field-contact-public = Publier mon nom et mon adresse e-mail avec la pratique
# Same as in English: the same word in this language.
field-licence = Licence
field-file = Fichier
hint-summary = Deux ou trois phrases : de quoi il s'agit et quels résultats ont été obtenus.
hint-description = Ce que vous avez fait, pour qui, ce qui a fonctionné et ce qui n'a pas fonctionné. Vous pouvez utiliser Markdown : **gras**, listes avec -, liens sous la forme [texte](https://…).
hint-contact = Nous les utilisons pour vous informer au sujet de votre proposition. Ils ne sont publiés que si vous cochez la case.
hint-licence = Les conditions auxquelles d'autres personnes peuvent réutiliser ce que vous partagez.
hint-file = Un seul fichier PDF, DOCX, PPTX, ODT, ODP, PNG ou JPEG, de 3 Mo maximum.
licence-cc-by-4-0 = d'autres personnes peuvent réutiliser le contenu en citant votre nom
licence-cc-by-sa-4-0 = comme CC BY, et les adaptations sont partagées dans les mêmes conditions
licence-cc-by-nc-4-0 = comme CC BY, sans usage commercial
licence-cc0-1-0 = aucune condition, domaine public
library-follow-title = Votre pratique
library-sent = Merci ! Nous avons bien reçu votre pratique et nous vous avons envoyé un e-mail avec le lien vers cette page.
library-saved = Vos modifications ont été envoyées. L'équipe de modération va les examiner.
library-status = Statut :
library-see-public = La voir dans la bibliothèque publique
library-history = Historique
library-edit = Modifier votre pratique
library-edit-hint = Si vous envoyez des modifications, la pratique retourne dans la file d'examen. Une version déjà publiée reste visible jusqu'à l'approbation de la nouvelle.
library-resubmit-button = Envoyer les modifications pour examen
library-withdraw = Retirer
library-withdraw-hint = Si vous retirez la pratique, elle n'est plus examinée et n'apparaît plus dans la bibliothèque publique.
library-withdraw-button = Retirer ma pratique
library-closed = Cette pratique ne peut plus être modifiée.
library-review-submitted = En attente d'examen
library-review-changes-requested = Modifications demandées
library-review-published = Publiée
library-review-rejected = Non publiée
library-review-withdrawn = Retirée
library-step-submit = Envoyée pour examen
library-step-withdraw = Retirée par la personne qui l'a soumise
library-step-publish = Publiée
library-step-request-changes = Modifications demandées
library-step-reject = Refusée
library-step-take-down = Retirée de la bibliothèque
library-moderation = Modération de la bibliothèque
library-updated = Dernière modification
library-has-public = une version précédente est publique
# Same as in English: the same word in this language.
library-revision = version { $number }
library-submitter = Soumise par
library-preview = Aperçu
library-preview-notice = Aperçu : voici à quoi ressemblera la pratique une fois publiée.
library-note-required = Note pour la personne qui a soumis la pratique (obligatoire)
library-note-optional = Note pour la personne qui a soumis la pratique (facultatif)
library-do-publish = Publier
library-do-request-changes = Demander des modifications
library-do-reject = Refuser
library-do-take-down = Retirer de la bibliothèque
error-upload-incomplete = L'envoi s'est interrompu avant la fin. Veuillez envoyer à nouveau le formulaire.
library-themes = Thèmes de la bibliothèque
library-themes-hint = Les personnes qui proposent une pratique choisissent parmi ces thèmes. Un thème archivé n'est plus proposé, mais reste associé aux pratiques qui l'ont déjà. Les thèmes fournis avec la plateforme s'affichent traduits tant que vous ne les renommez pas.
library-theme-add = Ajouter un thème
library-theme-name = Nom
library-theme-rename = Renommer
library-theme-retire = Archiver
library-theme-restore = Proposer à nouveau
library-theme-retired = archivé
error-practice-changed = La personne qui a soumis la pratique a envoyé une nouvelle version pendant votre examen. Rechargez la page pour l'examiner.

## Your data (from the secret link)
manage-data-link = Consulter, télécharger ou effacer vos données
data-title = Vos données
data-intro = Voici tout ce que cette plateforme conserve à votre sujet pour cet événement. Ces informations ne sont visibles que par vous (grâce à votre lien) et par l'équipe organisatrice.
data-download = Télécharger sous forme de fichier (JSON)
data-back = Retour à votre inscription
data-registration = Votre inscription
data-status = Statut
data-list-consent = Dans la liste des participants
data-privacy-consent = Déclaration de confidentialité acceptée
data-registered-at = Date d'inscription
data-updated-at = Dernière modification
data-checked-in-at = Arrivée enregistrée sur place
data-secret-links = Liens qui vous ont été envoyés par e-mail (conservés uniquement sous forme codée)
data-calendar-feeds = Abonnements d'agenda
data-sign-ups = Sessions et visites
data-emails = E-mails qui vous ont été adressés
data-email-waiting = en attente d'envoi
data-staff-changes = Modifications faites par l'équipe organisatrice
data-none = aucun
data-yes = oui
data-no = non
data-erase-title = Effacer vos données
data-erase-hint = Votre inscription prend fin, vos places sont attribuées aux personnes suivantes sur les listes d'attente, vous ne recevez plus d'e-mails, et votre nom, votre adresse e-mail, votre organisation, votre fonction et vos besoins sont supprimés définitivement. Seuls des chiffres anonymes sont conservés (pays, date, en présentiel ou en ligne). Cette action est irréversible, et ce lien ne fonctionnera plus.
data-erase-confirm = Oui, effacer mes données
data-erase-submit = Effacer mes données
error-confirm-erase = Cochez la case pour confirmer que vous voulez effacer vos données.
erased-title = Vos données ont été effacées
erased-body = Votre inscription a pris fin et vos données personnelles ont été supprimées. Si vous souhaitez finalement participer, vous pouvez vous inscrire à nouveau.
erased-back = Retour à l'événement

## Privacy notice of an event
privacy-read-notice = Lire la déclaration de confidentialité complète (s'ouvre dans un nouvel onglet)
privacy-notice-title = Déclaration de confidentialité
privacy-notice-intro = Cette déclaration explique, avec des mots simples, ce que deviennent les données que vous fournissez lors de votre inscription à { $event }.
privacy-who-title = Qui conserve vos données
privacy-who-body = L'équipe organisatrice de l'événement (le COA, Agence centrale pour l'accueil des demandeurs d'asile, pour l'International Knowledge Platform) conserve vos données sur cette plateforme. Celle-ci fonctionne sur son propre serveur : aucune autre entreprise ne reçoit vos données, et les pages ne chargent rien depuis d'autres sites web.
privacy-what-title = Ce que nous conservons
privacy-what-body = Votre nom, votre adresse e-mail, votre organisation et son type, votre pays, votre fonction, votre mode de participation (en présentiel ou en ligne) et votre langue. Si vous les indiquez : vos besoins en matière d'accessibilité, vos besoins alimentaires, et votre accord pour que votre nom figure dans la liste des participants. Également : les sessions et visites sur site que vous choisissez, l'heure de votre arrivée sur place et les e-mails que nous vous avons envoyés.
privacy-why-title = Pourquoi
privacy-why-body = Pour organiser l'événement : confirmer votre place ou votre place sur la liste d'attente, vous envoyer des informations pratiques, enregistrer votre arrivée à l'entrée et compter les participants (par pays, par jour et par type d'organisation ; ces chiffres ne citent personne).
privacy-sees-title = Qui peut les voir
privacy-sees-body = Uniquement vous, grâce au lien de votre e-mail, et les membres de l'équipe organisatrice qui ont un rôle sur cette plateforme (organisation, accueil à l'entrée, administration). Les autres participants ne voient votre nom, votre organisation et votre pays que si vous avez accepté de figurer dans la liste des participants. Chaque modification de votre inscription faite par le personnel est enregistrée.
privacy-how-long-title = Combien de temps
privacy-how-long-body = Les besoins en matière d'accessibilité et les besoins alimentaires sont supprimés 30 jours après l'événement. Toutes vos autres données personnelles sont rendues anonymes { $days } jours après l'événement ; seuls les chiffres globaux sont conservés.
privacy-rights-title = Vos droits
privacy-rights-body = Grâce au lien de votre e-mail de confirmation, vous pouvez à tout moment consulter, corriger, télécharger (sous forme de fichier) et effacer vos données. L'effacement met fin à votre inscription et attribue votre place à la personne suivante sur la liste d'attente.
error-registration-anonymised = Les données personnelles de cette inscription ont été supprimées ; elle ne peut plus être modifiée.
