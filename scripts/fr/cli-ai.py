# French for the source strings of the `ai` verbs as rows of the verb table (cli/ai/*.cpp, issue 16): each verb's
# line in --help, the options' descriptions (now translated) and the new messages. Strings kept from the old
# app/aicommands.cpp are already in scripts/fr_strings.py.
FR = {
 # Words of the tables and of the options' values.
 'error code': 'code d’erreur',
 'k=v': 'c=v',
 'name=value': 'nom=valeur',
 'date': 'date',
 'path': 'chemin',

 # What each verb does (atelier --help).
 'queue a generation (or several variations with consecutive seeds), and with --wait run it here':
   'met en file une génération (ou plusieurs variantes aux graines consécutives) et, avec --wait, l’exécute ici',
 'the newest generations, of a brand or of every brand you see':
   'les générations les plus récentes, d’une marque ou de toutes celles que vous voyez',
 'one generation': 'une génération',
 'cancel jobs still waiting or running, refunded, all in one transaction':
   'annule des tâches encore en attente ou en cours, remboursées, toutes en une transaction',
 'run the generation queue here (until stopped, or until idle)':
   'exécute ici la file des générations (jusqu’à l’arrêt, ou jusqu’à ce qu’elle soit vide)',
 "a generation's versions, or a new version of it": 'les versions d’une génération, ou une nouvelle version',
 'rate a generation, 1 to 5 stars': 'note une génération, de 1 à 5 étoiles',
 'star a generation (or take the star away)': 'met une étoile à une génération (ou la retire)',
 "the brand's collections": 'les collections de la marque',
 'create a collection': 'crée une collection',
 'add generations to a collection': 'ajoute des générations à une collection',
 'take generations out of a collection': 'retire des générations d’une collection',
 'share a collection with a person': 'partage une collection avec une personne',
 "write a collection's images and their manifest to a zip": 'écrit les images d’une collection et leur manifeste dans un zip',
 'the generations of a collection': 'les générations d’une collection',
 'the prompt templates of a brand (and of every brand)': 'les modèles de prompt d’une marque (et ceux de toutes les marques)',
 'save a prompt template ({variables} in its prompt)': 'enregistre un modèle de prompt ({variables} dans son prompt)',
 'a better prompt, with what was changed': 'un meilleur prompt, avec ce qui a changé',
 'prompts like this one that gave good results': 'des prompts proches de celui-ci qui ont donné de bons résultats',
 'the prompts used in a brand, newest first': 'les prompts employés dans une marque, les plus récents d’abord',
 'the models generations can use, with their prices': 'les modèles que les générations peuvent employer, avec leur prix',
 'models side by side over a period: success, latency, credits, quality':
   'les modèles côte à côte sur une période : réussite, latence, crédits, qualité',
 'one model day by day over a period': 'un modèle jour par jour sur une période',
 "a brand's generations over a period, by type, model, status and day":
   'les générations d’une marque sur une période, par type, modèle, statut et jour',
 'the credits each person used in a brand over a period': 'les crédits employés par chaque personne dans une marque sur une période',
 "a person's credits in a brand this month (and their quota)": 'les crédits d’une personne dans une marque ce mois-ci (et son quota)',
 'what the result cache answers and saves': 'ce que le cache des résultats répond et économise',
 "stop answering from a brand's cached results and free this desktop's cached files":
   'cesse de répondre avec les résultats en cache d’une marque et libère les fichiers en cache de ce poste',
 "a brand's watermark policy, shown or changed": 'la politique de filigrane d’une marque, affichée ou modifiée',
 "a brand's training datasets, or one dataset with its images": 'les jeux d’entraînement d’une marque, ou un jeu avec ses images',
 'make a training dataset of checked images': 'constitue un jeu d’entraînement d’images vérifiées',
 'train a custom model on a dataset at Replicate': 'entraîne un modèle personnalisé sur un jeu chez Replicate',
 "how a custom model's training goes": 'où en est l’entraînement d’un modèle personnalisé',
 "cancel a custom model's training": 'annule l’entraînement d’un modèle personnalisé',
 "a brand's custom models": 'les modèles personnalisés d’une marque',
 "this desktop's providers: address, key (never shown), limits": 'les fournisseurs de ce poste : adresse, clé (jamais affichée), limites',
 "change a provider's settings; the API key is read from standard input and stored encrypted":
   'modifie les réglages d’un fournisseur ; la clé d’API est lue sur l’entrée standard et conservée chiffrée',
 'call a provider with its settings and say what it answered': 'appelle un fournisseur avec ses réglages et dit ce qu’il a répondu',

 # The options.
 'What to generate.': 'Ce qu’il faut générer.',
 'A provider parameter, k=v (repeatable).': 'Un paramètre du fournisseur, c=v (répétable).',
 'At most this many rows.': 'Au plus ce nombre de lignes.',
 'A name.': 'Un nom.',
 'First day, YYYY-MM-DD (UTC).': 'Premier jour, AAAA-MM-JJ (UTC).',
 'Day after the last, YYYY-MM-DD (UTC).': 'Lendemain du dernier jour, AAAA-MM-JJ (UTC).',
 'Provider: openai, stability, replicate, automatic1111 or offline.': 'Fournisseur : openai, stability, replicate, automatic1111 ou offline.',
 'Model name (see atelier ai models).': 'Nom du modèle (voir atelier ai models).',
 'Generation type: 2d, 3d, animation or template.': 'Type de génération : 2d, 3d, animation ou template.',
 'What to avoid.': 'Ce qu’il faut éviter.',
 'Seed (the same seed and prompt give the same picture, and a cached answer).':
   'Graine (la même graine et le même prompt donnent la même image, et une réponse du cache).',
 'Queue this many variations (1–8), seeds one apart, all or none; prints a list.':
   'Met en file ce nombre de variantes (1 à 8), graines consécutives, toutes ou aucune ; affiche une liste.',
 'Width in pixels.': 'Largeur en pixels.',
 'Height in pixels.': 'Hauteur en pixels.',
 'Attempts per job (1–20).': 'Tentatives par tâche (1 à 20).',
 'Generate from this prompt template (its id).': 'Génère à partir de ce modèle de prompt (son identifiant).',
 'A template variable, name=value (repeatable).': 'Une variable du modèle, nom=valeur (répétable).',
 'Wait until the generation has finished, running the queue here.': 'Attend la fin de la génération, en exécutant la file ici.',
 'Only generations of this status.': 'Seulement les générations de ce statut.',
 'Only these providers (comma-separated).': 'Seulement ces fournisseurs (séparés par des virgules).',
 "Stop once none of these providers' jobs is pending or processing.":
   'S’arrête dès qu’aucune tâche de ces fournisseurs n’est en attente ni en cours.',
 'Create a new version (with --prompt and/or --param).': 'Crée une nouvelle version (avec --prompt et/ou --param).',
 'A rating, 1 to 5.': 'Une note, de 1 à 5.',
 'Take the star away.': 'Retire l’étoile.',
 'A template category.': 'Une catégorie de modèle.',
 'A description.': 'Une description.',
 'The person to share with (username).': 'La personne avec qui partager (nom d’utilisateur).',
 'The file to write.': 'Le fichier à écrire.',
 'The template to change.': 'Le modèle à modifier.',
 'Only prompts containing this text.': 'Seulement les prompts qui contiennent ce texte.',
 "The provider's base URL.": 'L’URL de base du fournisseur.',
 'Read the API key from standard input (it is stored encrypted).': 'Lit la clé d’API sur l’entrée standard (elle est conservée chiffrée).',
 'Remove the stored API key.': 'Supprime la clé d’API conservée.',
 'Jobs at once for this provider.': 'Tâches simultanées pour ce fournisseur.',
 'Calls per minute for this provider (token bucket).': 'Appels par minute pour ce fournisseur (seau à jetons).',
 'Calls at once before the rate applies.': 'Appels simultanés avant que le débit ne s’applique.',
 'Seconds per call.': 'Secondes par appel.',
 'OpenAI: the chat model that optimises prompts (empty: none).': 'OpenAI : le modèle de conversation qui optimise les prompts (vide : aucun).',
 "Only this provider's models.": 'Seulement les modèles de ce fournisseur.',
 'Only models of this type: 2d, 3d or animation.': 'Seulement les modèles de ce type : 2d, 3d ou animation.',
 'Only these models (comma-separated).': 'Seulement ces modèles (séparés par des virgules).',
 'The person (username); you by default.': 'La personne (nom d’utilisateur) ; vous par défaut.',
 'Set the monthly credits of the person in the brand.': 'Fixe les crédits mensuels de la personne dans la marque.',
 'Only entries older than this many days.': 'Seulement les entrées plus anciennes que ce nombre de jours.',
 "The watermark of the brand's generations: none, visible, invisible or metadata.":
   'Le filigrane des générations de la marque : none, visible, invisible ou metadata.',
 'The words of a visible watermark.': 'Les mots d’un filigrane visible.',
 'A generation whose image joins the dataset (repeatable).': 'Une génération dont l’image rejoint le jeu (répétable).',
 'An image file that joins the dataset (repeatable).': 'Un fichier image qui rejoint le jeu (répétable).',
 'The Replicate trainer, owner/name:version.': 'L’entraîneur Replicate, propriétaire/nom:version.',
 'The Replicate model the training creates versions of, owner/name.': 'Le modèle Replicate dont l’entraînement crée des versions, propriétaire/nom.',
 'Training steps.': 'Étapes d’entraînement.',

 # Messages.
 "--var fills a template's variables: it goes with --template ID.": '--var remplit les variables d’un modèle : il va avec --template ID.',
 'No generation %1 (or not one you may see): nothing was done to it.': 'Aucune génération %1 (ou aucune que vous puissiez voir) : rien n’y a été fait.',
 'Already finished, left as they were: %1.': 'Déjà terminées, laissées telles quelles : %1.',
 '--prompt and --param describe a new version: they go with --create.': '--prompt et --param décrivent une nouvelle version : ils vont avec --create.',
 '--api-key-stdin and --remove-key say opposite things: give one of them.': '--api-key-stdin et --remove-key disent le contraire l’un de l’autre : donnez l’un des deux.',
 'ai performance needs --model NAME.': 'ai performance demande --model NOM.',
 "Freed: %1 of results the cache answered with, %2 of this desktop's disk cache.":
   'Libéré : %1 de résultats dont le cache se servait, %2 du cache disque de ce poste.',
}
NUMERUS = {}
