# The organizers' console: registrations, corrections, exports, audit log.

organizer-registrations = Inscriptions
organizer-registrations-of = Inscriptions : { $event }
organizer-back-to-dashboard = Retour à la vue d'ensemble de l'événement
organizer-back-to-list = Retour aux inscriptions
organizer-search = Nom, e-mail ou organisation
organizer-search-button = Rechercher
organizer-sort = Trier par
organizer-sort-newest = Les plus récentes d'abord
organizer-sort-oldest = Les plus anciennes d'abord
organizer-sort-name = Nom
organizer-sort-country = Pays
organizer-sort-waitlist = Ordre de la liste d'attente
organizer-registrations-found = { $count ->
    [one] { $count } inscription
   *[other] { $count } inscriptions
}
organizer-export = Télécharger ces inscriptions :
organizer-saved = Enregistré. La modification figure dans l'historique ci-dessous.
organizer-waitlist-position = en position { $position } sur la liste d'attente
organizer-correct = Corriger les informations
organizer-save = Enregistrer la correction
organizer-give-place = Attribuer une place maintenant
organizer-give-place-hint = Cette personne est immédiatement confirmée en présentiel, sans tenir compte de l'ordre de la liste d'attente. Si les { $limit } places sont toutes prises ou proposées, la capacité en présentiel augmente d'une place. La personne reçoit un e-mail.
organizer-give-place-submit = Attribuer la place
organizer-cancel = Annuler au nom de la personne
organizer-cancel-hint = L'inscription est annulée et sa place revient à la liste d'attente. La personne reçoit un e-mail.
organizer-cancel-submit = Annuler l'inscription
organizer-history = Historique
organizer-history-empty = Aucun membre du personnel n'a modifié cette inscription.
field-reason = Motif de la modification
field-cancel-reason = Motif de l'annulation
field-place-reason = Motif de l'attribution de la place
hint-reason = Conservé dans le journal d'audit avec votre nom, par exemple « demandé par e-mail le 3 mai ».
error-not-waiting = Seule une personne en attente d'une place en présentiel peut se voir attribuer une place.
answer-yes = Oui
answer-no = Non

audit-title = Journal d'audit
audit-when = Quand
audit-who = Membre du personnel
# Same as in English: the same word in this language.
audit-action = Action
audit-subject = Élément concerné
audit-reason = Motif
audit-changes = Modifications
audit-empty = Aucune action du personnel ne correspond.
audit-older = Entrées plus anciennes
audit-registration-update = Inscription corrigée
audit-registration-cancel = Inscription annulée
audit-registration-give-place = Place attribuée manuellement
audit-event-capacity = Capacité en présentiel modifiée

dashboard-title = Tableau de bord de l'événement
dashboard-sections = Rubriques de l'espace d'organisation
dashboard-live = Les chiffres se mettent à jour automatiquement.
dashboard-reconnecting = Connexion perdue : reconnexion en cours…
dashboard-stopped = Les mises à jour sont arrêtées. Reconnectez-vous et rechargez la page.
dashboard-taken-of = Places prises : { $taken } sur { $limit }
dashboard-taken-unlimited = Inscriptions : { $taken } (sans limite)
dashboard-submissions-waiting = Propositions en attente pour la bibliothèque
dashboard-activities = Sessions parallèles et visites sur site
dashboard-activity = Session ou visite
# Same as in English: the same word in this language.
dashboard-places = Places
# Same as in English: the same word in this language.
dashboard-session = (session)
dashboard-visit = (visite sur site)
dashboard-charts = Profil des personnes inscrites
dashboard-per-day = Inscriptions par jour
dashboard-per-day-description = { $in_person } en présentiel et { $online } en ligne, sur { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
dashboard-show-figures = Afficher les chiffres
dashboard-day = Jour
dashboard-by-country = Participation par pays
dashboard-by-organisation-type = Participation par type d'organisation
dashboard-other-countries = Autres pays

check-in-title = Enregistrement des arrivées
check-in-heading = Enregistrement des arrivées : { $event }
check-in-progress = Arrivées enregistrées : { $checked } sur { $expected }
check-in-scan = Scanner un code QR
check-in-scan-hint = Dirigez la caméra vers le code QR qui figure dans l'e-mail de la personne ou sur son téléphone. Si le navigateur du téléphone ne peut pas lire les codes, ouvrez le code avec l'application appareil photo.
check-in-camera = Démarrer la caméra
check-in-no-camera = Impossible de démarrer la caméra. Recherchez la personne par son nom ci-dessous.
check-in-code = Code d'entrée
check-in-submit = Enregistrer l'arrivée
check-in-people = Personnes attendues en présentiel
check-in-search = Nom ou organisation
check-in-at = Arrivée enregistrée à { $time }
check-in-done = Arrivée de { $name } enregistrée (à { $time }).
check-in-already = L'arrivée de { $name } avait déjà été enregistrée à { $time }.
check-in-waiting = { $name } a une place confirmée, mais son arrivée n'est pas encore enregistrée.
check-in-not-expected = { $name } n'a pas de place confirmée en présentiel. Orientez cette personne vers le comptoir des inscriptions.
check-in-queued = Pas de connexion : l'arrivée de { $name } est gardée sur ce téléphone et sera envoyée dès le retour de la connexion.
check-in-waiting-to-send = En attente d'envoi : { $count }
check-in-back = Retour à la liste des arrivées
check-in-pass = Présentez ce code à l'entrée : le personnel le scanne pour enregistrer votre arrivée.
error-check-in-unknown = Ce code ne correspond à aucune inscription. Recherchez la personne par son nom.
audit-registration-check-in = Arrivée enregistrée
badges-title = Badges nominatifs
badges-hint = { $count ->
    [one] { $count } badge
   *[other] { $count } badges
}, un par page au format A6. Imprimez cette page depuis le navigateur.
dashboard-check-in = Enregistrement des arrivées
dashboard-badges = Badges nominatifs

announcements-title = Annonces
announcements-heading = Annonces : { $event }
announcements-new = Rédiger une annonce
announcements-other-languages = Versions dans d'autres langues (facultatif : les personnes dont la langue n'a pas de version reçoivent la première version)
announcements-preview = Aperçu
announcements-send = Envoyer maintenant à { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
announcements-recipients = { $count ->
    [one] { $count } destinataire
   *[other] { $count } destinataires
}
announcements-sent = L'annonce est en file d'attente. Sa progression s'affiche ci-dessous.
announcements-progress = Annonces envoyées
announcements-none = Aucune annonce pour le moment.
announcements-counts = Envoyés : { $sent } sur { $recipients } ; en attente : { $queued }
announcements-failing = { $count ->
    [one] { $count } e-mail en échec
   *[other] { $count } e-mails en échec
}
announcement-manage-link = Votre inscription
announcement-sample-name = [nom]
field-segment = Envoyer à
field-announcement-subject = Objet
# Same as in English: the same word in this language.
field-announcement-body = Message
segment-all = Toutes les personnes inscrites
segment-in-person = Toutes les personnes qui ont une place confirmée en présentiel
segment-online = Toutes les personnes qui participent en ligne
segment-waitlisted = Toutes les personnes sur la liste d'attente
segment-activity = Les personnes inscrites à : { $title }
error-segment-invalid = Choisissez dans la liste à qui l'annonce est destinée.
error-no-recipients = Personne ne fait encore partie de ce groupe : rien n'a été envoyé.
audit-announcement-send = Annonce envoyée

accounts-title = Comptes du personnel
accounts-add = Ajouter un compte du personnel
accounts-add-submit = Ajouter le compte
accounts-save = Enregistrer
accounts-role-of = Rôle de { $name }
field-role = Rôle
hint-staff-password = Au moins 12 caractères. Transmettez-le vous-même à la personne ; elle l'utilisera pour se connecter.
role-admin = Administration
role-organizer = Organisation
role-moderator = Modération de la bibliothèque
role-check-in = Enregistrement des arrivées
role-disabled = Désactivé (connexion impossible)
error-role-invalid = Choisissez un rôle dans la liste.
error-staff-email-taken = Un compte du personnel existe déjà avec cette adresse e-mail.
error-own-account = Vous ne pouvez pas modifier ni désactiver votre propre compte ; demandez-le à une autre personne qui a le rôle Administration.
audit-staff-create = Compte du personnel ajouté
audit-staff-role = Rôle d'un membre du personnel modifié
audit-staff-disable = Compte du personnel désactivé

event-settings-title = Paramètres de l'événement et inscriptions
event-settings-save = Enregistrer les paramètres
organizer-saved-settings = Enregistré.
event-new-title = Nouvel événement
event-new-submit = Créer l'événement
field-slug = Adresse (lettres, chiffres et traits d'union, par ex. ikp-2026)
field-capacity = Places en présentiel
field-theme = Thème
field-venue = Lieu
field-starts-on = Premier jour
field-ends-on = Dernier jour
field-timezone = Fuseau horaire (par ex. Europe/Amsterdam)
field-registration-open = Les inscriptions sont ouvertes
field-opens-at = Ouverture des inscriptions (heure locale)
field-closes-at = Clôture des inscriptions (heure locale)
hint-event-summary = Quelques phrases pour la page de l'événement.
error-date-invalid = Saisissez une date, par exemple 2026-05-14.
error-time-invalid = Saisissez une date et une heure, par exemple 2026-02-01T09:00.
error-closes-before-opens = La clôture des inscriptions doit être après leur ouverture.
error-timezone-invalid = Saisissez un fuseau horaire de la base de données tz, par exemple Europe/Amsterdam.
error-slug-invalid = Utilisez de 3 à 60 caractères : lettres minuscules, chiffres et traits d'union.
error-slug-taken = Un autre événement utilise déjà cette adresse.
audit-event-create = Événement créé
audit-event-update = Paramètres de l'événement modifiés
check-in-other-event = { $name } a une inscription pour un autre événement, pas pour celui-ci. Orientez cette personne vers le comptoir des inscriptions.

## Audit log: programme and themes
audit-activity-create = Session ou visite ajoutée
audit-activity-update = Session ou visite modifiée
audit-activity-cancel = Session ou visite annulée
audit-room-create = Salle ajoutée
audit-room-update = Salle renommée
audit-room-remove = Salle supprimée
audit-speaker-create = Personne intervenante ajoutée
audit-speaker-update = Personne intervenante corrigée
audit-speaker-remove = Personne intervenante retirée
audit-theme-create = Thème de la bibliothèque ajouté
audit-theme-rename = Thème de la bibliothèque renommé
audit-theme-retire = Thème de la bibliothèque archivé
audit-theme-restore = Thème de la bibliothèque rétabli

## Audit log: changes not made by staff
audit-by-participant = La personne inscrite
audit-by-platform = La plateforme (tâche planifiée)
audit-registration-erase = Données personnelles effacées par la personne inscrite

## Retention of personal data
field-retention-days = Conserver les données personnelles pendant ce nombre de jours après l'événement
error-retention-days = Saisissez un nombre entier de jours entre 0 et 3650, par exemple 90.
retention-title = Données personnelles des participants
retention-needs = Les besoins en matière d'accessibilité et les besoins alimentaires sont supprimés à partir du { $date }. { $count ->
    [0] Aucune inscription n'en contient actuellement.
    [one] Une inscription en contient actuellement.
   *[other] { $count } inscriptions en contiennent actuellement.
}
retention-everything = Toutes les données personnelles sont anonymisées à partir du { $date } ; les chiffres par pays et par jour sont conservés. { $count ->
    [0] Aucune inscription ne contient de données personnelles actuellement.
    [one] Une inscription contient encore des données personnelles.
   *[other] { $count } inscriptions contiennent encore des données personnelles.
}
audit-event-needs-removed = Besoins d'accessibilité et alimentaires supprimés (durée de conservation)
audit-event-anonymised = Données personnelles anonymisées (durée de conservation)
