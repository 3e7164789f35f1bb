<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AiCommands</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>crédits</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>qualité</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>set (encrypted)</source>
        <translation>définie (chiffrée)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé d’API</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>simultanés</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>timeout s</source>
        <translation>délai s</translation>
    </message>
    <message>
        <source>ai provider %1 needs the provider's name, one of: %2.</source>
        <translation>ai provider %1 demande le nom du fournisseur, parmi : %2.</translation>
    </message>
    <message>
        <source>Unknown ai provider command "%1"; the commands are: set, list, test.</source>
        <translation>Commande ai provider inconnue « %1 » ; les commandes sont : set, list, test.</translation>
    </message>
    <message>
        <source>--per-minute: "%1" is not a number.</source>
        <translation>--per-minute : « %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>--api-key-stdin: standard input held no key (an empty line). To remove the key, use --remove-key.</source>
        <translation>--api-key-stdin : l’entrée standard ne contenait aucune clé (une ligne vide). Pour supprimer la clé, utilisez --remove-key.</translation>
    </message>
    <message>
        <source>%1: base URL %2, %3 at once, %4 a minute, %5 attempts; API key %6.</source>
        <translation>%1 : URL de base %2, %3 à la fois, %4 par minute, %5 tentatives ; clé d’API %6.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>saved, encrypted</source>
        <translation>enregistrée, chiffrée</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>--param: "%1" is not in the form key=value.</source>
        <translation>--param : « %1 » n’est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>generations</source>
        <translation>générations</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagée</translation>
    </message>
    <message>
        <source>ai collections needs --brand SLUG.</source>
        <translation>ai collections demande --brand SLUG.</translation>
    </message>
    <message>
        <source>ai collections create needs --brand SLUG and --name NAME.</source>
        <translation>ai collections create demande --brand SLUG et --name NOM.</translation>
    </message>
    <message>
        <source>ai collections %1 needs the collection's id.</source>
        <translation>ai collections %1 demande l’identifiant de la collection.</translation>
    </message>
    <message>
        <source>ai collections %1 needs the generations' ids after the collection's.</source>
        <translation>ai collections %1 demande les identifiants des générations après celui de la collection.</translation>
    </message>
    <message numerus="yes">
        <source>%n generation(s) added.</source>
        <translation><numerusform>%n génération ajoutée.</numerusform><numerusform>%n générations ajoutées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n generation(s) removed.</source>
        <translation><numerusform>%n génération retirée.</numerusform><numerusform>%n générations retirées.</numerusform></translation>
    </message>
    <message>
        <source>ai collections share needs --with NAME [--permission view|comment|edit].</source>
        <translation>ai collections share demande --with NOM [--permission view|comment|edit].</translation>
    </message>
    <message>
        <source>Shared with %1 (%2).</source>
        <translation>Partagée avec %1 (%2).</translation>
    </message>
    <message>
        <source>ai collections export needs --out FILE.zip.</source>
        <translation>ai collections export demande --out FICHIER.zip.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n image(s) and manifest.json).</source>
        <translation><numerusform>%1 écrit (%n image et manifest.json).</numerusform><numerusform>%1 écrit (%n images et manifest.json).</numerusform></translation>
    </message>
    <message>
        <source>Unknown ai collections command "%1"; the commands are: list, create, add, remove, share, export, show.</source>
        <translation>Commande ai collections inconnue « %1 » ; les commandes sont : list, create, add, remove, share, export, show.</translation>
    </message>
    <message>
        <source>Dataset %1 (%2): %3 of %4 images accepted, quality %5, %6.</source>
        <translation>Jeu de données %1 (%2) : %3 images acceptées sur %4, qualité %5, %6.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>ai datasets create needs --brand SLUG and --name NAME, then --generation ID and/or --file PATH.</source>
        <translation>ai datasets create demande --brand SLUG et --name NOM, puis --generation ID et/ou --file CHEMIN.</translation>
    </message>
    <message>
        <source>ai datasets create needs images: --generation ID or --file PATH (repeatable).</source>
        <translation>ai datasets create demande des images : --generation ID ou --file CHEMIN (répétables).</translation>
    </message>
    <message>
        <source>ai datasets needs --brand SLUG (or a dataset's id).</source>
        <translation>ai datasets demande --brand SLUG (ou l’identifiant d’un jeu de données).</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptées</translation>
    </message>
    <message>
        <source>ai train needs the dataset's id, --base-model owner/name:version and --destination owner/name.</source>
        <translation>ai train demande l’identifiant du jeu de données, --base-model owner/name:version et --destination owner/name.</translation>
    </message>
    <message>
        <source>ai %1 needs the custom model's id.</source>
        <translation>ai %1 demande l’identifiant du modèle personnalisé.</translation>
    </message>
    <message>
        <source>ai custom-models needs --brand SLUG.</source>
        <translation>ai custom-models demande --brand SLUG.</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>entraîné le</translation>
    </message>
    <message>
        <source>ai versions needs the generation's id.</source>
        <translation>ai versions demande l’identifiant de la génération.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>génération</translation>
    </message>
    <message>
        <source>ai %1 needs the generation's id.</source>
        <translation>ai %1 demande l’identifiant de la génération.</translation>
    </message>
    <message>
        <source>ai rate needs --stars 1…5.</source>
        <translation>ai rate demande --stars 1…5.</translation>
    </message>
    <message>
        <source>Saved template %1 (%2) with variables: %3.</source>
        <translation>Modèle de prompt %1 (%2) enregistré, avec les variables : %3.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>utilisations</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>ai %1 needs --prompt TEXT.</source>
        <translation>ai %1 demande --prompt TEXTE.</translation>
    </message>
    <message>
        <source>Negative prompt: %1</source>
        <translation>Prompt négatif : %1</translation>
    </message>
    <message>
        <source>similarity</source>
        <translation>similarité</translation>
    </message>
    <message>
        <source>last used</source>
        <translation>dernier usage</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>mean ms</source>
        <translation>moy. ms</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouées</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>sans quota</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>débités</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursés</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservés</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>ce mois-ci</translation>
    </message>
    <message>
        <source>Unknown ai command "%1"; the ai commands are: %2.</source>
        <translation>Commande ai inconnue « %1 » ; les commandes ai sont : %2.</translation>
    </message>
    <message>
        <source>--format: "%1" is not one of table, json, csv.</source>
        <translation>--format : « %1 » n’est ni table, ni json, ni csv.</translation>
    </message>
    <message>
        <source>ai %1 needs --brand SLUG.</source>
        <translation>ai %1 demande --brand SLUG.</translation>
    </message>
    <message>
        <source>ai generate needs --%1.</source>
        <translation>ai generate demande --%1.</translation>
    </message>
    <message>
        <source>--var: "%1" is not in the form name=value.</source>
        <translation>--var : « %1 » n’est pas de la forme nom=valeur.</translation>
    </message>
    <message>
        <source>The generation %1 had already finished; nothing was cancelled.</source>
        <translation>La génération %1 était déjà terminée ; rien n’a été annulé.</translation>
    </message>
    <message>
        <source>--providers: unknown provider "%1"; the providers are: %2.</source>
        <translation>--providers : fournisseur « %1 » inconnu ; les fournisseurs sont : %2.</translation>
    </message>
    <message>
        <source>avg s</source>
        <translation>moy. s</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marque</translation>
    </message>
    <message>
        <source>monthly credits</source>
        <translation>crédits mensuels</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisés</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restants</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>échecs</translation>
    </message>
    <message>
        <source>hit rate</source>
        <translation>taux de succès</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>credits saved</source>
        <translation>crédits économisés</translation>
    </message>
    <message numerus="yes">
        <source>%n cache entry(ies) cleared.</source>
        <translation><numerusform>%n entrée du cache effacée.</numerusform><numerusform>%n entrées du cache effacées.</numerusform></translation>
    </message>
    <message>
        <source>%1: generations are watermarked: %2%3</source>
        <translation>%1 : les générations sont filigranées : %2%3</translation>
    </message>
</context>
<context>
    <name>AnalysisReports</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Purchase funnel</source>
        <translation>Entonnoir d’achat</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Entonnoir : %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Conversion from start</source>
        <translation>Conversion depuis le début</translation>
    </message>
    <message>
        <source>Conversion from previous</source>
        <translation>Conversion depuis l’étape précédente</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Median time from previous (s)</source>
        <translation>Temps médian depuis l’étape précédente (s)</translation>
    </message>
    <message>
        <source>Mean time from previous (s)</source>
        <translation>Temps moyen depuis l’étape précédente (s)</translation>
    </message>
    <message>
        <source>%1 · −%2</source>
        <translation>%1 · −%2</translation>
    </message>
    <message>
        <source>%1 of %2 users who did "%3" went on to "%4" within %5 (%6).</source>
        <translation>%1 des %2 utilisateurs qui ont fait « %3 » sont allés jusqu’à « %4 » dans un délai de %5 (%6).</translation>
    </message>
    <message>
        <source>Nobody did "%1" in this range.</source>
        <translation>Personne n’a fait « %1 » sur cette période.</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Délai de conversion</translation>
    </message>
    <message>
        <source>Median and mean time between one step and the next, among the users who reached it.</source>
        <translation>Temps médian et moyen entre une étape et la suivante, parmi les utilisateurs qui l’ont atteinte.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Médiane (min)</translation>
    </message>
    <message>
        <source>Mean (min)</source>
        <translation>Moyenne (min)</translation>
    </message>
    <message>
        <source>Funnel by %1</source>
        <translation>Entonnoir par %1</translation>
    </message>
    <message>
        <source>Users reaching each step, per value of "%1" (the 8 largest).</source>
        <translation>Utilisateurs atteignant chaque étape, par valeur de « %1 » (les 8 plus importantes).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Revenue per cohort</source>
        <translation>Chiffre d’affaires par cohorte</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Revenue of each cohort's purchases, per %1 after the first "%2".</source>
        <translation>Chiffre d’affaires des achats de chaque cohorte, par période (%1) après le premier « %2 ».</translation>
    </message>
    <message>
        <source>Share of each cohort (users whose first "%1" fell in that %2) with a "%3" in each following %2.</source>
        <translation>Part de chaque cohorte (les utilisateurs dont le premier « %1 » tombe dans cette période, %2) ayant un « %3 » dans chaque période suivante (%2).</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No user did "%1" for the first time in this range.</source>
        <translation>Aucun utilisateur n’a fait « %1 » pour la première fois sur cette période.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>The brand has no saved segment yet.</source>
        <translation>La marque n’a encore aucun segment enregistré.</translation>
    </message>
    <message>
        <source>Saved segments and their users when they were last counted.</source>
        <translation>Les segments enregistrés et leurs utilisateurs lors du dernier comptage.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Corrélations</translation>
    </message>
    <message>
        <source>Pearson's r between the daily series of each pair of metrics; the table adds Spearman's ρ and whether one series helps predict the other (Granger).</source>
        <translation>Le r de Pearson entre les séries journalières de chaque paire de métriques ; le tableau ajoute le ρ de Spearman et indique si une série aide à prédire l’autre (Granger).</translation>
    </message>
    <message>
        <source>Metric A</source>
        <translation>Métrique A</translation>
    </message>
    <message>
        <source>Metric B</source>
        <translation>Métrique B</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>r de Pearson</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>valeur p</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>ρ de Spearman</translation>
    </message>
    <message>
        <source>Granger p</source>
        <translation>p de Granger</translation>
    </message>
    <message>
        <source>Granger lag (days)</source>
        <translation>Décalage de Granger (jours)</translation>
    </message>
    <message>
        <source>Revenue forecast</source>
        <translation>Prévision du chiffre d’affaires</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>Chiffre d’affaires par jour</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>Intervalle à 80 %</translation>
    </message>
    <message>
        <source>Expected revenue over the next %1 days: %2 (80%: %3 – %4; 95%: %5 – %6).</source>
        <translation>Chiffre d’affaires attendu sur les %1 prochains jours : %2 (80 % : %3 – %4 ; 95 % : %5 – %6).</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Horizon (days)</source>
        <translation>Horizon (jours)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>80% low</source>
        <translation>Borne basse 80 %</translation>
    </message>
    <message>
        <source>80% high</source>
        <translation>Borne haute 80 %</translation>
    </message>
    <message>
        <source>95% low</source>
        <translation>Borne basse 95 %</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>Borne haute 95 %</translation>
    </message>
    <message>
        <source>Users most likely to churn</source>
        <translation>Utilisateurs les plus susceptibles de partir</translation>
    </message>
    <message>
        <source>%1 of the %2 users active in the last 30 days are expected not to come back in the next 30 (95%: %3 – %4).</source>
        <translation>%1 des %2 utilisateurs actifs ces 30 derniers jours ne devraient pas revenir dans les 30 prochains (95 % : %3 – %4).</translation>
    </message>
    <message>
        <source>Churn score</source>
        <translation>Score d’attrition</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Days since last event</source>
        <translation>Jours depuis le dernier événement</translation>
    </message>
    <message>
        <source>Events (30 days)</source>
        <translation>Événements (30 jours)</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Jours actifs</translation>
    </message>
    <message>
        <source>Accuracy of past predictions</source>
        <translation>Précision des prévisions passées</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Backtest of %1 on the last %2 days: mean absolute error %3 per day, against %4 for repeating last week.</source>
        <translation>Test a posteriori de %1 sur les %2 derniers jours : erreur absolue moyenne de %3 par jour, contre %4 en répétant la semaine précédente.</translation>
    </message>
    <message>
        <source>No stored prediction has reached its end yet: they are scored once the data covers their period.</source>
        <translation>Aucune prévision enregistrée n’est encore arrivée à son terme : elles sont évaluées une fois que les données couvrent leur période.</translation>
    </message>
    <message>
        <source>%1 of %2 scored predictions fell within their 95% interval.</source>
        <translation>%1 des %2 prévisions évaluées sont tombées dans leur intervalle à 95 %.</translation>
    </message>
    <message>
        <source>Unknown metric "%1"; the metrics are: %2.</source>
        <translation>Métrique inconnue « %1 » ; les métriques sont : %2.</translation>
    </message>
    <message>
        <source>Anomalies in %1</source>
        <translation>Anomalies de %1</translation>
    </message>
    <message>
        <source>No day of this range left the expected band.</source>
        <translation>Aucun jour de cette période n’est sorti de la bande attendue.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left the band expected from the trend and the weekly pattern.</source>
        <translation><numerusform>%n jour est sorti de la bande attendue d’après la tendance et le rythme de la semaine.</numerusform><numerusform>%n jours sont sortis de la bande attendue d’après la tendance et le rythme de la semaine.</numerusform></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Borne basse</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Borne haute</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>up</source>
        <translation>hausse</translation>
    </message>
    <message>
        <source>down</source>
        <translation>baisse</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Comparatifs</translation>
    </message>
    <message numerus="yes">
        <source>%1 against the %n other brand(s) of its industry (%2).</source>
        <translation><numerusform>%1 face à %n autre marque de son secteur (%2).</numerusform><numerusform>%1 face aux %n autres marques de son secteur (%2).</numerusform></translation>
    </message>
    <message>
        <source>Peer figures are hidden: fewer than %1 peers, so no brand could be singled out.</source>
        <translation>Les chiffres des pairs sont masqués : moins de %1 pairs, aucune marque ne doit pouvoir être identifiée.</translation>
    </message>
    <message>
        <source>Percentile among peers</source>
        <translation>Centile parmi les pairs</translation>
    </message>
    <message>
        <source>Percentile rank</source>
        <translation>Rang centile</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Peer 25th percentile</source>
        <translation>25e centile des pairs</translation>
    </message>
    <message>
        <source>Peer median</source>
        <translation>Médiane des pairs</translation>
    </message>
    <message>
        <source>Peer 75th percentile</source>
        <translation>75e centile des pairs</translation>
    </message>
    <message>
        <source>Seasonality</source>
        <translation>Saisonnalité</translation>
    </message>
    <message>
        <source>Mean events per weekday and hour (UTC). Weekly pattern strength: %1.</source>
        <translation>Nombre moyen d’événements par jour de la semaine et par heure (UTC). Force du rythme hebdomadaire : %1.</translation>
    </message>
    <message>
        <source>Mean events per weekday and hour (UTC).</source>
        <translation>Nombre moyen d’événements par jour de la semaine et par heure (UTC).</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day-of-week indices</source>
        <translation>Indices par jour de la semaine</translation>
    </message>
    <message>
        <source>Mean daily events on each weekday divided by the mean over all days (1 = an average day).</source>
        <translation>Nombre moyen d’événements de chaque jour de la semaine, divisé par la moyenne sur tous les jours (1 = un jour moyen).</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Journeys from %1</source>
        <translation>Parcours depuis %1</translation>
    </message>
    <message>
        <source>What %1 sessions did after their first "%2", step by step.</source>
        <translation>Ce qu’ont fait %1 sessions après leur premier « %2 », étape par étape.</translation>
    </message>
    <message>
        <source>Most frequent paths</source>
        <translation>Chemins les plus fréquents</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Users, sessions, conversions and revenue per %1.</source>
        <translation>Utilisateurs, sessions, conversions et chiffre d’affaires par %1.</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation>Chiffre d’affaires par utilisateur</translation>
    </message>
    <message>
        <source>Revenue by channel (%1)</source>
        <translation>Chiffre d’affaires par canal (%1)</translation>
    </message>
    <message>
        <source>Purchases of the range credited to channels: first touch credits the buyer's first session, last touch the session of the purchase, linear every session up to it equally.</source>
        <translation>Achats de la période attribués aux canaux : le premier contact crédite la première session de l’acheteur, le dernier contact la session de l’achat, le linéaire chaque session jusqu’à l’achat, à parts égales.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>%1 users active in the last 5 minutes; %2 events in the last hour (at %3 UTC).</source>
        <translation>%1 utilisateurs actifs ces 5 dernières minutes ; %2 événements dans la dernière heure (à %3 UTC).</translation>
    </message>
    <message>
        <source>Events per minute</source>
        <translation>Événements par minute</translation>
    </message>
    <message>
        <source>Last 60 minutes</source>
        <translation>60 dernières minutes</translation>
    </message>
    <message>
        <source>A/B test: %1</source>
        <translation>Test A/B : %1</translation>
    </message>
    <message>
        <source>Conversion to "%1" per variant; uplift against control with its 95% interval.</source>
        <translation>Conversion vers « %1 » par variante ; gain par rapport au témoin avec son intervalle à 95 %.</translation>
    </message>
    <message>
        <source>Sample ratio mismatch: exposures do not follow the planned allocation (p = %1). The assignment may be broken; do not trust these results.</source>
        <translation>Déséquilibre de répartition (SRM) : les expositions ne suivent pas la répartition prévue (p = %1). L’affectation est peut-être défaillante ; ne vous fiez pas à ces résultats.</translation>
    </message>
    <message>
        <source>Uplift against control</source>
        <translation>Gain par rapport au témoin</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Planned share</source>
        <translation>Part prévue</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Probability to beat control</source>
        <translation>Probabilité de battre le témoin</translation>
    </message>
    <message>
        <source>Expected loss</source>
        <translation>Perte attendue</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (témoin)</translation>
    </message>
    <message>
        <source>A/B tests</source>
        <translation>Tests A/B</translation>
    </message>
    <message>
        <source>No experiment of this brand had exposures in this range.</source>
        <translation>Aucune expérience de cette marque n’a eu d’expositions sur cette période.</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Entonnoirs</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Géographie</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Unknown analysis "%1"; the analyses are: %2.</source>
        <translation>Analyse inconnue « %1 » ; les analyses sont : %2.</translation>
    </message>
    <message>
        <source>No analysis named; the analyses are: %1.</source>
        <translation>Aucune analyse indiquée ; les analyses sont : %1.</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 en fonction de %2</translation>
    </message>
    <message>
        <source>One point per day. Pearson's r = %1 (p = %2); the line is the least-squares fit.</source>
        <translation>Un point par jour. r de Pearson = %1 (p = %2) ; la droite est l’ajustement par les moindres carrés.</translation>
    </message>
    <message>
        <source>One point per day. One of the series is constant: there is nothing to correlate.</source>
        <translation>Un point par jour. L’une des séries est constante : il n’y a rien à corréler.</translation>
    </message>
    <message>
        <source>Lag (days)</source>
        <translation>Décalage (jours)</translation>
    </message>
    <message>
        <source>p: %1 helps predict %2</source>
        <translation>p : %1 aide à prédire %2</translation>
    </message>
    <message>
        <source>Granger causality by lag</source>
        <translation>Causalité de Granger par décalage</translation>
    </message>
    <message>
        <source>F-test p-values of each lag, before the correction for trying 7 lags: small values mean the past of one series improves the prediction of the other.</source>
        <translation>Valeurs p du test F pour chaque décalage, avant la correction pour les 7 décalages essayés : une petite valeur signifie que le passé d’une série améliore la prédiction de l’autre.</translation>
    </message>
    <message numerus="yes">
        <source>Users, sessions, conversions and revenue per %1, against the previous %n day(s).</source>
        <translation><numerusform>Utilisateurs, sessions, conversions et chiffre d’affaires par %1, par rapport au %n jour précédent.</numerusform><numerusform>Utilisateurs, sessions, conversions et chiffre d’affaires par %1, par rapport aux %n jours précédents.</numerusform></translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Users, previous period</source>
        <translation>Utilisateurs, période précédente</translation>
    </message>
    <message>
        <source>Change in users</source>
        <translation>Évolution des utilisateurs</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>navigateur</translation>
    </message>
    <message>
        <source>operating system</source>
        <translation>système d’exploitation</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>expérience</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>variante</translation>
    </message>
    <message numerus="yes">
        <source>The previous %n day(s): %1 of %2 (%3).</source>
        <translation><numerusform>Le jour précédent : %1 sur %2 (%3).</numerusform><numerusform>Les %n jours précédents : %1 sur %2 (%3).</numerusform></translation>
    </message>
    <message>
        <source>Users who reached "%1", by the time it took them from "%2".</source>
        <translation>Utilisateurs arrivés à « %1 », selon le temps mis depuis « %2 ».</translation>
    </message>
    <message>
        <source>Time from the first step to the last</source>
        <translation>Temps entre la première et la dernière étape</translation>
    </message>
    <message>
        <source>Up to (seconds)</source>
        <translation>Jusqu’à (secondes)</translation>
    </message>
    <message>
        <source>Share of converters</source>
        <translation>Part des convertis</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Time between steps</source>
        <translation>Temps entre les étapes</translation>
    </message>
    <message>
        <source>first touch</source>
        <translation>premier contact</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>last touch</source>
        <translation>dernier contact</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Kind of annotation</source>
        <translation>Genre d’annotation</translation>
    </message>
    <message>
        <source>Annotation text</source>
        <translation>Texte de l’annotation</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>AnomalyService</name>
    <message>
        <source>The anomaly threshold must be a positive number of standard deviations.</source>
        <translation>Le seuil d’anomalie doit être un nombre positif d’écarts-types.</translation>
    </message>
    <message numerus="yes">
        <source>Anomalies need a range of at least 14 days, to know the weekly pattern (%1 to %2 has %n day(s)).</source>
        <translation><numerusform>Les anomalies demandent une période d’au moins 14 jours, pour connaître le rythme de la semaine (du %1 au %2 : %n jour).</numerusform><numerusform>Les anomalies demandent une période d’au moins 14 jours, pour connaître le rythme de la semaine (du %1 au %2 : %n jours).</numerusform></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>--database</source>
        <translation>--database</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>les réglages</translation>
    </message>
</context>
<context>
    <name>AssetStore</name>
    <message>
        <source>The result is not a readable image (%1).</source>
        <translation>Le résultat n’est pas une image lisible (%1).</translation>
    </message>
    <message>
        <source>Storing a result</source>
        <translation>Le stockage d’un résultat</translation>
    </message>
    <message>
        <source>Reading a result</source>
        <translation>La lecture d’un résultat</translation>
    </message>
    <message>
        <source>The result %1 is not in the database.</source>
        <translation>Le résultat %1 n’est pas dans la base.</translation>
    </message>
    <message>
        <source>The stored result %1 does not match its checksum.</source>
        <translation>Le résultat stocké %1 ne correspond pas à sa somme de contrôle.</translation>
    </message>
</context>
<context>
    <name>Atelier::AiStudioPage</name>
    <message>
        <source>AI Studio</source>
        <translation>AI Studio</translation>
    </message>
    <message>
        <source>AI Studio views</source>
        <translation>Vues de l’AI Studio</translation>
    </message>
</context>
<context>
    <name>Atelier::AnalysisView</name>
    <message>
        <source>Purchase funnel (standard)</source>
        <translation>Entonnoir d’achat (standard)</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Calcul en cours : %1…</translation>
    </message>
    <message>
        <source>Cancelled. Change a parameter, the brand or the range to compute again.</source>
        <translation>Annulé. Changez un paramètre, la marque ou la période pour relancer le calcul.</translation>
    </message>
    <message>
        <source>Real time · the last hour, refreshed every 5 seconds</source>
        <translation>Temps réel · la dernière heure, actualisée toutes les 5 secondes</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · du %2 au %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the computation</source>
        <translation>Annuler le calcul</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Entonnoir :</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>&amp;Edit steps…</source>
        <translation>&amp;Modifier les étapes…</translation>
    </message>
    <message>
        <source>Edit the funnel's steps</source>
        <translation>Modifier les étapes de l’entonnoir</translation>
    </message>
    <message>
        <source>Cohorts &amp;by:</source>
        <translation>&amp;Cohortes par :</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Cohort period</source>
        <translation>Période des cohortes</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Périodes :</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Nombre de périodes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Retention or revenue</source>
        <translation>Rétention ou chiffre d’affaires</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>&amp;Attribution :</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Attribution model</source>
        <translation>Modèle d’attribution</translation>
    </message>
    <message>
        <source>&amp;Start event:</source>
        <translation>Événement de &amp;départ :</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Événement de départ</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <source>Steps to follow</source>
        <translation>Étapes à suivre</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>&amp;Nouveau segment…</translation>
    </message>
    <message>
        <source>Create a segment</source>
        <translation>Créer un segment</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 de %2 : %3</translation>
    </message>
    <message>
        <source>Annotate %1</source>
        <translation>Annoter %1</translation>
    </message>
    <message>
        <source>Still saving the previous annotation: try again in a moment.</source>
        <translation>L’annotation précédente est encore en cours d’enregistrement : réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Atelier::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Analytique</translation>
    </message>
    <message>
        <source>Choose a brand first: the report is about one brand.</source>
        <translation>Choisissez d’abord une marque : le rapport porte sur une seule marque.</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
</context>
<context>
    <name>Atelier::AuditModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>Atelier::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown; scroll for more.</source>
        <translation><numerusform>%n ligne affichée ; faites défiler pour la suite.</numerusform><numerusform>%n lignes affichées ; faites défiler pour la suite.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation><numerusform>%n ligne.</numerusform><numerusform>%n lignes.</numerusform></translation>
    </message>
    <message>
        <source>Verifying the whole chain…</source>
        <translation>Vérification de toute la chaîne…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n row(s), each linked to the one before. Last row %1, hash %2.</source>
        <translation><numerusform>Intact : %n ligne, chacune liée à la précédente. Dernière ligne %1, empreinte %2.</numerusform><numerusform>Intact : %n lignes, chacune liée à la précédente. Dernière ligne %1, empreinte %2.</numerusform></translation>
    </message>
    <message>
        <source>Tampered: the chain breaks at row %1 (%2).</source>
        <translation>Altéré : la chaîne se rompt à la ligne %1 (%2).</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation><numerusform>%n ligne écrite dans %1.</numerusform><numerusform>%n lignes écrites dans %1.</numerusform></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>Resource &amp;type:</source>
        <translation>&amp;Type de ressource :</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource :</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Filter by resource type</source>
        <translation>Filtrer par type de ressource</translation>
    </message>
    <message>
        <source>Filter by resource</source>
        <translation>Filtrer par ressource</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify the whole chain</source>
        <translation>Vérifier toute la chaîne</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the rows the filter shows as CSV</source>
        <translation>Exporter en CSV les lignes que montre le filtre</translation>
    </message>
    <message>
        <source>Audit trail rows</source>
        <translation>Lignes du journal d’audit</translation>
    </message>
    <message numerus="yes">
        <source>%n newer row(s) not chained yet: verify again to check them.</source>
        <translation><numerusform>%n ligne plus récente pas encore chaînée : vérifiez de nouveau pour la contrôler.</numerusform><numerusform>%n lignes plus récentes pas encore chaînées : vérifiez de nouveau pour les contrôler.</numerusform></translation>
    </message>
</context>
<context>
    <name>Atelier::BrandListModel</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>Atelier::CacheView</name>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Choose a brand.</source>
        <translation>Choisissez une marque.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>aucune demande pour l’instant</translation>
    </message>
    <message>
        <source>Stop answering from every cached result of this brand? The same requests will be generated, and paid for, again. The results themselves stay in the gallery.</source>
        <translation>Ne plus servir aucun des résultats en cache de cette marque ? Les mêmes demandes seront de nouveau générées, et payées. Les résultats eux-mêmes restent dans la galerie.</translation>
    </message>
    <message numerus="yes">
        <source>Stop answering from this brand's cached results older than %n day(s)? The same requests will be generated, and paid for, again. The results themselves stay in the gallery.</source>
        <translation><numerusform>Ne plus servir les résultats en cache de cette marque vieux de plus de %n jour ? Les mêmes demandes seront de nouveau générées, et payées. Les résultats eux-mêmes restent dans la galerie.</numerusform><numerusform>Ne plus servir les résultats en cache de cette marque vieux de plus de %n jours ? Les mêmes demandes seront de nouveau générées, et payées. Les résultats eux-mêmes restent dans la galerie.</numerusform></translation>
    </message>
    <message>
        <source>Clear cached results</source>
        <translation>Effacer les résultats en cache</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Delete the %1 of results kept on this desktop, in %2? They are read from the database again when needed.</source>
        <translation>Supprimer les %1 de résultats gardés sur ce poste, dans %2 ? Ils seront relus dans la base de données au besoin.</translation>
    </message>
    <message>
        <source>Clear this desktop's disk cache</source>
        <translation>Vider le cache disque de ce poste</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Clearing the cache…</source>
        <translation>Effacement du cache…</translation>
    </message>
    <message>
        <source>The cache was not cleared: %1</source>
        <translation>Le cache n’a pas été effacé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entry(ies); %1 freed on this desktop's disk, %2 of results no longer answered from the cache.</source>
        <translation><numerusform>%n entrée retirée ; %1 libérés sur le disque de ce poste, %2 de résultats que le cache ne sert plus.</numerusform><numerusform>%n entrées retirées ; %1 libérés sur le disque de ce poste, %2 de résultats que le cache ne sert plus.</numerusform></translation>
    </message>
    <message>
        <source>Clearing this desktop's disk cache…</source>
        <translation>Vidage du cache disque de ce poste…</translation>
    </message>
    <message>
        <source>Freed %1 on this desktop's disk.</source>
        <translation>%1 libérés sur le disque de ce poste.</translation>
    </message>
    <message>
        <source>This desktop's disk cache was already empty.</source>
        <translation>Le cache disque de ce poste était déjà vide.</translation>
    </message>
    <message>
        <source>Result cache</source>
        <translation>Cache des résultats</translation>
    </message>
    <message>
        <source>The same request as a completed one (provider, model, prompt, parameters and seed) is answered with that result: no provider call, no credit.</source>
        <translation>Une demande identique à une demande terminée (fournisseur, modèle, prompt, paramètres et graine) reçoit le même résultat : aucun appel au fournisseur, aucun crédit.</translation>
    </message>
    <message>
        <source>This brand, all time</source>
        <translation>Cette marque, depuis le début</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Answered from the cache:</source>
        <translation>Servies par le cache :</translation>
    </message>
    <message>
        <source>Generated by a provider:</source>
        <translation>Générées par un fournisseur :</translation>
    </message>
    <message>
        <source>Hit rate:</source>
        <translation>Taux de succès :</translation>
    </message>
    <message>
        <source>Results the cache can answer with:</source>
        <translation>Résultats que le cache peut servir :</translation>
    </message>
    <message>
        <source>Credits saved:</source>
        <translation>Crédits économisés :</translation>
    </message>
    <message>
        <source>Disk cache of results:</source>
        <translation>Cache disque des résultats :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Clear results &amp;older than:</source>
        <translation>Effacer les résultats &amp;plus anciens que :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>any age (all)</source>
        <translation>tout âge (tous)</translation>
    </message>
    <message>
        <source>Age in days of the cached results to clear; 0 clears them all</source>
        <translation>Âge en jours des résultats en cache à effacer ; 0 les efface tous</translation>
    </message>
    <message>
        <source>Clear &amp;results…</source>
        <translation>Effacer les &amp;résultats…</translation>
    </message>
    <message>
        <source>Clear the cached results older than the age given</source>
        <translation>Effacer les résultats en cache plus anciens que l’âge indiqué</translation>
    </message>
    <message>
        <source>Clear this desktop's &amp;disk cache…</source>
        <translation>Vider le cache &amp;disque de ce poste…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the disk cache's folder</source>
        <translation>Ouvrir le dossier du cache disque</translation>
    </message>
</context>
<context>
    <name>Atelier::ChartWidget</name>
    <message>
        <source>Annotate “%1”…</source>
        <translation>Annoter « %1 »…</translation>
    </message>
</context>
<context>
    <name>Atelier::CollectionsView</name>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s) · shared</source>
        <translation><numerusform>%1 · %n élément · partagée</numerusform><numerusform>%1 · %n éléments · partagée</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s)</source>
        <translation><numerusform>%1 · %n élément</numerusform><numerusform>%1 · %n éléments</numerusform></translation>
    </message>
    <message>
        <source>No collection yet: select generations in the Studio and choose "Add to collection", or make one here.</source>
        <translation>Aucune collection pour l’instant : sélectionnez des générations dans le Studio et choisissez « Ajouter à une collection », ou créez-en une ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Made %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Créée le %3%4</translation>
    </message>
    <message>
        <source> · shared</source>
        <translation> · partagée</translation>
    </message>
    <message>
        <source>Made the collection %1.</source>
        <translation>Collection %1 créée.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Nom de la collection :</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Une collection demande un nom.</translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation>Partagée avec %1.</translation>
    </message>
    <message>
        <source>Share the collection</source>
        <translation>Partager la collection</translation>
    </message>
    <message>
        <source>Person to share with</source>
        <translation>Personne avec qui partager</translation>
    </message>
    <message>
        <source>What they may do</source>
        <translation>Ce que la personne peut faire</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>&amp;Person (user name):</source>
        <translation>&amp;Personne (nom d’utilisateur) :</translation>
    </message>
    <message>
        <source>&amp;May:</source>
        <translation>&amp;Droit :</translation>
    </message>
    <message>
        <source>Name the person to share with.</source>
        <translation>Indiquez la personne avec qui partager.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) and a manifest to %1.</source>
        <translation><numerusform>%n résultat et un manifeste écrits dans %1.</numerusform><numerusform>%n résultats et un manifeste écrits dans %1.</numerusform></translation>
    </message>
    <message>
        <source>Export the collection</source>
        <translation>Exporter la collection</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Make a new collection</source>
        <translation>Créer une nouvelle collection</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Partager…</translation>
    </message>
    <message>
        <source>Share the collection with a person</source>
        <translation>Partager la collection avec une personne</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the collection's results and a manifest as a zip</source>
        <translation>Exporter les résultats de la collection et un manifeste dans un zip</translation>
    </message>
</context>
<context>
    <name>Atelier::CommentsPanel</name>
    <message>
        <source>(resolved)</source>
        <translation>(résolu)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Write a comment; @name mentions someone.</source>
        <translation>Écrivez un commentaire ; @nom mentionne quelqu’un.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Nothing to comment on here.</source>
        <translation>Rien à commenter ici.</translation>
    </message>
    <message>
        <source>Comments on %1 of %2</source>
        <translation>Commentaires sur %1 de %2</translation>
    </message>
</context>
<context>
    <name>Atelier::ComparisonView</name>
    <message>
        <source>Result of %1</source>
        <translation>Résultat de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · quality %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · qualité %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesurée</translation>
    </message>
    <message>
        <source>This generation has no result.</source>
        <translation>Cette génération n’a pas de résultat.</translation>
    </message>
</context>
<context>
    <name>Atelier::ConsoleApp</name>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Preparing the database…</source>
        <translation>Préparation de la base de données…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>First start: creating the demo data (%1 %)…</source>
        <translation>Premier démarrage : création des données de démonstration (%1 %)…</translation>
    </message>
    <message>
        <source>Unknown page "%1"; the pages are: %2.</source>
        <translation>Page « %1 » inconnue ; les pages sont : %2.</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; nothing was written. It starts again the next time you open Atelier.</source>
        <translation>La création des données de démonstration a été annulée ; rien n’a été écrit. Elle reprendra à la prochaine ouverture d’Atelier.</translation>
    </message>
    <message>
        <source>%1

Forget this saved database and open the embedded one?</source>
        <translation>%1

Oublier cette base enregistrée et ouvrir la base embarquée ?</translation>
    </message>
</context>
<context>
    <name>Atelier::CreditUsageModel</name>
    <message>
        <source>Over the quota: new generations are refused until next month or a larger quota.</source>
        <translation>Quota dépassé : les nouvelles générations sont refusées jusqu’au mois prochain ou jusqu’à un quota plus grand.</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>sans quota</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Débités</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursés</translation>
    </message>
    <message>
        <source>Held now</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <source>Used this month</source>
        <translation>Utilisés ce mois-ci</translation>
    </message>
    <message>
        <source>Monthly quota</source>
        <translation>Quota mensuel</translation>
    </message>
    <message>
        <source>Left this month</source>
        <translation>Restants ce mois-ci</translation>
    </message>
    <message>
        <source>Credits charged for completed generations in the range</source>
        <translation>Crédits débités pour les générations terminées sur la période</translation>
    </message>
    <message>
        <source>Credits given back for failed or cancelled generations in the range</source>
        <translation>Crédits rendus pour les générations échouées ou annulées sur la période</translation>
    </message>
    <message>
        <source>Credits held now by jobs still queued or running</source>
        <translation>Crédits retenus en ce moment par les tâches encore en file d’attente ou en cours</translation>
    </message>
    <message>
        <source>Credits charged since the start of this month</source>
        <translation>Crédits débités depuis le début du mois</translation>
    </message>
    <message>
        <source>Credits the person may use each month in this brand</source>
        <translation>Crédits que la personne peut utiliser chaque mois dans cette marque</translation>
    </message>
    <message>
        <source>The quota less what was used this month and what is held now</source>
        <translation>Le quota, moins ce qui a été utilisé ce mois-ci et ce qui est retenu en ce moment</translation>
    </message>
</context>
<context>
    <name>Atelier::CreditsView</name>
    <message>
        <source>Credits and usage</source>
        <translation>Crédits et consommation</translation>
    </message>
    <message>
        <source>Choose a brand and a range of days.</source>
        <translation>Choisissez une marque et une période.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) spent credits in this brand; %1 generation(s) and %2 credit(s) charged in the range.</source>
        <translation><numerusform>%n personne a dépensé des crédits dans cette marque ; %1 génération(s) et %2 crédit(s) débité(s) sur la période.</numerusform><numerusform>%n personnes ont dépensé des crédits dans cette marque ; %1 génération(s) et %2 crédit(s) débité(s) sur la période.</numerusform></translation>
    </message>
    <message>
        <source>Your own balance could not be read: %1</source>
        <translation>Votre propre solde n’a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>You have used %1 of %2 credits this month; %n are held by queued jobs.</source>
        <translation><numerusform>Vous avez utilisé %1 crédits sur %2 ce mois-ci ; %n est retenu par des tâches en file d’attente.</numerusform><numerusform>Vous avez utilisé %1 crédits sur %2 ce mois-ci ; %n sont retenus par des tâches en file d’attente.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You have used %1 credits this month, with no monthly quota; %n are held by queued jobs.</source>
        <translation><numerusform>Vous avez utilisé %1 crédits ce mois-ci, sans quota mensuel ; %n est retenu par des tâches en file d’attente.</numerusform><numerusform>Vous avez utilisé %1 crédits ce mois-ci, sans quota mensuel ; %n sont retenus par des tâches en file d’attente.</numerusform></translation>
    </message>
    <message>
        <source>Set a monthly quota</source>
        <translation>Définir un quota mensuel</translation>
    </message>
    <message>
        <source>Credits %1 may use each month in this brand:</source>
        <translation>Crédits que %1 peut utiliser chaque mois dans cette marque :</translation>
    </message>
    <message>
        <source>Setting the quota of %1…</source>
        <translation>Définition du quota de %1…</translation>
    </message>
    <message>
        <source>The quota of %1 was not changed: %2</source>
        <translation>Le quota de %1 n’a pas été modifié : %2</translation>
    </message>
    <message>
        <source>%1 may now use %2 credits a month in this brand.</source>
        <translation>%1 peut maintenant utiliser %2 crédits par mois dans cette marque.</translation>
    </message>
    <message>
        <source>Used this month against the monthly quota</source>
        <translation>Consommation du mois par rapport au quota mensuel</translation>
    </message>
    <message>
        <source>Nobody spent credits in this brand</source>
        <translation>Personne n’a dépensé de crédits dans cette marque</translation>
    </message>
    <message>
        <source>Used this month</source>
        <translation>Utilisés ce mois-ci</translation>
    </message>
    <message>
        <source>Monthly quota</source>
        <translation>Quota mensuel</translation>
    </message>
    <message>
        <source>%1 (no quota)</source>
        <translation>%1 (sans quota)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1: %2, no quota</source>
        <translation>%1 : %2, sans quota</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Generations and credits per day</source>
        <translation>Générations et crédits par jour</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message>
        <source>Credits charged</source>
        <translation>Crédits débités</translation>
    </message>
    <message numerus="yes">
        <source>%1 generation(s) and %2 credit(s) over %n day(s); at most %3 generation(s) in a day.</source>
        <translation><numerusform>%1 génération(s) et %2 crédit(s) sur %n jour ; au plus %3 génération(s) en un jour.</numerusform><numerusform>%1 génération(s) et %2 crédit(s) sur %n jours ; au plus %3 génération(s) en un jour.</numerusform></translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouées</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulées</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>Toutes les générations</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>Set &amp;quota…</source>
        <translation>Définir le &amp;quota…</translation>
    </message>
    <message>
        <source>Set the monthly credits of the selected person in this brand (administrators only)</source>
        <translation>Définir les crédits mensuels de la personne sélectionnée dans cette marque (administrateurs seulement)</translation>
    </message>
    <message>
        <source>Set the monthly quota of the selected person</source>
        <translation>Définir le quota mensuel de la personne sélectionnée</translation>
    </message>
    <message>
        <source>Credits per person</source>
        <translation>Crédits par personne</translation>
    </message>
    <message>
        <source>Credits used this month against the quota, per person</source>
        <translation>Crédits utilisés ce mois-ci par rapport au quota, par personne</translation>
    </message>
    <message>
        <source>&amp;Totals over the range:</source>
        <translation>&amp;Totaux sur la période :</translation>
    </message>
    <message>
        <source>Generations and credits by model, type and status</source>
        <translation>Générations et crédits par modèle, type et statut</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
</context>
<context>
    <name>Atelier::CustomModelTableModel</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Entraîné le</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Utilisé comme</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Atelier::DateRangeSelector</name>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Date range preset</source>
        <translation>Période prédéfinie</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Through</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>First day of the range (UTC)</source>
        <translation>Premier jour de la période (UTC)</translation>
    </message>
    <message>
        <source>Last day of the range (UTC), included</source>
        <translation>Dernier jour de la période (UTC), inclus</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
</context>
<context>
    <name>Atelier::DetailView</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This generation cannot be shown</source>
        <translation>Cette génération ne peut pas être affichée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt :</translation>
    </message>
    <message>
        <source>Negative prompt:</source>
        <translation>Prompt négatif :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source> · answered from the cache</source>
        <translation> · servi par le cache</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation><numerusform>%n crédit</numerusform><numerusform>%n crédits</numerusform></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Qualité :</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentatives :</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création :</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer l’étoile</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ajouter une étoile</translation>
    </message>
    <message>
        <source>A 3D model: this is its preview. Open it in your 3D viewer to turn it around.</source>
        <translation>Un modèle 3D : voici son aperçu. Ouvrez-le dans votre visionneuse 3D pour le faire tourner.</translation>
    </message>
    <message>
        <source>An animation: it plays here, in a loop.</source>
        <translation>Une animation : elle est lue ici, en boucle.</translation>
    </message>
    <message>
        <source>The result is not an image this desktop can show.</source>
        <translation>Le résultat n’est pas une image que ce poste peut afficher.</translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <source>Version %1, %2
%3</source>
        <translation>Version %1, %2
%3</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Versions (%1):</source>
        <translation>Versions (%1) :</translation>
    </message>
    <message>
        <source>← &amp;Back to the image</source>
        <translation>← &amp;Retour à l’image</translation>
    </message>
    <message>
        <source>← &amp;Back to the gallery</source>
        <translation>← &amp;Retour à la galerie</translation>
    </message>
    <message>
        <source>The new version was answered from the cache.</source>
        <translation>La nouvelle version a été servie par le cache.</translation>
    </message>
    <message>
        <source>The new version is queued; it joins the timeline when it is done.</source>
        <translation>La nouvelle version est en file d’attente ; elle rejoindra la frise une fois terminée.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Prompt of the new version (the same model and settings):</source>
        <translation>Prompt de la nouvelle version (mêmes modèle et réglages) :</translation>
    </message>
    <message>
        <source>The result of this generation is not a 3D model (GLB).</source>
        <translation>Le résultat de cette génération n’est pas un modèle 3D (GLB).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>No application on this desktop opens 3D models (GLB). The file is %1.</source>
        <translation>Aucune application de ce poste n’ouvre les modèles 3D (GLB). Le fichier est %1.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <source>Reuse prompt</source>
        <translation>Réutiliser le prompt</translation>
    </message>
    <message>
        <source>Put this prompt in the Generate panel</source>
        <translation>Mettre ce prompt dans le panneau Générer</translation>
    </message>
    <message>
        <source>Reuse seed</source>
        <translation>Réutiliser la graine</translation>
    </message>
    <message>
        <source>Put this seed in the Generate panel</source>
        <translation>Mettre cette graine dans le panneau Générer</translation>
    </message>
    <message>
        <source>Remi&amp;x</source>
        <translation>Remi&amp;xer</translation>
    </message>
    <message>
        <source>Put everything of this generation in the Generate panel</source>
        <translation>Mettre tous les réglages de cette génération dans le panneau Générer</translation>
    </message>
    <message>
        <source>&amp;New version from this…</source>
        <translation>&amp;Nouvelle version à partir de celle-ci…</translation>
    </message>
    <message>
        <source>Make a &amp;3D model from it</source>
        <translation>En faire un modèle &amp;3D</translation>
    </message>
    <message>
        <source>Prepare a 3D generation from this image in the Generate panel</source>
        <translation>Préparer une génération 3D à partir de cette image dans le panneau Générer</translation>
    </message>
    <message>
        <source>Rate this generation</source>
        <translation>Noter cette génération</translation>
    </message>
    <message>
        <source>Open the 3D model</source>
        <translation>Ouvrir le modèle 3D</translation>
    </message>
    <message>
        <source>Open the GLB file in this desktop's 3D viewer</source>
        <translation>Ouvrir le fichier GLB dans la visionneuse 3D de ce poste</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>Comparer côte à côte</translation>
    </message>
    <message>
        <source>Compare the version selected in the timeline with this one</source>
        <translation>Comparer la version sélectionnée dans la frise avec celle-ci</translation>
    </message>
    <message>
        <source>Versions timeline</source>
        <translation>Frise des versions</translation>
    </message>
    <message>
        <source>Give stars</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Drag over the image to mark an area, or zoom and move to it and press Enter to mark what is on screen.</source>
        <translation>Faites glisser sur l’image pour marquer une zone, ou zoomez et déplacez-vous jusqu’à elle puis appuyez sur Entrée pour marquer ce qui est à l’écran.</translation>
    </message>
    <message>
        <source>%1. %2 by %3: %4</source>
        <translation>%1. %2 de %3 : %4</translation>
    </message>
    <message>
        <source>Annotations (%1):</source>
        <translation>Annotations (%1) :</translation>
    </message>
    <message>
        <source>Annotate the image</source>
        <translation>Annoter l’image</translation>
    </message>
    <message>
        <source>An annotation needs a text; nothing was added.</source>
        <translation>Une annotation a besoin d’un texte ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Annotation added.</source>
        <translation>Annotation ajoutée.</translation>
    </message>
    <message>
        <source>Mark an area of the image with a comment, a suggestion or an issue (Ctrl+Shift+A)</source>
        <translation>Marquer une zone de l’image d’un commentaire, d’une suggestion ou d’un problème (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Annotations of the image</source>
        <translation>Annotations de l’image</translation>
    </message>
</context>
<context>
    <name>Atelier::ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Analyses to include</source>
        <translation>Analyses à inclure</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Include:</source>
        <translation>%1, du %2 au %3. Inclure :</translation>
    </message>
    <message>
        <source>Save as (.pdf: charts and tables; .csv: every table):</source>
        <translation>Enregistrer sous (.pdf : graphiques et tableaux ; .csv : tous les tableaux) :</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV tables (*.csv)</source>
        <translation>Rapport PDF (*.pdf);;Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Tick at least one analysis.</source>
        <translation>Cochez au moins une analyse.</translation>
    </message>
    <message>
        <source>Computing the analyses…</source>
        <translation>Calcul des analyses…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Fichier écrit : %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Atelier::FunnelEditor</name>
    <message>
        <source>Edit funnel</source>
        <translation>Modifier l’entonnoir</translation>
    </message>
    <message>
        <source>Funnel name</source>
        <translation>Nom de l’entonnoir</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Filters (property=value; …)</source>
        <translation>Filtres (propriété=valeur ; …)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Excluded event</source>
        <translation>Événement exclu</translation>
    </message>
    <message>
        <source>After step</source>
        <translation>Après l’étape</translation>
    </message>
    <message>
        <source>Before step</source>
        <translation>Avant l’étape</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Conversion window</source>
        <translation>Fenêtre de conversion</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Window unit</source>
        <translation>Unité de la fenêtre</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Sans ventilation</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>&amp;Save this funnel (under its name)</source>
        <translation>&amp;Enregistrer cet entonnoir (sous son nom)</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Retirer l’étape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Add e&amp;xclusion</source>
        <translation>Ajouter une e&amp;xclusion</translation>
    </message>
    <message>
        <source>Remove exclusio&amp;n</source>
        <translation>Re&amp;tirer l’exclusion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Ventilation :</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Steps, in order:</source>
        <translation>Étapes, dans l’ordre :</translation>
    </message>
    <message>
        <source>Exclusions: an attempt stops if this event happens between the two steps.</source>
        <translation>Exclusions : une tentative s’arrête si cet événement survient entre les deux étapes.</translation>
    </message>
    <message>
        <source>A funnel needs at least two steps.</source>
        <translation>Un entonnoir demande au moins deux étapes.</translation>
    </message>
    <message>
        <source>A funnel has at most %1 steps.</source>
        <translation>Un entonnoir a au plus %1 étapes.</translation>
    </message>
    <message>
        <source>Step %1: "%2" is not property=value.</source>
        <translation>Étape %1 : « %2 » n’est pas de la forme propriété=valeur.</translation>
    </message>
    <message>
        <source>Step %1: unknown property "%2"; the properties are: %3.</source>
        <translation>Étape %1 : propriété « %2 » inconnue ; les propriétés sont : %3.</translation>
    </message>
    <message>
        <source>Exclusion %1: the steps must be two steps of the funnel, the first before the second (1 to %2).</source>
        <translation>Exclusion %1 : les étapes doivent être deux étapes de l’entonnoir, la première avant la seconde (de 1 à %2).</translation>
    </message>
    <message>
        <source>Give the funnel a name to save it.</source>
        <translation>Donnez un nom à l’entonnoir pour l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>Atelier::GalleryModel</name>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération en cours…</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Génération en cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>3D model</source>
        <translation>Modèle 3D</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Depuis un modèle de prompt</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4 · %5</source>
        <translation>%1
%2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Atelier::GalleryView</name>
    <message>
        <source>No generation matches.</source>
        <translation>Aucune génération ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n generation(s)</source>
        <translation><numerusform>%n génération</numerusform><numerusform>%n générations</numerusform></translation>
    </message>
    <message>
        <source> · scroll for more</source>
        <translation> · faites défiler pour la suite</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n generation(s).</source>
        <translation><numerusform>Étoile ajoutée à %n génération.</numerusform><numerusform>Étoile ajoutée à %n générations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unstarred %n generation(s).</source>
        <translation><numerusform>Étoile retirée de %n génération.</numerusform><numerusform>Étoile retirée de %n générations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rated %n generation(s) %1 of 5.</source>
        <translation><numerusform>%n génération notée %1 sur 5.</numerusform><numerusform>%n générations notées %1 sur 5.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n generation(s) to %1.</source>
        <translation><numerusform>%n génération ajoutée à %1.</numerusform><numerusform>%n générations ajoutées à %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Created the collection %1 with %n generation(s).</source>
        <translation><numerusform>Collection %1 créée avec %n génération.</numerusform><numerusform>Collection %1 créée avec %n générations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Took %n generation(s) out of the collection.</source>
        <translation><numerusform>%n génération retirée de la collection.</numerusform><numerusform>%n générations retirées de la collection.</numerusform></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Nom de la collection :</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n generation(s).</source>
        <translation><numerusform>%n génération supprimée.</numerusform><numerusform>%n générations supprimées.</numerusform></translation>
    </message>
    <message>
        <source>Delete generations</source>
        <translation>Supprimer des générations</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n generation(s) with their versions? Their credits stay in the ledger. This cannot be undone.</source>
        <translation><numerusform>Supprimer %n génération avec ses versions ? Ses crédits restent inscrits au registre. Cette action est irréversible.</numerusform><numerusform>Supprimer %n générations avec leurs versions ? Leurs crédits restent inscrits au registre. Cette action est irréversible.</numerusform></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) and a manifest to %1.</source>
        <translation><numerusform>%n résultat et un manifeste écrits dans %1.</numerusform><numerusform>%n résultats et un manifeste écrits dans %1.</numerusform></translation>
    </message>
    <message>
        <source>Export the selected generations</source>
        <translation>Exporter les générations sélectionnées</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n generation(s)</source>
        <translation><numerusform>Comparer %n génération</numerusform><numerusform>Comparer %n générations</numerusform></translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Search in prompts (Ctrl+F)</source>
        <translation>Rechercher dans les prompts (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Queued or generating</source>
        <translation>En file d’attente ou en cours de génération</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>Filtrer par modèle</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Tout modèle</translation>
    </message>
    <message>
        <source>Filter by collection</source>
        <translation>Filtrer par collection</translation>
    </message>
    <message>
        <source>Any collection</source>
        <translation>Toute collection</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Toolbar's dates</source>
        <translation>Dates de la barre d’outils</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>Filtrer par note</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toute note</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Avec étoile seulement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Les plus anciennes d’abord</translation>
    </message>
    <message>
        <source>Best quality</source>
        <translation>Meilleure qualité</translation>
    </message>
    <message>
        <source>Best rated</source>
        <translation>Mieux notées</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Moins chères</translation>
    </message>
    <message>
        <source>Most expensive</source>
        <translation>Plus chères</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Plus lentes</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected generation (Enter)</source>
        <translation>Ouvrir la génération sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ajouter une étoile</translation>
    </message>
    <message>
        <source>Star or unstar the selection</source>
        <translation>Ajouter ou retirer l’étoile de la sélection</translation>
    </message>
    <message>
        <source>Rate the selection</source>
        <translation>Noter la sélection</translation>
    </message>
    <message>
        <source>&amp;Add to collection</source>
        <translation>&amp;Ajouter à une collection</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Retirer de la collection</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the selected results and a manifest as a zip</source>
        <translation>Exporter les résultats sélectionnés et un manifeste dans un zip</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare two to four generations side by side</source>
        <translation>Comparer de deux à quatre générations côte à côte</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected generations (Delete)</source>
        <translation>Supprimer les générations sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Give stars</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>Atelier::GeneratePanel</name>
    <message numerus="yes">
        <source>%1 — %n credit(s) · ~%2 s</source>
        <translation><numerusform>%1 — %n crédit · ~%2 s</numerusform><numerusform>%1 — %n crédits · ~%2 s</numerusform></translation>
    </message>
    <message>
        <source>%1 — free · ~%2 s</source>
        <translation>%1 — gratuit · ~%2 s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Optional for the offline renderer, which draws its model from the prompt.</source>
        <translation>Facultatif pour le moteur hors ligne, qui dessine son modèle d’après le prompt.</translation>
    </message>
    <message>
        <source>The id of a completed image generation of this brand, which the 3D model is made from.</source>
        <translation>L’identifiant d’une génération d’image terminée de cette marque, à partir de laquelle le modèle 3D est fait.</translation>
    </message>
    <message>
        <source>Template variable %1</source>
        <translation>Variable %1 du modèle de prompt</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Will be sent as: %1</source>
        <translation>Sera envoyé ainsi : %1</translation>
    </message>
    <message>
        <source>No model of this kind is registered with this provider.</source>
        <translation>Aucun modèle de ce genre n’est enregistré pour ce fournisseur.</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 = %n credit(s)</source>
        <translation><numerusform>%1 × %2 = %n crédit</numerusform><numerusform>%1 × %2 = %n crédits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No quota set: %n credit(s)</source>
        <translation><numerusform>Aucun quota défini : %n crédit</numerusform><numerusform>Aucun quota défini : %n crédits</numerusform></translation>
    </message>
    <message>
        <source>%1, more than the %2 of %3 left this month: lower the count or choose a cheaper model.</source>
        <translation>%1, plus que les %2 sur %3 qui restent ce mois-ci : réduisez le nombre ou choisissez un modèle moins cher.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 left this month</source>
        <translation>%1 · %2 sur %3 restants ce mois-ci</translation>
    </message>
    <message>
        <source>Queue the generations (Ctrl+Return)</source>
        <translation>Mettre les générations en file d’attente (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Choose a brand first: generations belong to one.</source>
        <translation>Choisissez d’abord une marque : les générations appartiennent à une marque.</translation>
    </message>
    <message>
        <source>The models are still loading.</source>
        <translation>Les modèles sont encore en cours de chargement.</translation>
    </message>
    <message>
        <source>Choose a model: %1 has none for this kind of result.</source>
        <translation>Choisissez un modèle : %1 n’en a aucun pour ce genre de résultat.</translation>
    </message>
    <message>
        <source>The template "%1" needs a value for: %2.</source>
        <translation>Le modèle de prompt « %1 » demande une valeur pour : %2.</translation>
    </message>
    <message>
        <source>The prompt is empty: say what to generate.</source>
        <translation>Le prompt est vide : dites ce qu’il faut générer.</translation>
    </message>
    <message>
        <source>The prompt is %1 characters long; at most %2 are accepted.</source>
        <translation>Le prompt fait %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The size %1 × %2 is outside %3–%4 pixels a side.</source>
        <translation>La taille %1 × %2 sort des limites de %3 à %4 pixels de côté.</translation>
    </message>
    <message>
        <source>%1 makes a 3D model from a picture: give the id of a completed image generation in "From generation".</source>
        <translation>%1 fait un modèle 3D à partir d’une image : donnez l’identifiant d’une génération d’image terminée dans « Depuis la génération ».</translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n generation(s)…</source>
        <translation><numerusform>Mise en file d’attente de %n génération…</numerusform><numerusform>Mise en file d’attente de %n générations…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n generation(s).</source>
        <translation><numerusform>%n génération mise en file d’attente.</numerusform><numerusform>%n générations mises en file d’attente.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answered from the cache, at no cost.</source>
        <translation><numerusform>%n servie par le cache, sans frais.</numerusform><numerusform>%n servies par le cache, sans frais.</numerusform></translation>
    </message>
    <message>
        <source>Queued %1 of %2; the rest were not: %3</source>
        <translation>%1 sur %2 mises en file d’attente ; les autres non : %3</translation>
    </message>
    <message>
        <source>Made with %1, quality %2 of 100; %3% of the words in common. Click to use this prompt.</source>
        <translation>Fait avec %1, qualité %2 sur 100 ; %3 % de mots en commun. Cliquez pour utiliser ce prompt.</translation>
    </message>
    <message>
        <source>The prompt is empty: there is nothing to optimise.</source>
        <translation>Le prompt est vide : il n’y a rien à optimiser.</translation>
    </message>
    <message>
        <source>Optimising the prompt…</source>
        <translation>Optimisation du prompt…</translation>
    </message>
    <message>
        <source>The prompt needs no change.</source>
        <translation>Le prompt n’a besoin d’aucune modification.</translation>
    </message>
    <message>
        <source>Suggested prompt:</source>
        <translation>Prompt suggéré :</translation>
    </message>
    <message>
        <source>Added to the negative prompt: %1</source>
        <translation>Ajouté au prompt négatif : %1</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifications :</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Generation %1 has no seed this panel can set.</source>
        <translation>La génération %1 n’a pas de graine que ce panneau puisse reprendre.</translation>
    </message>
    <message>
        <source>The model %1 of %2 is not offered any more: choose another.</source>
        <translation>Le modèle %1 de %2 n’est plus proposé : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;From generation:</source>
        <translation>&amp;Depuis la génération :</translation>
    </message>
    <message>
        <source>Temp&amp;late:</source>
        <translation>Modè&amp;le de prompt :</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt :</translation>
    </message>
    <message>
        <source>&amp;Negative prompt (what to keep out):</source>
        <translation>Prompt &amp;négatif (ce qu’il faut exclure) :</translation>
    </message>
    <message>
        <source>S&amp;imilar past prompts (click one to use it):</source>
        <translation>Prompts passés s&amp;imilaires (cliquez sur l’un d’eux pour l’utiliser) :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>T&amp;aille :</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>La&amp;rgeur :</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur :</translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>Grain&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Nom&amp;bre :</translation>
    </message>
    <message>
        <source>Image (2D)</source>
        <translation>Image (2D)</translation>
    </message>
    <message>
        <source>3D model</source>
        <translation>Modèle 3D</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Aucun modèle de prompt</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Provider's default</source>
        <translation>Valeur par défaut du fournisseur</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Random</source>
        <translation>Au ha&amp;sard</translation>
    </message>
    <message>
        <source>&amp;Optimize prompt</source>
        <translation>&amp;Optimiser le prompt</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Kind of result</source>
        <translation>Genre de résultat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model, with its price and average time</source>
        <translation>Modèle, avec son prix et sa durée moyenne</translation>
    </message>
    <message>
        <source>Generation the 3D model is made from</source>
        <translation>Génération à partir de laquelle le modèle 3D est fait</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <source>Similar past prompts</source>
        <translation>Prompts passés similaires</translation>
    </message>
    <message>
        <source>Optimize the prompt</source>
        <translation>Optimiser le prompt</translation>
    </message>
    <message>
        <source>Suggests a clearer prompt from rules and the brand's best-rated work, and lists each change.</source>
        <translation>Suggère un prompt plus clair d’après des règles et les travaux les mieux notés de la marque, et liste chaque modification.</translation>
    </message>
    <message>
        <source>Use the suggested prompt</source>
        <translation>Utiliser le prompt suggéré</translation>
    </message>
    <message>
        <source>Suggested prompt and its changes</source>
        <translation>Prompt suggéré et ses modifications</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Taille prédéfinie</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <source>Sampling steps</source>
        <translation>Étapes d’échantillonnage</translation>
    </message>
    <message>
        <source>How many denoising steps the model takes; more is slower and often finer.</source>
        <translation>Nombre d’étapes de débruitage du modèle ; davantage est plus lent et souvent plus fin.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The same seed and prompt give the same picture. With a count above one, each next generation takes the next seed.</source>
        <translation>La même graine et le même prompt donnent la même image. Avec un nombre supérieur à un, chaque génération suivante prend la graine suivante.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>Let the engine pick a new seed for each generation.</source>
        <translation>Laisser le moteur choisir une nouvelle graine pour chaque génération.</translation>
    </message>
    <message>
        <source>Number of generations</source>
        <translation>Nombre de générations</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Estimation du coût</translation>
    </message>
    <message>
        <source>Generate status</source>
        <translation>Statut du panneau Générer</translation>
    </message>
    <message>
        <source>The prompt the template gives</source>
        <translation>Le prompt que donne le modèle de prompt</translation>
    </message>
</context>
<context>
    <name>Atelier::GenerationQueue</name>
    <message>
        <source>%1 answered with something that is not an image.</source>
        <translation>%1 a répondu par autre chose qu’une image.</translation>
    </message>
    <message>
        <source>%1 answered with a 3D model that cannot be read: %2.</source>
        <translation>%1 a répondu par un modèle 3D illisible : %2.</translation>
    </message>
    <message>
        <source>%1 answered with a still image where an animation was asked.</source>
        <translation>%1 a répondu par une image fixe là où une animation était demandée.</translation>
    </message>
    <message>
        <source>AI-generated</source>
        <translation>Généré par IA</translation>
    </message>
</context>
<context>
    <name>Atelier::ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrow keys to move, 0 to fit, 1 for 100 %.</source>
        <translation>Molette ou +/− pour zoomer, glisser ou touches fléchées pour se déplacer, 0 pour ajuster, 1 pour 100 %.</translation>
    </message>
</context>
<context>
    <name>Atelier::InboxModel</name>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation>Partagé avec vous</translation>
    </message>
    <message>
        <source>Mentioned you</source>
        <translation>Vous a mentionné</translation>
    </message>
    <message>
        <source>Permission: %1</source>
        <translation>Permission : %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>Atelier::InboxPage</name>
    <message>
        <source>Inbox (%1)</source>
        <translation>Boîte de réception (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>New shares and comments will show when the inbox is reopened: listening for them failed.</source>
        <translation>Les nouveaux partages et commentaires apparaîtront à la réouverture de la boîte : leur écoute a échoué.</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Shared with me and mentions</source>
        <translation>Partagés avec moi et mentions</translation>
    </message>
    <message>
        <source>Unread: %1 shared with you, %2 mentioning you.</source>
        <translation>Non lus : %1 partagé(s) avec vous, %2 vous mentionnant.</translation>
    </message>
</context>
<context>
    <name>Atelier::KpiModel</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>AI generations</source>
        <translation>Générations IA</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
</context>
<context>
    <name>Atelier::LineChartView</name>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Anomaly on %1: %2</source>
        <translation>Anomalie le %1 : %2</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Annotate “%1”…</source>
        <translation>Annoter « %1 »…</translation>
    </message>
</context>
<context>
    <name>Atelier::LiveUpdates</name>
    <message>
        <source>Cannot listen for changes from other consoles.</source>
        <translation>Impossible d’écouter les changements des autres consoles.</translation>
    </message>
</context>
<context>
    <name>Atelier::MainWindow</name>
    <message>
        <source>About Atelier</source>
        <translation>À propos d’Atelier</translation>
    </message>
    <message>
        <source>Atelier %1
The operations console for analytics, AI Studio and collaboration.</source>
        <translation>Atelier %1
La console d’exploitation pour l’analytique, l’AI Studio et la collaboration.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>User: …</source>
        <translation>Utilisateur : …</translation>
    </message>
    <message>
        <source>User: unknown</source>
        <translation>Utilisateur : inconnu</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>This database has no brands yet: run "atelier demo --database %1" to fill it with demo data.</source>
        <translation>Cette base ne contient encore aucune marque : lancez « atelier demo --database %1 » pour la remplir de données de démonstration.</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marque :</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Brand and date range</source>
        <translation>Marque et période</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation>À &amp;propos d’Atelier</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded in the audit trail: %1</source>
        <translation>La connexion n’a pas pu être inscrite au journal d’audit : %1</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>&amp;Mode sombre</translation>
    </message>
</context>
<context>
    <name>Atelier::ModelComparisonModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 is no longer in the registry: only the brand's record is shown.</source>
        <translation>%1 n’est plus dans le registre : seul l’historique de la marque est affiché.</translation>
    </message>
    <message>
        <source>%1 completed, %2 failed</source>
        <translation>%1 terminées, %2 échouées</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>absent du registre</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Typical time</source>
        <translation>Durée type</translation>
    </message>
    <message>
        <source>Catalogue quality</source>
        <translation>Qualité au catalogue</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>p50 time</source>
        <translation>Durée p50</translation>
    </message>
    <message>
        <source>p95 time</source>
        <translation>Durée p95</translation>
    </message>
    <message>
        <source>Mean credits</source>
        <translation>Crédits moyens</translation>
    </message>
    <message>
        <source>Mean quality</source>
        <translation>Qualité moyenne</translation>
    </message>
    <message>
        <source>Credits a result costs, from the registry</source>
        <translation>Crédits que coûte un résultat, d’après le registre</translation>
    </message>
    <message>
        <source>Seconds a result usually takes, from the registry</source>
        <translation>Secondes que prend habituellement un résultat, d’après le registre</translation>
    </message>
    <message>
        <source>The registry's quality score, 0 to 100</source>
        <translation>Le score de qualité du registre, de 0 à 100</translation>
    </message>
    <message>
        <source>Generations of this brand in the range (answers from the cache excluded)</source>
        <translation>Générations de cette marque sur la période (réponses du cache exclues)</translation>
    </message>
    <message>
        <source>Completed among the finished generations</source>
        <translation>Part des générations réussies parmi celles qui ont fini</translation>
    </message>
    <message>
        <source>Half of the completed generations took at most this long</source>
        <translation>La moitié des générations terminées ont pris au plus ce temps</translation>
    </message>
    <message>
        <source>95% of the completed generations took at most this long</source>
        <translation>95 % des générations terminées ont pris au plus ce temps</translation>
    </message>
    <message>
        <source>Credits charged per completed generation, on average</source>
        <translation>Crédits débités par génération terminée, en moyenne</translation>
    </message>
    <message>
        <source>Quality score of the completed generations, 0 to 100, on average</source>
        <translation>Score de qualité des générations terminées, de 0 à 100, en moyenne</translation>
    </message>
</context>
<context>
    <name>Atelier::ModelsView</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Choose a brand and a range of days.</source>
        <translation>Choisissez une marque et une période.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in the registry; %1 used by this brand in the range.</source>
        <translation><numerusform>%n modèle dans le registre ; %1 utilisé(s) par cette marque sur la période.</numerusform><numerusform>%n modèles dans le registre ; %1 utilisé(s) par cette marque sur la période.</numerusform></translation>
    </message>
    <message>
        <source>Success rate and mean quality</source>
        <translation>Taux de réussite et qualité moyenne</translation>
    </message>
    <message>
        <source>Time per completed generation (seconds)</source>
        <translation>Durée par génération terminée (secondes)</translation>
    </message>
    <message>
        <source>No models loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>No generations of these models in the range</source>
        <translation>Aucune génération de ces modèles sur la période</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <source>Mean quality (0–100)</source>
        <translation>Qualité moyenne (0–100)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>%1: success %2, quality %3</source>
        <translation>%1 : réussite %2, qualité %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: p50 %2, p95 %3</source>
        <translation>%1 : p50 %2, p95 %3</translation>
    </message>
    <message>
        <source>Select a model in the table to see its record per day</source>
        <translation>Sélectionnez un modèle dans le tableau pour voir son historique par jour</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n generation(s) over %2 day(s), on %3 busy day(s).</source>
        <translation><numerusform>%1 : %n génération en %2 jour(s), dont %3 jour(s) d’activité.</numerusform><numerusform>%1 : %n générations en %2 jour(s), dont %3 jour(s) d’activité.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Tout fournisseur</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Show the models of this provider</source>
        <translation>Afficher les modèles de ce fournisseur</translation>
    </message>
    <message>
        <source>Show the models of this type</source>
        <translation>Afficher les modèles de ce type</translation>
    </message>
    <message>
        <source>Models: registry and this brand's record</source>
        <translation>Modèles : registre et historique de cette marque</translation>
    </message>
    <message>
        <source>Success rate and mean quality of the models used</source>
        <translation>Taux de réussite et qualité moyenne des modèles utilisés</translation>
    </message>
    <message>
        <source>Median and 95th percentile time of the models used</source>
        <translation>Durée médiane et 95e centile des modèles utilisés</translation>
    </message>
    <message>
        <source>The selected model's generations and success rate per day</source>
        <translation>Générations et taux de réussite par jour du modèle sélectionné</translation>
    </message>
</context>
<context>
    <name>Atelier::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Daily %1</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Loading the key figures</source>
        <translation>Chargement des chiffres clés</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show as cards</source>
        <translation>Afficher en cartes</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>%1 vs the previous period</source>
        <translation>%1 par rapport à la période précédente</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4; previous period %5</source>
        <translation>%1 : %2 du %3 au %4 ; période précédente %5</translation>
    </message>
</context>
<context>
    <name>Atelier::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Affiché comme</translation>
    </message>
    <message>
        <source>Login role</source>
        <translation>Rôle de connexion</translation>
    </message>
    <message>
        <source>Brands and roles</source>
        <translation>Marques et rôles</translation>
    </message>
    <message>
        <source>People and their brands</source>
        <translation>Les personnes et leurs marques</translation>
    </message>
    <message>
        <source>3 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>3 à 40 minuscules, chiffres ou _, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 8 characters; it is sent to PostgreSQL and never stored by Atelier.</source>
        <translation>Au moins 8 caractères ; il est envoyé à PostgreSQL et jamais conservé par Atelier.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Set role in %1</source>
        <translation>Changer le rôle dans %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
    <message>
        <source>People sign in with their own PostgreSQL login; what they may see and change in each brand is enforced by the database. Only the administrator manages them here.</source>
        <translation>Chacun se connecte avec son propre rôle PostgreSQL ; ce qu’il peut voir et changer dans chaque marque est imposé par la base. Seul l’administrateur les gère ici.</translation>
    </message>
</context>
<context>
    <name>Atelier::PromptTemplateModel</name>
    <message>
        <source>Completed generations made from this template, of those that finished.</source>
        <translation>Générations terminées faites à partir de ce modèle de prompt, parmi celles qui ont fini.</translation>
    </message>
    <message>
        <source>%1 (every brand)</source>
        <translation>%1 (toutes les marques)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>pas encore utilisé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
</context>
<context>
    <name>Atelier::ProviderConfigModel</name>
    <message>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
    <message>
        <source>Stored (encrypted)</source>
        <translation>Enregistrée (chiffrée)</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Aucune (facultative)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>On this desktop</source>
        <translation>Sur ce poste</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé d’API</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Simultanés</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>Atelier::ProvidersView</name>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Reading the provider settings…</source>
        <translation>Lecture des réglages des fournisseurs…</translation>
    </message>
    <message>
        <source>Settings kept in %1.</source>
        <translation>Réglages conservés dans %1.</translation>
    </message>
    <message>
        <source>The offline renderer needs no key.</source>
        <translation>Le moteur hors ligne n’a besoin d’aucune clé.</translation>
    </message>
    <message>
        <source>A key is stored (encrypted). Type a new one to replace it; leave the field empty to keep it.</source>
        <translation>Une clé est enregistrée (chiffrée). Saisissez-en une nouvelle pour la remplacer ; laissez le champ vide pour la garder.</translation>
    </message>
    <message>
        <source>No key. AUTOMATIC1111 needs one only behind a login (user:password).</source>
        <translation>Aucune clé. AUTOMATIC1111 n’en demande une que derrière une authentification (utilisateur:motdepasse).</translation>
    </message>
    <message>
        <source>No key.</source>
        <translation>Aucune clé.</translation>
    </message>
    <message>
        <source>The base URL is empty: give the address of the provider's API, starting with https:// or http://.</source>
        <translation>L’URL de base est vide : donnez l’adresse de l’API du fournisseur, commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>"%1" is not an address starting with https:// or http://.</source>
        <translation>« %1 » n’est pas une adresse commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>"%1" names no host (such as api.openai.com or 127.0.0.1:7860).</source>
        <translation>« %1 » n’indique aucun hôte (comme api.openai.com ou 127.0.0.1:7860).</translation>
    </message>
    <message>
        <source>"%1" holds a query or a fragment (after ? or #); a base URL is the address the API's paths are added to.</source>
        <translation>« %1 » contient une requête ou un fragment (après ? ou #) ; une URL de base est l’adresse à laquelle s’ajoutent les chemins de l’API.</translation>
    </message>
    <message>
        <source>The API key holds spaces: paste the key alone.</source>
        <translation>La clé d’API contient des espaces : collez la clé seule.</translation>
    </message>
    <message>
        <source>Saving the settings of %1…</source>
        <translation>Enregistrement des réglages de %1…</translation>
    </message>
    <message>
        <source>The settings of %1 were not saved.</source>
        <translation>Les réglages de %1 n’ont pas été enregistrés.</translation>
    </message>
    <message>
        <source>Saved the settings of %1.</source>
        <translation>Réglages de %1 enregistrés.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>(The saved settings were tested: save the form to test its changes.)</source>
        <translation>(Ce sont les réglages enregistrés qui ont été testés : enregistrez le formulaire pour tester ses modifications.)</translation>
    </message>
    <message>
        <source>How this desktop reaches each image provider. API keys are stored encrypted with this desktop's data key and are never shown again; the limits apply to the generation queue of this desktop.</source>
        <translation>Comment ce poste joint chaque fournisseur d’images. Les clés d’API sont enregistrées chiffrées avec la clé de données de ce poste et ne sont plus jamais affichées ; les limites s’appliquent à la file d’attente des générations de ce poste.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <source>Type or paste a new key; an empty field keeps the stored one.</source>
        <translation>Saisissez ou collez une nouvelle clé ; un champ vide garde celle qui est enregistrée.</translation>
    </message>
    <message>
        <source>Whether a key is stored</source>
        <translation>Si une clé est enregistrée</translation>
    </message>
    <message>
        <source>&amp;Remove the stored key</source>
        <translation>&amp;Retirer la clé enregistrée</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>Base URL of the provider's API</source>
        <translation>URL de base de l’API du fournisseur</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problème d’URL de base</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>Par dé&amp;faut</translation>
    </message>
    <message>
        <source>Use the provider's own address</source>
        <translation>Utiliser l’adresse propre au fournisseur</translation>
    </message>
    <message>
        <source>&amp;Jobs at once:</source>
        <translation>Tâches &amp;simultanées :</translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation>Tâches simultanées</translation>
    </message>
    <message>
        <source>Calls a &amp;minute:</source>
        <translation>Appels par &amp;minute :</translation>
    </message>
    <message>
        <source>Calls a minute on average</source>
        <translation>Appels par minute en moyenne</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>Rafa&amp;le :</translation>
    </message>
    <message>
        <source>Calls at once before the rate applies</source>
        <translation>Appels simultanés avant que le débit ne s’applique</translation>
    </message>
    <message>
        <source>Calls made at once before the rate applies</source>
        <translation>Appels faits d’un coup avant que le débit ne s’applique</translation>
    </message>
    <message>
        <source>&amp;Attempts per job:</source>
        <translation>Te&amp;ntatives par tâche :</translation>
    </message>
    <message>
        <source>Attempts per job</source>
        <translation>Tentatives par tâche</translation>
    </message>
    <message>
        <source>Rate limits, server errors and timeouts are retried up to this many attempts.</source>
        <translation>Les limitations de débit, erreurs serveur et dépassements de délai sont retentés jusqu’à ce nombre de tentatives.</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Déla&amp;i d’attente :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout of a call, in seconds</source>
        <translation>Délai d’attente d’un appel, en secondes</translation>
    </message>
    <message>
        <source>C&amp;hat model:</source>
        <translation>Modèle de c&amp;hat :</translation>
    </message>
    <message>
        <source>OpenAI chat model for prompt optimisation</source>
        <translation>Modèle de chat OpenAI pour l’optimisation des prompts</translation>
    </message>
    <message>
        <source>OpenAI only: a chat-completions model that optimises prompts (empty: none).</source>
        <translation>OpenAI seulement : un modèle chat-completions qui optimise les prompts (vide : aucun).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the provider's settings</source>
        <translation>Enregistrer les réglages du fournisseur</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the saved settings with a call that costs nothing</source>
        <translation>Tester les réglages enregistrés avec un appel qui ne coûte rien</translation>
    </message>
    <message>
        <source>Answer of the connection test</source>
        <translation>Réponse du test de connexion</translation>
    </message>
</context>
<context>
    <name>Atelier::QueueModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente d’une nouvelle tentative</translation>
    </message>
    <message>
        <source>Completed (from the cache)</source>
        <translation>Terminé (servi par le cache)</translation>
    </message>
    <message>
        <source>%1
Avoiding: %2</source>
        <translation>%1
À éviter : %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Working; the provider does not say how far it is.</source>
        <translation>En cours ; le fournisseur n’indique pas où il en est.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas encore démarrée</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>tentative %1 sur %2</translation>
    </message>
    <message>
        <source>The next attempt is due at %1.</source>
        <translation>Prochaine tentative prévue : %1.</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation><numerusform>dans %n s</numerusform><numerusform>dans %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation><numerusform>dans %n min</numerusform><numerusform>dans %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s), given back</source>
        <translation><numerusform>%n crédit, rendu</numerusform><numerusform>%n crédits, rendus</numerusform></translation>
    </message>
    <message>
        <source>%1, refunded</source>
        <translation>%1, remboursé(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) held until the job finishes</source>
        <translation><numerusform>%n crédit retenu jusqu’à la fin de la tâche</numerusform><numerusform>%n crédits retenus jusqu’à la fin de la tâche</numerusform></translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Provider / model</source>
        <translation>Fournisseur / modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Mise en file d’attente</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The desktop running this job closed before it finished and no attempts were left: retry the job.</source>
        <translation>Le poste qui exécutait cette tâche s’est fermé avant la fin et il ne restait aucune tentative : relancez la tâche.</translation>
    </message>
    <message>
        <source>Your monthly credits for this brand are used up: ask an administrator for more.</source>
        <translation>Vos crédits mensuels pour cette marque sont épuisés : demandez-en davantage à un administrateur.</translation>
    </message>
    <message>
        <source>The provider rejected the prompt as unsafe: reword it.</source>
        <translation>Le fournisseur a rejeté le prompt, jugé inapproprié : reformulez-le.</translation>
    </message>
    <message>
        <source>The account at the provider has no credits left: top it up with the provider.</source>
        <translation>Le compte chez le fournisseur n’a plus de crédits : rechargez-le auprès du fournisseur.</translation>
    </message>
    <message>
        <source>No usable API key is set for this provider: enter it in Providers.</source>
        <translation>Aucune clé d’API utilisable n’est définie pour ce fournisseur : saisissez-la dans Fournisseurs.</translation>
    </message>
    <message>
        <source>The API key was refused: check it in Providers.</source>
        <translation>La clé d’API a été refusée : vérifiez-la dans Fournisseurs.</translation>
    </message>
    <message>
        <source>The provider is limiting how fast we call it; the job will retry automatically.</source>
        <translation>Le fournisseur limite le débit de nos appels ; la tâche sera retentée automatiquement.</translation>
    </message>
    <message>
        <source>The provider kept limiting how fast we call it and the attempts ran out: retry the job later.</source>
        <translation>Le fournisseur a continué de limiter le débit de nos appels et les tentatives sont épuisées : relancez la tâche plus tard.</translation>
    </message>
    <message>
        <source>The provider did not answer in time; the job will retry automatically.</source>
        <translation>Le fournisseur n’a pas répondu à temps ; la tâche sera retentée automatiquement.</translation>
    </message>
    <message>
        <source>The provider did not answer in time: retry the job later, or allow it longer in Providers.</source>
        <translation>Le fournisseur n’a pas répondu à temps : relancez la tâche plus tard, ou accordez-lui plus de temps dans Fournisseurs.</translation>
    </message>
    <message>
        <source>The provider could not be reached; the job will retry automatically.</source>
        <translation>Le fournisseur est injoignable ; la tâche sera retentée automatiquement.</translation>
    </message>
    <message>
        <source>The provider could not be reached: check the network and the provider's address in Providers.</source>
        <translation>Le fournisseur est injoignable : vérifiez le réseau et l’adresse du fournisseur dans Fournisseurs.</translation>
    </message>
    <message>
        <source>This provider cannot make this kind of result: choose another model.</source>
        <translation>Ce fournisseur ne sait pas produire ce genre de résultat : choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>A 3D model is made from an image: choose a completed image to start from.</source>
        <translation>Un modèle 3D se fait à partir d’une image : choisissez une image terminée comme point de départ.</translation>
    </message>
    <message>
        <source>The provider's address is not a web address: correct it in Providers.</source>
        <translation>L’adresse du fournisseur n’est pas une adresse web : corrigez-la dans Fournisseurs.</translation>
    </message>
    <message>
        <source>The size asked for is not possible: choose 64 to 4096 pixels a side.</source>
        <translation>La taille demandée n’est pas possible : choisissez de 64 à 4096 pixels de côté.</translation>
    </message>
    <message>
        <source>The provider's answer could not be used: retry the job, or try another model.</source>
        <translation>La réponse du fournisseur est inutilisable : relancez la tâche, ou essayez un autre modèle.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>La tâche a été annulée.</translation>
    </message>
    <message>
        <source>The provider had a problem on its side; the job will retry automatically.</source>
        <translation>Le fournisseur a eu un problème de son côté ; la tâche sera retentée automatiquement.</translation>
    </message>
    <message>
        <source>The provider kept failing on its side and the attempts ran out: retry the job later.</source>
        <translation>Le fournisseur a continué d’échouer de son côté et les tentatives sont épuisées : relancez la tâche plus tard.</translation>
    </message>
    <message>
        <source>The provider refused the request as it was made: check the model and its settings.</source>
        <translation>Le fournisseur a refusé la demande telle qu’elle était formulée : vérifiez le modèle et ses réglages.</translation>
    </message>
</context>
<context>
    <name>Atelier::QueueView</name>
    <message>
        <source>Queue (%1)</source>
        <translation>File d’attente (%1)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n job(s); the credits they held are given back.</source>
        <translation><numerusform>%n tâche annulée ; les crédits qu’elle retenait sont rendus.</numerusform><numerusform>%n tâches annulées ; les crédits qu’elles retenaient sont rendus.</numerusform></translation>
    </message>
    <message>
        <source>Those jobs had already finished.</source>
        <translation>Ces tâches étaient déjà terminées.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) again; the others were refused:</source>
        <translation><numerusform>%n tâche remise en file d’attente ; les autres ont été refusées :</numerusform><numerusform>%n tâches remises en file d’attente ; les autres ont été refusées :</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) again.</source>
        <translation><numerusform>%n tâche remise en file d’attente.</numerusform><numerusform>%n tâches remises en file d’attente.</numerusform></translation>
    </message>
    <message>
        <source>Nothing is waiting or running.</source>
        <translation>Rien n’est en attente ni en cours.</translation>
    </message>
    <message>
        <source>%1 running, %2 waiting.</source>
        <translation>%1 en cours, %2 en attente.</translation>
    </message>
    <message>
        <source>This desktop is not running the queue; other desktops may.</source>
        <translation>Ce poste n’exécute pas la file d’attente ; d’autres postes le font peut-être.</translation>
    </message>
    <message>
        <source>Generation queue</source>
        <translation>File d’attente des générations</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the selected generation in the studio (or double-click it).</source>
        <translation>Afficher la génération sélectionnée dans le studio (ou double-cliquez dessus).</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>Stop the selected jobs that wait or run; the credits they held are given back.</source>
        <translation>Arrêter les tâches sélectionnées en attente ou en cours ; les crédits qu’elles retenaient sont rendus.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Queue the selected failed or cancelled jobs again, with the same prompt, model and seed.</source>
        <translation>Remettre en file d’attente les tâches sélectionnées échouées ou annulées, avec les mêmes prompt, modèle et graine.</translation>
    </message>
    <message>
        <source>Jobs waiting and running, then those finished in the last 24 hours.</source>
        <translation>Les tâches en attente et en cours, puis celles terminées ces dernières 24 heures.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished in the last 24 hours are shown.</source>
        <translation><numerusform>%n tâche terminée ces dernières 24 heures est affichée.</numerusform><numerusform>%n tâches terminées ces dernières 24 heures sont affichées.</numerusform></translation>
    </message>
</context>
<context>
    <name>Atelier::RowInserter</name>
    <message>
        <source>Preparing an insert into %1</source>
        <translation>Préparation d’une insertion dans %1</translation>
    </message>
    <message>
        <source>Inserting into %1</source>
        <translation>Insertion dans %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction to write into %1.</source>
        <translation>Impossible de démarrer une transaction pour écrire dans %1.</translation>
    </message>
    <message>
        <source>Cannot commit the rows written into %1.</source>
        <translation>Impossible de valider les lignes écrites dans %1.</translation>
    </message>
</context>
<context>
    <name>Atelier::SectionWidget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>"%1" has no chart: export its table as .csv.</source>
        <translation>« %1 » n’a pas de graphique : exportez son tableau en .csv.</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l’image n’a pas pu être encodée</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>le SVG n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>%1: choose a .png or .svg file for the chart, or .csv for the table.</source>
        <translation>%1 : choisissez un fichier .png ou .svg pour le graphique, ou .csv pour le tableau.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Afficher le graphique</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the table of the same numbers</source>
        <translation>Afficher le tableau des mêmes chiffres</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy what is shown to the clipboard</source>
        <translation>Copier ce qui est affiché dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or the table as CSV</source>
        <translation>Enregistrer le graphique en PNG ou SVG, ou le tableau en CSV</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tableau : %1</translation>
    </message>
</context>
<context>
    <name>Atelier::SegmentBuilder</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Property or event</source>
        <translation>Propriété ou événement</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Value or count</source>
        <translation>Valeur ou nombre</translation>
    </message>
    <message>
        <source>Within days</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Criteria as JSON</source>
        <translation>Critères en JSON</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Utilisateurs correspondants</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>&amp;Ajouter une condition</translation>
    </message>
    <message>
        <source>&amp;Remove condition</source>
        <translation>&amp;Retirer la condition</translation>
    </message>
    <message>
        <source>Users who match</source>
        <translation>Utilisateurs qui remplissent</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n’est pas</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est l’un de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>n’est aucun de</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>est renseigné</translation>
    </message>
    <message>
        <source>whole range</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Kind of condition</source>
        <translation>Type de condition</translation>
    </message>
    <message>
        <source>JSON, at character %1: %2</source>
        <translation>JSON, au caractère %1 : %2</translation>
    </message>
    <message>
        <source>JSON: the criteria must be an object, as {"all": [ … ]}.</source>
        <translation>JSON : les critères doivent être un objet, comme {"all": [ … ]}.</translation>
    </message>
    <message>
        <source>Condition %1: "%2" is not a number of times (0 or more).</source>
        <translation>Condition %1 : « %2 » n’est pas un nombre de fois (0 ou plus).</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Ajoutez au moins une condition.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) match, from %1 to %2.</source>
        <translation><numerusform>%n utilisateur correspond, du %1 au %2.</numerusform><numerusform>%n utilisateurs correspondent, du %1 au %2.</numerusform></translation>
    </message>
    <message>
        <source>Give the segment a name to save it.</source>
        <translation>Donnez un nom au segment pour l’enregistrer.</translation>
    </message>
    <message>
        <source>all of its conditions</source>
        <translation>toutes ses conditions</translation>
    </message>
    <message>
        <source>any of its conditions</source>
        <translation>au moins une de ses conditions</translation>
    </message>
    <message>
        <source>Within each group, users must match</source>
        <translation>Dans chaque groupe, les utilisateurs doivent remplir</translation>
    </message>
    <message>
        <source>every group</source>
        <translation>chaque groupe</translation>
    </message>
    <message>
        <source>at least one group</source>
        <translation>au moins un groupe</translation>
    </message>
    <message>
        <source>Between groups, users must match</source>
        <translation>Entre les groupes, les utilisateurs doivent remplir</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>and, in each group,</source>
        <translation>et, dans chaque groupe,</translation>
    </message>
    <message>
        <source>Group of the condition</source>
        <translation>Groupe de la condition</translation>
    </message>
</context>
<context>
    <name>Atelier::SettingsDialog</name>
    <message>
        <source>Connected to %1 as %2; schema version %3.</source>
        <translation>Connecté à %1 en tant que %2 ; version du schéma %3.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>URL de la &amp;base de données :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Invalid database URL</source>
        <translation>URL de base de données invalide</translation>
    </message>
    <message>
        <source>For example sqlite:///home/me/atelier.db or postgresql://me@db.example.com/atelier</source>
        <translation>Par exemple sqlite:///home/moi/atelier.db ou postgresql://moi@db.example.com/atelier</translation>
    </message>
    <message>
        <source>A password typed in the URL is used for this session only and never saved. Better leave it out: Atelier then reads ~/.pgpass, or asks and can keep it in the keychain.</source>
        <translation>Un mot de passe tapé dans l’URL ne sert que pour cette session et n’est jamais enregistré. Mieux vaut l’omettre : Atelier lit alors ~/.pgpass, ou le demande et peut le garder dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Atelier::StudioWorkspace</name>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
</context>
<context>
    <name>Atelier::TemplatesView</name>
    <message>
        <source>Prompt templates</source>
        <translation>Modèles de prompt</translation>
    </message>
    <message>
        <source>Loading the templates…</source>
        <translation>Chargement des modèles de prompt…</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation><numerusform>%n modèle de prompt.</numerusform><numerusform>%n modèles de prompt.</numerusform></translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle de prompt</translation>
    </message>
    <message>
        <source>Editing "%1", a template for every brand</source>
        <translation>Modification de « %1 », un modèle de prompt pour toutes les marques</translation>
    </message>
    <message>
        <source>Editing "%1"</source>
        <translation>Modification de « %1 »</translation>
    </message>
    <message>
        <source>None yet: write {name} in the prompt where a value goes.</source>
        <translation>Aucune pour l’instant : écrivez {nom} dans le prompt là où va une valeur.</translation>
    </message>
    <message>
        <source>Value of {%1}</source>
        <translation>Valeur de {%1}</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Le modèle de prompt demande un nom.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are accepted.</source>
        <translation>Le nom fait %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The template needs a category, to be found among the others.</source>
        <translation>Le modèle de prompt demande une catégorie, pour être retrouvé parmi les autres.</translation>
    </message>
    <message>
        <source>The category is %1 characters long; at most %2 are accepted.</source>
        <translation>La catégorie fait %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The template needs a prompt: the text a generation gets, with {variables} where values go.</source>
        <translation>Le modèle de prompt demande un prompt : le texte que reçoit une génération, avec des {variables} là où vont les valeurs.</translation>
    </message>
    <message>
        <source>The prompt is %1 characters long; at most %2 are accepted.</source>
        <translation>Le prompt fait %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>"{%1}" in the prompt is not a variable: a variable's name starts with a letter or _ and holds only letters, digits and _ (at most 64).</source>
        <translation>« {%1} » dans le prompt n’est pas une variable : le nom d’une variable commence par une lettre ou _ et ne contient que des lettres, des chiffres et _ (64 au plus).</translation>
    </message>
    <message>
        <source>The prompt has %1 "{" and %2 "}": each variable is written {name}, between one of each.</source>
        <translation>Le prompt contient %1 « { » et %2 « } » : chaque variable s’écrit {nom}, entre une accolade ouvrante et une fermante.</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>Le modèle de prompt n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Choose a brand before saving a template.</source>
        <translation>Choisissez une marque avant d’enregistrer un modèle de prompt.</translation>
    </message>
    <message>
        <source>Saving "%1"…</source>
        <translation>Enregistrement de « %1 »…</translation>
    </message>
    <message>
        <source>Saved "%1".</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Show the templates of a category</source>
        <translation>Afficher les modèles de prompt d’une catégorie</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Search the templates' names, categories and prompts</source>
        <translation>Rechercher dans les noms, catégories et prompts des modèles de prompt</translation>
    </message>
    <message>
        <source>Words to look for in the name, the category or the prompt</source>
        <translation>Mots à chercher dans le nom, la catégorie ou le prompt</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle de prompt</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>Template category</source>
        <translation>Catégorie du modèle de prompt</translation>
    </message>
    <message>
        <source>Choose a category or type a new one</source>
        <translation>Choisissez une catégorie ou saisissez-en une nouvelle</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt :</translation>
    </message>
    <message>
        <source>Template prompt</source>
        <translation>Prompt du modèle</translation>
    </message>
    <message>
        <source>Write {name} where a value goes, for example {product} or {season}.</source>
        <translation>Écrivez {nom} là où va une valeur, par exemple {produit} ou {saison}.</translation>
    </message>
    <message>
        <source>Variables found in the prompt</source>
        <translation>Variables trouvées dans le prompt</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Nouv&amp;eau</translation>
    </message>
    <message>
        <source>Start a new template</source>
        <translation>Commencer un nouveau modèle de prompt</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle de prompt</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Give each variable a value to see the prompt a generation would get.</source>
        <translation>Donnez une valeur à chaque variable pour voir le prompt que recevrait une génération.</translation>
    </message>
    <message>
        <source>&amp;Filled prompt:</source>
        <translation>Prompt &amp;obtenu :</translation>
    </message>
    <message>
        <source>The prompt with its variables filled in</source>
        <translation>Le prompt avec ses variables remplies</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variables :</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingDatasetModel</name>
    <message>
        <source>Preparing: no image accepted</source>
        <translation>En préparation : aucune image acceptée</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>none accepted</source>
        <translation>aucune acceptée</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Mean quality</source>
        <translation>Qualité moyenne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingImageModel</name>
    <message>
        <source>Generation %1</source>
        <translation>Génération %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Not checked: recorded before images were checked</source>
        <translation>Non vérifiée : enregistrée avant la vérification des images</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingView</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Loading the datasets and custom models…</source>
        <translation>Chargement des jeux de données et des modèles personnalisés…</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <comment>datasets and custom models</comment>
        <translation>%1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation><numerusform>%n jeu de données</numerusform><numerusform>%n jeux de données</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n custom model(s)</source>
        <translation><numerusform>%n modèle personnalisé</numerusform><numerusform>%n modèles personnalisés</numerusform></translation>
    </message>
    <message>
        <source>&amp;Images: choose a dataset</source>
        <translation>&amp;Images : choisissez un jeu de données</translation>
    </message>
    <message>
        <source>&amp;Images of "%1": %2 of %3 accepted, mean quality %4</source>
        <translation>&amp;Images de « %1 » : %2 acceptées sur %3, qualité moyenne %4</translation>
    </message>
    <message>
        <source>&amp;Images of "%1": none of %2 accepted</source>
        <translation>&amp;Images de « %1 » : aucune acceptée sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Training %1 at Replicate; asked how it goes every %n second(s).</source>
        <translation><numerusform>Entraînement de %1 chez Replicate ; avancement demandé à intervalles de %n seconde.</numerusform><numerusform>Entraînement de %1 chez Replicate ; avancement demandé à intervalles de %n secondes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n image(s) for "%1"…</source>
        <translation><numerusform>Vérification de %n image pour « %1 »…</numerusform><numerusform>Vérification de %n images pour « %1 »…</numerusform></translation>
    </message>
    <message>
        <source>The dataset was not made: %1</source>
        <translation>Le jeu de données n’a pas été créé : %1</translation>
    </message>
    <message>
        <source>Dataset "%1" made: %2 of %3 images accepted.</source>
        <translation>Jeu de données « %1 » créé : %2 images acceptées sur %3.</translation>
    </message>
    <message>
        <source>Dataset "%1" made, but none of its %2 images was accepted: see why beside it.</source>
        <translation>Jeu de données « %1 » créé, mais aucune de ses %2 images n’a été acceptée : voyez pourquoi à côté de chacune.</translation>
    </message>
    <message>
        <source>Name the base model: the trainer at Replicate, written owner/name:version.</source>
        <translation>Indiquez le modèle de base : l’entraîneur chez Replicate, écrit owner/name:version.</translation>
    </message>
    <message>
        <source>The base model "%1" is not written owner/name:version (a version of a trainer at Replicate).</source>
        <translation>Le modèle de base « %1 » n’est pas de la forme owner/name:version (une version d’un entraîneur chez Replicate).</translation>
    </message>
    <message>
        <source>Name the destination: a model of yours at Replicate, written owner/name, that the training adds a version to.</source>
        <translation>Indiquez la destination : un de vos modèles chez Replicate, écrit owner/name, auquel l’entraînement ajoute une version.</translation>
    </message>
    <message>
        <source>The destination "%1" is not written owner/name (a model of yours at Replicate).</source>
        <translation>La destination « %1 » n’est pas de la forme owner/name (un de vos modèles chez Replicate).</translation>
    </message>
    <message>
        <source>Sending the images to Replicate to train %1…</source>
        <translation>Envoi des images à Replicate pour entraîner %1…</translation>
    </message>
    <message>
        <source>The training did not start: %1</source>
        <translation>L’entraînement n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Training %1 at Replicate (training %2).</source>
        <translation>Entraînement de %1 chez Replicate (entraînement %2).</translation>
    </message>
    <message>
        <source>The training of %1 ended at once: %2.</source>
        <translation>L’entraînement de %1 s’est terminé aussitôt : %2.</translation>
    </message>
    <message>
        <source>Cancelling the training at Replicate…</source>
        <translation>Annulation de l’entraînement chez Replicate…</translation>
    </message>
    <message>
        <source>The training was not cancelled: %1</source>
        <translation>L’entraînement n’a pas été annulé : %1</translation>
    </message>
    <message>
        <source>The training of %1 had just ended: the model is ready.</source>
        <translation>L’entraînement de %1 venait de se terminer : le modèle est prêt.</translation>
    </message>
    <message>
        <source>The training of %1 was cancelled.</source>
        <translation>L’entraînement de %1 a été annulé.</translation>
    </message>
    <message>
        <source>Replicate could not be asked: %1</source>
        <translation>Replicate n’a pas pu être interrogé : %1</translation>
    </message>
    <message>
        <source>%1 is trained: generations can use it as %2.</source>
        <translation>%1 est entraîné : les générations peuvent l’utiliser sous le nom %2.</translation>
    </message>
    <message>
        <source>The training of %1 failed: %2</source>
        <translation>L’entraînement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>Nouveau jeu de données</translation>
    </message>
    <message>
        <source>Images are checked as they are added: PNG, JPEG or WebP, at least %1×%1 pixels, and not a near-duplicate of one before. Every verdict is kept with the dataset.</source>
        <translation>Les images sont vérifiées à mesure qu’elles sont ajoutées : PNG, JPEG ou WebP, au moins %1×%1 pixels, et pas un quasi-doublon d’une image précédente. Chaque verdict est gardé avec le jeu de données.</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Nom du jeu de données</translation>
    </message>
    <message>
        <source>Image files of the dataset</source>
        <translation>Fichiers d’image du jeu de données</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen files from the list</source>
        <translation>Retirer de la liste les fichiers choisis</translation>
    </message>
    <message>
        <source>Generation ids of the dataset</source>
        <translation>Identifiants des générations du jeu de données</translation>
    </message>
    <message>
        <source>Ids of completed generations of this brand, separated by spaces, commas or lines</source>
        <translation>Identifiants de générations terminées de cette marque, séparés par des espaces, des virgules ou des retours à la ligne</translation>
    </message>
    <message>
        <source>&amp;Check and make</source>
        <translation>&amp;Vérifier et créer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Image &amp;files:</source>
        <translation>&amp;Fichiers d’image :</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>&amp;Générations :</translation>
    </message>
    <message>
        <source>Choose the dataset's images</source>
        <translation>Choisir les images du jeu de données</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The dataset needs a name.</source>
        <translation>Le jeu de données demande un nom.</translation>
    </message>
    <message>
        <source>Add image files or type the ids of generations: the dataset needs images.</source>
        <translation>Ajoutez des fichiers d’image ou saisissez des identifiants de générations : le jeu de données demande des images.</translation>
    </message>
    <message>
        <source>Train a model on "%1"</source>
        <translation>Entraîner un modèle sur « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Replicate trains the base model on the %n accepted image(s) of "%1" and adds the result as a new version of the destination model, which must exist in your Replicate account. Training is paid to Replicate by the minute.</source>
        <translation><numerusform>Replicate entraîne le modèle de base sur %n image acceptée de « %1 » et ajoute le résultat comme nouvelle version du modèle de destination, qui doit exister dans votre compte Replicate. L’entraînement est payé à Replicate à la minute.</numerusform><numerusform>Replicate entraîne le modèle de base sur les %n images acceptées de « %1 » et ajoute le résultat comme nouvelle version du modèle de destination, qui doit exister dans votre compte Replicate. L’entraînement est payé à Replicate à la minute.</numerusform></translation>
    </message>
    <message>
        <source>Base model, owner/name:version</source>
        <translation>Modèle de base, owner/name:version</translation>
    </message>
    <message>
        <source>The trainer at Replicate, with its version: owner/name:version</source>
        <translation>L’entraîneur chez Replicate, avec sa version : owner/name:version</translation>
    </message>
    <message>
        <source>Destination model, owner/name</source>
        <translation>Modèle de destination, owner/name</translation>
    </message>
    <message>
        <source>A model of yours at Replicate, owner/name, that receives the trained version</source>
        <translation>Un de vos modèles chez Replicate, owner/name, qui reçoit la version entraînée</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>Étapes d’entraînement</translation>
    </message>
    <message>
        <source>Trigger word</source>
        <translation>Mot déclencheur</translation>
    </message>
    <message>
        <source>A word that calls up the trained style in prompts (optional)</source>
        <translation>Un mot qui fait appel au style entraîné dans les prompts (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>&amp;Lancer l’entraînement</translation>
    </message>
    <message>
        <source>&amp;Base model:</source>
        <translation>Modèle de &amp;base :</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <source>T&amp;rigger word:</source>
        <translation>&amp;Mot déclencheur :</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Annuler l’entraînement</translation>
    </message>
    <message>
        <source>Stop training %1 at Replicate? What it trained so far is lost, and the minutes used are still paid.</source>
        <translation>Arrêter l’entraînement de %1 chez Replicate ? Ce qui a été entraîné jusqu’ici est perdu, et les minutes utilisées restent payées.</translation>
    </message>
    <message>
        <source>&amp;Stop training</source>
        <translation>&amp;Arrêter l’entraînement</translation>
    </message>
    <message>
        <source>&amp;Keep training</source>
        <translation>&amp;Poursuivre l’entraînement</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>&amp;Jeux de données</translation>
    </message>
    <message>
        <source>Training datasets</source>
        <translation>Jeux de données d’entraînement</translation>
    </message>
    <message>
        <source>Images of the selected dataset and their verdicts</source>
        <translation>Images du jeu de données sélectionné et leurs verdicts</translation>
    </message>
    <message>
        <source>&amp;New dataset…</source>
        <translation>&amp;Nouveau jeu de données…</translation>
    </message>
    <message>
        <source>Make a new dataset from image files or generations</source>
        <translation>Créer un nouveau jeu de données à partir de fichiers d’image ou de générations</translation>
    </message>
    <message>
        <source>&amp;Train…</source>
        <translation>&amp;Entraîner…</translation>
    </message>
    <message>
        <source>Train a model on the selected dataset</source>
        <translation>Entraîner un modèle sur le jeu de données sélectionné</translation>
    </message>
    <message>
        <source>Custom &amp;models</source>
        <translation>&amp;Modèles personnalisés</translation>
    </message>
    <message>
        <source>Custom models</source>
        <translation>Modèles personnalisés</translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation>&amp;Annuler l’entraînement</translation>
    </message>
    <message>
        <source>Cancel the training of the selected model</source>
        <translation>Annuler l’entraînement du modèle sélectionné</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Entraînement en cours</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Reading the end of the audit trail</source>
        <translation>Lecture de la fin du journal d’audit</translation>
    </message>
    <message>
        <source>Writing to the audit trail</source>
        <translation>Écriture dans le journal d’audit</translation>
    </message>
    <message>
        <source>Unknown audit action "%1"; the actions are: %2.</source>
        <translation>Action d’audit inconnue « %1 » ; les actions sont : %2.</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Lecture du journal d’audit</translation>
    </message>
    <message>
        <source>Row %1 is missing: the trail goes from %2 to %3.</source>
        <translation>La ligne %1 manque : le journal passe de %2 à %3.</translation>
    </message>
    <message>
        <source>Row %1 (%2) does not follow row %3: its link to the previous row does not match.</source>
        <translation>La ligne %1 (%2) ne suit pas la ligne %3 : son lien vers la ligne précédente ne correspond pas.</translation>
    </message>
    <message>
        <source>Row %1 (%2) has been changed: its content no longer matches its hash.</source>
        <translation>La ligne %1 (%2) a été modifiée : son contenu ne correspond plus à son empreinte.</translation>
    </message>
    <message>
        <source>Could not write the export.</source>
        <translation>Impossible d’écrire l’export.</translation>
    </message>
    <message>
        <source>Chaining the audit trail</source>
        <translation>Le chaînage du journal d’audit</translation>
    </message>
</context>
<context>
    <name>Automatic1111Provider</name>
    <message>
        <source>no "images" list</source>
        <translation>pas de liste « images »</translation>
    </message>
    <message>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>des données d’image qui ne sont ni PNG, ni JPEG, ni WebP</translation>
    </message>
    <message>
        <source>a progress that is not a number from 0 to 1</source>
        <translation>une progression qui n’est pas un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>%1 makes images, not 3D models.</source>
        <translation>%1 produit des images, pas des modèles 3D.</translation>
    </message>
</context>
<context>
    <name>BenchmarkService</name>
    <message>
        <source>Listing the brands of the industry</source>
        <translation>La liste des marques du secteur</translation>
    </message>
    <message>
        <source>Computing the industry's figures</source>
        <translation>Le calcul des chiffres du secteur</translation>
    </message>
</context>
<context>
    <name>BrandPolicy</name>
    <message>
        <source>Reading the brand's AI policy</source>
        <translation>La lecture de la politique IA de la marque</translation>
    </message>
    <message>
        <source>Unknown watermark "%1"; a brand's generations are watermarked with: %2.</source>
        <translation>Filigrane « %1 » inconnu ; les générations d’une marque sont filigranées avec : %2.</translation>
    </message>
    <message>
        <source>A visible watermark's text is at most 120 characters.</source>
        <translation>Le texte d’un filigrane visible fait au plus 120 caractères.</translation>
    </message>
    <message>
        <source>Setting the brand's AI policy</source>
        <translation>La définition de la politique IA de la marque</translation>
    </message>
</context>
<context>
    <name>BrandService</name>
    <message>
        <source>Listing the brands</source>
        <translation>La liste des marques</translation>
    </message>
    <message>
        <source>Looking up the brand</source>
        <translation>La recherche de la marque</translation>
    </message>
    <message>
        <source>There is no brand "%1" in this database.</source>
        <translation>Il n’y a pas de marque « %1 » dans cette base.</translation>
    </message>
</context>
<context>
    <name>BreakdownService</name>
    <message>
        <source>Unknown property "%1"; the properties are: %2.</source>
        <translation>Propriété « %1 » inconnue ; les propriétés sont : %2.</translation>
    </message>
    <message>
        <source>Breaking down by %1</source>
        <translation>La ventilation par %1</translation>
    </message>
    <message>
        <source>Attributing the purchases</source>
        <translation>L’attribution des achats</translation>
    </message>
</context>
<context>
    <name>CancelToken</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>%1: %2 (anomaly)</source>
        <translation>%1 : %2 (anomalie)</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Step %1: %2 → %3: %4 users</source>
        <translation>Étape %1 : %2 → %3 : %4 utilisateurs</translation>
    </message>
</context>
<context>
    <name>Collaboration</name>
    <message>
        <source>Recording the local person</source>
        <translation>Enregistrement de la personne locale</translation>
    </message>
    <message>
        <source>Finding who is connected</source>
        <translation>Recherche de la personne connectée</translation>
    </message>
    <message>
        <source>The PostgreSQL role "%1" is not a person of this Atelier database: an administrator adds people with atelier users add.</source>
        <translation>Le rôle PostgreSQL « %1 » n’est pas une personne de cette base Atelier : un administrateur ajoute les personnes avec atelier users add.</translation>
    </message>
    <message>
        <source>Recording the administrator as a person</source>
        <translation>Enregistrement de l’administrateur comme personne</translation>
    </message>
    <message>
        <source>A chart belongs to a brand: name it (--brand).</source>
        <translation>Un graphique appartient à une marque : indiquez-la (--brand).</translation>
    </message>
    <message>
        <source>Unknown resource type "%1"; the types are: %2.</source>
        <translation>Type de ressource inconnu « %1 » ; les types sont : %2.</translation>
    </message>
    <message>
        <source>Finding the %1 "%2"</source>
        <translation>Recherche de %1 « %2 »</translation>
    </message>
    <message>
        <source>There is no %1 "%2" that you may see.</source>
        <translation>Aucun %1 « %2 » que vous puissiez voir.</translation>
    </message>
    <message>
        <source>Looking up "%1"</source>
        <translation>Recherche de « %1 »</translation>
    </message>
    <message>
        <source>There is no person named "%1" that you may see.</source>
        <translation>Aucune personne nommée « %1 » que vous puissiez voir.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database URL (sqlite:///path or postgresql://…).</source>
        <translation>URL de la base de données (sqlite:///chemin ou postgresql://…).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a whole number between %3 and %4.</source>
        <translation>--%1 : « %2 » n’est pas un nombre entier entre %3 et %4.</translation>
    </message>
    <message>
        <source>%1: schema is up to date (version %2).</source>
        <translation>%1 : le schéma est à jour (version %2).</translation>
    </message>
    <message>
        <source>%1: schema migrated from version %2 to %3 (%4).</source>
        <translation>%1 : schéma migré de la version %2 à la version %3 (%4).</translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation>Graine aléatoire (même graine, mêmes données).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Number of analytics events.</source>
        <translation>Nombre d’événements analytiques.</translation>
    </message>
    <message>
        <source>Number of days of history.</source>
        <translation>Nombre de jours d’historique.</translation>
    </message>
    <message>
        <source>Last day of the data, UTC (default: now).</source>
        <translation>Dernier jour des données, UTC (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--end-date: "%1" is not a date in the form YYYY-MM-DD.</source>
        <translation>--end-date : « %1 » n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1: demo data written: %2 brands, %3 people, %4 events from %5 visitors, %6 generations, %7 experiments, in %8 s (events %9 s).</source>
        <translation>%1 : données de démonstration écrites : %2 marques, %3 personnes, %4 événements de %5 visiteurs, %6 générations, %7 expériences, en %8 s (événements %9 s).</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Format de sortie : table ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--format: "%1" is not one of table, json.</source>
        <translation>--format : « %1 » n’est ni table ni json.</translation>
    </message>
    <message>
        <source>Database:       %1 (%2)</source>
        <translation>Base de données : %1 (%2)</translation>
    </message>
    <message>
        <source>User:           %1</source>
        <translation>Utilisateur :     %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Atelier knows %2)</source>
        <translation>Version du schéma : %1 (cet Atelier connaît %2)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Unknown command "%1"; see atelier --help.</source>
        <translation>Commande « %1 » inconnue ; voir atelier --help.</translation>
    </message>
    <message>
        <source> (mismatch)</source>
        <translation> (écart)</translation>
    </message>
    <message>
        <source>Brand slug.</source>
        <translation>Identifiant (slug) de la marque.</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <source>First day, UTC (default: 30 days ago).</source>
        <translation>Premier jour, UTC (par défaut : il y a 30 jours).</translation>
    </message>
    <message>
        <source>Day after the last one, UTC (default: tomorrow).</source>
        <translation>Jour suivant le dernier, UTC (par défaut : demain).</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Format de sortie : table, json ou csv.</translation>
    </message>
    <message>
        <source>Only this experiment.</source>
        <translation>Seulement cette expérience.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Unknown analytics command "%1"; the analytics commands are: %2.</source>
        <translation>Commande analytics « %1 » inconnue ; les commandes analytics sont : %2.</translation>
    </message>
    <message>
        <source>--format: "%1" is not one of table, json, csv.</source>
        <translation>--format : « %1 » n’est ni table, ni json, ni csv.</translation>
    </message>
    <message>
        <source>--brand is required: which brand to analyse (see atelier db status).</source>
        <translation>--brand est obligatoire : quelle marque analyser (voir atelier db status).</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date in the form YYYY-MM-DD.</source>
        <translation>--%1 : « %2 » n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The range is empty or inverted: --from %1 must come before --to %2.</source>
        <translation>La période est vide ou inversée : --from %1 doit précéder --to %2.</translation>
    </message>
    <message numerus="yes">
        <source>Peer figures are hidden: %1 has %n peer(s) in its industry, fewer than %2.</source>
        <translation><numerusform>Les chiffres des pairs sont masqués : %1 a %n pair dans son secteur, moins de %2.</numerusform><numerusform>Les chiffres des pairs sont masqués : %1 a %n pairs dans son secteur, moins de %2.</numerusform></translation>
    </message>
    <message>
        <source>--metrics: unknown metric "%1"; the metrics are: %2.</source>
        <translation>--metrics : métrique « %1 » inconnue ; les métriques sont : %2.</translation>
    </message>
    <message>
        <source>Daily metrics to correlate, comma-separated.</source>
        <translation>Métriques journalières à corréler, séparées par des virgules.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>--metric: unknown metric "%1"; the metrics are: %2.</source>
        <translation>--metric : métrique « %1 » inconnue ; les métriques sont : %2.</translation>
    </message>
    <message>
        <source>Only this daily metric.</source>
        <translation>Seulement cette métrique journalière.</translation>
    </message>
    <message>
        <source>Event that puts a user in a cohort.</source>
        <translation>Événement qui place un utilisateur dans une cohorte.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>Event that counts as coming back.</source>
        <translation>Événement qui compte comme un retour.</translation>
    </message>
    <message>
        <source>Cohort period: day, week or month.</source>
        <translation>Période des cohortes : day, week ou month.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>Number of periods after the cohort's.</source>
        <translation>Nombre de périodes après celle de la cohorte.</translation>
    </message>
    <message>
        <source>--steps is required, as in --steps page_view,signup,purchase.</source>
        <translation>--steps est obligatoire, comme dans --steps page_view,signup,purchase.</translation>
    </message>
    <message>
        <source>--filter: "%1" is not STEP:PROPERTY=VALUE with STEP between 1 and %2.</source>
        <translation>--filter : « %1 » n’est pas de la forme ÉTAPE:PROPRIÉTÉ=VALEUR avec ÉTAPE entre 1 et %2.</translation>
    </message>
    <message>
        <source>--exclude: "%1" is not EVENT:FROM:TO, as in refund:2:3.</source>
        <translation>--exclude : « %1 » n’est pas de la forme ÉVÉNEMENT:DE:À, comme refund:2:3.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>Conversion window, as in 14d, 12h, 30m.</source>
        <translation>Fenêtre de conversion, comme 14d, 12h, 30m.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>Break down by this property of the first step.</source>
        <translation>Ventiler selon cette propriété de la première étape.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <source>Step filter STEP:PROPERTY=VALUE (repeatable).</source>
        <translation>Filtre d’étape ÉTAPE:PROPRIÉTÉ=VALEUR (répétable).</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <source>Exclusion EVENT:FROM:TO (repeatable).</source>
        <translation>Exclusion ÉVÉNEMENT:DE:À (répétable).</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>exclusion</translation>
    </message>
    <message>
        <source>Funnel: the steps, event types separated by commas; journeys: how many events to follow.</source>
        <translation>Entonnoir : les étapes, des types d’événements séparés par des virgules ; parcours : combien d’événements suivre.</translation>
    </message>
    <message>
        <source>Save the funnel under this name once it has run.</source>
        <translation>Enregistrer l’entonnoir sous ce nom une fois calculé.</translation>
    </message>
    <message>
        <source>Run the saved funnel of this name.</source>
        <translation>Calculer l’entonnoir enregistré de ce nom.</translation>
    </message>
    <message>
        <source>Delete the saved funnel of this name.</source>
        <translation>Supprimer l’entonnoir enregistré de ce nom.</translation>
    </message>
    <message>
        <source>create or upgrade the schema</source>
        <translation>crée ou met à jour le schéma</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>remplit une base vide de données de démonstration</translation>
    </message>
    <message>
        <source>URL, user, schema version and row counts</source>
        <translation>URL, utilisateur, version du schéma et nombre de lignes</translation>
    </message>
    <message>
        <source>days outside the band expected from trend and weekly pattern</source>
        <translation>jours hors de la bande attendue d’après la tendance et le rythme de la semaine</translation>
    </message>
    <message>
        <source>KPIs of the brand against the other brands of its industry</source>
        <translation>indicateurs de la marque face aux autres marques de son secteur</translation>
    </message>
    <message>
        <source>figures per channel (with attribution), country, or device, browser and os</source>
        <translation>chiffres par canal (avec attribution), pays, ou appareil, navigateur et système</translation>
    </message>
    <message>
        <source>Pearson, Spearman and Granger between daily metrics (stored)</source>
        <translation>Pearson, Spearman et Granger entre métriques journalières (enregistrées)</translation>
    </message>
    <message>
        <source>A/B tests: uplift, p-value, probability to beat control, sample-ratio mismatch</source>
        <translation>tests A/B : écart relatif, valeur p, probabilité de battre le témoin, déséquilibre des échantillons</translation>
    </message>
    <message>
        <source>ordered funnel: users, conversion and time between steps</source>
        <translation>entonnoir ordonné : utilisateurs, conversion et temps entre les étapes</translation>
    </message>
    <message>
        <source>the saved funnels</source>
        <translation>les entonnoirs enregistrés</translation>
    </message>
    <message>
        <source>the most frequent paths of K events within a session</source>
        <translation>les chemins les plus fréquents de K événements dans une session</translation>
    </message>
    <message>
        <source>active users now, events per minute and top events of the last hour</source>
        <translation>utilisateurs actifs maintenant, événements par minute et les plus fréquents de la dernière heure</translation>
    </message>
    <message>
        <source>first-time retention of cohorts, with revenue (stored)</source>
        <translation>rétention des cohortes (premières fois), avec le chiffre d’affaires (enregistrée)</translation>
    </message>
    <message>
        <source>day-of-week and hour-of-day indices, heatmap, weekly strength</source>
        <translation>indices par jour de la semaine et par heure, carte de chaleur, force hebdomadaire</translation>
    </message>
    <message>
        <source>
The analytics verbs also take --from YYYY-MM-DD --to YYYY-MM-DD (the range [from, to) in UTC days,
default the last 30 days) and --format table|json|csv.
Exit codes: 0 success, 1 failure, 2 bad usage.
</source>
        <translation>
Les verbes analytics prennent aussi --from AAAA-MM-JJ --to AAAA-MM-JJ (la période [from, to) en jours UTC,
par défaut les 30 derniers jours) et --format table|json|csv.
Codes de sortie : 0 succès, 1 échec, 2 mauvais usage.
</translation>
    </message>
    <message>
        <source>segment-create needs --name and --criteria JSON.</source>
        <translation>segment-create demande --name et --criteria JSON.</translation>
    </message>
    <message>
        <source>--criteria: not a JSON object (%1 at character %2).</source>
        <translation>--criteria : pas un objet JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>Name of the new segment.</source>
        <translation>Nom du nouveau segment.</translation>
    </message>
    <message>
        <source>Segment criteria, as JSON.</source>
        <translation>Critères du segment, en JSON.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>the saved segments with their user counts</source>
        <translation>les segments enregistrés avec leur nombre d’utilisateurs</translation>
    </message>
    <message>
        <source>save a segment of users matching a criteria tree (see docs/cli.md)</source>
        <translation>enregistre un segment des utilisateurs qui répondent à un arbre de critères (voir docs/cli.md)</translation>
    </message>
    <message>
        <source>--top: "%1" is not a number of users (0 or more).</source>
        <translation>--top : « %1 » n’est pas un nombre d’utilisateurs (0 ou plus).</translation>
    </message>
    <message>
        <source>Backtest on the last days of the history (mean absolute error per day):</source>
        <translation>Test a posteriori sur les derniers jours de l’historique (erreur absolue moyenne par jour) :</translation>
    </message>
    <message>
        <source>Users most likely to churn (%1 of %2):</source>
        <translation>Utilisateurs les plus susceptibles de partir (%1 sur %2) :</translation>
    </message>
    <message>
        <source>How many users to list (default 20).</source>
        <translation>Nombre d’utilisateurs à lister (20 par défaut).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>viewer, analyst, editor or admin.</source>
        <translation>viewer, analyst, editor ou admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The name shown to others.</source>
        <translation>Le nom montré aux autres.</translation>
    </message>
    <message>
        <source>Unknown users command "%1"; the users commands are: %2.</source>
        <translation>Commande users inconnue « %1 » ; les commandes users sont : %2.</translation>
    </message>
    <message>
        <source>users %1 needs the person's name, as in: atelier users %1 NAME --brand SLUG.</source>
        <translation>users %1 demande le nom de la personne, comme dans : atelier users %1 NOM --brand SLUG.</translation>
    </message>
    <message>
        <source>--brand is required: which brand the membership is for.</source>
        <translation>--brand est obligatoire : la marque de l’appartenance.</translation>
    </message>
    <message>
        <source>--role is required: one of %1.</source>
        <translation>--role est obligatoire : l’un de %1.</translation>
    </message>
    <message>
        <source>--password-stdin is required: the password is read from standard input, never from the command line.</source>
        <translation>--password-stdin est obligatoire : le mot de passe est lu sur l’entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>%1 can now sign in, as %2 of %3.</source>
        <translation>%1 peut maintenant se connecter, comme %2 de %3.</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 est maintenant %2 de %3.</translation>
    </message>
    <message>
        <source>PostgreSQL: create a person's login role and brand membership</source>
        <translation>PostgreSQL : crée le rôle de connexion d’une personne et son appartenance à une marque</translation>
    </message>
    <message>
        <source>PostgreSQL: change, remove or list brand memberships (viewer, analyst, editor, admin)</source>
        <translation>PostgreSQL : modifie, retire ou liste les appartenances aux marques (viewer, analyst, editor, admin)</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 n’est plus membre de %2.</translation>
    </message>
    <message>
        <source>The person to share with.</source>
        <translation>La personne avec qui partager.</translation>
    </message>
    <message>
        <source>view, comment or edit.</source>
        <translation>view, comment ou edit.</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>permission</translation>
    </message>
    <message>
        <source>Take the resource back from the person.</source>
        <translation>Retirer la ressource à la personne.</translation>
    </message>
    <message>
        <source>--with is required: the person to share with.</source>
        <translation>--with est obligatoire : la personne avec qui partager.</translation>
    </message>
    <message>
        <source>--permission is required: one of %1 (or --revoke).</source>
        <translation>--permission est obligatoire : l’une de %1 (ou --revoke).</translation>
    </message>
    <message>
        <source>%1 %2 is no longer shared with %3.</source>
        <translation>%1 %2 n’est plus partagé avec %3.</translation>
    </message>
    <message>
        <source>%1 %2 is shared with %3 (%4).</source>
        <translation>%1 %2 est partagé avec %3 (%4).</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>Le texte.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The comment replied to.</source>
        <translation>Le commentaire auquel on répond.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Brand slug (for analytics_chart).</source>
        <translation>Identifiant de la marque (pour analytics_chart).</translation>
    </message>
    <message>
        <source>Mark the comment as not resolved.</source>
        <translation>Marquer le commentaire comme non résolu.</translation>
    </message>
    <message>
        <source>comment, suggestion or issue.</source>
        <translation>comment, suggestion ou issue.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Rectangle on an image: x,y,width,height in 0…1.</source>
        <translation>Rectangle sur une image : x,y,largeur,hauteur entre 0 et 1.</translation>
    </message>
    <message>
        <source>x,y,w,h</source>
        <translation>x,y,l,h</translation>
    </message>
    <message>
        <source>Series of a chart.</source>
        <translation>Série d’un graphique.</translation>
    </message>
    <message>
        <source>X value on a chart (a number or a date).</source>
        <translation>Valeur x sur un graphique (un nombre ou une date).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Unknown %1 command "%2"; the commands are: %3.</source>
        <translation>Commande %1 inconnue « %2 » ; les commandes sont : %3.</translation>
    </message>
    <message>
        <source>%1 %2 needs the resource: TYPE ID, as in ai_generation 42.</source>
        <translation>%1 %2 demande la ressource : TYPE ID, comme ai_generation 42.</translation>
    </message>
    <message>
        <source>%1 %2 needs the comment's id.</source>
        <translation>%1 %2 demande l’id du commentaire.</translation>
    </message>
    <message>
        <source>--text is required.</source>
        <translation>--text est obligatoire.</translation>
    </message>
    <message>
        <source>--rect: "%1" is not a number.</source>
        <translation>--rect : « %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>share a generation, collection, funnel, segment, workflow or dataset with a person</source>
        <translation>partage une génération, une collection, un entonnoir, un segment, un workflow ou un jeu de données avec une personne</translation>
    </message>
    <message>
        <source>what is shared with you; who may do what on a resource</source>
        <translation>ce qui est partagé avec vous ; qui peut faire quoi sur une ressource</translation>
    </message>
    <message>
        <source>threaded comments with @mentions on any resource</source>
        <translation>commentaires en fils avec @mentions sur toute ressource</translation>
    </message>
    <message>
        <source>notes placed on an image or on a chart</source>
        <translation>notes placées sur une image ou sur un graphique</translation>
    </message>
    <message>
        <source>An annotation is placed with --rect x,y,width,height (on an image) or --series S --x X (on a chart).</source>
        <translation>Une annotation se place avec --rect x,y,largeur,hauteur (sur une image) ou --series S --x X (sur un graphique).</translation>
    </message>
    <message>
        <source>--rect: expected four numbers x,y,width,height (got "%1").</source>
        <translation>--rect : quatre nombres attendus x,y,largeur,hauteur (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Only this person (username).</source>
        <translation>Seulement cette personne (nom d’utilisateur).</translation>
    </message>
    <message>
        <source>Only this action.</source>
        <translation>Seulement cette action.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Only this resource type.</source>
        <translation>Seulement ce type de ressource.</translation>
    </message>
    <message>
        <source>Only this resource.</source>
        <translation>Seulement cette ressource.</translation>
    </message>
    <message>
        <source>From this UTC day.</source>
        <translation>À partir de ce jour UTC.</translation>
    </message>
    <message>
        <source>Before this UTC day.</source>
        <translation>Avant ce jour UTC.</translation>
    </message>
    <message>
        <source>Rows after this sequence number (paging).</source>
        <translation>Lignes après ce numéro de séquence (pagination).</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>seq</translation>
    </message>
    <message>
        <source>At most this many rows (default 100).</source>
        <translation>Au plus ce nombre de lignes (100 par défaut).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Unknown audit command "%1"; the audit commands are: %2.</source>
        <translation>Commande audit inconnue « %1 » ; les commandes audit sont : %2.</translation>
    </message>
    <message>
        <source>--out is required: the CSV file to write.</source>
        <translation>--out est obligatoire : le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>The audit trail is broken at row %1 (of %2 read): %3</source>
        <translation>Le journal d’audit est rompu à la ligne %1 (sur %2 lues) : %3</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s), each linked to the one before.</source>
        <translation><numerusform>Le journal d’audit est intact : %n ligne, chacune liée à la précédente.</numerusform><numerusform>Le journal d’audit est intact : %n lignes, chacune liée à la précédente.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) were recorded before the trail was chained and carry no hash.</source>
        <translation><numerusform>La première ligne a été enregistrée avant le chaînage du journal et n’a pas d’empreinte.</numerusform><numerusform>Les %n premières lignes ont été enregistrées avant le chaînage du journal et n’ont pas d’empreinte.</numerusform></translation>
    </message>
    <message>
        <source>Head: row %1, hash %2 (keep it elsewhere: a later verify that shows another hash for this row means the trail was rewritten).</source>
        <translation>Tête : ligne %1, empreinte %2 (gardez-la ailleurs : une vérification ultérieure montrant une autre empreinte pour cette ligne signifie que le journal a été réécrit).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation><numerusform>%n ligne écrite dans %1.</numerusform><numerusform>%n lignes écrites dans %1.</numerusform></translation>
    </message>
    <message>
        <source>the tamper-evident audit trail: check the chain, page through it, export it</source>
        <translation>le journal d’audit infalsifiable : vérifier la chaîne, le parcourir, l’exporter</translation>
    </message>
    <message>
        <source>Read the passphrase from standard input (rotate: the current one, then the new one on a second line, empty to keep it).</source>
        <translation>Lire la phrase secrète sur l’entrée standard (rotate : l’actuelle, puis la nouvelle sur une deuxième ligne, vide pour la garder).</translation>
    </message>
    <message>
        <source>Unknown secrets command "%1"; the secrets commands are: %2.</source>
        <translation>Commande secrets inconnue « %1 » ; les commandes secrets sont : %2.</translation>
    </message>
    <message>
        <source>--passphrase-stdin is required: the passphrase is read from standard input, never from the command line.</source>
        <translation>--passphrase-stdin est obligatoire : la phrase secrète est lue sur l’entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>No data key yet: sensitive fields are not encrypted. Create one with atelier secrets init.</source>
        <translation>Pas encore de clé de données : les champs sensibles ne sont pas chiffrés. Créez-en une avec atelier secrets init.</translation>
    </message>
    <message>
        <source>Data key %1, wrapped by a passphrase, last changed %2.</source>
        <translation>Clé de données %1, protégée par une phrase secrète, changée le %2.</translation>
    </message>
    <message>
        <source>The data key is created; sensitive fields are encrypted at rest.</source>
        <translation>La clé de données est créée ; les champs sensibles sont chiffrés au repos.</translation>
    </message>
    <message numerus="yes">
        <source>New data key; %n value(s) re-encrypted.</source>
        <translation><numerusform>Nouvelle clé de données ; %n valeur chiffrée à nouveau.</numerusform><numerusform>Nouvelle clé de données ; %n valeurs chiffrées à nouveau.</numerusform></translation>
    </message>
    <message>
        <source>the data key that encrypts sensitive fields at rest (Argon2id, XChaCha20-Poly1305)</source>
        <translation>la clé de données qui chiffre les champs sensibles au repos (Argon2id, XChaCha20-Poly1305)</translation>
    </message>
    <message>
        <source>Count everything shown as read.</source>
        <translation>Compter tout ce qui est affiché comme lu.</translation>
    </message>
    <message>
        <source>Unread: %1 share(s), %2 mention(s).</source>
        <translation>Non lus : %1 partage(s), %2 mention(s).</translation>
    </message>
    <message>
        <source>what was shared with you and the comments that mention you, new ones marked</source>
        <translation>ce qui a été partagé avec vous et les commentaires qui vous mentionnent, les nouveaux marqués</translation>
    </message>
    <message>
        <source>visible, invisible or metadata.</source>
        <translation>visible, invisible ou metadata.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>The image to read.</source>
        <translation>L’image à lire.</translation>
    </message>
    <message>
        <source>The image to write (.png, .jpg).</source>
        <translation>L’image à écrire (.png, .jpg).</translation>
    </message>
    <message>
        <source>What the image is, as ai_generation.</source>
        <translation>Ce qu’est l’image, comme ai_generation.</translation>
    </message>
    <message>
        <source>Its id.</source>
        <translation>Son identifiant.</translation>
    </message>
    <message>
        <source>The text of a visible watermark.</source>
        <translation>Le texte d’un filigrane visible.</translation>
    </message>
    <message>
        <source>top-left, top-right, bottom-left, bottom-right or center.</source>
        <translation>top-left, top-right, bottom-left, bottom-right ou center.</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>0 to 1 (default 0.35).</source>
        <translation>0 à 1 (0,35 par défaut).</translation>
    </message>
    <message>
        <source>opacity</source>
        <translation>opacité</translation>
    </message>
    <message>
        <source>Unknown watermark command "%1"; the watermark commands are: apply, detect.</source>
        <translation>Commande watermark inconnue « %1 » ; les commandes watermark sont : apply, detect.</translation>
    </message>
    <message>
        <source>--input is required: the image to read.</source>
        <translation>--input est obligatoire : l’image à lire.</translation>
    </message>
    <message>
        <source>--%1 is required to apply a watermark.</source>
        <translation>--%1 est obligatoire pour poser un filigrane.</translation>
    </message>
    <message>
        <source>--opacity: "%1" is not a number.</source>
        <translation>--opacity : « %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>mark an image so it names its resource, or find the marks an image carries</source>
        <translation>marque une image pour qu’elle nomme sa ressource, ou trouve les marques qu’elle porte</translation>
    </message>
    <message>
        <source>The report to write: .pdf or .csv.</source>
        <translation>Le rapport à écrire : .pdf ou .csv.</translation>
    </message>
    <message>
        <source>Analyses to include, comma-separated (default: all).</source>
        <translation>Analyses à inclure, séparées par des virgules (par défaut : toutes).</translation>
    </message>
    <message>
        <source>pdf or csv (default: from the extension of --out).</source>
        <translation>pdf ou csv (par défaut : d’après l’extension de --out).</translation>
    </message>
    <message>
        <source>The saved funnel to report (default: the purchase funnel).</source>
        <translation>L’entonnoir enregistré à présenter (par défaut : l’entonnoir d’achat).</translation>
    </message>
    <message>
        <source>Unknown export "%1"; atelier export knows: analytics.</source>
        <translation>Export inconnu « %1 » ; atelier export connaît : analytics.</translation>
    </message>
    <message>
        <source>--brand is required: which brand to report on (see atelier db status).</source>
        <translation>--brand est obligatoire : la marque sur laquelle porte le rapport (voir atelier db status).</translation>
    </message>
    <message>
        <source>--out is required: the file to write, as report.pdf or report.csv.</source>
        <translation>--out est obligatoire : le fichier à écrire, comme report.pdf ou report.csv.</translation>
    </message>
    <message>
        <source>Computing the analyses: %1 of %2</source>
        <translation>Calcul des analyses : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n analysis(es)).</source>
        <translation><numerusform>%1 écrit (%n analyse).</numerusform><numerusform>%1 écrit (%n analyses).</numerusform></translation>
    </message>
    <message>
        <source>the offline report: a PDF with a chart and a table per analysis, or every table as CSV</source>
        <translation>le rapport hors ligne : un PDF avec un graphique et un tableau par analyse, ou tous les tableaux en CSV</translation>
    </message>
    <message>
        <source>queue a generation (credits reserved, quota checked, cache first); --wait runs it here</source>
        <translation>met une génération en file d’attente (crédits réservés, quota vérifié, cache d’abord) ; --wait l’exécute ici</translation>
    </message>
    <message>
        <source>the generation queue, its credits and its cache</source>
        <translation>la file d’attente des générations, ses crédits et son cache</translation>
    </message>
    <message>
        <source>versions of a generation, ratings (blended into quality) and stars</source>
        <translation>versions d’une génération, notes (intégrées à la qualité) et étoiles</translation>
    </message>
    <message>
        <source>collections of generations: shared with people, exported as a zip with a manifest</source>
        <translation>collections de générations : partagées avec des personnes, exportées en zip avec un manifeste</translation>
    </message>
    <message>
        <source>prompt templates with {variables}, optimisation, suggestions from past prompts, history</source>
        <translation>modèles de prompt avec {variables}, optimisation, suggestions tirées des prompts passés, historique</translation>
    </message>
    <message>
        <source>models compared on real generations, their performance per day, generations and credits</source>
        <translation>modèles comparés sur des générations réelles, leurs performances par jour, générations et crédits</translation>
    </message>
    <message>
        <source>training datasets checked for size and near-duplicates; custom models trained at Replicate</source>
        <translation>jeux de données d’entraînement vérifiés (taille, quasi-doublons) ; modèles personnalisés entraînés chez Replicate</translation>
    </message>
    <message>
        <source>this desktop's provider settings; API keys stored encrypted under a key in the OS keychain</source>
        <translation>les réglages des fournisseurs sur ce poste ; clés d’API enregistrées chiffrées par une clé gardée dans le trousseau du système</translation>
    </message>
    <message>
        <source>the watermark every new generation of the brand gets (brand admins)</source>
        <translation>le filigrane que reçoit chaque nouvelle génération de la marque (administrateurs de la marque)</translation>
    </message>
    <message>
        <source>The data key is wrapped by this desktop's OS keychain instead of a passphrase (one person on one desktop).</source>
        <translation>La clé de données est protégée par le trousseau du système de ce poste au lieu d’une phrase secrète (une personne sur un poste).</translation>
    </message>
    <message>
        <source>rotate --keychain: move the data key to a passphrase read from standard input.</source>
        <translation>rotate --keychain : confier la clé de données à une phrase secrète lue sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Choose --keychain or --passphrase-stdin, not both.</source>
        <translation>Choisissez --keychain ou --passphrase-stdin, pas les deux.</translation>
    </message>
    <message>
        <source>--new-passphrase-stdin goes with rotate --keychain.</source>
        <translation>--new-passphrase-stdin s’emploie avec rotate --keychain.</translation>
    </message>
    <message>
        <source>Data key %1, wrapped by this desktop's keychain, last changed %2.</source>
        <translation>Clé de données %1, protégée par le trousseau de ce poste, changée le %2.</translation>
    </message>
    <message>
        <source>Data key %1, wrapped by the keychain of another desktop, last changed %2.</source>
        <translation>Clé de données %1, protégée par le trousseau d’un autre poste, changée le %2.</translation>
    </message>
    <message>
        <source>A SQLite database has no password: db login and db logout are for PostgreSQL URLs.</source>
        <translation>Une base SQLite n’a pas de mot de passe : db login et db logout sont pour les URL PostgreSQL.</translation>
    </message>
    <message>
        <source>%1: password removed from the keychain.</source>
        <translation>%1 : mot de passe retiré du trousseau.</translation>
    </message>
    <message>
        <source>%1: the keychain held no password for it.</source>
        <translation>%1 : le trousseau ne contenait pas de mot de passe pour elle.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>No terminal to ask for the password: give it on standard input with --password-stdin.</source>
        <translation>Pas de terminal où demander le mot de passe : donnez-le sur l’entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>No password given: nothing was stored.</source>
        <translation>Aucun mot de passe donné : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1: password stored in the keychain; Atelier uses it whenever this URL comes without one.</source>
        <translation>%1 : mot de passe enregistré dans le trousseau ; Atelier s’en sert chaque fois que cette URL arrive sans.</translation>
    </message>
    <message>
        <source>Unknown db command "%1"; the db verb knows: status, login, logout.</source>
        <translation>Commande db « %1 » inconnue ; le verbe db connaît : status, login, logout.</translation>
    </message>
    <message>
        <source>--series needs --x: the number or date on the series where the note goes.</source>
        <translation>--series demande --x : le nombre ou la date de la série où va la note.</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) are recorded but not chained yet (another chaining is under way or their transaction is still open); verify again to check them.</source>
        <translation><numerusform>%n autre ligne est enregistrée mais pas encore chaînée (un autre chaînage est en cours ou sa transaction est encore ouverte) ; vérifiez de nouveau pour la contrôler.</numerusform><numerusform>%n autres lignes sont enregistrées mais pas encore chaînées (un autre chaînage est en cours ou leur transaction est encore ouverte) ; vérifiez de nouveau pour les contrôler.</numerusform></translation>
    </message>
    <message>
        <source>PostgreSQL: keep the password of --database's URL in the OS keychain, or remove it</source>
        <translation>PostgreSQL : garde le mot de passe de l’URL de --database dans le trousseau du système, ou l’en retire</translation>
    </message>
    <message>
        <source>Usage: atelier [--database URL] [--page NAME]
       atelier VERB [options]

Atelier, the operations console for analytics, AI Studio and collaboration.
Without a verb it opens the console.

Options:
  --database URL   sqlite:///path/file.db or postgresql://user@host[:port]/db[?sslmode=…]
                   (else ATELIER_DATABASE_URL, else the settings, else the embedded database);
                   the password comes from ~/.pgpass, the keychain (db login) or a prompt
  --page NAME      open the console on a page: overview, analytics, ai-studio, inbox, people, audit
  --help           show this help
  --version        show the version

Verbs:
</source>
        <translation>Usage : atelier [--database URL] [--page NOM]
        atelier VERBE [options]

Atelier, la console d’exploitation pour l’analytique, l’AI Studio et la collaboration.
Sans verbe, elle ouvre la console.

Options :
  --database URL   sqlite:///chemin/fichier.db ou postgresql://utilisateur@hôte[:port]/base[?sslmode=…]
                   (sinon ATELIER_DATABASE_URL, sinon les réglages, sinon la base embarquée) ;
                   le mot de passe vient de ~/.pgpass, du trousseau (db login) ou d’une invite
  --page NOM       ouvre la console sur une page : overview, analytics, ai-studio, inbox, people, audit
  --help           affiche cette aide
  --version        affiche la version

Verbes :
</translation>
    </message>
    <message>
        <source>Store the predictions and record what happened for past ones.</source>
        <translation>Enregistrer les prédictions et consigner ce qui s’est passé pour les précédentes.</translation>
    </message>
    <message>
        <source>revenue, conversion and churn forecasts with intervals (--save: stored, scored later)</source>
        <translation>prévisions de chiffre d’affaires, de conversion et d’attrition avec intervalles (--save : enregistrées, évaluées plus tard)</translation>
    </message>
</context>
<context>
    <name>CommentService</name>
    <message>
        <source>The text is empty.</source>
        <translation>Le texte est vide.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2.</source>
        <translation>Le texte fait %1 caractères ; %2 au plus.</translation>
    </message>
    <message>
        <source>Comment "%1" does not exist, or only its author or an admin of the brand may change it.</source>
        <translation>Le commentaire « %1 » n’existe pas, ou seul son auteur ou un admin de la marque peut le modifier.</translation>
    </message>
    <message>
        <source>Finding the comment replied to</source>
        <translation>Recherche du commentaire auquel on répond</translation>
    </message>
    <message>
        <source>There is no comment "%1" on this %2 to reply to.</source>
        <translation>Aucun commentaire « %1 » sur ce %2 auquel répondre.</translation>
    </message>
    <message>
        <source>Commenting needs the analyst role in the brand or a comment share; saving the comment</source>
        <translation>Commenter demande le rôle analyst dans la marque ou un partage « comment » ; enregistrement du commentaire</translation>
    </message>
    <message>
        <source>Reading the comments</source>
        <translation>Lecture des commentaires</translation>
    </message>
    <message>
        <source>Editing the comment</source>
        <translation>Modification du commentaire</translation>
    </message>
    <message>
        <source>Deleting the comment</source>
        <translation>Suppression du commentaire</translation>
    </message>
    <message>
        <source>Resolving the comment</source>
        <translation>Résolution du commentaire</translation>
    </message>
    <message>
        <source>position.%1: unknown field; a chart point has series and x.</source>
        <translation>position.%1 : champ inconnu ; un point de graphique a series et x.</translation>
    </message>
    <message>
        <source>position.series: expected the name of a series.</source>
        <translation>position.series : nom de série attendu.</translation>
    </message>
    <message>
        <source>position.%1: unknown field; an image rectangle has x, y, width and height.</source>
        <translation>position.%1 : champ inconnu ; un rectangle d’image a x, y, width et height.</translation>
    </message>
    <message>
        <source>position.%1: expected a number from 0 to 1 (a share of the image's size).</source>
        <translation>position.%1 : nombre entre 0 et 1 attendu (une part de la taille de l’image).</translation>
    </message>
    <message>
        <source>position: the rectangle must have a size and lie inside the image (x + width ≤ 1, y + height ≤ 1).</source>
        <translation>position : le rectangle doit avoir une taille et tenir dans l’image (x + width ≤ 1, y + height ≤ 1).</translation>
    </message>
    <message>
        <source>Unknown annotation type "%1"; the types are: %2.</source>
        <translation>Type d’annotation inconnu « %1 » ; les types sont : %2.</translation>
    </message>
    <message>
        <source>Annotating needs the analyst role in the brand or a comment share; saving the annotation</source>
        <translation>Annoter demande le rôle analyst dans la marque ou un partage « comment » ; enregistrement de l’annotation</translation>
    </message>
    <message>
        <source>Reading the annotations</source>
        <translation>Lecture des annotations</translation>
    </message>
    <message>
        <source>position.x: expected a number or a date (where on the series the note goes).</source>
        <translation>position.x : nombre ou date attendu (l’endroit de la série où va la note).</translation>
    </message>
</context>
<context>
    <name>CorrelationService</name>
    <message>
        <source>Unknown daily metric "%1"; the metrics are: %2.</source>
        <translation>Métrique journalière « %1 » inconnue ; les métriques sont : %2.</translation>
    </message>
    <message>
        <source>Correlations need at least two metrics.</source>
        <translation>Les corrélations demandent au moins deux métriques.</translation>
    </message>
</context>
<context>
    <name>DailyMetricsService</name>
    <message>
        <source>Unknown daily metric "%1"; the metrics are: %2.</source>
        <translation>Métrique journalière « %1 » inconnue ; les métriques sont : %2.</translation>
    </message>
    <message>
        <source>Computing the daily event metrics</source>
        <translation>Le calcul des métriques journalières des événements</translation>
    </message>
    <message>
        <source>Computing the daily AI metrics</source>
        <translation>Le calcul des métriques journalières de l’IA</translation>
    </message>
    <message>
        <source>Reading the daily rollup</source>
        <translation>Lecture du cumul journalier</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>"%1" is a folder, not a SQLite database file.</source>
        <translation>« %1 » est un dossier, pas un fichier de base SQLite.</translation>
    </message>
    <message>
        <source>"%1" is read-only: Atelier needs to write to its database. Make it writable or choose another file.</source>
        <translation>« %1 » est en lecture seule : Atelier doit pouvoir écrire dans sa base. Rendez-le modifiable ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>"%1" is not a SQLite database: Atelier leaves it as it is.</source>
        <translation>« %1 » n’est pas une base SQLite : Atelier n’y touche pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder "%1" for the database.</source>
        <translation>Impossible de créer le dossier « %1 » pour la base.</translation>
    </message>
    <message>
        <source>The folder "%1" is read-only: the database cannot be created there.</source>
        <translation>Le dossier « %1 » est en lecture seule : la base ne peut pas y être créée.</translation>
    </message>
    <message>
        <source>Wrong password, or no such user, for "%1" on the PostgreSQL server at %2.</source>
        <translation>Mot de passe erroné, ou utilisateur inconnu, pour « %1 » sur le serveur PostgreSQL %2.</translation>
    </message>
    <message>
        <source>The database "%1" does not exist on the PostgreSQL server at %2.</source>
        <translation>La base « %1 » n’existe pas sur le serveur PostgreSQL %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no user "%2".</source>
        <translation>Le serveur PostgreSQL %1 n’a pas d’utilisateur « %2 ».</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: is it running, and is the address right?</source>
        <translation>Impossible de joindre le serveur PostgreSQL %1 : est-il démarré, et l’adresse est-elle juste ?</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL database %1: %2</source>
        <translation>Impossible d’ouvrir la base PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database "%1": %2</source>
        <translation>Impossible d’ouvrir la base SQLite « %1 » : %2</translation>
    </message>
    <message>
        <source>"%1" is read-only: Atelier needs to write to its database.</source>
        <translation>« %1 » est en lecture seule : Atelier doit pouvoir écrire dans sa base.</translation>
    </message>
    <message>
        <source>Cannot prepare the SQLite database "%1": %2</source>
        <translation>Impossible de préparer la base SQLite « %1 » : %2</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé.</translation>
    </message>
    <message>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation>Impossible de configurer la session PostgreSQL : %1</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>La connexion à la base n’est pas ouverte.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>There is no database at "%1".</source>
        <translation>Il n’y a pas de base de données à « %1 ».</translation>
    </message>
    <message>
        <source>"%1" holds another program's tables and no Atelier schema: Atelier leaves it as it is.</source>
        <translation>« %1 » contient les tables d’un autre programme et aucun schéma Atelier : Atelier n’y touche pas.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 wants a password for "%2" and none was given: keep it in ~/.pgpass (or the file PGPASSFILE names) or in the keychain (atelier db login), or type it when Atelier asks (in the console, or on a terminal).</source>
        <translation>Le serveur PostgreSQL à %1 demande un mot de passe pour « %2 » et aucun n’a été donné : gardez-le dans ~/.pgpass (ou le fichier que nomme PGPASSFILE) ou dans le trousseau (atelier db login), ou tapez-le quand Atelier le demande (dans la console ou sur un terminal).</translation>
    </message>
</context>
<context>
    <name>DatabaseCredentials</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <source>The password for %1 could not be stored in the system keychain: %2.</source>
        <translation>Le mot de passe de %1 n’a pas pu être enregistré dans le trousseau du système : %2.</translation>
    </message>
    <message>
        <source>The password for %1 could not be removed from the system keychain: %2.</source>
        <translation>Le mot de passe de %1 n’a pas pu être retiré du trousseau du système : %2.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Warning: a password in --database is visible to other users of this computer (ps); keep it in ~/.pgpass or PGPASSFILE, in the keychain (atelier db login), or type it when asked.</source>
        <translation>Attention : un mot de passe dans --database est visible des autres utilisateurs de cet ordinateur (ps) ; gardez-le dans ~/.pgpass ou PGPASSFILE, dans le trousseau (atelier db login), ou tapez-le quand il est demandé.</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <source>Counting the rows of %1</source>
        <translation>Le comptage des lignes de %1</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Malformed database URL "%1": expected %2.</source>
        <translation>URL de base de données mal formée « %1 » : attendu %2.</translation>
    </message>
    <message>
        <source>Malformed SQLite URL "%1": the path must be absolute, as in sqlite:///home/me/atelier.db.</source>
        <translation>URL SQLite mal formée « %1 » : le chemin doit être absolu, comme dans sqlite:///home/moi/atelier.db.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL "%1": it needs a user and a database name, as in postgresql://ana@db.example.com/atelier.</source>
        <translation>URL PostgreSQL mal formée « %1 » : il faut un utilisateur et un nom de base, comme dans postgresql://ana@db.example.com/atelier.</translation>
    </message>
    <message>
        <source>Unknown option "%1" in database URL "%2": only sslmode is accepted.</source>
        <translation>Option « %1 » inconnue dans l’URL « %2 » : seule sslmode est acceptée.</translation>
    </message>
    <message>
        <source>Unknown sslmode "%1" in database URL "%2": use one of %3.</source>
        <translation>sslmode « %1 » inconnu dans l’URL « %2 » : utilisez l’un de %3.</translation>
    </message>
    <message>
        <source>Unsupported database scheme "%1" in "%2": use sqlite or postgresql.</source>
        <translation>Schéma de base « %1 » non pris en charge dans « %2 » : utilisez sqlite ou postgresql.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL "%1": expected postgresql://user@host[:port]/db.</source>
        <translation>URL PostgreSQL mal formée « %1 » : attendu postgresql://utilisateur@hôte[:port]/base.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>The date range must start before it ends (from %1 to %2).</source>
        <translation>La période doit commencer avant de finir (du %1 au %2).</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo generation was cancelled; nothing was written.</source>
        <translation>La génération de la démonstration a été annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Demo data needs a non-negative number of events and at least 7 days.</source>
        <translation>Les données de démonstration demandent un nombre d’événements positif ou nul et au moins 7 jours.</translation>
    </message>
    <message>
        <source>Checking that the database is empty</source>
        <translation>La vérification que la base est vide</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n brand(s); demo data only goes into an empty database.</source>
        <translation><numerusform>La base contient déjà %n marque ; les données de démonstration ne vont que dans une base vide.</numerusform><numerusform>La base contient déjà %n marques ; les données de démonstration ne vont que dans une base vide.</numerusform></translation>
    </message>
    <message>
        <source>Cannot start a transaction for the demo data.</source>
        <translation>Impossible de démarrer une transaction pour les données de démonstration.</translation>
    </message>
    <message>
        <source>Cannot commit the demo data.</source>
        <translation>Impossible de valider les données de démonstration.</translation>
    </message>
    <message>
        <source>Reading the models</source>
        <translation>La lecture des modèles</translation>
    </message>
</context>
<context>
    <name>EventBulkWriter</name>
    <message>
        <source>Loading events into SQLite failed: %1</source>
        <translation>Le chargement des événements dans SQLite a échoué : %1</translation>
    </message>
    <message>
        <source>Loading events into PostgreSQL failed: %1</source>
        <translation>Le chargement des événements dans PostgreSQL a échoué : %1</translation>
    </message>
    <message>
        <source>Reading the event indexes</source>
        <translation>La lecture des index des événements</translation>
    </message>
    <message>
        <source>Reading the event constraints</source>
        <translation>La lecture des contraintes des événements</translation>
    </message>
    <message>
        <source>Setting aside the event indexes</source>
        <translation>La mise de côté des index des événements</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>La connexion à la base n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Rebuilding the event indexes</source>
        <translation>La reconstruction des index des événements</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <source>Listing the event types</source>
        <translation>Liste des types d’événements</translation>
    </message>
    <message>
        <source>%1: "%2" is not an event type: event types are letters, digits, and _ . : - (at most 64).</source>
        <translation>%1 : « %2 » n’est pas un type d’événement : un type d’événement s’écrit avec des lettres, des chiffres et _ . : - (64 au plus).</translation>
    </message>
    <message>
        <source>Looking up the event type "%1"</source>
        <translation>Recherche du type d’événement « %1 »</translation>
    </message>
    <message>
        <source>%1: "%2" is not a known event type (none has been recorded); the event types are: %3.</source>
        <translation>%1 : « %2 » n’est pas un type d’événement connu (aucun n’a été enregistré) ; les types d’événements sont : %3.</translation>
    </message>
</context>
<context>
    <name>ExperimentService</name>
    <message>
        <source>Reading the experiments</source>
        <translation>La lecture des expériences</translation>
    </message>
    <message>
        <source>Brand "%1" has no experiment "%2".</source>
        <translation>La marque « %1 » n’a pas d’expérience « %2 ».</translation>
    </message>
    <message>
        <source>Counting the exposures of %1</source>
        <translation>Le comptage des expositions de %1</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Checking whether the database is empty</source>
        <translation>La vérification que la base est vide</translation>
    </message>
</context>
<context>
    <name>FunnelService</name>
    <message>
        <source>"%1" is not a window: write a number followed by d, h, m or s, as in 14d.</source>
        <translation>« %1 » n’est pas une fenêtre : écrivez un nombre suivi de d, h, m ou s, comme 14d.</translation>
    </message>
    <message>
        <source>The window must be longer than zero (got "%1").</source>
        <translation>La fenêtre doit être plus longue que zéro (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>A funnel has 1 to %1 steps (got %2).</source>
        <translation>Un entonnoir a de 1 à %1 étapes (reçu : %2).</translation>
    </message>
    <message>
        <source>The window must be longer than zero (got %1 s).</source>
        <translation>La fenêtre doit être plus longue que zéro (reçu : %1 s).</translation>
    </message>
    <message>
        <source>Step %1: unknown property "%2"; the properties are: %3.</source>
        <translation>Étape %1 : propriété « %2 » inconnue ; les propriétés sont : %3.</translation>
    </message>
    <message>
        <source>Unknown breakdown property "%1"; the properties are: %2.</source>
        <translation>Propriété de ventilation « %1 » inconnue ; les propriétés sont : %2.</translation>
    </message>
    <message>
        <source>Exclusion %1: the steps must satisfy 1 ≤ from &lt; to ≤ %2 (got %3 to %4).</source>
        <translation>Exclusion %1 : les étapes doivent vérifier 1 ≤ de &lt; à ≤ %2 (reçu : %3 à %4).</translation>
    </message>
    <message>
        <source>Counting the funnel's users</source>
        <translation>Le comptage des utilisateurs de l’entonnoir</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
</context>
<context>
    <name>FunnelStore</name>
    <message>
        <source>Funnel definition: "steps" must be a list.</source>
        <translation>Définition d’entonnoir : « steps » doit être une liste.</translation>
    </message>
    <message>
        <source>Funnel definition: steps[%1].event must be a text.</source>
        <translation>Définition d’entonnoir : steps[%1].event doit être un texte.</translation>
    </message>
    <message>
        <source>Funnel definition: steps[%1].filters[%2] needs a property and a value, both texts.</source>
        <translation>Définition d’entonnoir : steps[%1].filters[%2] demande une propriété et une valeur, toutes deux des textes.</translation>
    </message>
    <message>
        <source>Funnel definition: "window_seconds" must be a number.</source>
        <translation>Définition d’entonnoir : « window_seconds » doit être un nombre.</translation>
    </message>
    <message>
        <source>Funnel definition: exclusions[%1] needs an event, a from step and a to step.</source>
        <translation>Définition d’entonnoir : exclusions[%1] demande un événement, une étape de départ et une étape d’arrivée.</translation>
    </message>
    <message>
        <source>Listing the saved funnels</source>
        <translation>La liste des entonnoirs enregistrés</translation>
    </message>
    <message>
        <source>Reading the saved funnel</source>
        <translation>La lecture de l’entonnoir enregistré</translation>
    </message>
    <message>
        <source>Brand "%1" has no saved funnel "%2".</source>
        <translation>La marque « %1 » n’a pas d’entonnoir enregistré « %2 ».</translation>
    </message>
    <message>
        <source>A saved funnel needs a name of 1 to 200 characters.</source>
        <translation>Un entonnoir enregistré demande un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>Saving the funnel</source>
        <translation>L’enregistrement de l’entonnoir</translation>
    </message>
    <message>
        <source>Deleting the funnel</source>
        <translation>La suppression de l’entonnoir</translation>
    </message>
    <message>
        <source>The funnel "%1" was not saved: your role in brand "%2" does not allow it.</source>
        <translation>Le funnel « %1 » n’a pas été enregistré : votre rôle dans la marque « %2 » ne le permet pas.</translation>
    </message>
</context>
<context>
    <name>GenerationService</name>
    <message>
        <source>Recording credits</source>
        <translation>L’enregistrement des crédits</translation>
    </message>
    <message>
        <source>Reading a generation</source>
        <translation>La lecture d’une génération</translation>
    </message>
    <message>
        <source>There is no generation %1 (or it is not yours to see).</source>
        <translation>Il n’y a pas de génération %1 (ou vous n’avez pas le droit de la voir).</translation>
    </message>
    <message>
        <source>Recording a failed generation</source>
        <translation>L’enregistrement d’une génération échouée</translation>
    </message>
    <message>
        <source>Recording a version</source>
        <translation>L’enregistrement d’une version</translation>
    </message>
    <message>
        <source>Updating a prompt template</source>
        <translation>La mise à jour d’un modèle de prompt</translation>
    </message>
    <message>
        <source>Unknown generation type "%1"; the types are: %2.</source>
        <translation>Type de génération « %1 » inconnu ; les types sont : %2.</translation>
    </message>
    <message>
        <source>Unknown provider "%1"; the providers are: %2.</source>
        <translation>Fournisseur « %1 » inconnu ; les fournisseurs sont : %2.</translation>
    </message>
    <message>
        <source>The prompt is empty: say what to generate.</source>
        <translation>Le prompt est vide : dites ce qu’il faut générer.</translation>
    </message>
    <message>
        <source>The prompt is %1 characters long; at most 4000 are accepted.</source>
        <translation>Le prompt fait %1 caractères ; 4000 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The size %1×%2 is outside 64–4096 pixels a side.</source>
        <translation>La taille %1×%2 sort des limites de 64 à 4096 pixels de côté.</translation>
    </message>
    <message>
        <source>The parameters are larger than 16 KB.</source>
        <translation>Les paramètres dépassent 16 Ko.</translation>
    </message>
    <message>
        <source>The attempts must be between 1 and 20.</source>
        <translation>Le nombre de tentatives doit être compris entre 1 et 20.</translation>
    </message>
    <message>
        <source>A generation belongs to a brand: name one.</source>
        <translation>Une génération appartient à une marque : nommez-en une.</translation>
    </message>
    <message>
        <source>Reading the models</source>
        <translation>La lecture des modèles</translation>
    </message>
    <message>
        <source>Unknown model "%1"; the models of %2 are: %3.</source>
        <translation>Modèle « %1 » inconnu ; les modèles de %2 sont : %3.</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>The model "%1" belongs to %2, not %3.</source>
        <translation>Le modèle « %1 » appartient à %2, pas à %3.</translation>
    </message>
    <message>
        <source>The model "%1" makes %2 results, not %3.</source>
        <translation>Le modèle « %1 » produit des résultats %2, pas %3.</translation>
    </message>
    <message>
        <source>The model "%1" is retired.</source>
        <translation>Le modèle « %1 » est retiré.</translation>
    </message>
    <message>
        <source>Queuing a generation</source>
        <translation>La mise en file d’attente d’une génération</translation>
    </message>
    <message>
        <source>Looking in the cache</source>
        <translation>La recherche dans le cache</translation>
    </message>
    <message>
        <source>Reading the quota</source>
        <translation>La lecture du quota</translation>
    </message>
    <message>
        <source>Quota exceeded: %1 of %2 credits used this month, %3 held by queued jobs; this generation needs %4.</source>
        <translation>Quota dépassé : %1 crédits sur %2 utilisés ce mois-ci, %3 retenus par les tâches en file d’attente ; cette génération en demande %4.</translation>
    </message>
    <message>
        <source>Reading the generations</source>
        <translation>La lecture des générations</translation>
    </message>
    <message>
        <source>Cancelling a generation</source>
        <translation>L’annulation d’une génération</translation>
    </message>
    <message>
        <source>Reading the queue</source>
        <translation>La lecture de la file d’attente</translation>
    </message>
    <message>
        <source>Taking a job from the queue</source>
        <translation>La prise d’une tâche dans la file d’attente</translation>
    </message>
    <message>
        <source>Renewing the queue's leases</source>
        <translation>Le renouvellement des baux de la file d’attente</translation>
    </message>
    <message>
        <source>The desktop running this job stopped before it finished, and no attempts are left.</source>
        <translation>Le poste qui exécutait cette tâche s’est arrêté avant la fin, et il ne reste aucune tentative.</translation>
    </message>
    <message>
        <source>Resuming the queue</source>
        <translation>La reprise de la file d’attente</translation>
    </message>
    <message>
        <source>Recording a finished generation</source>
        <translation>L’enregistrement d’une génération terminée</translation>
    </message>
    <message>
        <source>Putting a job back in the queue</source>
        <translation>La remise d’une tâche dans la file d’attente</translation>
    </message>
    <message>
        <source>Reading the credits</source>
        <translation>La lecture des crédits</translation>
    </message>
    <message>
        <source>The monthly credits must be between 0 and 100000000.</source>
        <translation>Les crédits mensuels doivent être compris entre 0 et 100000000.</translation>
    </message>
    <message>
        <source>Setting a quota</source>
        <translation>La définition d’un quota</translation>
    </message>
    <message>
        <source>Reading the cache statistics</source>
        <translation>La lecture des statistiques du cache</translation>
    </message>
    <message>
        <source>The age must be 0 days or more.</source>
        <translation>L’âge doit être de 0 jour ou plus.</translation>
    </message>
    <message>
        <source>Clearing the cache</source>
        <translation>L’effacement du cache</translation>
    </message>
    <message>
        <source>A 3d generation starts from an image: give the id of a completed 2d generation of the brand as the "source" parameter (--param source=ID).</source>
        <translation>Une génération 3d part d’une image : donnez l’identifiant d’une génération 2d terminée de la marque comme paramètre « source » (--param source=ID).</translation>
    </message>
    <message>
        <source>The source %1 is not a completed 2d generation of this brand.</source>
        <translation>La source %1 n’est pas une génération 2d terminée de cette marque.</translation>
    </message>
    <message>
        <source>Recording the provider's job</source>
        <translation>L’enregistrement de la tâche du fournisseur</translation>
    </message>
    <message>
        <source>The gallery needs a brand.</source>
        <translation>La galerie demande une marque.</translation>
    </message>
    <message>
        <source>Reading the gallery</source>
        <translation>La lecture de la galerie</translation>
    </message>
    <message>
        <source>Counting the gallery</source>
        <translation>Le comptage de la galerie</translation>
    </message>
    <message>
        <source>Reading the models used</source>
        <translation>La lecture des modèles utilisés</translation>
    </message>
    <message>
        <source>Deleting generations</source>
        <translation>La suppression de générations</translation>
    </message>
    <message>
        <source>Generation %1 is still in the queue: cancel it first. Nothing was deleted.</source>
        <translation>La génération %1 est encore dans la file d’attente : annulez-la d’abord. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>There is no generation %1 (or it is not yours to see). Nothing was deleted.</source>
        <translation>Il n’y a pas de génération %1 (ou vous n’avez pas le droit de la voir). Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 generations may be deleted by you. Nothing was deleted.</source>
        <translation>Vous ne pouvez supprimer que %1 des %2 générations. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Only an administrator of this brand may set quotas.</source>
        <translation>Seul un administrateur de cette marque peut définir les quotas.</translation>
    </message>
    <message>
        <source>Unknown status "%1"; the statuses are: %2.</source>
        <translation>Statut « %1 » inconnu ; les statuts sont : %2.</translation>
    </message>
    <message>
        <source>Counting the jobs still to run</source>
        <translation>Le comptage des tâches restant à exécuter</translation>
    </message>
</context>
<context>
    <name>GlbMesh</name>
    <message>
        <source>an accessor or buffer view is missing</source>
        <translation>un accesseur ou une vue de tampon manque</translation>
    </message>
    <message>
        <source>an accessor has a count, offset or stride this reader does not take</source>
        <translation>un accesseur a un nombre, un décalage ou un pas que ce lecteur ne prend pas en charge</translation>
    </message>
    <message>
        <source>an accessor reaches past its data</source>
        <translation>un accesseur déborde de ses données</translation>
    </message>
    <message>
        <source>not a binary glTF 2.0 file</source>
        <translation>pas un fichier glTF 2.0 binaire</translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation>le fichier est plus court que ne l’annonce son en-tête</translation>
    </message>
    <message>
        <source>the JSON chunk is missing or too long</source>
        <translation>le bloc JSON manque ou est trop long</translation>
    </message>
    <message>
        <source>the JSON chunk is not valid JSON</source>
        <translation>le bloc JSON n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>the binary chunk is longer than the file</source>
        <translation>le bloc binaire est plus long que le fichier</translation>
    </message>
    <message>
        <source>the mesh has no float positions</source>
        <translation>le maillage n’a pas de positions en virgule flottante</translation>
    </message>
    <message>
        <source>a position is not a finite number</source>
        <translation>une position n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>the indices are of a type this reader does not take</source>
        <translation>les indices sont d’un type que ce lecteur ne prend pas en charge</translation>
    </message>
    <message>
        <source>an index points past the positions</source>
        <translation>un indice pointe au-delà des positions</translation>
    </message>
    <message>
        <source>the mesh has no triangles</source>
        <translation>le maillage n’a pas de triangles</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>%1: the base URL "%2" is not an http or https address with a host.</source>
        <translation>%1 : l’URL de base « %2 » n’est pas une adresse http ou https avec un hôte.</translation>
    </message>
    <message>
        <source>%1 (%2 says: %3)</source>
        <translation>%1 (%2 indique : %3)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <source>%1 says the account has no credits left (HTTP 402).</source>
        <translation>%1 indique que le compte n’a plus de crédits (HTTP 402).</translation>
    </message>
    <message>
        <source>%1 says the account has no credits left (HTTP 429).</source>
        <translation>%1 indique que le compte n’a plus de crédits (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 is rate limiting the calls (HTTP 429).</source>
        <translation>%1 limite le débit des appels (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 filtered the request: the prompt or the image breaks its content rules.</source>
        <translation>%1 a filtré la demande : le prompt ou l’image enfreint ses règles de contenu.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2).</source>
        <translation>%1 a eu une erreur serveur (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 a refusé la demande (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 gave an answer that cannot be read (HTTP %2).</source>
        <translation>%1 a donné une réponse illisible (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2): check the key.</source>
        <translation>%1 a refusé la clé d’API (HTTP %2) : vérifiez la clé.</translation>
    </message>
</context>
<context>
    <name>ImageProvider</name>
    <message>
        <source>%1 gave an answer that cannot be read: %2.</source>
        <translation>%1 a donné une réponse illisible : %2.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>InboxService</name>
    <message>
        <source>Reading the inbox</source>
        <translation>Lecture de la boîte de réception</translation>
    </message>
    <message>
        <source>Marking the inbox read</source>
        <translation>Marquage de la boîte de réception comme lue</translation>
    </message>
</context>
<context>
    <name>JourneyService</name>
    <message>
        <source>A journey follows 1 to %1 steps (got %2).</source>
        <translation>Un parcours suit de 1 à %1 étapes (reçu : %2).</translation>
    </message>
    <message>
        <source>Following the sessions</source>
        <translation>Le suivi des sessions</translation>
    </message>
    <message>
        <source>Counting the moves between events</source>
        <translation>Le comptage des passages d’un événement à l’autre</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Événement de départ</translation>
    </message>
</context>
<context>
    <name>JsonColumn</name>
    <message>
        <source>%1 %2: %3 is missing (NULL).</source>
        <translation>%1 %2 : %3 est absent (NULL).</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not valid JSON (%4 at character %5).</source>
        <translation>%1 %2 : %3 n’est pas du JSON valide (%4 au caractère %5).</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not a JSON object.</source>
        <translation>%1 %2 : %3 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not a JSON array.</source>
        <translation>%1 %2 : %3 n’est pas un tableau JSON.</translation>
    </message>
</context>
<context>
    <name>LocalKey</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>Le fichier de clé %1 est illisible : %2.</translation>
    </message>
    <message>
        <source>The key file %1 may be read by other people; it must be readable by its owner only (chmod 600).</source>
        <translation>Le fichier de clé %1 peut être lu par d’autres personnes ; il ne doit être lisible que par son propriétaire (chmod 600).</translation>
    </message>
    <message>
        <source>The key file %1 does not hold a key.</source>
        <translation>Le fichier de clé %1 ne contient pas de clé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The data key is in the system keychain, which cannot be reached (%1); saved API keys cannot be read until it can.</source>
        <translation>La clé de données est dans le trousseau du système, qui est injoignable (%1) ; les clés d’API enregistrées restent illisibles tant qu’il le sera.</translation>
    </message>
    <message>
        <source>The system keychain's entry for Atelier does not hold a key.</source>
        <translation>L’entrée d’Atelier dans le trousseau du système ne contient pas de clé.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: %1.</source>
        <translation>Le trousseau du système est injoignable : %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Creating the migrations table</source>
        <translation>La création de la table des migrations</translation>
    </message>
    <message>
        <source>Reading the applied migrations</source>
        <translation>La lecture des migrations appliquées</translation>
    </message>
    <message>
        <source>This database has schema version %1 (%2), newer than this Atelier, which knows up to version %3. Upgrade Atelier to open it.</source>
        <translation>Cette base a la version de schéma %1 (%2), plus récente que cet Atelier, qui connaît jusqu’à la version %3. Mettez Atelier à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) is recorded in the database but unknown to this Atelier.</source>
        <translation>La migration %1 (%2) est enregistrée dans la base mais inconnue de cet Atelier.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) was changed after it was applied to this database: its checksum differs. Restore the original file; Atelier will not guess.</source>
        <translation>La migration %1 (%2) a été modifiée après avoir été appliquée à cette base : son empreinte diffère. Restaurez le fichier d’origine ; Atelier ne devinera pas.</translation>
    </message>
    <message>
        <source>Locking the schema</source>
        <translation>Le verrouillage du schéma</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>Recording migration %1</source>
        <translation>L’enregistrement de la migration %1</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n other table(s) and no Atelier schema: it is not an Atelier database, and Atelier leaves it as it is.</source>
        <translation><numerusform>Cette base contient déjà %n autre table et aucun schéma Atelier : ce n’est pas une base Atelier, et Atelier n’y touche pas.</numerusform><numerusform>Cette base contient déjà %n autres tables et aucun schéma Atelier : ce n’est pas une base Atelier, et Atelier n’y touche pas.</numerusform></translation>
    </message>
    <message>
        <source>Committing migration %1</source>
        <translation>La validation de la migration %1</translation>
    </message>
</context>
<context>
    <name>OfflineRenderer</name>
    <message>
        <source>offline preview — not AI</source>
        <translation>aperçu hors ligne — pas de l’IA</translation>
    </message>
    <message>
        <source>The offline renderer draws from 64 to 4096 pixels a side (asked %1 × %2).</source>
        <translation>Le moteur hors ligne dessine de 64 à 4096 pixels de côté (demandé %1 × %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Offline preview</source>
        <translation>Aperçu hors ligne</translation>
    </message>
</context>
<context>
    <name>OpenAiProvider</name>
    <message>
        <source>no "data" list of images</source>
        <translation>pas de liste « data » d’images</translation>
    </message>
    <message>
        <source>an image URL that is not http or https</source>
        <translation>une URL d’image qui n’est ni http ni https</translation>
    </message>
    <message>
        <source>an image without b64_json or url</source>
        <translation>une image sans b64_json ni url</translation>
    </message>
    <message>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>des données d’image qui ne sont ni PNG, ni JPEG, ni WebP</translation>
    </message>
    <message>
        <source>OpenAI needs an API key.</source>
        <translation>OpenAI demande une clé d’API.</translation>
    </message>
    <message>
        <source>%1 makes images, not 3D models.</source>
        <translation>%1 produit des images, pas des modèles 3D.</translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <source>Counting active users</source>
        <translation>Le comptage des utilisateurs actifs</translation>
    </message>
    <message>
        <source>Counting generations</source>
        <translation>Le comptage des générations</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 wants the password of "%2".</source>
        <translation>La base PostgreSQL %1 demande le mot de passe de « %2 ».</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Retenir dans le trousseau</translation>
    </message>
    <message>
        <source>Stored in this computer's keychain, never in the settings file; atelier db logout --database URL removes it.</source>
        <translation>Enregistré dans le trousseau de cet ordinateur, jamais dans le fichier de réglages ; atelier db logout --database URL l’en retire.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
</context>
<context>
    <name>PredictionService</name>
    <message>
        <source>Reading the users' activity for churn</source>
        <translation>Lecture de l’activité des utilisateurs pour l’attrition</translation>
    </message>
    <message>
        <source>A %1 forecast needs at least %2 days of history (got %3).</source>
        <translation>Une prévision de %1 demande au moins %2 jours d’historique (reçu %3).</translation>
    </message>
    <message>
        <source>The forecast horizon must be at least one day (got %1).</source>
        <translation>L’horizon de prévision doit être d’au moins un jour (reçu %1).</translation>
    </message>
    <message>
        <source>A backtest over %1 days needs at least %2 days of history (got %3).</source>
        <translation>Un test a posteriori sur %1 jours demande au moins %2 jours d’historique (reçu %3).</translation>
    </message>
    <message>
        <source>Predictions learn from at least %1 days of activity; brand "%2" has %3 between %4 and %5. Choose an earlier --from or a later --to.</source>
        <translation>Les prévisions apprennent d’au moins %1 jours d’activité ; la marque « %2 » en a %3 entre le %4 et le %5. Choisissez un --from plus tôt ou un --to plus tard.</translation>
    </message>
    <message>
        <source>Churn learns from the 60 days before %1, and the range starts on %2.</source>
        <translation>L’attrition apprend des 60 jours avant le %1, et la période commence le %2.</translation>
    </message>
    <message>
        <source>No user of brand "%1" was active between %2 and %3, so there is nothing to learn churn from.</source>
        <translation>Aucun utilisateur de la marque « %1 » n’a été actif entre le %2 et le %3 : rien pour apprendre l’attrition.</translation>
    </message>
    <message>
        <source>Could not start a transaction to store the predictions.</source>
        <translation>Impossible d’ouvrir une transaction pour enregistrer les prévisions.</translation>
    </message>
    <message>
        <source>Could not store the predictions.</source>
        <translation>Impossible d’enregistrer les prévisions.</translation>
    </message>
    <message>
        <source>Replacing an earlier prediction</source>
        <translation>Remplacement d’une prévision antérieure</translation>
    </message>
    <message>
        <source>Finding the newest event</source>
        <translation>Recherche de l’événement le plus récent</translation>
    </message>
    <message>
        <source>Reading the predictions to score</source>
        <translation>Lecture des prévisions à évaluer</translation>
    </message>
    <message>
        <source>Recording what happened for a prediction</source>
        <translation>Enregistrement du résultat réel d’une prévision</translation>
    </message>
    <message>
        <source>Reading the stored predictions</source>
        <translation>Lecture des prévisions enregistrées</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (mode 700).</source>
        <translation>Le dossier %1 ne peut pas être réservé à vous seul (mode 700).</translation>
    </message>
    <message>
        <source>%1 cannot be made private to you (mode 600).</source>
        <translation>%1 ne peut pas être réservé à vous seul (mode 600).</translation>
    </message>
    <message>
        <source>%1 cannot be made private to you (mode 600): %2</source>
        <translation>%1 ne peut pas être réservé à vous seul (mode 600) : %2</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé : %2</translation>
    </message>
</context>
<context>
    <name>PromptService</name>
    <message>
        <source>The template needs a value for: %1.</source>
        <translation>Le modèle de prompt demande une valeur pour : %1.</translation>
    </message>
    <message>
        <source>The template has no variable named %1; its variables are: %2.</source>
        <translation>Le modèle de prompt n’a pas de variable nommée %1 ; ses variables sont : %2.</translation>
    </message>
    <message>
        <source>Reading the prompt templates</source>
        <translation>La lecture des modèles de prompt</translation>
    </message>
    <message>
        <source>A template needs a name of 1 to 200 characters.</source>
        <translation>Un modèle de prompt demande un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>A template needs a category of 1 to 100 characters.</source>
        <translation>Un modèle de prompt demande une catégorie de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>A template needs a prompt of 1 to 4000 characters.</source>
        <translation>Un modèle de prompt demande un prompt de 1 à 4000 caractères.</translation>
    </message>
    <message>
        <source>Saving a prompt template</source>
        <translation>L’enregistrement d’un modèle de prompt</translation>
    </message>
    <message>
        <source>There is no prompt template %1 (or it is not yours to change).</source>
        <translation>Il n’y a pas de modèle de prompt %1 (ou vous n’avez pas le droit de le modifier).</translation>
    </message>
    <message>
        <source>There is no prompt template %1 for this brand.</source>
        <translation>Il n’y a pas de modèle de prompt %1 pour cette marque.</translation>
    </message>
    <message>
        <source>Template "%1": %2</source>
        <translation>Modèle de prompt « %1 » : %2</translation>
    </message>
    <message>
        <source>removed the repeated "%1"</source>
        <translation>« %1 » répété retiré</translation>
    </message>
    <message>
        <source>moved "%1" to the negative prompt</source>
        <translation>« %1 » déplacé vers le prompt négatif</translation>
    </message>
    <message>
        <source>added lighting</source>
        <translation>éclairage ajouté</translation>
    </message>
    <message>
        <source>added a level of detail</source>
        <translation>niveau de détail ajouté</translation>
    </message>
    <message>
        <source>added a composition</source>
        <translation>composition ajoutée</translation>
    </message>
    <message>
        <source>tidied spaces and commas</source>
        <translation>espaces et virgules nettoyés</translation>
    </message>
    <message>
        <source>The prompt is empty: there is nothing to optimise.</source>
        <translation>Le prompt est vide : il n’y a rien à optimiser.</translation>
    </message>
    <message>
        <source>Reading the brand's best prompts</source>
        <translation>La lecture des meilleurs prompts de la marque</translation>
    </message>
    <message>
        <source>added "%1", found in %2 of the brand's best-rated generations</source>
        <translation>« %1 » ajouté, trouvé dans %2 des générations les mieux notées de la marque</translation>
    </message>
    <message>
        <source>the chat model was not asked: OpenAI has no API key on this desktop</source>
        <translation>le modèle de chat n’a pas été sollicité : OpenAI n’a pas de clé d’API sur ce poste</translation>
    </message>
    <message>
        <source>the chat model was not used: %1</source>
        <translation>le modèle de chat n’a pas servi : %1</translation>
    </message>
    <message>
        <source>the chat model was not used: its answer held no prompt</source>
        <translation>le modèle de chat n’a pas servi : sa réponse ne contenait aucun prompt</translation>
    </message>
    <message>
        <source>rewritten by %1</source>
        <translation>réécrit par %1</translation>
    </message>
    <message>
        <source>Reading past prompts</source>
        <translation>La lecture des prompts passés</translation>
    </message>
    <message>
        <source>Reading the prompt history</source>
        <translation>La lecture de l’historique des prompts</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 est illisible : %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2); fix or remove it.</source>
        <translation>%1 n’est pas du JSON valide (à l’octet %2) ; corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>The API key of %1 cannot be decrypted with this desktop's data key; set it again with atelier ai provider set %2 --api-key-stdin.</source>
        <translation>La clé d’API de %1 ne peut pas être déchiffrée avec la clé de données de ce poste ; définissez-la de nouveau avec atelier ai provider set %2 --api-key-stdin.</translation>
    </message>
    <message>
        <source>Offline preview</source>
        <translation>Aperçu hors ligne</translation>
    </message>
    <message>
        <source>Unknown provider "%1"; the providers are: %2.</source>
        <translation>Fournisseur « %1 » inconnu ; les fournisseurs sont : %2.</translation>
    </message>
    <message>
        <source>The concurrency of %1 must be between 1 and 64 jobs at once.</source>
        <translation>La simultanéité de %1 doit être comprise entre 1 et 64 tâches à la fois.</translation>
    </message>
    <message>
        <source>The rate of %1 must be between 0.1 and 100000 calls a minute.</source>
        <translation>Le débit de %1 doit être compris entre 0.1 et 100000 appels par minute.</translation>
    </message>
    <message>
        <source>The burst of %1 must be between 1 and 1000 calls.</source>
        <translation>La rafale de %1 doit être comprise entre 1 et 1000 appels.</translation>
    </message>
    <message>
        <source>The attempts of %1 must be between 1 and 20.</source>
        <translation>Le nombre de tentatives de %1 doit être compris entre 1 et 20.</translation>
    </message>
    <message>
        <source>Only OpenAI takes a chat model (for prompt optimisation).</source>
        <translation>Seul OpenAI prend un modèle de chat (pour l’optimisation des prompts).</translation>
    </message>
    <message>
        <source>The chat model's name is longer than 100 characters.</source>
        <translation>Le nom du modèle de chat dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>The timeout of %1 must be between 1 and 3600 seconds.</source>
        <translation>Le délai d’attente de %1 doit être compris entre 1 et 3600 secondes.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 has no API key on this desktop; set one with atelier ai provider set %2 --api-key-stdin.</source>
        <translation>%1 n’a pas de clé d’API sur ce poste ; définissez-en une avec atelier ai provider set %2 --api-key-stdin.</translation>
    </message>
    <message>
        <source>The offline renderer needs no network and no key.</source>
        <translation>Le moteur hors ligne n’a besoin ni de réseau ni de clé.</translation>
    </message>
    <message>
        <source>%1 answered at %2 and accepted the key.</source>
        <translation>%1 a répondu à %2 et a accepté la clé.</translation>
    </message>
</context>
<context>
    <name>RealTimeService</name>
    <message>
        <source>Counting the users of the last five minutes</source>
        <translation>Le comptage des utilisateurs des cinq dernières minutes</translation>
    </message>
    <message>
        <source>Counting the events of the last hour</source>
        <translation>Le comptage des événements de la dernière heure</translation>
    </message>
    <message>
        <source>Finding the top events of the last hour</source>
        <translation>La recherche des événements les plus fréquents de la dernière heure</translation>
    </message>
</context>
<context>
    <name>ReplicateProvider</name>
    <message>
        <source>a prediction without an id or a known status</source>
        <translation>une prédiction sans identifiant ou sans statut connu</translation>
    </message>
    <message>
        <source>a prediction URL that is not http or https</source>
        <translation>une URL de prédiction qui n’est ni http ni https</translation>
    </message>
    <message>
        <source>Replicate needs an API key.</source>
        <translation>Replicate demande une clé d’API.</translation>
    </message>
    <message>
        <source>Replicate: "%1" is not a model as owner/name or owner/name:version.</source>
        <translation>Replicate : « %1 » n’est pas un modèle de la forme propriétaire/nom ou propriétaire/nom:version.</translation>
    </message>
    <message>
        <source>an image URL that is not http or https</source>
        <translation>une URL d’image qui n’est ni http ni https</translation>
    </message>
    <message>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>des données d’image qui ne sont ni PNG, ni JPEG, ni WebP</translation>
    </message>
    <message>
        <source>a finished prediction without output</source>
        <translation>une prédiction terminée sans résultat</translation>
    </message>
    <message>
        <source>Replicate filtered the request: %1</source>
        <translation>Replicate a filtré la demande : %1</translation>
    </message>
    <message>
        <source>The Replicate prediction failed: %1</source>
        <translation>La prédiction Replicate a échoué : %1</translation>
    </message>
    <message>
        <source>The Replicate prediction was cancelled.</source>
        <translation>La prédiction Replicate a été annulée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>a running prediction without a URL to follow</source>
        <translation>une prédiction en cours sans URL à suivre</translation>
    </message>
    <message>
        <source>%1 makes images, not 3D models.</source>
        <translation>%1 produit des images, pas des modèles 3D.</translation>
    </message>
    <message>
        <source>a video (MP4), which Atelier keeps only as an animated image: ask the model for a GIF (for many, --param output_format=gif)</source>
        <translation>une vidéo (MP4), qu’Atelier ne garde que sous forme d’image animée : demandez un GIF au modèle (pour beaucoup, --param output_format=gif)</translation>
    </message>
</context>
<context>
    <name>ReplicateTrainings</name>
    <message>
        <source>Replicate gave a training answer that cannot be read: %1.</source>
        <translation>Replicate a donné une réponse d’entraînement illisible : %1.</translation>
    </message>
    <message>
        <source>Replicate needs an API key to train models.</source>
        <translation>Replicate demande une clé d’API pour entraîner des modèles.</translation>
    </message>
    <message>
        <source>Replicate trains a model version: "%1" is not written owner/name:version.</source>
        <translation>Replicate entraîne une version de modèle : « %1 » n’est pas de la forme owner/name:version.</translation>
    </message>
    <message>
        <source>Replicate trains into a model: "%1" is not written owner/name.</source>
        <translation>Replicate entraîne vers un modèle : « %1 » n’est pas de la forme owner/name.</translation>
    </message>
    <message>
        <source>The webhook "%1" is not an http or https address.</source>
        <translation>Le webhook « %1 » n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>"%1" is not a Replicate training id.</source>
        <translation>« %1 » n’est pas un identifiant d’entraînement Replicate.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no training id</source>
        <translation>pas d’identifiant d’entraînement</translation>
    </message>
    <message>
        <source>no known status</source>
        <translation>pas de statut connu</translation>
    </message>
    <message>
        <source>an output whose version or weights is not text</source>
        <translation>une sortie dont la version ou les poids ne sont pas du texte</translation>
    </message>
    <message>
        <source>an output version that is neither owner/name:version nor a version id</source>
        <translation>une version de sortie qui n’est ni owner/name:version ni un identifiant de version</translation>
    </message>
    <message>
        <source>weights that are not at an http or https address</source>
        <translation>des poids qui ne sont pas à une adresse http ou https</translation>
    </message>
    <message>
        <source>an output that is not an object</source>
        <translation>une sortie qui n’est pas un objet</translation>
    </message>
    <message>
        <source>a finished training without the version it made</source>
        <translation>un entraînement terminé sans la version qu’il a produite</translation>
    </message>
    <message>
        <source>an error that is not text</source>
        <translation>une erreur qui n’est pas du texte</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: the report's format comes from the file's extension, .pdf or .csv (or give --format pdf|csv).</source>
        <translation>%1 : le format du rapport vient de l’extension du fichier, .pdf ou .csv (ou indiquez --format pdf|csv).</translation>
    </message>
    <message>
        <source>--format: "%1" is not one of pdf, csv.</source>
        <translation>--format : « %1 » n’est ni pdf ni csv.</translation>
    </message>
    <message>
        <source>No analysis could be computed: %1</source>
        <translation>Aucune analyse n’a pu être calculée : %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Analytics report</source>
        <translation>Rapport d’analytique</translation>
    </message>
    <message>
        <source>Range: %1 to %2 (UTC days; the end day excluded)</source>
        <translation>Période : du %1 au %2 (jours UTC ; jour de fin exclu)</translation>
    </message>
    <message>
        <source>Generated at: %1 UTC</source>
        <translation>Généré le : %1 UTC</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Indisponible : %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Analytics report — %1, %2 to %3</source>
        <translation>Rapport d’analytique — %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>Impossible de commencer le PDF %1.</translation>
    </message>
</context>
<context>
    <name>ResultCache</name>
    <message>
        <source>Reading the data version</source>
        <translation>Lecture de la version des données</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Unknown retention period "%1"; use day, week or month.</source>
        <translation>Période de rétention « %1 » inconnue ; utilisez day, week ou month.</translation>
    </message>
    <message>
        <source>The number of periods must be between 1 and %1 (got %2).</source>
        <translation>Le nombre de périodes doit être entre 1 et %1 (reçu : %2).</translation>
    </message>
    <message>
        <source>Sizing the cohorts</source>
        <translation>Le calcul de la taille des cohortes</translation>
    </message>
    <message>
        <source>Counting the returns</source>
        <translation>Le comptage des retours</translation>
    </message>
    <message>
        <source>Summing the cohorts' revenue</source>
        <translation>La somme du chiffre d’affaires des cohortes</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Événement de départ</translation>
    </message>
    <message>
        <source>Return event</source>
        <translation>Événement de retour</translation>
    </message>
</context>
<context>
    <name>Rollups</name>
    <message>
        <source>Reading the rollup's state</source>
        <translation>Lecture de l’état du cumul</translation>
    </message>
    <message>
        <source>Locking the rollup</source>
        <translation>Verrouillage du cumul</translation>
    </message>
    <message>
        <source>Reading the days to recompute</source>
        <translation>Lecture des jours à recalculer</translation>
    </message>
    <message>
        <source>Finding the new events</source>
        <translation>Recherche des nouveaux événements</translation>
    </message>
    <message>
        <source>Clearing the days to recompute</source>
        <translation>Effacement des jours à recalculer</translation>
    </message>
    <message>
        <source>Recomputing the daily rollup</source>
        <translation>Recalcul du cumul journalier</translation>
    </message>
    <message>
        <source>Recording the rollup's state</source>
        <translation>Enregistrement de l’état du cumul</translation>
    </message>
    <message>
        <source>Saving the daily rollup</source>
        <translation>Enregistrement du cumul journalier</translation>
    </message>
</context>
<context>
    <name>SeasonalityService</name>
    <message>
        <source>Counting events by day and hour</source>
        <translation>Le comptage des événements par jour et par heure</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Reading the keyring</source>
        <translation>Lecture du trousseau</translation>
    </message>
    <message>
        <source>Could not derive a key from the passphrase (not enough memory?).</source>
        <translation>Impossible de dériver une clé de la phrase secrète (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>La phrase secrète doit avoir au moins 12 caractères.</translation>
    </message>
    <message>
        <source>Writing the keyring</source>
        <translation>Écriture du trousseau</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>%1 already holds encrypted values, but the database has no data key.</source>
        <translation>%1 contient déjà des valeurs chiffrées, mais la base n’a pas de clé de données.</translation>
    </message>
    <message>
        <source>Re-encrypting %1</source>
        <translation>Nouveau chiffrement de %1</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>This database already has a data key; use atelier secrets rotate to change it or its passphrase.</source>
        <translation>Cette base a déjà une clé de données ; utilisez atelier secrets rotate pour la changer, ou sa phrase secrète.</translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation>Impossible d’ouvrir une transaction.</translation>
    </message>
    <message>
        <source>Could not save the new key.</source>
        <translation>Impossible d’enregistrer la nouvelle clé.</translation>
    </message>
    <message>
        <source>This database has no data key yet: an administrator creates one with atelier secrets init.</source>
        <translation>Cette base n’a pas encore de clé de données : un administrateur en crée une avec atelier secrets init.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the keyring was changed): nothing can be decrypted with it.</source>
        <translation>La phrase secrète est fausse (ou le trousseau a été modifié) : elle ne déchiffre rien.</translation>
    </message>
    <message>
        <source>%1 holds a value that is not encrypted.</source>
        <translation>%1 contient une valeur non chiffrée.</translation>
    </message>
    <message>
        <source>%1 holds a damaged encrypted value.</source>
        <translation>%1 contient une valeur chiffrée abîmée.</translation>
    </message>
    <message>
        <source>%1 was encrypted with data key %2, and the key unlocked is %3.</source>
        <translation>%1 a été chiffré avec la clé de données %2, et la clé déverrouillée est la %3.</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted with this key: the value was changed, or belongs elsewhere.</source>
        <translation>%1 ne se déchiffre pas avec cette clé : la valeur a été modifiée, ou appartient à un autre champ.</translation>
    </message>
    <message>
        <source>This desktop's keychain key could not be read: %1</source>
        <translation>La clé du trousseau de ce poste n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>This database's data key is held by the keychain of another desktop (the one that made it): this desktop cannot open it. On that desktop, atelier secrets rotate --keychain --new-passphrase-stdin moves it to a passphrase.</source>
        <translation>La clé de données de cette base est gardée par le trousseau d’un autre poste (celui qui l’a créée) : ce poste ne peut pas l’ouvrir. Sur ce poste-là, atelier secrets rotate --keychain --new-passphrase-stdin la confie à une phrase secrète.</translation>
    </message>
    <message>
        <source>This desktop's keychain key does not open the data key (the keyring was changed): nothing can be decrypted.</source>
        <translation>La clé du trousseau de ce poste n’ouvre pas la clé de données (le trousseau de clés a été modifié) : rien ne peut être déchiffré.</translation>
    </message>
    <message>
        <source>This database's data key is wrapped by a passphrase: give it (--passphrase-stdin).</source>
        <translation>La clé de données de cette base est protégée par une phrase secrète : donnez-la (--passphrase-stdin).</translation>
    </message>
    <message>
        <source>This database's data key is held by this desktop's keychain, not a passphrase: use atelier secrets rotate --keychain.</source>
        <translation>La clé de données de cette base est gardée par le trousseau de ce poste, pas par une phrase secrète : utilisez atelier secrets rotate --keychain.</translation>
    </message>
    <message>
        <source>This database's data key is wrapped by a passphrase: rotate it with --passphrase-stdin.</source>
        <translation>La clé de données de cette base est protégée par une phrase secrète : renouvelez-la avec --passphrase-stdin.</translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <source>%1: expected an object.</source>
        <translation>%1 : objet attendu.</translation>
    </message>
    <message>
        <source>%1: a segment has at most %2 conditions.</source>
        <translation>%1 : un segment a au plus %2 conditions.</translation>
    </message>
    <message>
        <source>%1: groups nest at most 10 deep.</source>
        <translation>%1 : les groupes s’imbriquent sur 10 niveaux au plus.</translation>
    </message>
    <message>
        <source>%1: unknown field "%2"; expected %3.</source>
        <translation>%1 : champ « %2 » inconnu ; attendu : %3.</translation>
    </message>
    <message>
        <source>%1.%2: expected a non-empty list of conditions.</source>
        <translation>%1.%2 : liste de conditions non vide attendue.</translation>
    </message>
    <message>
        <source>%1.property: unknown property "%2"; the properties are: %3.</source>
        <translation>%1.property : propriété « %2 » inconnue ; les propriétés sont : %3.</translation>
    </message>
    <message>
        <source>%1.value: expected a text for "%2".</source>
        <translation>%1.value : texte attendu pour « %2 ».</translation>
    </message>
    <message>
        <source>%1.value: expected a list of 1 to 100 texts for "%2".</source>
        <translation>%1.value : liste de 1 à 100 textes attendue pour « %2 ».</translation>
    </message>
    <message>
        <source>%1.op: unknown operator "%2"; expected eq, neq, in, not_in, exists.</source>
        <translation>%1.op : opérateur « %2 » inconnu ; attendu : eq, neq, in, not_in, exists.</translation>
    </message>
    <message>
        <source>%1.event: "%2" is not an event type.</source>
        <translation>%1.event : « %2 » n’est pas un type d’événement.</translation>
    </message>
    <message>
        <source>%1.op: unknown operator "%2"; expected at_least, at_most, exactly.</source>
        <translation>%1.op : opérateur « %2 » inconnu ; attendu : at_least, at_most, exactly.</translation>
    </message>
    <message>
        <source>%1.count: expected a whole number from 0 to 1000000.</source>
        <translation>%1.count : nombre entier de 0 à 1000000 attendu.</translation>
    </message>
    <message>
        <source>%1.within_days: expected a whole number of days from 1 to 3650.</source>
        <translation>%1.within_days : nombre entier de jours de 1 à 3650 attendu.</translation>
    </message>
    <message>
        <source>%1: expected "all", "any", "property" or "event".</source>
        <translation>%1 : « all », « any », « property » ou « event » attendu.</translation>
    </message>
    <message>
        <source>Finding the segment's users</source>
        <translation>La recherche des utilisateurs du segment</translation>
    </message>
    <message>
        <source>A page holds 1 to 10000 users, from a non-negative offset.</source>
        <translation>Une page contient de 1 à 10000 utilisateurs, à partir d’un décalage positif ou nul.</translation>
    </message>
    <message>
        <source>A segment needs a name of 1 to 200 characters.</source>
        <translation>Un segment demande un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>Saving the segment</source>
        <translation>L’enregistrement du segment</translation>
    </message>
    <message>
        <source>Listing the segments</source>
        <translation>La liste des segments</translation>
    </message>
    <message>
        <source>The segment "%1" was not saved: your role in brand "%2" does not allow it.</source>
        <translation>Le segment « %1 » n’a pas été enregistré : votre rôle dans la marque « %2 » ne le permet pas.</translation>
    </message>
</context>
<context>
    <name>ShareService</name>
    <message>
        <source>Reading the shares</source>
        <translation>Lecture des partages</translation>
    </message>
    <message>
        <source>Sharing needs the resource's owner or an admin of its brand; saving the share</source>
        <translation>Partager demande d’être propriétaire de la ressource ou admin de sa marque ; enregistrement du partage</translation>
    </message>
    <message>
        <source>Only the owner of the %1 "%2" or an admin of its brand may change who it is shared with.</source>
        <translation>Seul le propriétaire de %1 « %2 » ou un admin de sa marque peut changer avec qui il est partagé.</translation>
    </message>
    <message>
        <source>A %1 cannot be shared; shareable are: %2.</source>
        <translation>Un %1 ne se partage pas ; se partagent : %2.</translation>
    </message>
    <message>
        <source>Unknown permission "%1"; the permissions are: %2.</source>
        <translation>Permission inconnue « %1 » ; les permissions sont : %2.</translation>
    </message>
    <message>
        <source>The %1 "%2" is not shared with %3.</source>
        <translation>%1 « %2 » n’est pas partagé avec %3.</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Le partage</translation>
    </message>
    <message>
        <source>Revoking a share</source>
        <translation>Le retrait d’un partage</translation>
    </message>
</context>
<context>
    <name>StabilityProvider</name>
    <message>
        <source>Stability AI needs an API key.</source>
        <translation>Stability AI demande une clé d’API.</translation>
    </message>
    <message>
        <source>%1 filtered the request: the prompt or the image breaks its content rules.</source>
        <translation>%1 a filtré la demande : le prompt ou l’image enfreint ses règles de contenu.</translation>
    </message>
    <message>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>des données d’image qui ne sont ni PNG, ni JPEG, ni WebP</translation>
    </message>
    <message>
        <source>A 3D model is made from an image, and none was given.</source>
        <translation>Un modèle 3D se fait à partir d’une image, et aucune n’a été donnée.</translation>
    </message>
    <message>
        <source>a 3D model that is not a GLB file</source>
        <translation>un modèle 3D qui n’est pas un fichier GLB</translation>
    </message>
    <message>
        <source>Stability AI makes images and 3D models, not animations.</source>
        <translation>Stability AI fait des images et des modèles 3D, pas des animations.</translation>
    </message>
</context>
<context>
    <name>StudioAnalytics</name>
    <message>
        <source>Reading the generations</source>
        <translation>La lecture des générations</translation>
    </message>
    <message>
        <source>The range is empty or inverted.</source>
        <translation>La période est vide ou inversée.</translation>
    </message>
    <message>
        <source>Name the model whose performance to show.</source>
        <translation>Nommez le modèle dont il faut montrer les performances.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Reading the credits</source>
        <translation>La lecture des crédits</translation>
    </message>
    <message>
        <source>Reading the models</source>
        <translation>La lecture des modèles</translation>
    </message>
</context>
<context>
    <name>StudioLibrary</name>
    <message>
        <source>Reading a collection</source>
        <translation>La lecture d’une collection</translation>
    </message>
    <message>
        <source>There is no collection %1 (or it is not yours to see).</source>
        <translation>Il n’y a pas de collection %1 (ou vous n’avez pas le droit de la voir).</translation>
    </message>
    <message>
        <source>A new version needs an edited prompt or parameters.</source>
        <translation>Une nouvelle version demande un prompt ou des paramètres modifiés.</translation>
    </message>
    <message>
        <source>Reading the versions</source>
        <translation>La lecture des versions</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars, not %1.</source>
        <translation>Une note va de 1 à 5 étoiles, pas %1.</translation>
    </message>
    <message>
        <source>Only a completed generation can be rated; this one is %1.</source>
        <translation>Seule une génération terminée peut être notée ; celle-ci est à l’état %1.</translation>
    </message>
    <message>
        <source>Rating a generation</source>
        <translation>La notation d’une génération</translation>
    </message>
    <message>
        <source>You may not rate generation %1.</source>
        <translation>Vous n’avez pas le droit de noter la génération %1.</translation>
    </message>
    <message>
        <source>Starring a generation</source>
        <translation>L’ajout d’une étoile à une génération</translation>
    </message>
    <message>
        <source>There is no generation %1 (or it is not yours to change).</source>
        <translation>Il n’y a pas de génération %1 (ou vous n’avez pas le droit de la modifier).</translation>
    </message>
    <message>
        <source>A collection needs a name of 1 to 200 characters.</source>
        <translation>Une collection demande un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>Creating a collection</source>
        <translation>La création d’une collection</translation>
    </message>
    <message>
        <source>Adding to a collection</source>
        <translation>L’ajout à une collection</translation>
    </message>
    <message>
        <source>There is no generation %1 in the brand of collection "%2"; nothing was added.</source>
        <translation>Il n’y a pas de génération %1 dans la marque de la collection « %2 » ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Removing from a collection</source>
        <translation>Le retrait d’une collection</translation>
    </message>
    <message>
        <source>Sharing a collection</source>
        <translation>Le partage d’une collection</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>%1: generations are exported as a .zip file.</source>
        <translation>%1 : les générations s’exportent en fichier .zip.</translation>
    </message>
    <message>
        <source>Some of the generations chosen are gone (or not yours to see); nothing was exported.</source>
        <translation>Certaines des générations choisies ont disparu (ou vous n’avez pas le droit de les voir) ; rien n’a été exporté.</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>image %1 (%2)</source>
        <translation>image %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or WebP image</source>
        <translation>%1 n’est pas une image PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>%1 is a %2 image, which this desktop cannot decode (its Qt image format plugins are missing)</source>
        <translation>%1 est une image %2, que ce poste ne sait pas décoder (il lui manque les greffons de formats d’image de Qt)</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels; at least %4×%4 are needed</source>
        <translation>%1 fait %2×%3 pixels ; il en faut au moins %4×%4</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation>%1 ne peut pas être décodée : %2</translation>
    </message>
    <message>
        <source>%1 is a near-duplicate of %2 (their perceptual hashes differ in %3 of 63 bits)</source>
        <translation>%1 est un quasi-doublon de %2 (leurs empreintes perceptuelles diffèrent de %3 bits sur 63)</translation>
    </message>
    <message>
        <source>%1 would take the dataset over %2 MB, the most a training takes inline</source>
        <translation>%1 ferait dépasser au jeu de données %2 Mo, le maximum qu’un entraînement accepte en ligne</translation>
    </message>
    <message>
        <source>Replicate has no API key on this desktop; set one with atelier ai provider set replicate --api-key-stdin.</source>
        <translation>Replicate n’a pas de clé d’API sur ce poste ; définissez-en une avec atelier ai provider set replicate --api-key-stdin.</translation>
    </message>
    <message>
        <source>Reading the models</source>
        <translation>La lecture des modèles</translation>
    </message>
    <message>
        <source>The base model "%1" is not a registered AI model, nor is "%2"; register it, so that the cost and time of the models trained from it are known.</source>
        <translation>Le modèle de base « %1 » n’est pas un modèle d’IA enregistré, pas plus que « %2 » ; enregistrez-le, pour connaître le coût et la durée des modèles entraînés à partir de lui.</translation>
    </message>
    <message>
        <source>The base model "%1" belongs to %2; models are trained at Replicate.</source>
        <translation>Le modèle de base « %1 » appartient à %2 ; les modèles s’entraînent chez Replicate.</translation>
    </message>
    <message>
        <source>Recording the end of a training</source>
        <translation>L’enregistrement de la fin d’un entraînement</translation>
    </message>
    <message>
        <source>The dataset %1 of the model %2 is gone.</source>
        <translation>Le jeu de données %1 du modèle %2 a disparu.</translation>
    </message>
    <message>
        <source>Registering the trained model %1</source>
        <translation>L’enregistrement du modèle entraîné %1</translation>
    </message>
    <message>
        <source>The training was cancelled at Replicate.</source>
        <translation>L’entraînement a été annulé chez Replicate.</translation>
    </message>
    <message>
        <source>The training failed at Replicate without saying why.</source>
        <translation>L’entraînement a échoué chez Replicate sans dire pourquoi.</translation>
    </message>
    <message>
        <source>The training failed at Replicate: %1</source>
        <translation>L’entraînement a échoué chez Replicate : %1</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Un jeu de données demande un nom.</translation>
    </message>
    <message>
        <source>The dataset's name is %1 characters long; at most 200 are accepted.</source>
        <translation>Le nom du jeu de données fait %1 caractères ; 200 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>A dataset needs images: name generations or image files.</source>
        <translation>Un jeu de données demande des images : indiquez des générations ou des fichiers d’image.</translation>
    </message>
    <message>
        <source>A dataset takes at most %1 images; %2 were given.</source>
        <translation>Un jeu de données prend au plus %1 images ; %2 ont été données.</translation>
    </message>
    <message>
        <source>Reading the brand</source>
        <translation>La lecture de la marque</translation>
    </message>
    <message>
        <source>There is no brand "%1" (or it is not yours to see).</source>
        <translation>Il n’y a pas de marque « %1 » (ou vous n’avez pas le droit de la voir).</translation>
    </message>
    <message>
        <source>generation %1</source>
        <translation>génération %1</translation>
    </message>
    <message>
        <source>Reading the generations</source>
        <translation>La lecture des générations</translation>
    </message>
    <message>
        <source>%1 is not a generation of this brand</source>
        <translation>%1 n’est pas une génération de cette marque</translation>
    </message>
    <message>
        <source>%1 is not completed (it is %2)</source>
        <translation>%1 n’est pas terminée (état : %2)</translation>
    </message>
    <message>
        <source>%1 has no stored result</source>
        <translation>%1 n’a pas de résultat stocké</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <source>%1 is not a file: %2</source>
        <translation>%1 n’est pas un fichier : %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB are accepted</source>
        <translation>%1 fait %2 Mo ; %3 Mo au plus sont acceptés</translation>
    </message>
    <message>
        <source>Recording the dataset "%1"</source>
        <translation>L’enregistrement du jeu de données « %1 »</translation>
    </message>
    <message>
        <source>Reading a dataset</source>
        <translation>La lecture d’un jeu de données</translation>
    </message>
    <message>
        <source>There is no dataset %1 (or it is not yours to see).</source>
        <translation>Il n’y a pas de jeu de données %1 (ou vous n’avez pas le droit de le voir).</translation>
    </message>
    <message>
        <source>Reading the datasets</source>
        <translation>La lecture des jeux de données</translation>
    </message>
    <message>
        <source>The base model "%1" is not written owner/name:version (a version of a trainer at Replicate).</source>
        <translation>Le modèle de base « %1 » n’est pas de la forme owner/name:version (une version d’un entraîneur chez Replicate).</translation>
    </message>
    <message>
        <source>The destination "%1" is not written owner/name (a model of yours at Replicate).</source>
        <translation>La destination « %1 » n’est pas de la forme owner/name (un de vos modèles chez Replicate).</translation>
    </message>
    <message>
        <source>The training steps must be between 1 and %1; %2 were asked.</source>
        <translation>Le nombre d’étapes d’entraînement doit être compris entre 1 et %1 ; %2 ont été demandées.</translation>
    </message>
    <message>
        <source>The training's extra input is larger than 16 KB.</source>
        <translation>Les entrées supplémentaires de l’entraînement dépassent 16 Ko.</translation>
    </message>
    <message>
        <source>The dataset "%1" is being trained already; wait for that training to end.</source>
        <translation>Le jeu de données « %1 » est déjà en cours d’entraînement ; attendez la fin de cet entraînement.</translation>
    </message>
    <message>
        <source>The dataset "%1" has no accepted image to train on.</source>
        <translation>Le jeu de données « %1 » n’a aucune image acceptée sur laquelle s’entraîner.</translation>
    </message>
    <message>
        <source>The dataset "%1" lost an image: %2</source>
        <translation>Le jeu de données « %1 » a perdu une image : %2</translation>
    </message>
    <message>
        <source>The images of the dataset "%1" are over %2 MB, the most a training takes inline.</source>
        <translation>Les images du jeu de données « %1 » dépassent %2 Mo, le maximum qu’un entraînement accepte en ligne.</translation>
    </message>
    <message>
        <source>The dataset "%1" holds no stored image to train on; make a new one from its images.</source>
        <translation>Le jeu de données « %1 » ne contient aucune image stockée sur laquelle s’entraîner ; créez-en un nouveau à partir de ses images.</translation>
    </message>
    <message>
        <source>Recording the training of %1</source>
        <translation>L’enregistrement de l’entraînement de %1</translation>
    </message>
    <message>
        <source>%1 The training %2 was cancelled at Replicate.</source>
        <translation>%1 L’entraînement %2 a été annulé chez Replicate.</translation>
    </message>
    <message>
        <source>%1 The training %2 could not be cancelled at Replicate: cancel it there.</source>
        <translation>%1 L’entraînement %2 n’a pas pu être annulé chez Replicate : annulez-le là-bas.</translation>
    </message>
    <message>
        <source>The dataset "%1" started training from another desktop meanwhile.</source>
        <translation>Le jeu de données « %1 » a entre-temps commencé un entraînement depuis un autre poste.</translation>
    </message>
    <message>
        <source>The model %1 is not training (it is %2).</source>
        <translation>Le modèle %1 n’est pas en entraînement (état : %2).</translation>
    </message>
    <message>
        <source>The training was cancelled from Atelier.</source>
        <translation>L’entraînement a été annulé depuis Atelier.</translation>
    </message>
    <message>
        <source>Reading a custom model</source>
        <translation>La lecture d’un modèle personnalisé</translation>
    </message>
    <message>
        <source>There is no custom model %1 (or it is not yours to see).</source>
        <translation>Il n’y a pas de modèle personnalisé %1 (ou vous n’avez pas le droit de le voir).</translation>
    </message>
    <message>
        <source>Reading the custom models</source>
        <translation>La lecture des modèles personnalisés</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <source>An SQLite database belongs to the one local person who opens it: people, login roles and memberships are for PostgreSQL databases (see docs/permissions.md).</source>
        <translation>Une base SQLite appartient à la seule personne locale qui l’ouvre : les personnes, rôles de connexion et appartenances concernent les bases PostgreSQL (voir docs/permissions.md).</translation>
    </message>
    <message>
        <source>Unknown role "%1"; the roles are: %2.</source>
        <translation>Rôle inconnu « %1 » ; les rôles sont : %2.</translation>
    </message>
    <message>
        <source>Looking up the person</source>
        <translation>Recherche de la personne</translation>
    </message>
    <message>
        <source>There is no person named "%1" (see atelier users list).</source>
        <translation>Aucune personne ne s’appelle « %1 » (voir atelier users list).</translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation>Impossible d’ouvrir une transaction.</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>Impossible d’enregistrer la modification.</translation>
    </message>
    <message>
        <source>"%1" cannot be a user name: 3 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>« %1 » ne peut pas être un nom d’utilisateur : 3 à 40 minuscules, chiffres ou _, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit avoir au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Looking up the login role</source>
        <translation>Recherche du rôle de connexion</translation>
    </message>
    <message>
        <source>A login role named "%1" already exists on this PostgreSQL server; choose another name.</source>
        <translation>Un rôle de connexion « %1 » existe déjà sur ce serveur PostgreSQL ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Creating the login role</source>
        <translation>Création du rôle de connexion</translation>
    </message>
    <message>
        <source>Recording the person</source>
        <translation>Enregistrement de la personne</translation>
    </message>
    <message>
        <source>Recording the membership</source>
        <translation>Enregistrement de l’appartenance</translation>
    </message>
    <message>
        <source>Removing the membership</source>
        <translation>Retrait de l’appartenance</translation>
    </message>
    <message>
        <source>"%1" is not a member of brand "%2".</source>
        <translation>« %1 » n’est pas membre de la marque « %2 ».</translation>
    </message>
    <message>
        <source>Listing the people</source>
        <translation>Liste des personnes</translation>
    </message>
</context>
<context>
    <name>Watermarks</name>
    <message>
        <source>Unknown watermark kind "%1"; the kinds are: %2.</source>
        <translation>Genre de filigrane inconnu « %1 » ; les genres sont : %2.</translation>
    </message>
    <message>
        <source>Unknown position "%1"; the positions are: %2.</source>
        <translation>Position inconnue « %1 » ; les positions sont : %2.</translation>
    </message>
    <message>
        <source>The opacity must be above 0 and at most 1 (got %1).</source>
        <translation>L’opacité doit être au-dessus de 0 et au plus 1 (reçu %1).</translation>
    </message>
    <message>
        <source>%1: the output must be a .png, .jpg or .jpeg file.</source>
        <translation>%1 : la sortie doit être un fichier .png, .jpg ou .jpeg.</translation>
    </message>
    <message>
        <source>%1: not an image that can be read (%2).</source>
        <translation>%1 : pas une image lisible (%2).</translation>
    </message>
    <message>
        <source>A visible watermark needs its text (--text).</source>
        <translation>Un filigrane visible demande son texte (--text).</translation>
    </message>
    <message>
        <source>Name the resource the watermark stands for (--resource-type and --resource-id).</source>
        <translation>Nommez la ressource que représente le filigrane (--resource-type et --resource-id).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Recording the watermark</source>
        <translation>Enregistrement du filigrane</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Looking up the watermark</source>
        <translation>Recherche du filigrane</translation>
    </message>
    <message>
        <source>%1: not a PNG or JPEG image that can be read.</source>
        <translation>%1 : pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
        <source>An invisible watermark needs an image of at least 256 × 256 pixels (got %1 × %2).</source>
        <translation>Un filigrane invisible demande une image d’au moins 256 × 256 pixels (reçu %1 × %2).</translation>
    </message>
    <message>
        <source>Could not encode the marked image: %1</source>
        <translation>Impossible d’encoder l’image filigranée : %1</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>"%1" cannot be the name of a file in an archive: it must be a relative path without "." or ".." parts, backslashes, colons or control characters.</source>
        <translation>« %1 » ne peut pas être le nom d’un fichier dans une archive : ce doit être un chemin relatif sans élément « . » ou « .. », sans barre oblique inverse, deux-points ni caractère de contrôle.</translation>
    </message>
</context>
</TS>