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
}
