# Live streams of the programme's sessions.

error-stream-not-live = La diffusion n’a pas encore commencé. La page réessaie d’elle-même.
error-stream-full = Tant de personnes regardent que le serveur n’a plus de place pour le moment. La page réessaie d’elle-même dans une demi-minute.
error-stream-too-many-screens = Vous regardez déjà cette diffusion sur trois écrans. Fermez-en un pour regarder ici ; la page réessaie d’elle-même.
error-media-ports-full = Le serveur n’a pas de connexion libre pour le direct en ce moment. Veuillez réessayer dans une minute.
error-sdp-invalid = La diffusion n’a pas pu être établie : les données de connexion envoyées étaient inutilisables.

## The player

watch-title = Regarder en direct
watch-when = Du { $starts } au { $ends }
watch-waiting = La diffusion n’a pas encore commencé. Elle s’affichera ici d’elle-même dès qu’elle commencera.
watch-connecting = Connexion…
watch-live = En direct
watch-dropped = La diffusion a été interrompue. Reconnexion…
watch-play = Commencer à regarder
watch-video-label = Vidéo en direct de la session
watch-needs-script = Pour regarder ou envoyer une diffusion en direct, JavaScript doit être activé dans votre navigateur.
watch-register-first = Seules les personnes inscrites peuvent regarder cette diffusion. Après votre inscription, vous recevez un e-mail avec un lien pour la regarder.
watch-register-link = S’inscrire pour regarder
watch-list-title = Regarder en ligne
watch-live-badge = En direct maintenant

## The organizer's streams page

streams-title = Diffusions en direct
streams-none = Aucune session de cet événement n’est diffusée en direct. Indiquez dans le programme qu’une session est diffusée.
streams-live = En direct depuis le { $since } · { $kbps } kbit/s · { $viewers ->
    [one] { $viewers } personne connectée
   *[other] { $viewers } personnes connectées
}
streams-not-live = Pas en direct
streams-whip-url = Adresse WHIP (dans OBS : « Paramètres », « Stream (flux) », service « WHIP »)
streams-token = Jeton Bearer
streams-token-once = Copiez-le maintenant : il ne s’affiche qu’une seule fois. Dans OBS, il va dans le champ « Bearer Token ».
streams-token-set = Défini (masqué). Créez-en un nouveau s’il a été perdu.
streams-token-none = Aucun pour l’instant.
streams-audience = Qui peut regarder
streams-public = Tout le monde, même sans inscription
streams-registered = Personnes inscrites uniquement
streams-publish-here = Diffuser depuis ce navigateur
streams-make-token = Créer un jeton de diffusion
streams-new-token = Remplacer le jeton de diffusion
streams-revoke = Révoquer le jeton et arrêter la diffusion
streams-make-public = Ouvrir à tout le monde
streams-make-private = Réserver aux personnes inscrites

## Publishing from the browser

publish-title = Diffuser en direct
publish-heading = Diffuser : { $session }
publish-source = Ce que vous envoyez
publish-camera = Caméra et micro
publish-screen = Écran et micro
publish-preview = Aperçu de ce qui est envoyé
publish-start = Lancer la diffusion
publish-stop = Arrêter la diffusion
publish-starting = Démarrage…
publish-live = En direct : le public peut regarder maintenant.
publish-stopped = Diffusion arrêtée.
publish-failed = La diffusion n’a pas pu démarrer. Vérifiez que le navigateur peut utiliser la caméra et le micro, puis réessayez.

## The dashboard

dashboard-no-stream = Aucune diffusion en direct en ce moment.
dashboard-stream = en direct depuis { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} · { $kbps } kbit/s · { $viewers ->
    [one] { $viewers } personne connectée
   *[other] { $viewers } personnes connectées
}

## Live captions

watch-captions = Sous-titres
streams-captions = Sous-titres en direct
captions-title = Sous-titres en direct
captions-heading = Sous-titres en direct : { $session }
captions-intro = Tapez ce qui est dit, une ou deux phrases à la fois, et envoyez chaque ligne. Toutes les personnes qui regardent la voient sous l’image en moins d’une seconde. Les lignes sont conservées comme transcription de la session.
field-caption = Ligne de sous-titre
hint-caption = 300 caractères au maximum.
captions-send = Envoyer la ligne
captions-sent = Lignes envoyées
captions-none = Aucune ligne envoyée pour l’instant.
error-caption-empty = Tapez d’abord la ligne de sous-titre.
error-caption-too-long = La ligne est trop longue : envoyez au maximum 300 caractères à la fois.
