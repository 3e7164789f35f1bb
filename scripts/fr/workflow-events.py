# French of the strings of the workflow events (services/workflows/workflowevents.cpp) and of the named webhook
# secrets (cli/workflowsecretverbs.cpp, services/workflows/workflowsecrets.cpp).
FR = {
    'Reading the workflows started by events': 'Lecture des workflows déclenchés par des événements',
    'Reading the workflows started by %1': 'Lecture des workflows déclenchés par %1',
    'Raising the workflow event %1': 'Émission de l’événement de workflow %1',
    'Reading the quota of %1': 'Lecture du quota de %1',
    'Reading brand %1': 'Lecture de la marque %1',
    'Workflow %1 watches %2: %3': 'Le workflow %1 surveille %2 : %3',
    'Starting workflow %1 on its events': 'Démarrage du workflow %1 sur ses événements',
    # named webhook secrets (services/workflows/workflowsecrets.cpp, cli/workflowsecretverbs.cpp)
    '"%1" is not a secret name: 1 to 64 letters, digits, "_", "." or "-".':
        '« %1 » n’est pas un nom de secret : 1 à 64 lettres, chiffres, « _ », « . » ou « - ».',
    'The value of secret %1 must have 1 to %2 characters.': 'La valeur du secret %1 doit compter de 1 à %2 caractères.',
    'Storing the secret %1 (brand admins only)': 'Enregistrement du secret %1 (administrateurs de la marque seulement)',
    "Listing the brand's secrets": 'Liste des secrets de la marque',
    'Deleting the secret %1 (brand admins only)': 'Suppression du secret %1 (administrateurs de la marque seulement)',
    'The brand has no secret %1 (or deleting it needs the admin role in the brand).':
        'La marque n’a pas de secret %1 (ou le supprimer demande le rôle admin dans la marque).',
    'Reading the secret %1': 'Lecture du secret %1',
    'the brand has no secret "%1" (a brand admin stores it with atelier workflow secret set %1 --brand SLUG --value-stdin).':
        'la marque n’a pas de secret « %1 » (un administrateur de la marque l’enregistre avec atelier workflow secret set %1 --brand SLUG --value-stdin).',
    'the secret "%1" cannot be decrypted on this desktop: it was stored with another desktop\'s key. Store it again with atelier workflow secret set %1 --brand SLUG --value-stdin on the desktop (and as the system user) where the runner runs.':
        'le secret « %1 » ne peut pas être déchiffré sur ce poste : il a été enregistré avec la clé d’un autre poste. Enregistrez-le à nouveau avec atelier workflow secret set %1 --brand SLUG --value-stdin sur le poste (et sous l’utilisateur système) où tourne l’exécuteur.',
    'workflow secret set needs --value-stdin: the value is read from standard input, never from the command line.':
        'workflow secret set demande --value-stdin : la valeur est lue sur l’entrée standard, jamais sur la ligne de commande.',
    '--value-stdin: standard input held no value (an empty line).': '--value-stdin : l’entrée standard ne contenait aucune valeur (une ligne vide).',
    'Secret %1 of brand %2 stored encrypted; webhooks with "secret_name": "%1" are signed with it.':
        'Secret %1 de la marque %2 enregistré chiffré ; les webhooks avec "secret_name": "%1" sont signés avec lui.',
    'Stored by': 'Enregistré par',
    'Stored': 'Enregistré le',
    'Secret %1 of brand %2 deleted.': 'Secret %1 de la marque %2 supprimé.',
    'brand admins: store a webhook signing secret, encrypted (read from standard input)':
        'administrateurs de la marque : enregistrer un secret de signature de webhook, chiffré (lu sur l’entrée standard)',
    'Read the value from standard input (one line).': 'Lire la valeur sur l’entrée standard (une ligne).',
    "the brand's webhook secrets: names, who stored them and when (never the values)":
        'les secrets de webhook de la marque : noms, qui les a enregistrés et quand (jamais les valeurs)',
    'brand admins: delete a webhook secret': 'administrateurs de la marque : supprimer un secret de webhook',
}
