# French for the accessibility fixes of issue 18 (docs/accessibility.md): the mnemonics (Alt+letter) of each window
# planned so that no two visible ones share a letter, in English and in French.
#
# The letter plan of the main window. English: the menus take F (File), V (View), H (Help); the shell's date range
# and brand take O (Fr&om), U (Thro&ugh), B (&Brand). French: F (&Fichier), A (&Affichage), I (A&ide, as
# LibreOffice), D (&Du), U (A&u), Q (Mar&que). A page's labels and buttons take the other letters, each once per view
# (the generate panel with the gallery or the detail view beside it); where a crowded view has no letter left in a
# label, that label has none (its field is still reached with Tab).
FR = {
 # The menus and the shell (French mnemonics changed, English unchanged).
 '&Help': 'A&ide',
 '&Brand:': 'Mar&que :',
 'Fr&om': '&Du',
 'Thro&ugh': 'A&u',
 # Analytics.
 'Fu&nnel:': '&Entonnoir :',
 '&Cohorts by:': '&Cohortes par :',
 '&Show:': 'Affic&her :',
 '&Attribution:': 'A&ttribution :',
 '&Start event:': 'Événement de dé&part :',
 'Remo&ve step': '&Retirer l’étape',
 'Remove exc&lusion': 'Re&tirer l’exclusion',
 # The audit trail.
 'U&ser:': 'Utili&sateur :',
 '&Action:': 'A&ction :',
 'F&ilter': 'Fi&ltrer',
 'V&erify': '&Vérifier',
 'Export &CSV…': '&Exporter en CSV…',
 # The AI Studio: generate panel, gallery, detail.
 'T&ype:': 'T&ype :',
 'Provider:': 'Four&nisseur :',
 'From generation:': 'Depuis la génération :',
 '&Negative prompt (what to keep out):': 'Prompt négatif (&ce qu’il faut exclure) :',
 'Similar past prompts (clic&k one to use it):': 'Prompts passés similaires (clique&z sur l’un d’eux pour l’utiliser) :',
 '&Size:': 'Taille :',
 'He&ight:': '&Hauteur :',
 'Optimi&ze prompt': '&Optimiser le prompt',
 'Use it': 'Utiliser',
 '&Add to collection': 'A&jouter à une collection',
 '← Back &to the image': '← Retour à l’image',
 '← Back &to the gallery': '← Retour à la galerie',
 'New version from this…': 'Nou&velle version à partir de celle-ci…',
 'Save &as…': 'Enregistrer sous…',
 # Queue, collections, credits, cache, models, providers, templates, training.
 'O&pen': '&Ouvrir',
 '&Cancel job': 'A&nnuler la tâche',
 '&Share…': '&Partager…',
 'Set &quota…': 'Défi&nir le quota…',
 '&Clear results older than:': 'Effacer les résultats &plus anciens que :',
 "Clear this desktop's &disk cache…": '&Vider le cache disque de ce poste…',
 'O&pen the folder': '&Ouvrir le dossier',
 '&Provider:': 'F&ournisseur :',
 'R&emove the stored key': '&Retirer la clé enregistrée',
 'Base UR&L:': 'URL de &base :',
 '&Default': '&Par défaut',
 'Bu&rst:': 'Rafa&le :',
 '&Attempts per job:': 'Tentati&ves par tâche :',
 'T&imeout:': 'Délai d’atte&nte :',
 '&Chat model:': 'Modèle de c&hat :',
 'S&ave': 'Enre&gistrer',
 'F&illed prompt:': 'Prompt &obtenu :',
 '&Images: choose a dataset': 'Ima&ges : choisissez un jeu de données',
 '&Images of "%1": %2 of %3 accepted, mean quality %4': 'Ima&ges de « %1 » : %2 acceptées sur %3, qualité moyenne %4',
 '&Images of "%1": none of %2 accepted': 'Ima&ges de « %1 » : aucune acceptée sur %2',
 '&Cancel training': 'Annu&ler l’entraînement',
}
