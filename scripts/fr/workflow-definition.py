# French for the source strings of workflow definitions, cron schedules and expressions (issue 17):
# services/workflows/workflowdefinition.cpp, cronschedule.cpp, workflowexpressions.cpp.
FR = {
 # Cron fields and schedules.
 'minute': 'minute',
 'hour': 'heure',
 'day of month': 'jour du mois',
 'month': 'mois',
 'day of week': 'jour de la semaine',
 '%1 %2 is not between %3 and %4': '%1 %2 n’est pas entre %3 et %4',
 '%1: “%2” is neither a number nor a name': '%1 : « %2 » n’est ni un nombre ni un nom',
 '%1: “%2” is not a number': '%1 : « %2 » n’est pas un nombre',
 '%1: “%2” has an empty item': '%1 : « %2 » contient un élément vide',
 '%1: the step “%2” is not a number between 1 and %3': '%1 : le pas « %2 » n’est pas un nombre entre 1 et %3',
 '%1: the range “%2” goes backwards': '%1 : l’intervalle « %2 » est à l’envers',
 '“%1” should have five fields (minute hour day-of-month month day-of-week), not %2':
   '« %1 » devrait avoir cinq champs (minute heure jour-du-mois mois jour-de-la-semaine), pas %2',
 'unknown time zone “%1” (an IANA name such as Europe/Paris)': 'fuseau horaire inconnu « %1 » (un nom IANA comme Europe/Paris)',
 'every %1 seconds: the interval must be between 1 second and %2 seconds (366 days)':
   'toutes les %1 secondes : l’intervalle doit être compris entre 1 seconde et %2 secondes (366 jours)',

 # Expressions.
 'an empty expression {{ }}': 'une expression vide {{ }}',
 'it runs code while being read': 'elle exécute du code pendant sa lecture',
 'it is not a single expression': 'ce n’est pas une expression unique',
 'the expression “%1” does not compile: %2': 'l’expression « %1 » ne se compile pas : %2',
 'the expression “%1” was stopped after %2 ms (does it loop forever?)':
   'l’expression « %1 » a été arrêtée au bout de %2 ms (boucle-t-elle sans fin ?)',
 'the expression “%1” failed: %2': 'l’expression « %1 » a échoué : %2',
 'the expression “%1” gave a value that is not JSON': 'l’expression « %1 » a donné une valeur qui n’est pas du JSON',
 '“{{” without its closing “}}”': '« {{ » sans son « }} » fermant',

 # Definitions.
 'unknown key (a typo?); the keys here are: %1': 'clé inconnue (une faute de frappe ?) ; les clés possibles ici sont : %1',
 'should be a whole number': 'devrait être un nombre entier',
 '%1 is not between %2 and %3': '%1 n’est pas entre %2 et %3',
 'missing': 'manquant',
 'should be a text that is not empty': 'devrait être un texte non vide',
 '“%1” is not one of: %2': '« %1 » n’est pas l’une des valeurs : %2',
 'should be a number': 'devrait être un nombre',
 'should be true or false': 'devrait être true ou false',
 'should be an object {…}': 'devrait être un objet {…}',
 'should be a list of texts that is not empty': 'devrait être une liste de textes non vide',
 'should be an expression, such as “steps.funnel.conversion < 0.03”':
   'devrait être une expression, comme « steps.funnel.conversion < 0.03 »',
 'should be a web address (http or https)': 'devrait être une adresse web (http ou https)',
 'the scheme and the host of the address must be written out, not computed by an expression':
   'le schéma et l’hôte de l’adresse doivent être écrits en toutes lettres, pas calculés par une expression',
 'should be a date and time such as 2026-05-01T09:00:00Z': 'devrait être une date et une heure comme 2026-05-01T09:00:00Z',
 'a delay needs exactly one of seconds, minutes or until': 'une attente demande exactement un de seconds, minutes ou until',
 'a generation needs either a prompt or a template (not both)':
   'une génération demande soit un prompt, soit un modèle (pas les deux)',
 'variables only go with a template': 'les variables ne vont qu’avec un modèle',
 'missing: one of %1': 'manquant : l’un de %1',
 'a schedule needs exactly one of cron, every_seconds or every_minutes':
   'une planification demande exactement un de cron, every_seconds ou every_minutes',
 'a time zone only goes with cron': 'un fuseau horaire ne va qu’avec cron',
 'unknown event “%1”; the events are: %2': 'événement inconnu « %1 » ; les événements sont : %2',
 '“%1” is not a trigger type; the types are: %2': '« %1 » n’est pas un type de déclencheur ; les types sont : %2',
 'an action should be an object {"id": …, "type": …, "params": {…}}':
   'une action devrait être un objet {"id": …, "type": …, "params": {…}}',
 '“%1” is not an id: 1 to 64 letters, digits, “_” or “-”':
   '« %1 » n’est pas un identifiant : de 1 à 64 lettres, chiffres, « _ » ou « - »',
 'unknown action type “%1”; the types are: %2': 'type d’action inconnu « %1 » ; les types sont : %2',
 'missing: “%1” actions need it': 'manquant : les actions « %1 » en ont besoin',
 'unknown parameter for “%1” actions (a typo?); their parameters are: %2':
   'paramètre inconnu pour les actions « %1 » (une faute de frappe ?) ; leurs paramètres sont : %2',
 'should be an object {"max_tries": 3, "wait_seconds": 1}': 'devrait être un objet {"max_tries": 3, "wait_seconds": 1}',
 'only a condition has an else branch': 'seule une condition a une branche else',
 'missing: on_error error_branch needs the id of the action to go to':
   'manquant : on_error error_branch demande l’identifiant de l’action où aller',
 'an error branch needs "on_error": "error_branch"': 'une branche d’erreur demande "on_error": "error_branch"',
 '“%1” is already the id of actions[%2]': '« %1 » est déjà l’identifiant de actions[%2]',
 'no action has the id “%1”': 'aucune action n’a l’identifiant « %1 »',
 'this makes a cycle: %1': 'ceci forme un cycle : %1',
 '“%1” is not a web address': '« %1 » n’est pas une adresse web',
 '“%1” is not an http or https address': '« %1 » n’est pas une adresse http ou https',
 '“%1” has no host': '« %1 » n’a pas d’hôte',
 '%1 is a loopback, private or link-local address; a brand admin may allow it with “atelier workflow allow-host %1”':
   '%1 est une adresse de bouclage, privée ou de lien local ; un administrateur de la marque peut l’autoriser avec « atelier workflow allow-host %1 »',
 'a workflow needs at least one action': 'un workflow demande au moins une action',
 'not JSON: %1 (at character %2)': 'pas du JSON : %1 (au caractère %2)',
 'a definition should be an object {"trigger": {…}, "actions": […]}':
   'une définition devrait être un objet {"trigger": {…}, "actions": […]}',
 'missing, or not an object {"type": …}': 'manquant, ou pas un objet {"type": …}',
 'missing, or not a list […]': 'manquant, ou pas une liste […]',
}

NUMERUS = {
 'and %n more problem(s)': ['et %n autre problème', 'et %n autres problèmes'],
}
