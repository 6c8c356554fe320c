# Live streams of the programme's sessions.

error-stream-not-live = La diffusion n’a pas encore commencé. La page réessaie d’elle-même.
error-sdp-invalid = La diffusion n’a pas pu être établie : les données de connexion envoyées étaient inutilisables.
