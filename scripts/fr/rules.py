# French for the source strings added by issue 16's "services own the rules": StudioActions (variations queued whole
# against the credits left, the queue read at once, jobs cancelled in one transaction, the cache cleared, files written
# whole and private), AnalysisRunner (the per-person limit) and the views that now call them.
FR = {
 'The count must be between 1 and %1; %2 was asked.': 'Le nombre doit être compris entre 1 et %1 ; %2 a été demandé.',
 'Queuing generations': 'La mise en file d’attente des générations',
 'Nothing was queued: variation %1 of %2 (seed %3) was refused. %4':
   'Rien n’a été mis en file d’attente : la variation %1 sur %2 (graine %3) a été refusée. %4',
 'Cancelling generations': 'L’annulation des générations',
 'The result cache is kept per brand: name one.': 'Le cache des résultats est tenu par marque : nommez-en une.',
 'The age must be 0 days or more; %1 was asked.': 'L’âge doit être de 0 jour ou plus ; %1 a été demandé.',
 'No file was named to write to.': 'Aucun fichier n’a été nommé pour l’écriture.',
 '%1 is a folder: name a file to write.': '%1 est un dossier : nommez un fichier à écrire.',
 'Generation %1 has no result to save: it failed or was cancelled.':
   'La génération %1 n’a pas de résultat à enregistrer : elle a échoué ou a été annulée.',
 'Generation %1 has no result to save yet: it is still queued or running.':
   'La génération %1 n’a pas encore de résultat à enregistrer : elle est encore en file d’attente ou en cours.',
 'Let the engine pick a new seed; with a count above one, the next generations take the seeds after it.':
   'Laisser le moteur choisir une nouvelle graine ; avec un nombre supérieur à un, les générations suivantes prennent les graines d’après.',
 'Nothing was cancelled: %1': 'Rien n’a été annulé : %1',
}

NUMERUS = {
 'The seed must be between 0 and %1; with %n variation(s) the first can be at most %2.':
   ['La graine doit être comprise entre 0 et %1 ; avec %n variation, la première peut valoir au plus %2.',
    'La graine doit être comprise entre 0 et %1 ; avec %n variations, la première peut valoir au plus %2.'],
 '%n generation(s) of %1 need %2 credits, more than the %3 of %4 left this month: nothing was queued. '
 'Lower the count or choose a cheaper model.':
   ['%n génération de %1 demande %2 crédits, plus que les %3 sur %4 qui restent ce mois-ci : rien n’a été mis en file '
    'd’attente. Réduisez le nombre ou choisissez un modèle moins cher.',
    '%n générations de %1 demandent %2 crédits, plus que les %3 sur %4 qui restent ce mois-ci : rien n’a été mis en file '
    'd’attente. Réduisez le nombre ou choisissez un modèle moins cher.'],
 'You already have %n analyses running; this one was not started. Ask again once one of them has finished, or cancel one.':
   ['Vous avez déjà %n analyse en cours ; celle-ci n’a pas été lancée. Redemandez-la quand elle sera terminée, ou annulez-la.',
    'Vous avez déjà %n analyses en cours ; celle-ci n’a pas été lancée. Redemandez-la quand l’une d’elles sera terminée, '
    'ou annulez-en une.'],
 '%n of them had started on a desktop, which stops the call; nothing is charged.':
   ['%n d’entre elles avait commencé sur un poste, qui arrête l’appel ; rien n’est facturé.',
    '%n d’entre elles avaient commencé sur un poste, qui arrête l’appel ; rien n’est facturé.'],
 '%n had already finished; left as before.':
   ['%n était déjà terminée ; laissée telle quelle.', '%n étaient déjà terminées ; laissées telles quelles.'],
 '%n could not be found (deleted, or not yours to see).':
   ['%n est introuvable (supprimée, ou pas à vous de la voir).', '%n sont introuvables (supprimées, ou pas à vous de les voir).'],
}
