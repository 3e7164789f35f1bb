# French for the source strings of the workflow store (services/workflows/workflowservice.cpp, WorkflowService) and of
# the workflow definition verbs (cli/workflowverbs.cpp, CommandLine): issue 17.
FR = {
 # WorkflowService
 'workflow_step_runs %1: %2 is not valid JSON (%3).': 'workflow_step_runs %1 : %2 n’est pas du JSON valide (%3).',
 'Reading your role in the brand': 'Lecture de votre rôle dans la marque',
 'trigger: an object is needed, such as {"type": "manual"}': 'trigger : un objet est attendu, comme {"type": "manual"}',
 'actions: a list of actions is needed': 'actions : une liste d’actions est attendue',
 '%1: unknown key (a definition has "trigger" and "actions")': '%1 : clé inconnue (une définition a « trigger » et « actions »)',
 'The workflow definition is not valid: %1.': 'La définition du workflow n’est pas valide : %1.',
 'A workflow needs a name of 1 to 200 characters.': 'Un workflow a besoin d’un nom de 1 à 200 caractères.',
 "A workflow's description has at most 10,000 characters.": 'La description d’un workflow a au plus 10 000 caractères.',
 'A workflow named "%1" already exists in this brand.': 'Un workflow nommé « %1 » existe déjà dans cette marque.',
 'Saving version %1 of workflow "%2"': 'Enregistrement de la version %1 du workflow « %2 »',
 'Changing workflow "%1"': 'Modification du workflow « %1 »',
 'Changing workflow "%1" needs the editor role in its brand.': 'Modifier le workflow « %1 » demande le rôle d’éditeur dans sa marque.',
 'Workflow "%1" was deleted meanwhile.': 'Le workflow « %1 » a été supprimé entre-temps.',
 'Reading execution %1': 'Lecture de l’exécution %1',
 'There is no workflow execution %1.': 'Il n’y a pas d’exécution de workflow %1.',
 '%1 needs the editor role in its brand.': '%1 : il faut le rôle d’éditeur dans sa marque.',
 'Listing workflows': 'Liste des workflows',
 'Reading workflow "%1"': 'Lecture du workflow « %1 »',
 'There is no workflow "%1" in this brand.': 'Il n’y a pas de workflow « %1 » dans cette marque.',
 'Creating a workflow needs the editor role in this brand.': 'Créer un workflow demande le rôle d’éditeur dans cette marque.',
 'Creating workflow "%1"': 'Création du workflow « %1 »',
 'A workflow\'s status is active, paused or archived, not "%1".': 'Le statut d’un workflow est active, paused ou archived, pas « %1 ».',
 'Workflow "%1" cannot be made active: %2': 'Le workflow « %1 » ne peut pas être activé : %2',
 'Changing the status of workflow "%1"': 'Changement du statut du workflow « %1 »',
 'The error workflow of "%1": %2': 'Le workflow d’erreur de « %1 » : %2',
 'Workflow "%1" cannot be its own error workflow.': 'Le workflow « %1 » ne peut pas être son propre workflow d’erreur.',
 'A workflow\'s misfire policy is skip or run_once, not "%1".': 'La règle des instants manqués d’un workflow est skip ou run_once, pas « %1 ».',
 'Changing the options of workflow "%1"': 'Modification des options du workflow « %1 »',
 'Deleting workflow "%1" needs the editor role in its brand.': 'Supprimer le workflow « %1 » demande le rôle d’éditeur dans sa marque.',
 'Deleting workflow "%1"': 'Suppression du workflow « %1 »',
 'Reading the versions of workflow "%1"': 'Lecture des versions du workflow « %1 »',
 'Workflow "%1" has no version %2 (it has 1 to %3).': 'Le workflow « %1 » n’a pas de version %2 (il en a de 1 à %3).',
 'Version %1 of workflow "%2" cannot be restored: %3': 'La version %1 du workflow « %2 » ne peut pas être restaurée : %3',
 'Workflow "%1" is archived: resume it before running it.': 'Le workflow « %1 » est archivé : réactivez-le avant de l’exécuter.',
 'Workflow "%1" cannot run: %2': 'Le workflow « %1 » ne peut pas s’exécuter : %2',
 'Workflow "%1" has no run-as identity (the person was removed): name one before running it.':
   'Le workflow « %1 » n’a pas d’identité d’exécution (la personne a été retirée) : désignez-en une avant de l’exécuter.',
 'Running workflow "%1" needs the editor role in its brand.': 'Exécuter le workflow « %1 » demande le rôle d’éditeur dans sa marque.',
 'Running workflow "%1"': 'Exécution du workflow « %1 »',
 'An execution\'s status is one of %1, not "%2".': 'Le statut d’une exécution est l’un de %1, pas « %2 ».',
 'Listing workflow executions': 'Liste des exécutions de workflows',
 'Reading the steps of execution %1': 'Lecture des étapes de l’exécution %1',
 'Retrying execution %1': 'Nouvelle tentative de l’exécution %1',
 'Only a failed execution can be retried; %1 is %2.': 'Seule une exécution en échec peut être relancée ; %1 est %2.',
 'Cancelling execution %1': 'Annulation de l’exécution %1',
 'Only a queued, waiting or running execution can be cancelled; %1 is %2.':
   'Seule une exécution en file, en attente ou en cours peut être annulée ; %1 est %2.',
 'Reading the allowed webhook hosts': 'Lecture des hôtes de webhook autorisés',
 '"%1" is not a host name or address (such as hooks.example.com or 10.0.0.5).':
   '« %1 » n’est pas un nom d’hôte ni une adresse (comme hooks.example.com ou 10.0.0.5).',
 'Allowing a webhook host needs the admin role in this brand.': 'Autoriser un hôte de webhook demande le rôle d’administrateur dans cette marque.',
 'Allowing webhook host %1': 'Autorisation de l’hôte de webhook %1',

 # workflow verbs: messages
 '--file: cannot read %1: %2': '--file : impossible de lire %1 : %2',
 '--file: %1 is not JSON: %2 at character %3.': '--file : %1 n’est pas du JSON : %2 au caractère %3.',
 '--file: %1 holds no object {"trigger": …, "actions": […]}.': '--file : %1 ne contient pas d’objet {"trigger": …, "actions": […]}.',
 '--file: %1: "%2" is text.': '--file : %1 : « %2 » est du texte.',
 '--file: %1: unknown key "%2" (a definition has "trigger" and "actions").':
   '--file : %1 : clé inconnue « %2 » (une définition a « trigger » et « actions »).',
 'Workflow "%1" was created, but its options were not set: %2': 'Le workflow « %1 » a été créé, mais ses options n’ont pas été appliquées : %2',
 'Workflow "%1" created in %2 (version 1, id %3).': 'Workflow « %1 » créé dans %2 (version 1, identifiant %3).',
 'Workflow "%1" was saved, but its options were not set: %2': 'Le workflow « %1 » a été enregistré, mais ses options n’ont pas été appliquées : %2',
 'Workflow "%1" saved as version %2.': 'Workflow « %1 » enregistré en version %2.',
 'Workflow "%1" is active.': 'Le workflow « %1 » est actif.',
 'Workflow "%1" is paused: its schedule and events start nothing until it is resumed.':
   'Le workflow « %1 » est en pause : sa planification et ses événements ne lancent rien jusqu’à sa reprise.',
 'Workflow "%1" is archived.': 'Le workflow « %1 » est archivé.',
 'Workflow "%1" deleted, with its versions and executions.': 'Workflow « %1 » supprimé, avec ses versions et ses exécutions.',
 'Version %1 of workflow "%2" restored as version %3.': 'Version %1 du workflow « %2 » restaurée en version %3.',
 'Webhooks of brand %1 may call %2 although it is a loopback or private address.':
   'Les webhooks de la marque %1 peuvent appeler %2 bien que ce soit une adresse locale ou privée.',
 'workflow create needs --name N and --file F.json.': 'workflow create demande --name N et --file F.json.',
 'workflow update needs --file F.json.': 'workflow update demande --file F.json.',
 'workflow restore needs --version N.': 'workflow restore demande --version N.',

 # workflow verbs: table headers and words
 'Trigger': 'Déclencheur',
 'Actions': 'Actions',
 'Version': 'Version',
 'Runs as': 'S’exécute en tant que',
 'Description': 'Description',
 'Missed instants': 'Instants manqués',
 'Error workflow': 'Workflow d’erreur',
 'Owner': 'Propriétaire',
 'Created': 'Créé',
 'Field': 'Champ',
 'Saved by': 'Enregistré par',
 'Saved': 'Enregistré',
 'NAME': 'NOM',
 'F.json': 'F.json',
 'HOST': 'HÔTE',

 # workflow verbs: what each does, options
 'The definition, {"trigger": …, "actions": […]} ("-": standard input).':
   'La définition, {"trigger": …, "actions": […]} (« - » : l’entrée standard).',
 "the brand's workflows: status, trigger, version, run-as identity":
   'les workflows de la marque : statut, déclencheur, version, identité d’exécution',
 'a workflow and its definition (--format json prints what create --file takes)':
   'un workflow et sa définition (--format json affiche ce que create --file accepte)',
 'create a workflow from a definition file, validated, as version 1': 'crée un workflow depuis un fichier de définition, validé, en version 1',
 "The workflow's name, unique in the brand.": 'Le nom du workflow, unique dans la marque.',
 'What it is for (default: the file\'s "description").': 'À quoi il sert (par défaut : la « description » du fichier).',
 "save a new version of a workflow's definition, validated": 'enregistre une nouvelle version de la définition d’un workflow, validée',
 "stop a workflow's schedule and events from starting executions":
   'empêche la planification et les événements d’un workflow de lancer des exécutions',
 'make a paused or archived workflow active again (its definition is checked)':
   'réactive un workflow en pause ou archivé (sa définition est vérifiée)',
 'archive a workflow: kept with its history, never run': 'archive un workflow : conservé avec son historique, jamais exécuté',
 'delete a workflow with its versions and executions': 'supprime un workflow avec ses versions et ses exécutions',
 'every saved definition of a workflow, who saved it and when': 'chaque définition enregistrée d’un workflow, qui l’a enregistrée et quand',
 "save an earlier version's definition again as the newest version":
   'enregistre de nouveau la définition d’une version antérieure comme version la plus récente',
 'The version to restore.': 'La version à restaurer.',
 'brand admins: let webhooks call this loopback or private host':
   'administrateurs de marque : permet aux webhooks d’appeler cet hôte local ou privé',
}
