# French translations of Atelier's strings, keyed by source text (and context where one text differs).
# scripts/update-translations.sh runs lupdate, then fills translations/atelier_fr.ts from this table.
FR = {
 'Unknown property "%1"; the properties are: %2.': 'Propriété « %1 » inconnue ; les propriétés sont : %2.',
 'Breaking down by %1': 'La ventilation par %1',
 'Attributing the purchases': 'L’attribution des achats',
 '--steps is required, as in --steps page_view,signup,purchase.': '--steps est obligatoire, comme dans --steps page_view,signup,purchase.',
 '--filter: "%1" is not STEP:PROPERTY=VALUE with STEP between 1 and %2.': '--filter : « %1 » n’est pas de la forme ÉTAPE:PROPRIÉTÉ=VALEUR avec ÉTAPE entre 1 et %2.',
 '--exclude: "%1" is not EVENT:FROM:TO, as in refund:2:3.': '--exclude : « %1 » n’est pas de la forme ÉVÉNEMENT:DE:À, comme refund:2:3.',
 'Funnel: the steps, event types separated by commas; journeys: how many events to follow.':
   'Entonnoir : les étapes, des types d’événements séparés par des virgules ; parcours : combien d’événements suivre.',
 'A journey follows 1 to %1 steps (got %2).': 'Un parcours suit de 1 à %1 étapes (reçu : %2).',
 '"%1" is not an event type.': '« %1 » n’est pas un type d’événement.',
 'Following the sessions': 'Le suivi des sessions',
 'Counting the moves between events': 'Le comptage des passages d’un événement à l’autre',
 'events': 'événements',
 'Conversion window, as in 14d, 12h, 30m.': 'Fenêtre de conversion, comme 14d, 12h, 30m.',
 'window': 'fenêtre',
 'Break down by this property of the first step.': 'Ventiler selon cette propriété de la première étape.',
 'property': 'propriété',
 'Step filter STEP:PROPERTY=VALUE (repeatable).': 'Filtre d’étape ÉTAPE:PROPRIÉTÉ=VALEUR (répétable).',
 'filter': 'filtre',
 'Exclusion EVENT:FROM:TO (repeatable).': 'Exclusion ÉVÉNEMENT:DE:À (répétable).',
 'exclusion': 'exclusion',
 '"%1" is not a window: write a number followed by d, h, m or s, as in 14d.': '« %1 » n’est pas une fenêtre : écrivez un nombre suivi de d, h, m ou s, comme 14d.',
 'The window must be longer than zero (got "%1").': 'La fenêtre doit être plus longue que zéro (reçu : « %1 »).',
 'A funnel has 1 to %1 steps (got %2).': 'Un entonnoir a de 1 à %1 étapes (reçu : %2).',
 'The window must be longer than zero (got %1 s).': 'La fenêtre doit être plus longue que zéro (reçu : %1 s).',
 'Step %1: "%2" is not an event type.': 'Étape %1 : « %2 » n’est pas un type d’événement.',
 'Step %1: unknown property "%2"; the properties are: %3.': 'Étape %1 : propriété « %2 » inconnue ; les propriétés sont : %3.',
 'Unknown breakdown property "%1"; the properties are: %2.': 'Propriété de ventilation « %1 » inconnue ; les propriétés sont : %2.',
 'Exclusion: "%1" is not an event type.': 'Exclusion : « %1 » n’est pas un type d’événement.',
 'Exclusion %1: the steps must satisfy 1 ≤ from < to ≤ %2 (got %3 to %4).': 'Exclusion %1 : les étapes doivent vérifier 1 ≤ de < à ≤ %2 (reçu : %3 à %4).',
 "Counting the funnel's users": 'Le comptage des utilisateurs de l’entonnoir',
 'Measuring the time between steps': 'La mesure du temps entre les étapes',
 'Counting the users of the last five minutes': 'Le comptage des utilisateurs des cinq dernières minutes',
 'Counting the events of the last hour': 'Le comptage des événements de la dernière heure',
 'Finding the top events of the last hour': 'La recherche des événements les plus fréquents de la dernière heure',
 'Event that puts a user in a cohort.': 'Événement qui place un utilisateur dans une cohorte.',
 'event': 'événement',
 'Event that counts as coming back.': 'Événement qui compte comme un retour.',
 'Cohort period: day, week or month.': 'Période des cohortes : day, week ou month.',
 'unit': 'unité',
 "Number of periods after the cohort's.": 'Nombre de périodes après celle de la cohorte.',
 'Unknown retention period "%1"; use day, week or month.': 'Période de rétention « %1 » inconnue ; utilisez day, week ou month.',
 'The number of periods must be between 1 and %1 (got %2).': 'Le nombre de périodes doit être entre 1 et %1 (reçu : %2).',
 '"%1" is not an event type: event types are letters, digits, and _ . : - (at most 64).': '« %1 » n’est pas un type d’événement : les types d’événements sont faits de lettres, de chiffres et de _ . : - (64 au plus).',
 'Sizing the cohorts': 'Le calcul de la taille des cohortes',
 'Counting the returns': 'Le comptage des retours',
 "Summing the cohorts' revenue": 'La somme du chiffre d’affaires des cohortes',
 'Cannot start a transaction to store the cohorts.': 'Impossible de démarrer une transaction pour enregistrer les cohortes.',
 'Cannot store the cohorts.': 'Impossible d’enregistrer les cohortes.',
 '--metric: unknown metric "%1"; the metrics are: %2.': '--metric : métrique « %1 » inconnue ; les métriques sont : %2.',
 'Only this daily metric.': 'Seulement cette métrique journalière.',
 'The anomaly threshold must be a positive number of standard deviations.': 'Le seuil d’anomalie doit être un nombre positif d’écarts-types.',
 '--metrics: unknown metric "%1"; the metrics are: %2.': '--metrics : métrique « %1 » inconnue ; les métriques sont : %2.',
 'Daily metrics to correlate, comma-separated.': 'Métriques journalières à corréler, séparées par des virgules.',
 'list': 'liste',
 'Correlations need at least two metrics.': 'Les corrélations demandent au moins deux métriques.',
 'Cannot start a transaction to store the correlations.': 'Impossible de démarrer une transaction pour enregistrer les corrélations.',
 'Cannot store the correlations.': 'Impossible d’enregistrer les corrélations.',
 'Listing the brands of the industry': 'La liste des marques du secteur',
 "Computing the industry's figures": 'Le calcul des chiffres du secteur',
 'Counting events by day and hour': 'Le comptage des événements par jour et par heure',
 ' (mismatch)': ' (écart)',
 'Brand slug.': 'Identifiant (slug) de la marque.',
 'slug': 'slug',
 'First day, UTC (default: 30 days ago).': 'Premier jour, UTC (par défaut : il y a 30 jours).',
 'Day after the last one, UTC (default: tomorrow).': 'Jour suivant le dernier, UTC (par défaut : demain).',
 'Output format: table, json or csv.': 'Format de sortie : table, json ou csv.',
 'Only this experiment.': 'Seulement cette expérience.',
 'name': 'nom',
 'Unknown analytics command "%1"; the analytics commands are: %2.': 'Commande analytics « %1 » inconnue ; les commandes analytics sont : %2.',
 '--format: "%1" is not one of table, json, csv.': '--format : « %1 » n’est ni table, ni json, ni csv.',
 '--brand is required: which brand to analyse (see atelier db status).': '--brand est obligatoire : quelle marque analyser (voir atelier db status).',
 '--%1: "%2" is not a date in the form YYYY-MM-DD.': '--%1 : « %2 » n’est pas une date de la forme AAAA-MM-JJ.',
 'The range is empty or inverted: --from %1 must come before --to %2.': 'La période est vide ou inversée : --from %1 doit précéder --to %2.',
 'Reading the experiments': 'La lecture des expériences',
 'Brand "%1" has no experiment "%2".': 'La marque « %1 » n’a pas d’expérience « %2 ».',
 'Counting the exposures of %1': 'Le comptage des expositions de %1',
 'Cancelled.': 'Annulé.',
 'Creating the demo data was cancelled; nothing was written. It starts again the next time you open Atelier.':
   'La création des données de démonstration a été annulée ; rien n’a été écrit. Elle reprendra à la prochaine ouverture d’Atelier.',
 '%1\n\nForget this saved database and open the embedded one?': '%1\n\nOublier cette base enregistrée et ouvrir la base embarquée ?',
 'Passwords are used for this session only and never saved; for a saved PostgreSQL database, keep the password in ~/.pgpass.':
   'Les mots de passe ne servent que pour cette session et ne sont jamais enregistrés ; pour une base PostgreSQL enregistrée, gardez le mot de passe dans ~/.pgpass.',
 'There is no database at "%1".': 'Il n’y a pas de base de données à « %1 ».',
 '"%1" holds another program\'s tables and no Atelier schema: Atelier leaves it as it is.':
   '« %1 » contient les tables d’un autre programme et aucun schéma Atelier : Atelier n’y touche pas.',
 'Committing migration %1': 'La validation de la migration %1',
 'Unknown daily metric "%1"; the metrics are: %2.': 'Métrique journalière « %1 » inconnue ; les métriques sont : %2.',
 'Computing the daily event metrics': 'Le calcul des métriques journalières des événements',
 'Computing the daily AI metrics': 'Le calcul des métriques journalières de l’IA',
 'Last %1 days': '%1 derniers jours',
 '%1 %2 %': '%1 %2 %',
 'Previous period': 'Période précédente',
 'Change': 'Évolution',
 '%1 vs the previous period': '%1 par rapport à la période précédente',
 '%1 from %2 to %3': '%1 du %2 au %3',
 '%1: %2 from %3 to %4; previous period %5': '%1 : %2 du %3 au %4 ; période précédente %5',
 '%1 (from %2)': '%1 (depuis %2)',
 '--database': '--database',
 'the settings': 'les réglages',
 '%1 (%2, %3)': '%1 (%2, %3)',
 'Atelier': 'Atelier',
 'Cannot open the database': 'Impossible d’ouvrir la base de données',
 'Preparing the database…': 'Préparation de la base de données…',
 'Cancel': 'Annuler',
 'First start: creating the demo data (%1 %)…': 'Premier démarrage : création des données de démonstration (%1 %)…',
 'Unknown page "%1"; the pages are: %2.': 'Page « %1 » inconnue ; les pages sont : %2.',
 'Custom range': 'Période personnalisée',
 'Date range preset': 'Période prédéfinie',
 '&From': '&Du',
 '&Through': '&Au',
 'First day of the range (UTC)': 'Premier jour de la période (UTC)',
 'Last day of the range (UTC), included': 'Dernier jour de la période (UTC), inclus',
 'Events': 'Événements',
 'Active users': 'Utilisateurs actifs',
 'Conversion rate': 'Taux de conversion',
 'Revenue': 'Chiffre d’affaires',
 'AI generations': 'Générations IA',
 '%1 %': '%1 %',
 'Figure': 'Indicateur',
 'Value': 'Valeur',
 'About Atelier': 'À propos d’Atelier',
 'Atelier %1\nThe operations console for analytics, AI Studio and collaboration.':
   'Atelier %1\nLa console d’exploitation pour l’analytique, l’AI Studio et la collaboration.',
 'Database: %1': 'Base de données : %1',
 'User: …': 'Utilisateur : …',
 'User: unknown': 'Utilisateur : inconnu',
 'User: %1': 'Utilisateur : %1',
 'This database has no brands yet: run "atelier demo --database %1" to fill it with demo data.':
   'Cette base ne contient encore aucune marque : lancez « atelier demo --database %1 » pour la remplir de données de démonstration.',
 '&Brand:': '&Marque :',
 'Brand': 'Marque',
 'Areas': 'Espaces',
 'Brand and date range': 'Marque et période',
 '&File': '&Fichier',
 '&View': '&Affichage',
 '&Help': 'Ai&de',
 '&Settings…': '&Réglages…',
 '&Quit': '&Quitter',
 '&About Atelier': 'À &propos d’Atelier',
 'Overview': 'Vue d’ensemble',
 'Loading cancelled.': 'Chargement annulé.',
 '%1: %2': '%1 : %2',
 'Daily %1': '%1 par jour',
 'Cancel loading': 'Annuler le chargement',
 'Loading the key figures': 'Chargement des chiffres clés',
 'Show as table': 'Afficher en tableau',
 'Show as cards': 'Afficher en cartes',
 'Key figures': 'Chiffres clés',
 'Preparing an insert into %1': 'Préparation d’une insertion dans %1',
 'Inserting into %1': 'Insertion dans %1',
 'Connected to %1 as %2; schema version %3.': 'Connecté à %1 en tant que %2 ; version du schéma %3.',
 '&Test connection': '&Tester la connexion',
 'Settings': 'Réglages',
 'Database URL': 'URL de la base de données',
 'Language': 'Langue',
 '&Database URL:': 'URL de la &base de données :',
 '&Language:': '&Langue :',
 'Testing…': 'Test en cours…',
 'Invalid database URL': 'URL de base de données invalide',
 'Listing the brands': 'La liste des marques',
 'Looking up the brand': 'La recherche de la marque',
 'There is no brand "%1" in this database.': 'Il n’y a pas de marque « %1 » dans cette base.',
 'Database URL (sqlite:///path or postgresql://…).': 'URL de la base de données (sqlite:///chemin ou postgresql://…).',
 'url': 'url',
 'Unexpected arguments: %1': 'Arguments inattendus : %1',
 '--%1: "%2" is not a whole number between %3 and %4.': '--%1 : « %2 » n’est pas un nombre entier entre %3 et %4.',
 '%1: schema is up to date (version %2).': '%1 : le schéma est à jour (version %2).',
 '%1: schema migrated from version %2 to %3 (%4).': '%1 : schéma migré de la version %2 à la version %3 (%4).',
 'Random seed (same seed, same data).': 'Graine aléatoire (même graine, mêmes données).',
 'n': 'n',
 'Number of analytics events.': 'Nombre d’événements analytiques.',
 'Number of days of history.': 'Nombre de jours d’historique.',
 'Last day of the data, UTC (default: now).': 'Dernier jour des données, UTC (par défaut : maintenant).',
 'YYYY-MM-DD': 'AAAA-MM-JJ',
 '--end-date: "%1" is not a date in the form YYYY-MM-DD.': '--end-date : « %1 » n’est pas une date de la forme AAAA-MM-JJ.',
 '%1: demo data written: %2 brands, %3 people, %4 events from %5 visitors, %6 generations, %7 experiments, in %8 s (events %9 s).':
   '%1 : données de démonstration écrites : %2 marques, %3 personnes, %4 événements de %5 visiteurs, %6 générations, %7 expériences, en %8 s (événements %9 s).',
 'Output format: table or json.': 'Format de sortie : table ou json.',
 'format': 'format',
 'Unknown db command "%1"; the db verb knows: status.': 'Commande db « %1 » inconnue ; le verbe db connaît : status.',
 '--format: "%1" is not one of table, json.': '--format : « %1 » n’est ni table ni json.',
 'Database:       %1 (%2)': 'Base de données : %1 (%2)',
 'User:           %1': 'Utilisateur :     %1',
 'Schema version: %1 (this Atelier knows %2)': 'Version du schéma : %1 (cet Atelier connaît %2)',
 'Warning:        %1': 'Attention :       %1',
 'Table': 'Table',
 'Rows': 'Lignes',
 'Unknown command "%1"; see atelier --help.': 'Commande « %1 » inconnue ; voir atelier --help.',
 '"%1" is a folder, not a SQLite database file.': '« %1 » est un dossier, pas un fichier de base SQLite.',
 '"%1" is read-only: Atelier needs to write to its database. Make it writable or choose another file.':
   '« %1 » est en lecture seule : Atelier doit pouvoir écrire dans sa base. Rendez-le modifiable ou choisissez un autre fichier.',
 'Cannot read "%1": %2': 'Impossible de lire « %1 » : %2',
 '"%1" is not a SQLite database: Atelier leaves it as it is.': '« %1 » n’est pas une base SQLite : Atelier n’y touche pas.',
 'Cannot create the folder "%1" for the database.': 'Impossible de créer le dossier « %1 » pour la base.',
 'The folder "%1" is read-only: the database cannot be created there.': 'Le dossier « %1 » est en lecture seule : la base ne peut pas y être créée.',
 'Wrong password, or no such user, for "%1" on the PostgreSQL server at %2.':
   'Mot de passe erroné, ou utilisateur inconnu, pour « %1 » sur le serveur PostgreSQL %2.',
 'The database "%1" does not exist on the PostgreSQL server at %2.': 'La base « %1 » n’existe pas sur le serveur PostgreSQL %2.',
 'The PostgreSQL server at %1 has no user "%2".': 'Le serveur PostgreSQL %1 n’a pas d’utilisateur « %2 ».',
 'Cannot reach the PostgreSQL server at %1: is it running, and is the address right?':
   'Impossible de joindre le serveur PostgreSQL %1 : est-il démarré, et l’adresse est-elle juste ?',
 'Cannot open the PostgreSQL database %1: %2': 'Impossible d’ouvrir la base PostgreSQL %1 : %2',
 'The Qt SQLite driver (QSQLITE) is not installed.': 'Le pilote SQLite de Qt (QSQLITE) n’est pas installé.',
 'Cannot open the SQLite database "%1": %2': 'Impossible d’ouvrir la base SQLite « %1 » : %2',
 '"%1" is read-only: Atelier needs to write to its database.': '« %1 » est en lecture seule : Atelier doit pouvoir écrire dans sa base.',
 'Cannot prepare the SQLite database "%1": %2': 'Impossible de préparer la base SQLite « %1 » : %2',
 'The Qt PostgreSQL driver (QPSQL) is not installed.': 'Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé.',
 'Cannot configure the PostgreSQL session: %1': 'Impossible de configurer la session PostgreSQL : %1',
 'The database connection is not open.': 'La connexion à la base n’est pas ouverte.',
 '%1 failed: %2': '%1 a échoué : %2',
 'Counting the rows of %1': 'Le comptage des lignes de %1',
 'Malformed database URL "%1": expected %2.': 'URL de base de données mal formée « %1 » : attendu %2.',
 'Malformed SQLite URL "%1": the path must be absolute, as in sqlite:///home/me/atelier.db.':
   'URL SQLite mal formée « %1 » : le chemin doit être absolu, comme dans sqlite:///home/moi/atelier.db.',
 'Malformed PostgreSQL URL "%1": expected postgresql://user[:password]@host[:port]/db.':
   'URL PostgreSQL mal formée « %1 » : attendu postgresql://utilisateur[:motdepasse]@hôte[:port]/base.',
 'Malformed PostgreSQL URL "%1": it needs a user and a database name, as in postgresql://ana@db.example.com/atelier.':
   'URL PostgreSQL mal formée « %1 » : il faut un utilisateur et un nom de base, comme dans postgresql://ana@db.example.com/atelier.',
 'Unknown option "%1" in database URL "%2": only sslmode is accepted.': 'Option « %1 » inconnue dans l’URL « %2 » : seule sslmode est acceptée.',
 'Unknown sslmode "%1" in database URL "%2": use one of %3.': 'sslmode « %1 » inconnu dans l’URL « %2 » : utilisez l’un de %3.',
 'Unsupported database scheme "%1" in "%2": use sqlite or postgresql.': 'Schéma de base « %1 » non pris en charge dans « %2 » : utilisez sqlite ou postgresql.',
 'Demo generation was cancelled; nothing was written.': 'La génération de la démonstration a été annulée ; rien n’a été écrit.',
 'Demo data needs a non-negative number of events and at least 7 days.': 'Les données de démonstration demandent un nombre d’événements positif ou nul et au moins 7 jours.',
 'Checking that the database is empty': 'La vérification que la base est vide',
 'Cannot start a transaction for the demo data.': 'Impossible de démarrer une transaction pour les données de démonstration.',
 'Cannot commit the demo data.': 'Impossible de valider les données de démonstration.',
 'Loading events into SQLite failed: %1': 'Le chargement des événements dans SQLite a échoué : %1',
 'Loading events into PostgreSQL failed: %1': 'Le chargement des événements dans PostgreSQL a échoué : %1',
 'Reading the event indexes': 'La lecture des index des événements',
 'Reading the event constraints': 'La lecture des contraintes des événements',
 'Setting aside the event indexes': 'La mise de côté des index des événements',
 'Rebuilding the event indexes': 'La reconstruction des index des événements',
 'Checking whether the database is empty': 'La vérification que la base est vide',
 'Creating the migrations table': 'La création de la table des migrations',
 'Reading the applied migrations': 'La lecture des migrations appliquées',
 'This database has schema version %1 (%2), newer than this Atelier, which knows up to version %3. Upgrade Atelier to open it.':
   'Cette base a la version de schéma %1 (%2), plus récente que cet Atelier, qui connaît jusqu’à la version %3. Mettez Atelier à jour pour l’ouvrir.',
 'Migration %1 (%2) is recorded in the database but unknown to this Atelier.': 'La migration %1 (%2) est enregistrée dans la base mais inconnue de cet Atelier.',
 'Migration %1 (%2) was changed after it was applied to this database: its checksum differs. Restore the original file; Atelier will not guess.':
   'La migration %1 (%2) a été modifiée après avoir été appliquée à cette base : son empreinte diffère. Restaurez le fichier d’origine ; Atelier ne devinera pas.',
 'Cannot start a transaction for migration %1.': 'Impossible de démarrer une transaction pour la migration %1.',
 'Locking the schema': 'Le verrouillage du schéma',
 'Migration %1 (%2) failed: %3': 'La migration %1 (%2) a échoué : %3',
 'Recording migration %1': 'L’enregistrement de la migration %1',
 'Cannot commit migration %1.': 'Impossible de valider la migration %1.',
 'The date range must start before it ends (from %1 to %2).': 'La période doit commencer avant de finir (du %1 au %2).',
 'Counting events': 'Le comptage des événements',
 'Summing purchases': 'La somme des achats',
 'Counting active users': 'Le comptage des utilisateurs actifs',
 'Counting generations': 'Le comptage des générations',
}

NUMERUS = {
 'Anomalies need a range of at least 14 days, to know the weekly pattern (%1 to %2 has %n day(s)).':
   ['Les anomalies demandent une période d’au moins 14 jours, pour connaître le rythme de la semaine (du %1 au %2 : %n jour).',
    'Les anomalies demandent une période d’au moins 14 jours, pour connaître le rythme de la semaine (du %1 au %2 : %n jours).'],
 'Peer figures are hidden: %1 has %n peer(s) in its industry, fewer than %2.':
   ['Les chiffres des pairs sont masqués : %1 a %n pair dans son secteur, moins de %2.',
    'Les chiffres des pairs sont masqués : %1 a %n pairs dans son secteur, moins de %2.'],
 'This database already holds %n other table(s) and no Atelier schema: it is not an Atelier database, and Atelier leaves it as it is.':
   ['Cette base contient déjà %n autre table et aucun schéma Atelier : ce n’est pas une base Atelier, et Atelier n’y touche pas.',
    'Cette base contient déjà %n autres tables et aucun schéma Atelier : ce n’est pas une base Atelier, et Atelier n’y touche pas.'],
 'The database already holds %n brand(s); demo data only goes into an empty database.':
   ['La base contient déjà %n marque ; les données de démonstration ne vont que dans une base vide.',
    'La base contient déjà %n marques ; les données de démonstration ne vont que dans une base vide.'],
}

# The command-line help, kept apart for its length.
FR['Usage: atelier [--database URL] [--page NAME]\n       atelier VERB [options]\n\nAtelier, the operations console for analytics, AI Studio and collaboration.\nWithout a verb it opens the console.\n\nOptions:\n  --database URL   sqlite:///path/file.db or postgresql://user[:password]@host[:port]/db[?sslmode=…]\n                   (else ATELIER_DATABASE_URL, else the settings, else the embedded database)\n  --page NAME      open the console on a page: overview\n  --help           show this help\n  --version        show the version\n\nVerbs:\n  migrate                      create or upgrade the schema\n  demo [--seed N] [--events N] [--days N] [--end-date YYYY-MM-DD]\n                               fill an empty database with demo data\n  db status [--format table|json]\n                               URL, user, schema version and row counts\n  analytics channels|geo|devices --brand SLUG [--from …] [--to …] [--format …]\n                               users, sessions, conversions and revenue per channel, country,\n                               device, browser and os; channels also by attribution model\n  analytics correlations --brand SLUG [--from …] [--to …] [--metrics m1,m2,…] [--format …]\n                               Pearson, Spearman and Granger between daily metrics (stored)\n  analytics experiments --brand SLUG [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n            [--experiment NAME] [--format table|json|csv]\n                               A/B test results: uplift, p-value, probability to beat\n                               control, expected loss, sample-ratio mismatch\n  analytics anomalies --brand SLUG [--from …] [--to …] [--metric M] [--format …]\n                               days outside the band expected from trend and weekly pattern\n  analytics benchmarks --brand SLUG [--from …] [--to …] [--format table|json|csv]\n                               KPIs of the brand against the other brands of its industry\n  analytics funnel --brand SLUG --steps e1,e2,… [--window 14d] [--breakdown PROP]\n            [--filter STEP:PROP=VALUE] [--exclude EVENT:FROM:TO] [--from …] [--to …] [--format …]\n                               ordered funnel: users, conversion and time between steps\n  analytics journeys --brand SLUG [--start-event E] [--steps K] [--from …] [--to …] [--format …]\n                               the most frequent paths of K events within a session\n  analytics realtime --brand SLUG [--format …]\n                               active users now, events per minute and top events of the last hour\n  analytics retention --brand SLUG [--from …] [--to …] [--start-event E] [--return-event E]\n            [--period day|week|month] [--periods N] [--format …]\n                               first-time retention of cohorts, with revenue (stored)\n  analytics seasonality --brand SLUG [--from …] [--to …] [--format table|json|csv]\n                               day-of-week and hour-of-day indices, heatmap, weekly strength\n\nExit codes: 0 success, 1 failure, 2 bad usage.\n'] = (
    'Usage : atelier [--database URL] [--page NOM]\n        atelier VERBE [options]\n\n'
    'Atelier, la console d’exploitation pour l’analytique, l’AI Studio et la collaboration.\n'
    'Sans verbe, elle ouvre la console.\n\n'
    'Options :\n'
    '  --database URL   sqlite:///chemin/fichier.db ou postgresql://utilisateur[:motdepasse]@hôte[:port]/base[?sslmode=…]\n'
    '                   (sinon ATELIER_DATABASE_URL, sinon les réglages, sinon la base embarquée)\n'
    '  --page NOM       ouvre la console sur une page : overview\n'
    '  --help           affiche cette aide\n'
    '  --version        affiche la version\n\n'
    'Verbes :\n'
    '  migrate                      crée ou met à jour le schéma\n'
    '  demo [--seed N] [--events N] [--days N] [--end-date AAAA-MM-JJ]\n'
    '                               remplit une base vide de données de démonstration\n'
    '  db status [--format table|json]\n'
    '                               URL, utilisateur, version du schéma et nombre de lignes\n'
    '  analytics channels|geo|devices --brand SLUG [--from …] [--to …] [--format …]\n'
    '                               utilisateurs, sessions, conversions et chiffre d’affaires par canal, pays,\n'
    '                               appareil, navigateur et système ; les canaux aussi par modèle d’attribution\n'
    '  analytics correlations --brand SLUG [--from …] [--to …] [--metrics m1,m2,…] [--format …]\n'
    '                               Pearson, Spearman et Granger entre métriques journalières (enregistrées)\n'
    '  analytics experiments --brand SLUG [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]\n'
    '            [--experiment NOM] [--format table|json|csv]\n'
    '                               résultats des tests A/B : écart relatif, valeur p, probabilité de\n'
    '                               battre le témoin, perte attendue, déséquilibre des échantillons\n'
    '  analytics anomalies --brand SLUG [--from …] [--to …] [--metric M] [--format …]\n'
    '                               jours hors de la bande attendue d’après la tendance et le rythme de la semaine\n'
    '  analytics benchmarks --brand SLUG [--from …] [--to …] [--format table|json|csv]\n'
    '                               les indicateurs de la marque face aux autres marques de son secteur\n'
    '  analytics funnel --brand SLUG --steps e1,e2,… [--window 14d] [--breakdown PROP]\n'
    '            [--filter ÉTAPE:PROP=VALEUR] [--exclude ÉVÉNEMENT:DE:À] [--from …] [--to …] [--format …]\n'
    '                               entonnoir ordonné : utilisateurs, conversion et temps entre les étapes\n'
    '  analytics journeys --brand SLUG [--start-event E] [--steps K] [--from …] [--to …] [--format …]\n'
    '                               les chemins les plus fréquents de K événements dans une session\n'
    '  analytics realtime --brand SLUG [--format …]\n'
    '                               utilisateurs actifs maintenant, événements par minute et les plus fréquents de la dernière heure\n'
    '  analytics retention --brand SLUG [--from …] [--to …] [--start-event E] [--return-event E]\n'
    '            [--period day|week|month] [--periods N] [--format …]\n'
    '                               rétention des cohortes (premières fois), avec le chiffre d’affaires (enregistrée)\n'
    '  analytics seasonality --brand SLUG [--from …] [--to …] [--format table|json|csv]\n'
    '                               indices par jour de la semaine et par heure, carte de chaleur, force hebdomadaire\n\n'
    'Codes de sortie : 0 succès, 1 échec, 2 mauvais usage.\n')
