# French for the source strings of the analytics verbs and `export analytics` once each analysis became a row of the
# verb table with its own options (issue 16): cli/analyticsverbs.cpp, cli/exportverbs.cpp, and the prediction service's
# one short write. Strings kept from before are in fr_strings.py.
FR = {
 # what each verb does (atelier --help, atelier VERB --help)
 'figures per channel, with first-touch, last-touch and linear attribution':
   'chiffres par canal, avec l’attribution au premier contact, au dernier contact et linéaire',
 'figures per country': 'chiffres par pays',
 'figures per device, browser and operating system': 'chiffres par appareil, navigateur et système d’exploitation',
 # options
 'The steps: event types separated by commas.': 'Les étapes : types d’événements séparés par des virgules.',
 'Event the journeys start from (default page_view).': 'Événement d’où partent les parcours (par défaut page_view).',
 'How many events to follow (default 3).': 'Nombre d’événements à suivre (par défaut 3).',
 'First day the forecasts learn from, UTC (default: 180 days before --to).':
   'Premier jour dont les prévisions apprennent, UTC (par défaut : 180 jours avant --to).',
 'First day forecast, UTC (default: today).': 'Premier jour prévu, UTC (par défaut : aujourd’hui).',
 # refusals
 '--%1: unknown metric "%2"; the metrics are: %3.': '--%1 : métrique « %2 » inconnue ; les métriques sont : %3.',
 '--saved runs the funnel as it was saved: it takes no --%1.':
   '--saved exécute l’entonnoir tel qu’il a été enregistré : il ne prend pas --%1.',
 # table headers (CSV and JSON keep their English keys)
 'Experiment': 'Expérience',
 'Sample ratio p-value': 'Valeur p de l’équilibre des échantillons',
 'Days held out': 'Jours mis de côté',
 'Model error': 'Erreur du modèle',
 'Seasonal-naive error': 'Erreur du modèle saisonnier naïf',
 'Window (s)': 'Fenêtre (s)',
 'Criteria': 'Critères',
 # PredictionService
 'Storing the predictions': 'L’enregistrement des prévisions',
}
