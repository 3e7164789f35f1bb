# French of the verb table's dispatcher and help (cli/dispatch.cpp, cli/setupverbs.cpp).
FR = {
 'Output format: %1.': 'Format de sortie : %1.',
 '"atelier %1" needs a command: %2.': '« atelier %1 » demande une commande : %2.',
 'Unknown %1 command "%2"; the %1 commands are: %3.': 'Commande %1 « %2 » inconnue ; les commandes %1 sont : %3.',
 'Usage: atelier %1 %2': 'Usage : atelier %1 %2',
 'Options:': 'Options :',
 'Show this help.': 'Affiche cette aide.',
 '%1 is not an option of "atelier %2"; its options are: %3.': '%1 n’est pas une option de « atelier %2 » ; ses options sont : %3.',
 '%1 is not an option of "atelier %2".': '%1 n’est pas une option de « atelier %2 ».',
 'Unexpected arguments: %1 (usage: atelier %2 %3).': 'Arguments inattendus : %1 (usage : atelier %2 %3).',
 '"atelier %1" needs %2 (usage: atelier %1 %3).': '« atelier %1 » demande %2 (usage : atelier %1 %3).',
 '--format: "%1" is not one of %2.': '--format : « %1 » n’est pas l’un de %2.',
 '--brand is required: which brand (see atelier db status).': '--brand est obligatoire : quelle marque (voir atelier db status).',
 'No command given; see atelier --help.': 'Aucune commande donnée ; voir atelier --help.',
 "PostgreSQL: keep the password of --database's URL in the OS keychain":
     'PostgreSQL : garde le mot de passe de l’URL de --database dans le trousseau du système',
 "PostgreSQL: remove the password of --database's URL from the OS keychain":
     'PostgreSQL : retire du trousseau du système le mot de passe de l’URL de --database',
 "Usage: atelier [--database URL] [--page NAME]\n       atelier VERB [options]\n\nAtelier, the operations console for analytics, AI Studio and collaboration.\nWithout a verb it opens the console.\n\nOptions:\n  --database URL   sqlite:///path/file.db or postgresql://user@host[:port]/db[?sslmode=…]\n                   (else ATELIER_DATABASE_URL, else the settings, else the embedded database);\n                   the password comes from ~/.pgpass, the keychain (db login) or a prompt\n  --page NAME      open the console on a page: overview, analytics, ai-studio, inbox, people, audit, workflows\n  --help           show this help\n  --version        show the version\n\nVerbs (atelier VERB --help shows a verb's options):\n":
     "Usage : atelier [--database URL] [--page NOM]\n        atelier VERBE [options]\n\nAtelier, la console d’exploitation pour l’analytique, l’AI Studio et la collaboration.\nSans verbe, elle ouvre la console.\n\nOptions :\n  --database URL   sqlite:///chemin/fichier.db ou postgresql://utilisateur@hôte[:port]/base[?sslmode=…]\n                   (sinon ATELIER_DATABASE_URL, sinon les réglages, sinon la base embarquée) ;\n                   le mot de passe vient de ~/.pgpass, du trousseau (db login) ou d’une invite\n  --page NOM       ouvre la console sur une page : overview, analytics, ai-studio, inbox, people, audit, workflows\n  --help           affiche cette aide\n  --version        affiche la version\n\nVerbes (atelier VERBE --help montre les options d’un verbe) :\n",
 "\nThe analytics verbs over a range also take --from YYYY-MM-DD --to YYYY-MM-DD (the range [from, to)\nin UTC days, default the last 30 days); verbs that print data take --format (see VERB --help).\nExit codes: 0 success, 1 failure, 2 bad usage.\n":
     "\nLes verbes analytics sur une période prennent aussi --from AAAA-MM-JJ --to AAAA-MM-JJ (la période [from, to)\nen jours UTC, par défaut les 30 derniers jours) ; les verbes qui affichent des données prennent --format (voir VERBE --help).\nCodes de sortie : 0 succès, 1 échec, 2 mauvais usage.\n",
}
