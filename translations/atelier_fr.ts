<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessibilityAudit</name>
    <message>
        <location filename="../ui/core/accessibilityaudit.cpp" line="+187"/>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Tab %1 of %2 has no name: give it text or an accessible name.</source>
        <translation>L’onglet %1 de %2 n’a pas de nom : donnez-lui un texte ou un nom accessible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no accessible name: a screen reader says only what it is. Give it visible text, a label whose buddy it is, or an accessible name.</source>
        <translation>%1 n’a pas de nom accessible : un lecteur d’écran ne dit que ce qu’il est. Donnez-lui un texte visible, une étiquette dont il est le compagnon (buddy) ou un nom accessible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 shows an image or a chart without a text alternative: give it an accessible description of what it shows.</source>
        <translation>%1 montre une image ou un graphique sans alternative textuelle : donnez-lui une description accessible de ce qu’il montre.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 cannot be reached with Tab (its focus policy has no tab focus) and has no keyboard shortcut.</source>
        <translation>%1 ne peut pas être atteint avec Tab (sa politique de focus n’inclut pas le focus par tabulation) et n’a pas de raccourci clavier.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tab moves from cell to cell in %1 and wraps round to the first cell: the keyboard focus never leaves it. Turn its tab key navigation off (the arrow keys move between cells).</source>
        <translation>Tab passe de cellule en cellule dans %1 et revient à la première cellule : le focus clavier n’en sort jamais. Désactivez-y la navigation par la touche Tab (les flèches passent d’une cellule à l’autre).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tab types a tab character in %1 instead of moving on: let Tab change the focus (tabChangesFocus).</source>
        <translation>Tab insère une tabulation dans %1 au lieu de passer au suivant : laissez Tab déplacer le focus (tabChangesFocus).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tab stays on %1: the keyboard focus cannot leave it.</source>
        <translation>Tab reste sur %1 : le focus clavier ne peut pas en sortir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tab circles back to %1 and never returns to %2.</source>
        <translation>Tab revient en boucle sur %1 et ne retourne jamais à %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tab from %1 does not come back to it within %2 presses.</source>
        <translation>Tab depuis %1 n’y revient pas en %2 appuis.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the text contrast is %2:1, below %3:1 (%4 on %5).</source>
        <translation>%1 : le contraste du texte est de %2:1, sous %3:1 (%4 sur %5).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is %2×%3 px: a target smaller than 24×24 px needs room around it, and %4 is closer than that.</source>
        <translation>%1 mesure %2×%3 px : une cible de moins de 24×24 px doit être entourée d’espace, et %4 est plus proche que cela.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the text needs %2 px of height and has %3 px; its end is cut.</source>
        <translation>%1 : le texte demande %2 px de hauteur et en a %3 ; sa fin est coupée.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: the text needs %2 px and has %3 px; it is cut.</source>
        <translation>%1 : le texte demande %2 px et en a %3 ; il est coupé.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the action “%1”</source>
        <translation>l’action « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a shortcut of %1</source>
        <translation>un raccourci de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the tab “%1”</source>
        <translation>l’onglet « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the menu “%1”</source>
        <translation>le menu « %1 »</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 and %2 both use %3.</source>
        <translation>%1 et %2 utilisent tous deux %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Interactive controls have an accessible name</source>
        <translation>Les contrôles interactifs ont un nom accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and charts have a text alternative</source>
        <translation>Les images et les graphiques ont une alternative textuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every interactive control is reached with the keyboard</source>
        <translation>Chaque contrôle interactif est atteint au clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab moves through the window and back, with no trap</source>
        <translation>Tab parcourt la fenêtre et revient au début, sans piège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text contrast at least 4.5:1 (3:1 for large text)</source>
        <translation>Contraste du texte d’au moins 4,5:1 (3:1 pour le grand texte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets at least 24×24 px, or with room around them</source>
        <translation>Cibles d’au moins 24×24 px, ou entourées d’espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two shortcuts or mnemonics share a key</source>
        <translation>Aucune touche partagée par deux raccourcis ou mnémoniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No text is cut</source>
        <translation>Aucun texte coupé</translation>
    </message>
</context>
<context>
    <name>AccessibilityReports</name>
    <message>
        <location filename="../services/core/accessibilityreports.cpp" line="+20"/>
        <source>An accessibility report needs the name of its page (1 to 200 characters).</source>
        <translation>Un rapport d’accessibilité demande le nom de sa page (1 à 200 caractères).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accessibility score of page &quot;%1&quot; must be between 0 and 100, not %2.</source>
        <translation>Le score d’accessibilité de la page « %1 » doit être compris entre 0 et 100, pas %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recording the accessibility report of page &quot;%1&quot;</source>
        <translation>L’enregistrement du rapport d’accessibilité de la page « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accessibility report of page &quot;%1&quot; was not recorded: the database refused it.</source>
        <translation>Le rapport d’accessibilité de la page « %1 » n’a pas été enregistré : la base de données l’a refusé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of accessibility reports to list must be between 1 and 10,000, not %1.</source>
        <translation>Le nombre de rapports d’accessibilité à lister doit être compris entre 1 et 10 000, pas %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listing the accessibility reports</source>
        <translation>La liste des rapports d’accessibilité</translation>
    </message>
</context>
<context>
    <name>AiCommands</name>
    <message>
        <location filename="../cli/ai/aiverbs.cpp" line="+86"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../cli/ai/generationverbs.cpp" line="+246"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="+39"/>
        <location line="+89"/>
        <location line="+174"/>
        <location filename="../cli/ai/studioverbs.cpp" line="+323"/>
        <location line="+29"/>
        <location line="+59"/>
        <location line="+93"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/generationverbs.cpp" line="+9"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-360"/>
        <location line="+179"/>
        <location line="+29"/>
        <location line="+59"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/providerverbs.cpp" line="+44"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-370"/>
        <location line="+35"/>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="-109"/>
        <location line="+25"/>
        <location filename="../cli/ai/providerverbs.cpp" line="+99"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-35"/>
        <location line="+35"/>
        <location line="+67"/>
        <location line="+181"/>
        <location line="+88"/>
        <location line="+10"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-380"/>
        <location line="+36"/>
        <location line="+71"/>
        <source>credits</source>
        <translation>crédits</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-1"/>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/ai/generationverbs.cpp" line="-58"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="-25"/>
        <location line="+24"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-106"/>
        <location line="+36"/>
        <location line="+28"/>
        <location line="+247"/>
        <source>quality</source>
        <translation>qualité</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/generationverbs.cpp" line="+0"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="-88"/>
        <location line="+65"/>
        <location line="+24"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-29"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../cli/ai/providerverbs.cpp" line="-105"/>
        <source>not needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (encrypted)</source>
        <translation>définie (chiffrée)</translation>
    </message>
    <message>
        <location filename="../cli/ai/libraryverbs.cpp" line="-72"/>
        <location filename="../cli/ai/providerverbs.cpp" line="+1"/>
        <location line="+66"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../cli/ai/providerverbs.cpp" line="-62"/>
        <source>base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>clé d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at once</source>
        <translation>simultanés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout s</source>
        <translation>délai s</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>--per-minute: &quot;%1&quot; is not a number.</source>
        <translation>--per-minute : « %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--api-key-stdin: standard input held no key (an empty line). To remove the key, use --remove-key.</source>
        <translation>--api-key-stdin : l’entrée standard ne contenait aucune clé (une ligne vide). Pour supprimer la clé, utilisez --remove-key.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: base URL %2, %3 at once, %4 a minute, %5 attempts; API key %6.</source>
        <translation>%1 : URL de base %2, %3 à la fois, %4 par minute, %5 tentatives ; clé d’API %6.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved, encrypted</source>
        <translation>enregistrée, chiffrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <location filename="../cli/ai/aiverbs.cpp" line="+29"/>
        <source>--param: &quot;%1&quot; is not in the form key=value.</source>
        <translation>--param : « %1 » n’est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <location line="-125"/>
        <location filename="../cli/ai/generationverbs.cpp" line="-178"/>
        <location line="+5"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="-107"/>
        <location line="+89"/>
        <location line="+140"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-1"/>
        <location line="+29"/>
        <location line="+59"/>
        <location line="+17"/>
        <location line="+15"/>
        <location line="+22"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../cli/ai/libraryverbs.cpp" line="-229"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-389"/>
        <location line="+29"/>
        <location line="+42"/>
        <source>generations</source>
        <translation>générations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared</source>
        <translation>partagée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ai collections create needs --brand SLUG and --name NAME.</source>
        <translation>ai collections create demande --brand SLUG et --name NOM.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n generation(s) added.</source>
        <translation>
            <numerusform>%n génération ajoutée.</numerusform>
            <numerusform>%n générations ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n generation(s) removed.</source>
        <translation>
            <numerusform>%n génération retirée.</numerusform>
            <numerusform>%n générations retirées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ai collections share needs --with NAME [--permission view|comment|edit].</source>
        <translation>ai collections share demande --with NOM [--permission view|comment|edit].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared with %1 (%2).</source>
        <translation>Partagée avec %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ai collections export needs --out FILE.zip.</source>
        <translation>ai collections export demande --out FICHIER.zip.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrote %1 (%n image(s) and manifest.json).</source>
        <translation>
            <numerusform>%1 écrit (%n image et manifest.json).</numerusform>
            <numerusform>%1 écrit (%n images et manifest.json).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ai/studioverbs.cpp" line="+142"/>
        <source>Dataset %1 (%2): %3 of %4 images accepted, quality %5, %6.</source>
        <translation>Jeu de données %1 (%2) : %3 images acceptées sur %4, qualité %5, %6.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>ai datasets create needs --brand SLUG and --name NAME, then --generation ID and/or --file PATH.</source>
        <translation>ai datasets create demande --brand SLUG et --name NOM, puis --generation ID et/ou --file CHEMIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ai datasets create needs images: --generation ID or --file PATH (repeatable).</source>
        <translation>ai datasets create demande des images : --generation ID ou --file CHEMIN (répétables).</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>ai datasets needs --brand SLUG (or a dataset&apos;s id).</source>
        <translation>ai datasets demande --brand SLUG (ou l’identifiant d’un jeu de données).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accepted</source>
        <translation>acceptées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ai train needs the dataset&apos;s id, --base-model owner/name:version and --destination owner/name.</source>
        <translation>ai train demande l’identifiant du jeu de données, --base-model owner/name:version et --destination owner/name.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>trained</source>
        <translation>entraîné le</translation>
    </message>
    <message>
        <location filename="../cli/ai/generationverbs.cpp" line="+172"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generation</source>
        <translation>génération</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ai rate needs --stars 1…5.</source>
        <translation>ai rate demande --stars 1…5.</translation>
    </message>
    <message>
        <location filename="../cli/ai/libraryverbs.cpp" line="+48"/>
        <source>Saved template %1 (%2) with variables: %3.</source>
        <translation>Modèle de prompt %1 (%2) enregistré, avec les variables : %3.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+97"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+88"/>
        <source>uses</source>
        <translation>utilisations</translation>
    </message>
    <message>
        <location line="-88"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-335"/>
        <location line="+28"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>ai %1 needs --prompt TEXT.</source>
        <translation>ai %1 demande --prompt TEXTE.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Negative prompt: %1</source>
        <translation>Prompt négatif : %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>similarity</source>
        <translation>similarité</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>last used</source>
        <translation>dernier usage</translation>
    </message>
    <message>
        <location filename="../cli/ai/studioverbs.cpp" line="-28"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+40"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>mean ms</source>
        <translation>moy. ms</translation>
    </message>
    <message>
        <location filename="../cli/ai/generationverbs.cpp" line="+32"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-65"/>
        <location line="+101"/>
        <location line="+287"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../cli/ai/studioverbs.cpp" line="-283"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échouées</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+42"/>
        <source>no quota</source>
        <translation>sans quota</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>charged</source>
        <translation>débités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refunded</source>
        <translation>remboursés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>reserved</source>
        <translation>réservés</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>this month</source>
        <translation>ce mois-ci</translation>
    </message>
    <message>
        <location filename="../cli/ai/generationverbs.cpp" line="-198"/>
        <source>ai generate needs --%1.</source>
        <translation>ai generate demande --%1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--var: &quot;%1&quot; is not in the form name=value.</source>
        <translation>--var : « %1 » n’est pas de la forme nom=valeur.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The generation %1 had already finished; nothing was cancelled.</source>
        <translation>La génération %1 était déjà terminée ; rien n’a été annulé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--providers: unknown provider &quot;%1&quot;; the providers are: %2.</source>
        <translation>--providers : fournisseur « %1 » inconnu ; les fournisseurs sont : %2.</translation>
    </message>
    <message>
        <location filename="../cli/ai/studioverbs.cpp" line="-133"/>
        <source>avg s</source>
        <translation>moy. s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>brand</source>
        <translation>marque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly credits</source>
        <translation>crédits mensuels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>used</source>
        <translation>utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>restants</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>hits</source>
        <translation>succès</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>misses</source>
        <translation>échecs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hit rate</source>
        <translation>taux de succès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>credits saved</source>
        <translation>crédits économisés</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n cache entry(ies) cleared.</source>
        <translation>
            <numerusform>%n entrée du cache effacée.</numerusform>
            <numerusform>%n entrées du cache effacées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: generations are watermarked: %2%3</source>
        <translation>%1 : les générations sont filigranées : %2%3</translation>
    </message>
    <message>
        <location filename="../cli/ai/aiverbs.cpp" line="-15"/>
        <source>What to generate.</source>
        <translation>Ce qu’il faut générer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/generationverbs.cpp" line="+87"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="+30"/>
        <location line="+75"/>
        <location filename="../cli/ai/studioverbs.cpp" line="+219"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A provider parameter, k=v (repeatable).</source>
        <translation>Un paramètre du fournisseur, c=v (répétable).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>k=v</source>
        <translation>c=v</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most this many rows.</source>
        <translation>Au plus ce nombre de lignes.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/generationverbs.cpp" line="-12"/>
        <location filename="../cli/ai/providerverbs.cpp" line="+10"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-66"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name.</source>
        <translation>Un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day, YYYY-MM-DD (UTC).</source>
        <translation>Premier jour, AAAA-MM-JJ (UTC).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day after the last, YYYY-MM-DD (UTC).</source>
        <translation>Lendemain du dernier jour, AAAA-MM-JJ (UTC).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>error code</source>
        <translation>code d’erreur</translation>
    </message>
    <message>
        <location filename="../cli/ai/generationverbs.cpp" line="-209"/>
        <source>Provider: openai, stability, replicate, automatic1111 or offline.</source>
        <translation>Fournisseur : openai, stability, replicate, automatic1111 ou offline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../cli/ai/studioverbs.cpp" line="+22"/>
        <source>Model name (see atelier ai models).</source>
        <translation>Nom du modèle (voir atelier ai models).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--var fills a template&apos;s variables: it goes with --template ID.</source>
        <translation>--var remplit les variables d’un modèle : il va avec --template ID.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No generation %1 (or not one you may see): nothing was done to it.</source>
        <translation>Aucune génération %1 (ou aucune que vous puissiez voir) : rien n’y a été fait.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already finished, left as they were: %1.</source>
        <translation>Déjà terminées, laissées telles quelles : %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--prompt and --param describe a new version: they go with --create.</source>
        <translation>--prompt et --param décrivent une nouvelle version : ils vont avec --create.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>queue a generation (or several variations with consecutive seeds), and with --wait run it here</source>
        <translation>met en file une génération (ou plusieurs variantes aux graines consécutives) et, avec --wait, l’exécute ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation type: 2d, 3d, animation or template.</source>
        <translation>Type de génération : 2d, 3d, animation ou template.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to avoid.</source>
        <translation>Ce qu’il faut éviter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed (the same seed and prompt give the same picture, and a cached answer).</source>
        <translation>Graine (la même graine et le même prompt donnent la même image, et une réponse du cache).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue this many variations (1–8), seeds one apart, all or none; prints a list.</source>
        <translation>Met en file ce nombre de variantes (1 à 8), graines consécutives, toutes ou aucune ; affiche une liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in pixels.</source>
        <translation>Largeur en pixels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in pixels.</source>
        <translation>Hauteur en pixels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/ai/providerverbs.cpp" line="+20"/>
        <source>Attempts per job (1–20).</source>
        <translation>Tentatives par tâche (1 à 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate from this prompt template (its id).</source>
        <translation>Génère à partir de ce modèle de prompt (son identifiant).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template variable, name=value (repeatable).</source>
        <translation>Une variable du modèle, nom=valeur (répétable).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the generation has finished, running the queue here.</source>
        <translation>Attend la fin de la génération, en exécutant la file ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the newest generations, of a brand or of every brand you see</source>
        <translation>les générations les plus récentes, d’une marque ou de toutes celles que vous voyez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only generations of this status.</source>
        <translation>Seulement les générations de ce statut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one generation</source>
        <translation>une génération</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancel jobs still waiting or running, refunded, all in one transaction</source>
        <translation>annule des tâches encore en attente ou en cours, remboursées, toutes en une transaction</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run the generation queue here (until stopped, or until idle)</source>
        <translation>exécute ici la file des générations (jusqu’à l’arrêt, ou jusqu’à ce qu’elle soit vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these providers (comma-separated).</source>
        <translation>Seulement ces fournisseurs (séparés par des virgules).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-8"/>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop once none of these providers&apos; jobs is pending or processing.</source>
        <translation>S’arrête dès qu’aucune tâche de ces fournisseurs n’est en attente ni en cours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a generation&apos;s versions, or a new version of it</source>
        <translation>les versions d’une génération, ou une nouvelle version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new version (with --prompt and/or --param).</source>
        <translation>Crée une nouvelle version (avec --prompt et/ou --param).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rate a generation, 1 to 5 stars</source>
        <translation>note une génération, de 1 à 5 étoiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rating, 1 to 5.</source>
        <translation>Une note, de 1 à 5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>star a generation (or take the star away)</source>
        <translation>met une étoile à une génération (ou la retire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the star away.</source>
        <translation>Retire l’étoile.</translation>
    </message>
    <message>
        <location filename="../cli/ai/libraryverbs.cpp" line="-97"/>
        <source>A template category.</source>
        <translation>Une catégorie de modèle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the brand&apos;s collections</source>
        <translation>les collections de la marque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create a collection</source>
        <translation>crée une collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A description.</source>
        <translation>Une description.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add generations to a collection</source>
        <translation>ajoute des générations à une collection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take generations out of a collection</source>
        <translation>retire des générations d’une collection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>share a collection with a person</source>
        <translation>partage une collection avec une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person to share with (username).</source>
        <translation>La personne avec qui partager (nom d’utilisateur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view, comment or edit.</source>
        <translation>view, comment ou edit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>permission</source>
        <translation>permission</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write a collection&apos;s images and their manifest to a zip</source>
        <translation>écrit les images d’une collection et leur manifeste dans un zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the generations of a collection</source>
        <translation>les générations d’une collection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the prompt templates of a brand (and of every brand)</source>
        <translation>les modèles de prompt d’une marque (et ceux de toutes les marques)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>save a prompt template ({variables} in its prompt)</source>
        <translation>enregistre un modèle de prompt ({variables} dans son prompt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template to change.</source>
        <translation>Le modèle à modifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a better prompt, with what was changed</source>
        <translation>un meilleur prompt, avec ce qui a changé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prompts like this one that gave good results</source>
        <translation>des prompts proches de celui-ci qui ont donné de bons résultats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the prompts used in a brand, newest first</source>
        <translation>les prompts employés dans une marque, les plus récents d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only prompts containing this text.</source>
        <translation>Seulement les prompts qui contiennent ce texte.</translation>
    </message>
    <message>
        <location filename="../cli/ai/providerverbs.cpp" line="-72"/>
        <source>--api-key-stdin and --remove-key say opposite things: give one of them.</source>
        <translation>--api-key-stdin et --remove-key disent le contraire l’un de l’autre : donnez l’un des deux.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>this desktop&apos;s providers: address, key (never shown), limits</source>
        <translation>les fournisseurs de ce poste : adresse, clé (jamais affichée), limites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change a provider&apos;s settings; the API key is read from standard input and stored encrypted</source>
        <translation>modifie les réglages d’un fournisseur ; la clé d’API est lue sur l’entrée standard et conservée chiffrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s base URL.</source>
        <translation>L’URL de base du fournisseur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the API key from standard input (it is stored encrypted).</source>
        <translation>Lit la clé d’API sur l’entrée standard (elle est conservée chiffrée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored API key.</source>
        <translation>Supprime la clé d’API conservée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs at once for this provider.</source>
        <translation>Tâches simultanées pour ce fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls per minute for this provider (token bucket).</source>
        <translation>Appels par minute pour ce fournisseur (seau à jetons).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls at once before the rate applies.</source>
        <translation>Appels simultanés avant que le débit ne s’applique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds per call.</source>
        <translation>Secondes par appel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI: the chat model that optimises prompts (empty: none).</source>
        <translation>OpenAI : le modèle de conversation qui optimise les prompts (vide : aucun).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call a provider with its settings and say what it answered</source>
        <translation>appelle un fournisseur avec ses réglages et dit ce qu’il a répondu</translation>
    </message>
    <message>
        <location filename="../cli/ai/studioverbs.cpp" line="-349"/>
        <source>ai performance needs --model NAME.</source>
        <translation>ai performance demande --model NOM.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Freed: %1 of results the cache answered with, %2 of this desktop&apos;s disk cache.</source>
        <translation>Libéré : %1 de résultats dont le cache se servait, %2 du cache disque de ce poste.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>the models generations can use, with their prices</source>
        <translation>les modèles que les générations peuvent employer, avec leur prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this provider&apos;s models.</source>
        <translation>Seulement les modèles de ce fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only models of this type: 2d, 3d or animation.</source>
        <translation>Seulement les modèles de ce type : 2d, 3d ou animation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>models side by side over a period: success, latency, credits, quality</source>
        <translation>les modèles côte à côte sur une période : réussite, latence, crédits, qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these models (comma-separated).</source>
        <translation>Seulement ces modèles (séparés par des virgules).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one model day by day over a period</source>
        <translation>un modèle jour par jour sur une période</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a brand&apos;s generations over a period, by type, model, status and day</source>
        <translation>les générations d’une marque sur une période, par type, modèle, statut et jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the credits each person used in a brand over a period</source>
        <translation>les crédits employés par chaque personne dans une marque sur une période</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a person&apos;s credits in a brand this month (and their quota)</source>
        <translation>les crédits d’une personne dans une marque ce mois-ci (et son quota)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person (username); you by default.</source>
        <translation>La personne (nom d’utilisateur) ; vous par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the monthly credits of the person in the brand.</source>
        <translation>Fixe les crédits mensuels de la personne dans la marque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what the result cache answers and saves</source>
        <translation>ce que le cache des résultats répond et économise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stop answering from a brand&apos;s cached results and free this desktop&apos;s cached files</source>
        <translation>cesse de répondre avec les résultats en cache d’une marque et libère les fichiers en cache de ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries older than this many days.</source>
        <translation>Seulement les entrées plus anciennes que ce nombre de jours.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a brand&apos;s watermark policy, shown or changed</source>
        <translation>la politique de filigrane d’une marque, affichée ou modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The watermark of the brand&apos;s generations: none, visible, invisible or metadata.</source>
        <translation>Le filigrane des générations de la marque : none, visible, invisible ou metadata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words of a visible watermark.</source>
        <translation>Les mots d’un filigrane visible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a brand&apos;s training datasets, or one dataset with its images</source>
        <translation>les jeux d’entraînement d’une marque, ou un jeu avec ses images</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>make a training dataset of checked images</source>
        <translation>constitue un jeu d’entraînement d’images vérifiées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A generation whose image joins the dataset (repeatable).</source>
        <translation>Une génération dont l’image rejoint le jeu (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An image file that joins the dataset (repeatable).</source>
        <translation>Un fichier image qui rejoint le jeu (répétable).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>train a custom model on a dataset at Replicate</source>
        <translation>entraîne un modèle personnalisé sur un jeu chez Replicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Replicate trainer, owner/name:version.</source>
        <translation>L’entraîneur Replicate, propriétaire/nom:version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Replicate model the training creates versions of, owner/name.</source>
        <translation>Le modèle Replicate dont l’entraînement crée des versions, propriétaire/nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps.</source>
        <translation>Étapes d’entraînement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>how a custom model&apos;s training goes</source>
        <translation>où en est l’entraînement d’un modèle personnalisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancel a custom model&apos;s training</source>
        <translation>annule l’entraînement d’un modèle personnalisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a brand&apos;s custom models</source>
        <translation>les modèles personnalisés d’une marque</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <location filename="../services/monitoring/alertservice.cpp" line="+113"/>
        <source>Reading the alert rules</source>
        <translation>Lecture des règles d’alerte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The metric &quot;%1&quot; is not one alerts know: %2 (query_… may end with :SERVICE; health_… must: %3).</source>
        <translation>La métrique « %1 » n’est pas de celles que connaissent les alertes : %2 (query_… peut finir par :SERVICE ; health_… le doit : %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An alert rule needs a name of 1 to 200 characters.</source>
        <translation>Une règle d’alerte a besoin d’un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison &quot;%1&quot; is neither above nor below.</source>
        <translation>La comparaison « %1 » n’est ni above ni below.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold is not a number.</source>
        <translation>Le seuil n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration must be 1 to 10,080 minutes (a week); it was %1.</source>
        <translation>La durée doit être de 1 à 10 080 minutes (une semaine) ; elle était de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The severity &quot;%1&quot; is not info, warning or critical.</source>
        <translation>La gravité « %1 » n’est ni info, ni warning, ni critical.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the alert rule &quot;%1&quot;</source>
        <translation>Ajout de la règle d’alerte « %1 »</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only the installation&apos;s administrator adds alert rules for the whole installation.</source>
        <translation>Seul l’administrateur de l’installation ajoute des règles d’alerte pour toute l’installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an admin of the brand adds its alert rules.</source>
        <translation>Seul un admin de la marque ajoute ses règles d’alerte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the alerts</source>
        <translation>Lecture des alertes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Evaluating the alert rule &quot;%1&quot;</source>
        <translation>Évaluation de la règle d’alerte « %1 »</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was %2 over the last %3 min, above %4.</source>
        <translation>%1 a valu %2 sur les %3 dernières minutes, au-dessus de %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was %2 over the last %3 min, below %4.</source>
        <translation>%1 a valu %2 sur les %3 dernières minutes, en dessous de %4.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is %2 again over the last %3 min.</source>
        <translation>%1 est de nouveau à %2 sur les %3 dernières minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nothing measured over the last %2 min.</source>
        <translation>%1 : rien de mesuré sur les %2 dernières minutes.</translation>
    </message>
</context>
<context>
    <name>AnalysisReports</name>
    <message>
        <location filename="../services/reports/analysisreports.cpp" line="+113"/>
        <source>Purchase funnel</source>
        <translation>Entonnoir d’achat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Funnel: %1</source>
        <translation>Entonnoir : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+76"/>
        <location line="+5"/>
        <location line="+22"/>
        <location line="+5"/>
        <location line="+447"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-558"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+45"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+50"/>
        <location line="+5"/>
        <location line="+91"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+354"/>
        <location line="+11"/>
        <location line="+36"/>
        <location line="+4"/>
        <location line="+125"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="-733"/>
        <location line="+701"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="-699"/>
        <location line="+107"/>
        <source>Conversion from start</source>
        <translation>Conversion depuis le début</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Conversion from previous</source>
        <translation>Conversion depuis l’étape précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop-off</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · −%2</source>
        <translation>%1 · −%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 users who did &quot;%3&quot; went on to &quot;%4&quot; within %5 (%6).</source>
        <translation>%1 des %2 utilisateurs qui ont fait « %3 » sont allés jusqu’à « %4 » dans un délai de %5 (%6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody did &quot;%1&quot; in this range.</source>
        <translation>Personne n’a fait « %1 » sur cette période.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Time to convert</source>
        <translation>Délai de conversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Median and mean time between one step and the next, among the users who reached it.</source>
        <translation>Temps médian et moyen entre une étape et la suivante, parmi les utilisateurs qui l’ont atteinte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median (min)</source>
        <translation>Médiane (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean (min)</source>
        <translation>Moyenne (min)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Funnel by %1</source>
        <translation>Entonnoir par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users reaching each step, per value of &quot;%1&quot; (the 8 largest).</source>
        <translation>Utilisateurs atteignant chaque étape, par valeur de « %1 » (les 8 plus importantes).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+503"/>
        <location line="+43"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-524"/>
        <source>Revenue per cohort</source>
        <translation>Chiffre d’affaires par cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue of each cohort&apos;s purchases, per %1 after the first &quot;%2&quot;.</source>
        <translation>Chiffre d’affaires des achats de chaque cohorte, par période (%1) après le premier « %2 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of each cohort (users whose first &quot;%1&quot; fell in that %2) with a &quot;%3&quot; in each following %2.</source>
        <translation>Part de chaque cohorte (les utilisateurs dont le premier « %1 » tombe dans cette période, %2) ayant un « %3 » dans chaque période suivante (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No user did &quot;%1&quot; for the first time in this range.</source>
        <translation>Aucun utilisateur n’a fait « %1 » pour la première fois sur cette période.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+612"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="-611"/>
        <source>The brand has no saved segment yet.</source>
        <translation>La marque n’a encore aucun segment enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved segments and their users when they were last counted.</source>
        <translation>Les segments enregistrés et leurs utilisateurs lors du dernier comptage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+583"/>
        <source>Correlations</source>
        <translation>Corrélations</translation>
    </message>
    <message>
        <location line="-582"/>
        <source>Pearson&apos;s r between the daily series of each pair of metrics; the table adds Spearman&apos;s ρ and whether one series helps predict the other (Granger).</source>
        <translation>Le r de Pearson entre les séries journalières de chaque paire de métriques ; le tableau ajoute le ρ de Spearman et indique si une série aide à prédire l’autre (Granger).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Metric A</source>
        <translation>Métrique A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric B</source>
        <translation>Métrique B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pearson r</source>
        <translation>r de Pearson</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+499"/>
        <source>p-value</source>
        <translation>valeur p</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>Spearman ρ</source>
        <translation>ρ de Spearman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granger p</source>
        <translation>p de Granger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granger lag (days)</source>
        <translation>Décalage de Granger (jours)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Revenue forecast</source>
        <translation>Prévision du chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue per day</source>
        <translation>Chiffre d’affaires par jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+90"/>
        <location line="+49"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+427"/>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <location line="-426"/>
        <source>80% interval</source>
        <translation>Intervalle à 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected revenue over the next %1 days: %2 (80%: %3 – %4; 95%: %5 – %6).</source>
        <translation>Chiffre d’affaires attendu sur les %1 prochains jours : %2 (80 % : %3 – %4 ; 95 % : %5 – %6).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon (days)</source>
        <translation>Horizon (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <location line="+184"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+242"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+110"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>80% low</source>
        <translation>Borne basse 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% high</source>
        <translation>Borne haute 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+364"/>
        <source>95% low</source>
        <translation>Borne basse 95 %</translation>
    </message>
    <message>
        <location line="-418"/>
        <location line="+55"/>
        <location line="+364"/>
        <source>95% high</source>
        <translation>Borne haute 95 %</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Users most likely to churn</source>
        <translation>Utilisateurs les plus susceptibles de partir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the %2 users active in the last 30 days are expected not to come back in the next 30 (95%: %3 – %4).</source>
        <translation>%1 des %2 utilisateurs actifs ces 30 derniers jours ne devraient pas revenir dans les 30 prochains (95 % : %3 – %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Churn score</source>
        <translation>Score d’attrition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Days since last event</source>
        <translation>Jours depuis le dernier événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events (30 days)</source>
        <translation>Événements (30 jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active days</source>
        <translation>Jours actifs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Accuracy of past predictions</source>
        <translation>Précision des prévisions passées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backtest of %1 on the last %2 days: mean absolute error %3 per day, against %4 for repeating last week.</source>
        <translation>Test a posteriori de %1 sur les %2 derniers jours : erreur absolue moyenne de %3 par jour, contre %4 en répétant la semaine précédente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stored prediction has reached its end yet: they are scored once the data covers their period.</source>
        <translation>Aucune prévision enregistrée n’est encore arrivée à son terme : elles sont évaluées une fois que les données couvrent leur période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 scored predictions fell within their 95% interval.</source>
        <translation>%1 des %2 prévisions évaluées sont tombées dans leur intervalle à 95 %.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+443"/>
        <source>Unknown metric &quot;%1&quot;; the metrics are: %2.</source>
        <translation>Métrique inconnue « %1 » ; les métriques sont : %2.</translation>
    </message>
    <message>
        <location line="-433"/>
        <source>Anomalies in %1</source>
        <translation>Anomalies de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No day of this range left the expected band.</source>
        <translation>Aucun jour de cette période n’est sorti de la bande attendue.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left the band expected from the trend and the weekly pattern.</source>
        <translation>
            <numerusform>%n jour est sorti de la bande attendue d’après la tendance et le rythme de la semaine.</numerusform>
            <numerusform>%n jours sont sortis de la bande attendue d’après la tendance et le rythme de la semaine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Borne basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Borne haute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up</source>
        <translation>hausse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>baisse</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+364"/>
        <source>Benchmarks</source>
        <translation>Comparatifs</translation>
    </message>
    <message numerus="yes">
        <location line="-363"/>
        <source>%1 against the %n other brand(s) of its industry (%2).</source>
        <translation>
            <numerusform>%1 face à %n autre marque de son secteur (%2).</numerusform>
            <numerusform>%1 face aux %n autres marques de son secteur (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peer figures are hidden: fewer than %1 peers, so no brand could be singled out.</source>
        <translation>Les chiffres des pairs sont masqués : moins de %1 pairs, aucune marque ne doit pouvoir être identifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percentile among peers</source>
        <translation>Centile parmi les pairs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Percentile rank</source>
        <translation>Rang centile</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer 25th percentile</source>
        <translation>25e centile des pairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer median</source>
        <translation>Médiane des pairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer 75th percentile</source>
        <translation>75e centile des pairs</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+320"/>
        <source>Seasonality</source>
        <translation>Saisonnalité</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Mean events per weekday and hour (UTC). Weekly pattern strength: %1.</source>
        <translation>Nombre moyen d’événements par jour de la semaine et par heure (UTC). Force du rythme hebdomadaire : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean events per weekday and hour (UTC).</source>
        <translation>Nombre moyen d’événements par jour de la semaine et par heure (UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hour (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+376"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Day-of-week indices</source>
        <translation>Indices par jour de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean daily events on each weekday divided by the mean over all days (1 = an average day).</source>
        <translation>Nombre moyen d’événements de chaque jour de la semaine, divisé par la moyenne sur tous les jours (1 = un jour moyen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Journeys from %1</source>
        <translation>Parcours depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 sessions did after their first &quot;%2&quot;, step by step.</source>
        <translation>Ce qu’ont fait %1 sessions après leur premier « %2 », étape par étape.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Most frequent paths</source>
        <translation>Chemins les plus fréquents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Users, sessions, conversions and revenue per %1.</source>
        <translation>Utilisateurs, sessions, conversions et chiffre d’affaires par %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <location line="+76"/>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Revenue per user</source>
        <translation>Chiffre d’affaires par utilisateur</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Revenue by channel (%1)</source>
        <translation>Chiffre d’affaires par canal (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purchases of the range credited to channels: first touch credits the buyer&apos;s first session, last touch the session of the purchase, linear every session up to it equally.</source>
        <translation>Achats de la période attribués aux canaux : le premier contact crédite la première session de l’acheteur, le dernier contact la session de l’achat, le linéaire chaque session jusqu’à l’achat, à parts égales.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+136"/>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>%1 users active in the last 5 minutes; %2 events in the last hour (at %3 UTC).</source>
        <translation>%1 utilisateurs actifs ces 5 dernières minutes ; %2 événements dans la dernière heure (à %3 UTC).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Events per minute</source>
        <translation>Événements par minute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 60 minutes</source>
        <translation>60 dernières minutes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A/B test: %1</source>
        <translation>Test A/B : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion to &quot;%1&quot; per variant; uplift against control with its 95% interval.</source>
        <translation>Conversion vers « %1 » par variante ; gain par rapport au témoin avec son intervalle à 95 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample ratio mismatch: exposures do not follow the planned allocation (p = %1). The assignment may be broken; do not trust these results.</source>
        <translation>Déséquilibre de répartition (SRM) : les expositions ne suivent pas la répartition prévue (p = %1). L’affectation est peut-être défaillante ; ne vous fiez pas à ces résultats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uplift against control</source>
        <translation>Gain par rapport au témoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Uplift</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned share</source>
        <translation>Part prévue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probability to beat control</source>
        <translation>Probabilité de battre le témoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected loss</source>
        <translation>Perte attendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (control)</source>
        <translation>%1 (témoin)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+58"/>
        <source>A/B tests</source>
        <translation>Tests A/B</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>No experiment of this brand had exposures in this range.</source>
        <translation>Aucune expérience de cette marque n’a eu d’expositions sur cette période.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Funnels</source>
        <translation>Entonnoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predictions</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geography</source>
        <translation>Géographie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+117"/>
        <source>Unknown analysis &quot;%1&quot;; the analyses are: %2.</source>
        <translation>Analyse inconnue « %1 » ; les analyses sont : %2.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>No analysis named; the analyses are: %1.</source>
        <translation>Aucune analyse indiquée ; les analyses sont : %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 against %2</source>
        <translation>%1 en fonction de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One point per day. Pearson&apos;s r = %1 (p = %2); the line is the least-squares fit.</source>
        <translation>Un point par jour. r de Pearson = %1 (p = %2) ; la droite est l’ajustement par les moindres carrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One point per day. One of the series is constant: there is nothing to correlate.</source>
        <translation>Un point par jour. L’une des séries est constante : il n’y a rien à corréler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag (days)</source>
        <translation>Décalage (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>p: %1 helps predict %2</source>
        <translation>p : %1 aide à prédire %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Granger causality by lag</source>
        <translation>Causalité de Granger par décalage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F-test p-values of each lag, before the correction for trying 7 lags: small values mean the past of one series improves the prediction of the other.</source>
        <translation>Valeurs p du test F pour chaque décalage, avant la correction pour les 7 décalages essayés : une petite valeur signifie que le passé d’une série améliore la prédiction de l’autre.</translation>
    </message>
    <message numerus="yes">
        <location line="-276"/>
        <source>Users, sessions, conversions and revenue per %1, against the previous %n day(s).</source>
        <translation>
            <numerusform>Utilisateurs, sessions, conversions et chiffre d’affaires par %1, par rapport au %n jour précédent.</numerusform>
            <numerusform>Utilisateurs, sessions, conversions et chiffre d’affaires par %1, par rapport aux %n jours précédents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users, previous period</source>
        <translation>Utilisateurs, période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in users</source>
        <translation>Évolution des utilisateurs</translation>
    </message>
    <message>
        <location line="-672"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>browser</source>
        <translation>navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operating system</source>
        <translation>système d’exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experiment</source>
        <translation>expérience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variant</source>
        <translation>variante</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Median time from previous</source>
        <translation>Temps médian depuis l’étape précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time from previous</source>
        <translation>Temps moyen depuis l’étape précédente</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The previous %n day(s): %1 of %2 (%3).</source>
        <translation>
            <numerusform>Le jour précédent : %1 sur %2 (%3).</numerusform>
            <numerusform>Les %n jours précédents : %1 sur %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users who reached &quot;%1&quot;, by the time it took them from &quot;%2&quot;.</source>
        <translation>Utilisateurs arrivés à « %1 », selon le temps mis depuis « %2 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time from the first step to the last</source>
        <translation>Temps entre la première et la dernière étape</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share of converters</source>
        <translation>Part des convertis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time between steps</source>
        <translation>Temps entre les étapes</translation>
    </message>
    <message>
        <location line="+575"/>
        <source>first touch</source>
        <translation>premier contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last touch</source>
        <translation>dernier contact</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message numerus="yes">
        <location filename="../services/reports/analysisrunner.cpp" line="+21"/>
        <source>You already have %n analyses running; this one was not started. Ask again once one of them has finished, or cancel one.</source>
        <translation>
            <numerusform>Vous avez déjà %n analyse en cours ; celle-ci n’a pas été lancée. Redemandez-la quand elle sera terminée, ou annulez-la.</numerusform>
            <numerusform>Vous avez déjà %n analyses en cours ; celle-ci n’a pas été lancée. Redemandez-la quand l’une d’elles sera terminée, ou annulez-en une.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../ui/collaboration/annotationdialog.cpp" line="+19"/>
        <source>Kind of annotation</source>
        <translation>Genre d’annotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotation text</source>
        <translation>Texte de l’annotation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>AnomalyService</name>
    <message>
        <location filename="../services/analytics/anomalyservice.cpp" line="+111"/>
        <source>The anomaly threshold must be a positive number of standard deviations.</source>
        <translation>Le seuil d’anomalie doit être un nombre positif d’écarts-types.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Anomalies need a range of at least 14 days, to know the weekly pattern (%1 to %2 has %n day(s)).</source>
        <translation>
            <numerusform>Les anomalies demandent une période d’au moins 14 jours, pour connaître le rythme de la semaine (du %1 au %2 : %n jour).</numerusform>
            <numerusform>Les anomalies demandent une période d’au moins 14 jours, pour connaître le rythme de la semaine (du %1 au %2 : %n jours).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../services/core/appsettings.cpp" line="+50"/>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--database</source>
        <translation>--database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the settings</source>
        <translation>les réglages</translation>
    </message>
</context>
<context>
    <name>AssetStore</name>
    <message>
        <location filename="../services/ai/assetstore.cpp" line="+73"/>
        <source>The result is not a readable image (%1).</source>
        <translation>Le résultat n’est pas une image lisible (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Storing a result</source>
        <translation>Le stockage d’un résultat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading a result</source>
        <translation>La lecture d’un résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result %1 is not in the database.</source>
        <translation>Le résultat %1 n’est pas dans la base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored result %1 does not match its checksum.</source>
        <translation>Le résultat stocké %1 ne correspond pas à sa somme de contrôle.</translation>
    </message>
</context>
<context>
    <name>Atelier::AccessibilityIssuesModel</name>
    <message>
        <location filename="../models/core/accessibilitymodels.cpp" line="+134"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious</source>
        <translation>Sérieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Atelier::AccessibilityPage</name>
    <message>
        <location filename="../ui/accessibility/accessibilitypage.cpp" line="+222"/>
        <location line="+207"/>
        <location filename="../ui/core/mainwindow.cpp" line="+112"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>No audit is stored yet: Run audit now audits every page in this theme and language.</source>
        <translation>Aucun audit n’est encore enregistré : Lancer l’audit maintenant audite chaque page dans ce thème et cette langue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Issues found by the latest audit:</source>
        <translation>P&amp;roblèmes relevés par le dernier audit :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issues found by the latest audit of %1:</source>
        <translation>P&amp;roblèmes relevés par le dernier audit de %1 :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit walks the console&apos;s window: this page is not in one.</source>
        <translation>L’audit parcourt la fenêtre de la console : cette page n’est dans aucune.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+133"/>
        <source>&amp;Stop the audit</source>
        <translation>Arrê&amp;ter l’audit</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Auditing every page in the %1 theme and %2…</source>
        <translation>Audit de chaque page, thème %1, langue %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%v of %m)</source>
        <translation>%1 (%v sur %m)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+87"/>
        <source>&amp;Run audit now</source>
        <translation>&amp;Lancer l’audit maintenant</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Audit stopped: nothing was stored.</source>
        <translation>Audit arrêté : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storing the reports…</source>
        <translation>Enregistrement des rapports…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Audited %n page(s) and view(s): every one scores 95 or more.</source>
        <translation>
            <numerusform>%n page ou vue auditée : son score est de 95 ou plus.</numerusform>
            <numerusform>%n pages et vues auditées : chacune a un score de 95 ou plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Audited %n page(s) and view(s); %1 score below 95.</source>
        <translation>
            <numerusform>%n page ou vue auditée ; %1 sous 95.</numerusform>
            <numerusform>%n pages et vues auditées ; %1 sous 95.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not a page of this window (a dialog, say): open it to see the widget.</source>
        <translation>%1 n’est pas une page de cette fenêtre (une boîte de dialogue, par exemple) : ouvrez-la pour voir le widget.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The widget is not on screen any more; its place when it was audited is outlined.</source>
        <translation>Le widget n’est plus à l’écran ; sa place lors de l’audit est encadrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The widget %1 is not in the window any more.</source>
        <translation>Le widget %1 n’est plus dans la fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlined: %1</source>
        <translation>Encadré : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How each page of the console scores in the accessibility audit (names, keyboard, contrast, target sizes, truncation, shortcuts; 0–100), audit after audit. Choose an issue to see its widget.</source>
        <translation>Le score de chaque page de la console à l’audit d’accessibilité (noms, clavier, contraste, taille des cibles, texte coupé, raccourcis ; 0–100), audit après audit. Choisissez un problème pour voir son widget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audits every page and view in the current theme and language, one after the other, and keeps the reports</source>
        <translation>Audite chaque page et chaque vue dans le thème et la langue actuels, l’une après l’autre, et garde les rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pages and their scores:</source>
        <translation>&amp;Pages et leurs scores :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages and their audit scores</source>
        <translation>Les pages et leurs scores d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues found by the latest audit</source>
        <translation>Problèmes trouvés par le dernier audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the widget</source>
        <translation>&amp;Montrer le widget</translation>
    </message>
</context>
<context>
    <name>Atelier::AccessibilityScoresModel</name>
    <message>
        <location filename="../models/core/accessibilitymodels.cpp" line="-85"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest audit&apos;s score, 0–100</source>
        <translation>Le score du dernier audit, 0–100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the latest audit found</source>
        <translation>Ce que le dernier audit a relevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score over time</source>
        <translation>Évolution du score</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every stored audit of the page, oldest first</source>
        <translation>Chaque audit enregistré de la page, du plus ancien au plus récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest audit</source>
        <translation>Dernier audit</translation>
    </message>
</context>
<context>
    <name>Atelier::AdviceModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="+483"/>
        <source>Missing index</source>
        <translation>Index manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table needs an index</source>
        <translation>Table sans index adapté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused index</source>
        <translation>Index inutilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate index</source>
        <translation>Index en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid index</source>
        <translation>Index invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale statistics</source>
        <translation>Statistiques périmées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead rows</source>
        <translation>Lignes mortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction ID age</source>
        <translation>Âge des identifiants de transaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence near its end</source>
        <translation>Séquence près de sa fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-running query</source>
        <translation>Requête longue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle in transaction</source>
        <translation>Inactive en transaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing statistics</source>
        <translation>Statistiques absentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free pages</source>
        <translation>Pages libres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index, table or session it concerns</source>
        <translation>L’index, la table ou la session concernés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied by</source>
        <translation>Appliqué par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atelier (you may)</source>
        <translation>Atelier (vous pouvez)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atelier (an administrator)</source>
        <translation>Atelier (un administrateur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether Atelier runs the statement for you, or a person decides</source>
        <translation>Si Atelier exécute l’instruction pour vous, ou si une personne décide</translation>
    </message>
</context>
<context>
    <name>Atelier::AiStudioPage</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+124"/>
        <location filename="../ui/core/mainwindow.cpp" line="-6"/>
        <source>AI Studio</source>
        <translation>AI Studio</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>AI Studio views</source>
        <translation>Vues de l’AI Studio</translation>
    </message>
</context>
<context>
    <name>Atelier::AlertModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="-177"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (threshold %2)</source>
        <translation>%1 (seuil %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Atelier::AlertRuleModel</name>
    <message>
        <location line="+26"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below %1</source>
        <translation>sous %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above %1</source>
        <translation>au-dessus de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>Pendant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the condition holds before the alert is raised</source>
        <translation>Combien de temps la condition doit tenir avant que l’alerte se déclenche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enabled</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Atelier::AnalysisView</name>
    <message>
        <location filename="../ui/analytics/analysisview.cpp" line="+254"/>
        <location line="+315"/>
        <source>Purchase funnel (standard)</source>
        <translation>Entonnoir d’achat (standard)</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Computing %1…</source>
        <translation>Calcul en cours : %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled. Change a parameter, the brand or the range to compute again.</source>
        <translation>Annulé. Changez un paramètre, la marque ou la période pour relancer le calcul.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Real time · the last hour, refreshed every 5 seconds</source>
        <translation>Temps réel · la dernière heure, actualisée toutes les 5 secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 to %3</source>
        <translation>%1 · du %2 au %3</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the computation</source>
        <translation>Annuler le calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit steps…</source>
        <translation>&amp;Modifier les étapes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the funnel&apos;s steps</source>
        <translation>Modifier les étapes de l’entonnoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort period</source>
        <translation>Période des cohortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Periods:</source>
        <translation>&amp;Périodes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of periods</source>
        <translation>Nombre de périodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention or revenue</source>
        <translation>Rétention ou chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attribution:</source>
        <translation>A&amp;ttribution :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First touch</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last touch</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution model</source>
        <translation>Modèle d’attribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start event:</source>
        <translation>Événement de dé&amp;part :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start event</source>
        <translation>Événement de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps:</source>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps to follow</source>
        <translation>Étapes à suivre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New segment…</source>
        <translation>&amp;Nouveau segment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a segment</source>
        <translation>Créer un segment</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>%1 by %2: %3</source>
        <translation>%1 de %2 : %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Annotate %1</source>
        <translation>Annoter %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Still saving the previous annotation: try again in a moment.</source>
        <translation>L’annotation précédente est encore en cours d’enregistrement : réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Fu&amp;nnel:</source>
        <translation>&amp;Entonnoir :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Cohorts by:</source>
        <translation>&amp;Cohortes par :</translation>
    </message>
</context>
<context>
    <name>Atelier::AnalyticsPage</name>
    <message>
        <location filename="../ui/analytics/analyticspage.cpp" line="+55"/>
        <location line="+61"/>
        <location filename="../ui/core/mainwindow.cpp" line="-1"/>
        <source>Analytics</source>
        <translation>Analytique</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose a brand first: the report is about one brand.</source>
        <translation>Choisissez d’abord une marque : le rapport porte sur une seule marque.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
</context>
<context>
    <name>Atelier::AuditModel</name>
    <message>
        <location filename="../models/security/auditmodel.cpp" line="+16"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>Atelier::AuditPage</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="+4"/>
        <location filename="../ui/security/auditpage.cpp" line="+92"/>
        <location line="+135"/>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../ui/security/auditpage.cpp" line="-90"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n row(s) shown; scroll for more.</source>
        <translation>
            <numerusform>%n ligne affichée ; faites défiler pour la suite.</numerusform>
            <numerusform>%n lignes affichées ; faites défiler pour la suite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n ligne.</numerusform>
            <numerusform>%n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying the whole chain…</source>
        <translation>Vérification de toute la chaîne…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Intact: %n row(s), each linked to the one before. Last row %1, hash %2.</source>
        <translation>
            <numerusform>Intact : %n ligne, chacune liée à la précédente. Dernière ligne %1, empreinte %2.</numerusform>
            <numerusform>Intact : %n lignes, chacune liée à la précédente. Dernière ligne %1, empreinte %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tampered: the chain breaks at row %1 (%2).</source>
        <translation>Altéré : la chaîne se rompt à la ligne %1 (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resource &amp;type:</source>
        <translation>&amp;Type de ressource :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by resource type</source>
        <translation>Filtrer par type de ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by resource</source>
        <translation>Filtrer par ressource</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the whole chain</source>
        <translation>Vérifier toute la chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the rows the filter shows as CSV</source>
        <translation>Exporter en CSV les lignes que montre le filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail rows</source>
        <translation>Lignes du journal d’audit</translation>
    </message>
    <message numerus="yes">
        <location line="-69"/>
        <source>%n newer row(s) not chained yet: verify again to check them.</source>
        <translation>
            <numerusform>%n ligne plus récente pas encore chaînée : vérifiez de nouveau pour la contrôler.</numerusform>
            <numerusform>%n lignes plus récentes pas encore chaînées : vérifiez de nouveau pour les contrôler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>U&amp;ser:</source>
        <translation>Utili&amp;sateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ilter</source>
        <translation>Fi&amp;ltrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;erify</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>Atelier::BrandListModel</name>
    <message>
        <location filename="../models/core/brandlistmodel.cpp" line="+36"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>Atelier::CacheFigureModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="-280"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hit ratio</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hits out of every request</source>
        <translation>Succès sur l’ensemble des demandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hits</source>
        <translation>Succès</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Misses</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memory the cache uses, or may use</source>
        <translation>Mémoire que le cache utilise, ou peut utiliser</translation>
    </message>
</context>
<context>
    <name>Atelier::CacheView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="-178"/>
        <location filename="../ui/ai/cacheview.cpp" line="+127"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../ui/ai/cacheview.cpp" line="+23"/>
        <source>Choose a brand.</source>
        <translation>Choisissez une marque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no requests yet</source>
        <translation>aucune demande pour l’instant</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop answering from every cached result of this brand? The same requests will be generated, and paid for, again. The results themselves stay in the gallery.</source>
        <translation>Ne plus servir aucun des résultats en cache de cette marque ? Les mêmes demandes seront de nouveau générées, et payées. Les résultats eux-mêmes restent dans la galerie.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stop answering from this brand&apos;s cached results older than %n day(s)? The same requests will be generated, and paid for, again. The results themselves stay in the gallery.</source>
        <translation>
            <numerusform>Ne plus servir les résultats en cache de cette marque vieux de plus de %n jour ? Les mêmes demandes seront de nouveau générées, et payées. Les résultats eux-mêmes restent dans la galerie.</numerusform>
            <numerusform>Ne plus servir les résultats en cache de cette marque vieux de plus de %n jours ? Les mêmes demandes seront de nouveau générées, et payées. Les résultats eux-mêmes restent dans la galerie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear cached results</source>
        <translation>Effacer les résultats en cache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the %1 of results kept on this desktop, in %2? They are read from the database again when needed.</source>
        <translation>Supprimer les %1 de résultats gardés sur ce poste, dans %2 ? Ils seront relus dans la base de données au besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear this desktop&apos;s disk cache</source>
        <translation>Vider le cache disque de ce poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clearing the cache…</source>
        <translation>Effacement du cache…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache was not cleared: %1</source>
        <translation>Le cache n’a pas été effacé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Removed %n entry(ies); %1 freed on this desktop&apos;s disk, %2 of results no longer answered from the cache.</source>
        <translation>
            <numerusform>%n entrée retirée ; %1 libérés sur le disque de ce poste, %2 de résultats que le cache ne sert plus.</numerusform>
            <numerusform>%n entrées retirées ; %1 libérés sur le disque de ce poste, %2 de résultats que le cache ne sert plus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clearing this desktop&apos;s disk cache…</source>
        <translation>Vidage du cache disque de ce poste…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Freed %1 on this desktop&apos;s disk.</source>
        <translation>%1 libérés sur le disque de ce poste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop&apos;s disk cache was already empty.</source>
        <translation>Le cache disque de ce poste était déjà vide.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Result cache</source>
        <translation>Cache des résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request as a completed one (provider, model, prompt, parameters and seed) is answered with that result: no provider call, no credit.</source>
        <translation>Une demande identique à une demande terminée (fournisseur, modèle, prompt, paramètres et graine) reçoit le même résultat : aucun appel au fournisseur, aucun crédit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This brand, all time</source>
        <translation>Cette marque, depuis le début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered from the cache:</source>
        <translation>Servies par le cache :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by a provider:</source>
        <translation>Générées par un fournisseur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit rate:</source>
        <translation>Taux de succès :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results the cache can answer with:</source>
        <translation>Résultats que le cache peut servir :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits saved:</source>
        <translation>Crédits économisés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk cache of results:</source>
        <translation>Cache disque des résultats :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any age (all)</source>
        <translation>tout âge (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age in days of the cached results to clear; 0 clears them all</source>
        <translation>Âge en jours des résultats en cache à effacer ; 0 les efface tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;results…</source>
        <translation>Effacer les &amp;résultats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the cached results older than the age given</source>
        <translation>Effacer les résultats en cache plus anciens que l’âge indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this desktop&apos;s &amp;disk cache…</source>
        <translation>&amp;Vider le cache disque de ce poste…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the disk cache&apos;s folder</source>
        <translation>Ouvrir le dossier du cache disque</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Clear results older than:</source>
        <translation>Effacer les résultats &amp;plus anciens que :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;pen the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>Atelier::ChartWidget</name>
    <message>
        <location filename="../ui/analytics/chartwidget.cpp" line="+142"/>
        <source>Annotate “%1”…</source>
        <translation>Annoter « %1 »…</translation>
    </message>
</context>
<context>
    <name>Atelier::CollectionsView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="-5"/>
        <location filename="../ui/ai/collectionsview.cpp" line="+80"/>
        <location line="+214"/>
        <location line="+1"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/collectionsview.cpp" line="-165"/>
        <source>%1 · %n item(s) · shared</source>
        <translation>
            <numerusform>%1 · %n élément · partagée</numerusform>
            <numerusform>%1 · %n éléments · partagée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · %n élément</numerusform>
            <numerusform>%1 · %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No collection yet: select generations in the Studio and choose &quot;Add to collection&quot;, or make one here.</source>
        <translation>Aucune collection pour l’instant : sélectionnez des générations dans le Studio et choisissez « Ajouter à une collection », ou créez-en une ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Made %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Créée le %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · shared</source>
        <translation> · partagée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Made the collection %1.</source>
        <translation>Collection %1 créée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the collection:</source>
        <translation>Nom de la collection :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A collection needs a name.</source>
        <translation>Une collection demande un nom.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shared with %1.</source>
        <translation>Partagée avec %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share the collection</source>
        <translation>Partager la collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person to share with</source>
        <translation>Personne avec qui partager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they may do</source>
        <translation>Ce que la personne peut faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Person (user name):</source>
        <translation>&amp;Personne (nom d’utilisateur) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;May:</source>
        <translation>&amp;Droit :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the person to share with.</source>
        <translation>Indiquez la personne avec qui partager.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %n result(s) and a manifest to %1.</source>
        <translation>
            <numerusform>%n résultat et un manifeste écrits dans %1.</numerusform>
            <numerusform>%n résultats et un manifeste écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the collection</source>
        <translation>Exporter la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new collection</source>
        <translation>Créer une nouvelle collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the collection with a person</source>
        <translation>Partager la collection avec une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the collection&apos;s results and a manifest as a zip</source>
        <translation>Exporter les résultats de la collection et un manifeste dans un zip</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Share…</source>
        <translation>&amp;Partager…</translation>
    </message>
</context>
<context>
    <name>Atelier::CommentsPanel</name>
    <message>
        <location filename="../ui/collaboration/commentspanel.cpp" line="+166"/>
        <source>(resolved)</source>
        <translation>(résolu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a comment; @name mentions someone.</source>
        <translation>Écrivez un commentaire ; @nom mentionne quelqu’un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to comment on here.</source>
        <translation>Rien à commenter ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments on %1 of %2</source>
        <translation>Commentaires sur %1 de %2</translation>
    </message>
</context>
<context>
    <name>Atelier::ComparisonView</name>
    <message>
        <location filename="../ui/ai/detailview.cpp" line="+94"/>
        <source>Result of %1</source>
        <translation>Résultat de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · quality %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · qualité %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not measured</source>
        <translation>non mesurée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This generation has no result.</source>
        <translation>Cette génération n’a pas de résultat.</translation>
    </message>
</context>
<context>
    <name>Atelier::ConsoleApp</name>
    <message>
        <location filename="../ui/core/consoleapp.cpp" line="+41"/>
        <location line="+60"/>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+29"/>
        <location line="+5"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Preparing the database…</source>
        <translation>Préparation de la base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>First start: creating the demo data (%1 %)…</source>
        <translation>Premier démarrage : création des données de démonstration (%1 %)…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown page &quot;%1&quot;; the pages are: %2.</source>
        <translation>Page « %1 » inconnue ; les pages sont : %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Creating the demo data was cancelled; nothing was written. It starts again the next time you open Atelier.</source>
        <translation>La création des données de démonstration a été annulée ; rien n’a été écrit. Elle reprendra à la prochaine ouverture d’Atelier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1

Forget this saved database and open the embedded one?</source>
        <translation>%1

Oublier cette base enregistrée et ouvrir la base embarquée ?</translation>
    </message>
</context>
<context>
    <name>Atelier::ConsoleMonitor</name>
    <message>
        <location filename="../ui/core/consolemonitor.cpp" line="+79"/>
        <source>Monitoring: %1</source>
        <translation>Surveillance : %1</translation>
    </message>
</context>
<context>
    <name>Atelier::CreditUsageModel</name>
    <message>
        <location filename="../models/ai/creditusagemodel.cpp" line="+94"/>
        <source>Over the quota: new generations are refused until next month or a larger quota.</source>
        <translation>Quota dépassé : les nouvelles générations sont refusées jusqu’au mois prochain ou jusqu’à un quota plus grand.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>no quota</source>
        <translation>sans quota</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charged</source>
        <translation>Débités</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunded</source>
        <translation>Remboursés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held now</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used this month</source>
        <translation>Utilisés ce mois-ci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly quota</source>
        <translation>Quota mensuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left this month</source>
        <translation>Restants ce mois-ci</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Credits charged for completed generations in the range</source>
        <translation>Crédits débités pour les générations terminées sur la période</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credits given back for failed or cancelled generations in the range</source>
        <translation>Crédits rendus pour les générations échouées ou annulées sur la période</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credits held now by jobs still queued or running</source>
        <translation>Crédits retenus en ce moment par les tâches encore en file d’attente ou en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credits charged since the start of this month</source>
        <translation>Crédits débités depuis le début du mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credits the person may use each month in this brand</source>
        <translation>Crédits que la personne peut utiliser chaque mois dans cette marque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quota less what was used this month and what is held now</source>
        <translation>Le quota, moins ce qui a été utilisé ce mois-ci et ce qui est retenu en ce moment</translation>
    </message>
</context>
<context>
    <name>Atelier::CreditsView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+4"/>
        <location filename="../ui/ai/creditsview.cpp" line="+188"/>
        <location line="+313"/>
        <source>Credits and usage</source>
        <translation>Crédits et consommation</translation>
    </message>
    <message>
        <location filename="../ui/ai/creditsview.cpp" line="-290"/>
        <source>Choose a brand and a range of days.</source>
        <translation>Choisissez une marque et une période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n person(s) spent credits in this brand; %1 generation(s) and %2 credit(s) charged in the range.</source>
        <translation>
            <numerusform>%n personne a dépensé des crédits dans cette marque ; %1 génération(s) et %2 crédit(s) débité(s) sur la période.</numerusform>
            <numerusform>%n personnes ont dépensé des crédits dans cette marque ; %1 génération(s) et %2 crédit(s) débité(s) sur la période.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your own balance could not be read: %1</source>
        <translation>Votre propre solde n’a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>You have used %1 of %2 credits this month; %n are held by queued jobs.</source>
        <translation>
            <numerusform>Vous avez utilisé %1 crédits sur %2 ce mois-ci ; %n est retenu par des tâches en file d’attente.</numerusform>
            <numerusform>Vous avez utilisé %1 crédits sur %2 ce mois-ci ; %n sont retenus par des tâches en file d’attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You have used %1 credits this month, with no monthly quota; %n are held by queued jobs.</source>
        <translation>
            <numerusform>Vous avez utilisé %1 crédits ce mois-ci, sans quota mensuel ; %n est retenu par des tâches en file d’attente.</numerusform>
            <numerusform>Vous avez utilisé %1 crédits ce mois-ci, sans quota mensuel ; %n sont retenus par des tâches en file d’attente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set a monthly quota</source>
        <translation>Définir un quota mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits %1 may use each month in this brand:</source>
        <translation>Crédits que %1 peut utiliser chaque mois dans cette marque :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Setting the quota of %1…</source>
        <translation>Définition du quota de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The quota of %1 was not changed: %2</source>
        <translation>Le quota de %1 n’a pas été modifié : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 may now use %2 credits a month in this brand.</source>
        <translation>%1 peut maintenant utiliser %2 crédits par mois dans cette marque.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Used this month against the monthly quota</source>
        <translation>Consommation du mois par rapport au quota mensuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody spent credits in this brand</source>
        <translation>Personne n’a dépensé de crédits dans cette marque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used this month</source>
        <translation>Utilisés ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly quota</source>
        <translation>Quota mensuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (no quota)</source>
        <translation>%1 (sans quota)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, no quota</source>
        <translation>%1 : %2, sans quota</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+59"/>
        <location line="+74"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+109"/>
        <source>Generations and credits per day</source>
        <translation>Générations et crédits par jour</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+29"/>
        <location line="+75"/>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Credits charged</source>
        <translation>Crédits débités</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%1 generation(s) and %2 credit(s) over %n day(s); at most %3 generation(s) in a day.</source>
        <translation>
            <numerusform>%1 génération(s) et %2 crédit(s) sur %n jour ; au plus %3 génération(s) en un jour.</numerusform>
            <numerusform>%1 génération(s) et %2 crédit(s) sur %n jours ; au plus %3 génération(s) en un jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>processing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échouées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All generations</source>
        <translation>Toutes les générations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By model</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set &amp;quota…</source>
        <translation>Défi&amp;nir le quota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the monthly credits of the selected person in this brand (administrators only)</source>
        <translation>Définir les crédits mensuels de la personne sélectionnée dans cette marque (administrateurs seulement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the monthly quota of the selected person</source>
        <translation>Définir le quota mensuel de la personne sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits per person</source>
        <translation>Crédits par personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits used this month against the quota, per person</source>
        <translation>Crédits utilisés ce mois-ci par rapport au quota, par personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Totals over the range:</source>
        <translation>&amp;Totaux sur la période :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generations and credits by model, type and status</source>
        <translation>Générations et crédits par modèle, type et statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
</context>
<context>
    <name>Atelier::CustomModelTableModel</name>
    <message>
        <location filename="../models/ai/trainingmodels.cpp" line="+198"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained</source>
        <translation>Entraîné le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used as</source>
        <translation>Utilisé comme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Atelier::DateRangeSelector</name>
    <message>
        <location filename="../ui/core/daterangeselector.cpp" line="+95"/>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date range preset</source>
        <translation>Période prédéfinie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the range (UTC)</source>
        <translation>Premier jour de la période (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range (UTC), included</source>
        <translation>Dernier jour de la période (UTC), inclus</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thro&amp;ugh</source>
        <translation>A&amp;u</translation>
    </message>
</context>
<context>
    <name>Atelier::DetailView</name>
    <message>
        <location filename="../ui/ai/detailview.cpp" line="+188"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This generation cannot be shown</source>
        <translation>Cette génération ne peut pas être affichée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prompt:</source>
        <translation>Prompt :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt:</source>
        <translation>Prompt négatif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · answered from the cache</source>
        <translation> · servi par le cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédit</numerusform>
            <numerusform>%n crédits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality:</source>
        <translation>Qualité :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Tentatives :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Création :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar</source>
        <translation>Retirer l’étoile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Star</source>
        <translation>Ajouter une étoile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A 3D model: this is its preview. Open it in your 3D viewer to turn it around.</source>
        <translation>Un modèle 3D : voici son aperçu. Ouvrez-le dans votre visionneuse 3D pour le faire tourner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An animation: it plays here, in a loop.</source>
        <translation>Une animation : elle est lue ici, en boucle.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The result is not an image this desktop can show.</source>
        <translation>Le résultat n’est pas une image que ce poste peut afficher.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1, %2
%3</source>
        <translation>Version %1, %2
%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+269"/>
        <source>Versions (%1):</source>
        <translation>Versions (%1) :</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>The new version was answered from the cache.</source>
        <translation>La nouvelle version a été servie par le cache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new version is queued; it joins the timeline when it is done.</source>
        <translation>La nouvelle version est en file d’attente ; elle rejoindra la frise une fois terminée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt of the new version (the same model and settings):</source>
        <translation>Prompt de la nouvelle version (mêmes modèle et réglages) :</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No application on this desktop opens 3D models (GLB). The file is %1.</source>
        <translation>Aucune application de ce poste n’ouvre les modèles 3D (GLB). Le fichier est %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse prompt</source>
        <translation>Réutiliser le prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this prompt in the Generate panel</source>
        <translation>Mettre ce prompt dans le panneau Générer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse seed</source>
        <translation>Réutiliser la graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this seed in the Generate panel</source>
        <translation>Mettre cette graine dans le panneau Générer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remi&amp;x</source>
        <translation>Remi&amp;xer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put everything of this generation in the Generate panel</source>
        <translation>Mettre tous les réglages de cette génération dans le panneau Générer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a &amp;3D model from it</source>
        <translation>En faire un modèle &amp;3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare a 3D generation from this image in the Generate panel</source>
        <translation>Préparer une génération 3D à partir de cette image dans le panneau Générer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate this generation</source>
        <translation>Noter cette génération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the 3D model</source>
        <translation>Ouvrir le modèle 3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the GLB file in this desktop&apos;s 3D viewer</source>
        <translation>Ouvrir le fichier GLB dans la visionneuse 3D de ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare side by side</source>
        <translation>Comparer côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the version selected in the timeline with this one</source>
        <translation>Comparer la version sélectionnée dans la frise avec celle-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions timeline</source>
        <translation>Frise des versions</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Give stars</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Drag over the image to mark an area, or zoom and move to it and press Enter to mark what is on screen.</source>
        <translation>Faites glisser sur l’image pour marquer une zone, ou zoomez et déplacez-vous jusqu’à elle puis appuyez sur Entrée pour marquer ce qui est à l’écran.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1. %2 by %3: %4</source>
        <translation>%1. %2 de %3 : %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+70"/>
        <source>Annotations (%1):</source>
        <translation>Annotations (%1) :</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+57"/>
        <source>Annotate the image</source>
        <translation>Annoter l’image</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>An annotation needs a text; nothing was added.</source>
        <translation>Une annotation a besoin d’un texte ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Annotation added.</source>
        <translation>Annotation ajoutée.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mark an area of the image with a comment, a suggestion or an issue (Ctrl+Shift+A)</source>
        <translation>Marquer une zone de l’image d’un commentaire, d’une suggestion ou d’un problème (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations of the image</source>
        <translation>Annotations de l’image</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+216"/>
        <source>← Back &amp;to the image</source>
        <translation>← Retour à l’image</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+208"/>
        <source>← Back &amp;to the gallery</source>
        <translation>← Retour à la galerie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New version from this…</source>
        <translation>Nou&amp;velle version à partir de celle-ci…</translation>
    </message>
</context>
<context>
    <name>Atelier::ExecutionModel</name>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="+300"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error workflow</source>
        <translation>Workflow d’erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Relance</translation>
    </message>
</context>
<context>
    <name>Atelier::ExportReportDialog</name>
    <message>
        <location filename="../ui/analytics/exportreportdialog.cpp" line="+31"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+107"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Analyses to include</source>
        <translation>Analyses à inclure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the report&apos;s folder</source>
        <translation>Afficher le dossier du rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No application opens %1.</source>
        <translation>Aucune application n’ouvre %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No application shows the folder %1.</source>
        <translation>Aucune application n’affiche le dossier %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2 to %3. Include:</source>
        <translation>%1, du %2 au %3. Inclure :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as (.pdf: charts and tables; .csv: every table):</source>
        <translation>Enregistrer sous (.pdf : graphiques et tableaux ; .csv : tous les tableaux) :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This desktop has no Documents folder: the report goes to your home folder.</source>
        <translation>Ce bureau n’a pas de dossier Documents : le rapport va dans votre dossier personnel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 could not be created or written: the report goes to your home folder.</source>
        <translation>Le dossier %1 n’a pas pu être créé ni écrit : le rapport va dans votre dossier personnel.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PDF report (*.pdf);;CSV tables (*.csv)</source>
        <translation>Rapport PDF (*.pdf);;Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tick at least one analysis.</source>
        <translation>Cochez au moins une analyse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Computing the analyses…</source>
        <translation>Calcul des analyses…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote %1.</source>
        <translation>Fichier écrit : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Atelier::FunnelEditor</name>
    <message>
        <location filename="../ui/analytics/funneleditor.cpp" line="+25"/>
        <source>Edit funnel</source>
        <translation>Modifier l’entonnoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel name</source>
        <translation>Nom de l’entonnoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Filters (property=value; …)</source>
        <translation>Filtres (propriété=valeur ; …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded event</source>
        <translation>Événement exclu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+113"/>
        <source>After step</source>
        <translation>Après l’étape</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+113"/>
        <source>Before step</source>
        <translation>Avant l’étape</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion window</source>
        <translation>Fenêtre de conversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window unit</source>
        <translation>Unité de la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breakdown</source>
        <translation>Sans ventilation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save this funnel (under its name)</source>
        <translation>&amp;Enregistrer cet entonnoir (sous son nom)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add e&amp;xclusion</source>
        <translation>Ajouter une e&amp;xclusion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Ventilation :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps, in order:</source>
        <translation>Étapes, dans l’ordre :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclusions: an attempt stops if this event happens between the two steps.</source>
        <translation>Exclusions : une tentative s’arrête si cet événement survient entre les deux étapes.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A funnel needs at least two steps.</source>
        <translation>Un entonnoir demande au moins deux étapes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A funnel has at most %1 steps.</source>
        <translation>Un entonnoir a au plus %1 étapes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step %1: &quot;%2&quot; is not property=value.</source>
        <translation>Étape %1 : « %2 » n’est pas de la forme propriété=valeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1: unknown property &quot;%2&quot;; the properties are: %3.</source>
        <translation>Étape %1 : propriété « %2 » inconnue ; les propriétés sont : %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exclusion %1: the steps must be two steps of the funnel, the first before the second (1 to %2).</source>
        <translation>Exclusion %1 : les étapes doivent être deux étapes de l’entonnoir, la première avant la seconde (de 1 à %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the funnel a name to save it.</source>
        <translation>Donnez un nom à l’entonnoir pour l’enregistrer.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Remo&amp;ve step</source>
        <translation>&amp;Retirer l’étape</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove exc&amp;lusion</source>
        <translation>Re&amp;tirer l’exclusion</translation>
    </message>
</context>
<context>
    <name>Atelier::GalleryModel</name>
    <message>
        <location filename="../ui/ai/galleryview.cpp" line="+85"/>
        <location filename="../models/ai/gallerymodel.cpp" line="+108"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/ai/gallerymodel.cpp" line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/ai/gallerymodel.cpp" line="-8"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating…</source>
        <translation>Génération en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../models/ai/gallerymodel.cpp" line="+2"/>
        <source>Generating</source>
        <translation>Génération en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3D model</source>
        <translation>Modèle 3D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a template</source>
        <translation>Depuis un modèle de prompt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
%2 · %3 · %4 · %5</source>
        <translation>%1
%2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Atelier::GalleryView</name>
    <message>
        <location filename="../ui/ai/galleryview.cpp" line="+414"/>
        <source>No generation matches.</source>
        <translation>Aucune génération ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n generation(s)</source>
        <translation>
            <numerusform>%n génération</numerusform>
            <numerusform>%n générations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · scroll for more</source>
        <translation> · faites défiler pour la suite</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Starred %n generation(s).</source>
        <translation>
            <numerusform>Étoile ajoutée à %n génération.</numerusform>
            <numerusform>Étoile ajoutée à %n générations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Unstarred %n generation(s).</source>
        <translation>
            <numerusform>Étoile retirée de %n génération.</numerusform>
            <numerusform>Étoile retirée de %n générations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Rated %n generation(s) %1 of 5.</source>
        <translation>
            <numerusform>%n génération notée %1 sur 5.</numerusform>
            <numerusform>%n générations notées %1 sur 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Added %n generation(s) to %1.</source>
        <translation>
            <numerusform>%n génération ajoutée à %1.</numerusform>
            <numerusform>%n générations ajoutées à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Created the collection %1 with %n generation(s).</source>
        <translation>
            <numerusform>Collection %1 créée avec %n génération.</numerusform>
            <numerusform>Collection %1 créée avec %n générations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Took %n generation(s) out of the collection.</source>
        <translation>
            <numerusform>%n génération retirée de la collection.</numerusform>
            <numerusform>%n générations retirées de la collection.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the collection:</source>
        <translation>Nom de la collection :</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Deleted %n generation(s).</source>
        <translation>
            <numerusform>%n génération supprimée.</numerusform>
            <numerusform>%n générations supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete generations</source>
        <translation>Supprimer des générations</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n generation(s) with their versions? Their credits stay in the ledger. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n génération avec ses versions ? Ses crédits restent inscrits au registre. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n générations avec leurs versions ? Leurs crédits restent inscrits au registre. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %n result(s) and a manifest to %1.</source>
        <translation>
            <numerusform>%n résultat et un manifeste écrits dans %1.</numerusform>
            <numerusform>%n résultats et un manifeste écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the selected generations</source>
        <translation>Exporter les générations sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Compare %n generation(s)</source>
        <translation>
            <numerusform>Comparer %n génération</numerusform>
            <numerusform>Comparer %n générations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Search:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search in prompts (Ctrl+F)</source>
        <translation>Rechercher dans les prompts (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued or generating</source>
        <translation>En file d’attente ou en cours de génération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by model</source>
        <translation>Filtrer par modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any model</source>
        <translation>Tout modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by collection</source>
        <translation>Filtrer par collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any collection</source>
        <translation>Toute collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar&apos;s dates</source>
        <translation>Dates de la barre d’outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by rating</source>
        <translation>Filtrer par note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any rating</source>
        <translation>Toute note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 only</source>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starred only</source>
        <translation>Avec étoile seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Les plus récentes d’abord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest first</source>
        <translation>Les plus anciennes d’abord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best quality</source>
        <translation>Meilleure qualité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best rated</source>
        <translation>Mieux notées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cheapest</source>
        <translation>Moins chères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most expensive</source>
        <translation>Plus chères</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slowest</source>
        <translation>Plus lentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected generation (Enter)</source>
        <translation>Ouvrir la génération sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star</source>
        <translation>Ajouter une étoile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star or unstar the selection</source>
        <translation>Ajouter ou retirer l’étoile de la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate the selection</source>
        <translation>Noter la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to collection</source>
        <translation>A&amp;jouter à une collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from collection</source>
        <translation>Retirer de la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected results and a manifest as a zip</source>
        <translation>Exporter les résultats sélectionnés et un manifeste dans un zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two to four generations side by side</source>
        <translation>Comparer de deux à quatre générations côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected generations (Delete)</source>
        <translation>Supprimer les générations sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Give stars</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>Atelier::GeneratePanel</name>
    <message numerus="yes">
        <location filename="../ui/ai/generatepanel.cpp" line="+465"/>
        <source>%1 — %n credit(s) · ~%2 s</source>
        <translation>
            <numerusform>%1 — %n crédit · ~%2 s</numerusform>
            <numerusform>%1 — %n crédits · ~%2 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — free · ~%2 s</source>
        <translation>%1 — gratuit · ~%2 s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Optional for the offline renderer, which draws its model from the prompt.</source>
        <translation>Facultatif pour le moteur hors ligne, qui dessine son modèle d’après le prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of a completed image generation of this brand, which the 3D model is made from.</source>
        <translation>L’identifiant d’une génération d’image terminée de cette marque, à partir de laquelle le modèle 3D est fait.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template variable %1</source>
        <translation>Variable %1 du modèle de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Will be sent as: %1</source>
        <translation>Sera envoyé ainsi : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No model of this kind is registered with this provider.</source>
        <translation>Aucun modèle de ce genre n’est enregistré pour ce fournisseur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 × %2 = %n credit(s)</source>
        <translation>
            <numerusform>%1 × %2 = %n crédit</numerusform>
            <numerusform>%1 × %2 = %n crédits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No quota set: %n credit(s)</source>
        <translation>
            <numerusform>Aucun quota défini : %n crédit</numerusform>
            <numerusform>Aucun quota défini : %n crédits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, more than the %2 of %3 left this month: lower the count or choose a cheaper model.</source>
        <translation>%1, plus que les %2 sur %3 qui restent ce mois-ci : réduisez le nombre ou choisissez un modèle moins cher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 of %3 left this month</source>
        <translation>%1 · %2 sur %3 restants ce mois-ci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue the generations (Ctrl+Return)</source>
        <translation>Mettre les générations en file d’attente (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+144"/>
        <source>Choose a brand first: generations belong to one.</source>
        <translation>Choisissez d’abord une marque : les générations appartiennent à une marque.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The models are still loading.</source>
        <translation>Les modèles sont encore en cours de chargement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a model: %1 has none for this kind of result.</source>
        <translation>Choisissez un modèle : %1 n’en a aucun pour ce genre de résultat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The template &quot;%1&quot; needs a value for: %2.</source>
        <translation>Le modèle de prompt « %1 » demande une valeur pour : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is empty: say what to generate.</source>
        <translation>Le prompt est vide : dites ce qu’il faut générer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prompt is %1 characters long; at most %2 are accepted.</source>
        <translation>Le prompt fait %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size %1 × %2 is outside %3–%4 pixels a side.</source>
        <translation>La taille %1 × %2 sort des limites de %3 à %4 pixels de côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 makes a 3D model from a picture: give the id of a completed image generation in &quot;From generation&quot;.</source>
        <translation>%1 fait un modèle 3D à partir d’une image : donnez l’identifiant d’une génération d’image terminée dans « Depuis la génération ».</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Queuing %n generation(s)…</source>
        <translation>
            <numerusform>Mise en file d’attente de %n génération…</numerusform>
            <numerusform>Mise en file d’attente de %n générations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Queued %n generation(s).</source>
        <translation>
            <numerusform>%n génération mise en file d’attente.</numerusform>
            <numerusform>%n générations mises en file d’attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answered from the cache, at no cost.</source>
        <translation>
            <numerusform>%n servie par le cache, sans frais.</numerusform>
            <numerusform>%n servies par le cache, sans frais.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Made with %1, quality %2 of 100; %3% of the words in common. Click to use this prompt.</source>
        <translation>Fait avec %1, qualité %2 sur 100 ; %3 % de mots en commun. Cliquez pour utiliser ce prompt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The prompt is empty: there is nothing to optimise.</source>
        <translation>Le prompt est vide : il n’y a rien à optimiser.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optimising the prompt…</source>
        <translation>Optimisation du prompt…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The prompt needs no change.</source>
        <translation>Le prompt n’a besoin d’aucune modification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested prompt:</source>
        <translation>Prompt suggéré :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to the negative prompt: %1</source>
        <translation>Ajouté au prompt négatif : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes:</source>
        <translation>Modifications :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Generation %1 has no seed this panel can set.</source>
        <translation>La génération %1 n’a pas de graine que ce panneau puisse reprendre.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The model %1 of %2 is not offered any more: choose another.</source>
        <translation>Le modèle %1 de %2 n’est plus proposé : choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+59"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temp&amp;late:</source>
        <translation>Modè&amp;le de prompt :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Negative prompt (what to keep out):</source>
        <translation>Prompt négatif (&amp;ce qu’il faut exclure) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>La&amp;rgeur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;eps:</source>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See&amp;d:</source>
        <translation>Grain&amp;e :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count:</source>
        <translation>Nom&amp;bre :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image (2D)</source>
        <translation>Image (2D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D model</source>
        <translation>Modèle 3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No template</source>
        <translation>Aucun modèle de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s default</source>
        <translation>Valeur par défaut du fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Random</source>
        <translation>Au ha&amp;sard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of result</source>
        <translation>Genre de résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model, with its price and average time</source>
        <translation>Modèle, avec son prix et sa durée moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation the 3D model is made from</source>
        <translation>Génération à partir de laquelle le modèle 3D est fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt</source>
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar past prompts</source>
        <translation>Prompts passés similaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimize the prompt</source>
        <translation>Optimiser le prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggests a clearer prompt from rules and the brand&apos;s best-rated work, and lists each change.</source>
        <translation>Suggère un prompt plus clair d’après des règles et les travaux les mieux notés de la marque, et liste chaque modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested prompt</source>
        <translation>Utiliser le prompt suggéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested prompt and its changes</source>
        <translation>Prompt suggéré et ses modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size preset</source>
        <translation>Taille prédéfinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling steps</source>
        <translation>Étapes d’échantillonnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many denoising steps the model takes; more is slower and often finer.</source>
        <translation>Nombre d’étapes de débruitage du modèle ; davantage est plus lent et souvent plus fin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed and prompt give the same picture. With a count above one, each next generation takes the next seed.</source>
        <translation>La même graine et le même prompt donnent la même image. Avec un nombre supérieur à un, chaque génération suivante prend la graine suivante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of generations</source>
        <translation>Nombre de générations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost estimate</source>
        <translation>Estimation du coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate status</source>
        <translation>Statut du panneau Générer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt the template gives</source>
        <translation>Le prompt que donne le modèle de prompt</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Four&amp;nisseur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From generation:</source>
        <translation>Depuis la génération :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Similar past prompts (clic&amp;k one to use it):</source>
        <translation>Prompts passés similaires (clique&amp;z sur l’un d’eux pour l’utiliser) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>He&amp;ight:</source>
        <translation>&amp;Hauteur :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Optimi&amp;ze prompt</source>
        <translation>&amp;Optimiser le prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use it</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Let the engine pick a new seed; with a count above one, the next generations take the seeds after it.</source>
        <translation>Laisser le moteur choisir une nouvelle graine ; avec un nombre supérieur à un, les générations suivantes prennent les graines d’après.</translation>
    </message>
</context>
<context>
    <name>Atelier::GenerationQueue</name>
    <message>
        <location filename="../services/ai/generationqueue.cpp" line="+459"/>
        <source>%1 answered with something that is not an image.</source>
        <translation>%1 a répondu par autre chose qu’une image.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>%1 answered with a 3D model that cannot be read: %2.</source>
        <translation>%1 a répondu par un modèle 3D illisible : %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 answered with a still image where an animation was asked.</source>
        <translation>%1 a répondu par une image fixe là où une animation était demandée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>AI-generated</source>
        <translation>Généré par IA</translation>
    </message>
</context>
<context>
    <name>Atelier::HealthStateModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="+17"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation queue</source>
        <translation>File de génération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow runners</source>
        <translation>Exécuteurs de workflows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset cache disk</source>
        <translation>Disque du cache des ressources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI provider %1</source>
        <translation>Fournisseur d’IA %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first check in this state, within the window</source>
        <translation>La première vérification dans cet état, dans la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 not up)</source>
        <translation>%1 (%2 hors service)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks kept in the window, and how many found the service degraded or down</source>
        <translation>Vérifications conservées dans la période, et combien ont trouvé le service dégradé ou en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check said</source>
        <translation>Dernière vérification</translation>
    </message>
</context>
<context>
    <name>Atelier::ImageViewer</name>
    <message>
        <location filename="../ui/ai/imageviewer.cpp" line="+47"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel or +/− to zoom, drag or arrow keys to move, 0 to fit, 1 for 100 %.</source>
        <translation>Molette ou +/− pour zoomer, glisser ou touches fléchées pour se déplacer, 0 pour ajuster, 1 pour 100 %.</translation>
    </message>
</context>
<context>
    <name>Atelier::InboxModel</name>
    <message>
        <location filename="../models/collaboration/inboxmodel.cpp" line="+60"/>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Shared with you</source>
        <translation>Partagé avec vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentioned you</source>
        <translation>Vous a mentionné</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permission: %1</source>
        <translation>Permission : %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>Atelier::InboxPage</name>
    <message>
        <location filename="../ui/collaboration/inboxpage.cpp" line="+58"/>
        <source>Inbox (%1)</source>
        <translation>Boîte de réception (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/core/mainwindow.cpp" line="-2"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>New shares and comments will show when the inbox is reopened: listening for them failed.</source>
        <translation>Les nouveaux partages et commentaires apparaîtront à la réouverture de la boîte : leur écoute a échoué.</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with me and mentions</source>
        <translation>Partagés avec moi et mentions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread: %1 shared with you, %2 mentioning you, %3 alert(s).</source>
        <translation>Non lus : %1 partagés avec vous, %2 vous mentionnant, %3 alerte(s).</translation>
    </message>
</context>
<context>
    <name>Atelier::KpiModel</name>
    <message>
        <location filename="../models/analytics/kpimodel.cpp" line="+40"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI generations</source>
        <translation>Générations IA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
</context>
<context>
    <name>Atelier::LineChartView</name>
    <message>
        <location filename="../ui/analytics/linechartview.cpp" line="+150"/>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Anomaly on %1: %2</source>
        <translation>Anomalie le %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Annotate “%1”…</source>
        <translation>Annoter « %1 »…</translation>
    </message>
</context>
<context>
    <name>Atelier::LiveUpdates</name>
    <message>
        <location filename="../services/collaboration/liveupdates.cpp" line="+33"/>
        <source>Cannot listen for changes from other consoles.</source>
        <translation>Impossible d’écouter les changements des autres consoles.</translation>
    </message>
</context>
<context>
    <name>Atelier::MainWindow</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="+144"/>
        <source>About Atelier</source>
        <translation>À propos d’Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atelier %1
The operations console for analytics, AI Studio and collaboration.</source>
        <translation>Atelier %1
La console d’exploitation pour l’analytique, l’AI Studio et la collaboration.</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+172"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>User: …</source>
        <translation>Utilisateur : …</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>User: unknown</source>
        <translation>Utilisateur : inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+149"/>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>This database has no brands yet: run &quot;atelier demo --database %1&quot; to fill it with demo data.</source>
        <translation>Cette base ne contient encore aucune marque : lancez « atelier demo --database %1 » pour la remplir de données de démonstration.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report a problem</source>
        <translation>&amp;Signaler un problème</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Atelier</source>
        <comment>window title: page</comment>
        <translation>%1 — Atelier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — Atelier</source>
        <comment>window title: page, brand</comment>
        <translation>%1 — %2 — Atelier</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The documentation is not installed (looked in %1).</source>
        <translation>La documentation n’est pas installée (cherchée dans %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No application opens the folder %1.</source>
        <translation>Aucune application n’ouvre le dossier %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Collecting the versions for the report…</source>
        <translation>Collecte des versions pour le signalement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the clipboard: the versions of Atelier, Qt and the database, and the schema version. Paste them into your report.</source>
        <translation>Copié dans le presse-papiers : les versions d’Atelier, de Qt et de la base de données, et la version du schéma. Collez-les dans votre signalement.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>&amp;Brand:</source>
        <translation>Mar&amp;que :</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>Reconnected to %1: the server had closed the connection, as it does when it restarts.</source>
        <translation>Reconnecté à %1 : le serveur avait fermé la connexion, comme il le fait quand il redémarre.</translation>
    </message>
    <message>
        <location line="+353"/>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand and date range</source>
        <translation>Marque et période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Atelier</source>
        <translation>À &amp;propos d’Atelier</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The sign-in could not be recorded in the audit trail: %1</source>
        <translation>La connexion n’a pas pu être inscrite au journal d’audit : %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark mode</source>
        <translation>&amp;Mode sombre</translation>
    </message>
</context>
<context>
    <name>Atelier::MetricPointModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="+236"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean (ms)</source>
        <translation>Moyenne (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max (ms)</source>
        <translation>Max (ms)</translation>
    </message>
</context>
<context>
    <name>Atelier::ModelComparisonModel</name>
    <message>
        <location filename="../models/ai/modelcomparisonmodel.cpp" line="+182"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+115"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 is no longer in the registry: only the brand&apos;s record is shown.</source>
        <translation>%1 n’est plus dans le registre : seul l’historique de la marque est affiché.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 completed, %2 failed</source>
        <translation>%1 terminées, %2 échouées</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in the registry</source>
        <translation>absent du registre</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical time</source>
        <translation>Durée type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue quality</source>
        <translation>Qualité au catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>p50 time</source>
        <translation>Durée p50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>p95 time</source>
        <translation>Durée p95</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean credits</source>
        <translation>Crédits moyens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean quality</source>
        <translation>Qualité moyenne</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Credits a result costs, from the registry</source>
        <translation>Crédits que coûte un résultat, d’après le registre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds a result usually takes, from the registry</source>
        <translation>Secondes que prend habituellement un résultat, d’après le registre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry&apos;s quality score, 0 to 100</source>
        <translation>Le score de qualité du registre, de 0 à 100</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generations of this brand in the range (answers from the cache excluded)</source>
        <translation>Générations de cette marque sur la période (réponses du cache exclues)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed among the finished generations</source>
        <translation>Part des générations réussies parmi celles qui ont fini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Half of the completed generations took at most this long</source>
        <translation>La moitié des générations terminées ont pris au plus ce temps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>95% of the completed generations took at most this long</source>
        <translation>95 % des générations terminées ont pris au plus ce temps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credits charged per completed generation, on average</source>
        <translation>Crédits débités par génération terminée, en moyenne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quality score of the completed generations, 0 to 100, on average</source>
        <translation>Score de qualité des générations terminées, de 0 à 100, en moyenne</translation>
    </message>
</context>
<context>
    <name>Atelier::ModelsView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="-3"/>
        <location filename="../ui/ai/modelsview.cpp" line="+174"/>
        <location line="+315"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/ai/modelsview.cpp" line="-297"/>
        <source>Choose a brand and a range of days.</source>
        <translation>Choisissez une marque et une période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n model(s) in the registry; %1 used by this brand in the range.</source>
        <translation>
            <numerusform>%n modèle dans le registre ; %1 utilisé(s) par cette marque sur la période.</numerusform>
            <numerusform>%n modèles dans le registre ; %1 utilisé(s) par cette marque sur la période.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Success rate and mean quality</source>
        <translation>Taux de réussite et qualité moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per completed generation (seconds)</source>
        <translation>Durée par génération terminée (secondes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No models loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No generations of these models in the range</source>
        <translation>Aucune génération de ces modèles sur la période</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+75"/>
        <location line="+35"/>
        <source>Success rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Mean quality (0–100)</source>
        <translation>Qualité moyenne (0–100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: success %2, quality %3</source>
        <translation>%1 : réussite %2, qualité %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: p50 %2, p95 %3</source>
        <translation>%1 : p50 %2, p95 %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a model in the table to see its record per day</source>
        <translation>Sélectionnez un modèle dans le tableau pour voir son historique par jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Generations</source>
        <translation>Générations</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n generation(s) over %2 day(s), on %3 busy day(s).</source>
        <translation>
            <numerusform>%1 : %n génération en %2 jour(s), dont %3 jour(s) d’activité.</numerusform>
            <numerusform>%1 : %n générations en %2 jour(s), dont %3 jour(s) d’activité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Provider:</source>
        <translation>F&amp;ournisseur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any provider</source>
        <translation>Tout fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the models of this provider</source>
        <translation>Afficher les modèles de ce fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the models of this type</source>
        <translation>Afficher les modèles de ce type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models: registry and this brand&apos;s record</source>
        <translation>Modèles : registre et historique de cette marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success rate and mean quality of the models used</source>
        <translation>Taux de réussite et qualité moyenne des modèles utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median and 95th percentile time of the models used</source>
        <translation>Durée médiane et 95e centile des modèles utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected model&apos;s generations and success rate per day</source>
        <translation>Générations et taux de réussite par jour du modèle sélectionné</translation>
    </message>
</context>
<context>
    <name>Atelier::MonitoringPage</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="-444"/>
        <location filename="../ui/monitoring/monitoringpage.cpp" line="+399"/>
        <location line="+430"/>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location filename="../ui/monitoring/monitoringpage.cpp" line="-368"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>PostgreSQL&apos;s own figures (pg_stat_statements), since %1: the top statements by total time.</source>
        <translation>Les chiffres de PostgreSQL lui-même (pg_stat_statements), depuis le %1 : les instructions qui ont pris le plus de temps au total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL&apos;s own figures (pg_stat_statements): the top statements by total time.</source>
        <translation>Les chiffres de PostgreSQL lui-même (pg_stat_statements) : les instructions qui ont pris le plus de temps au total.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted since this process or the database server started; no history of them is kept, so they show as they are now. PostgreSQL expects 99 % or more of its blocks from its buffers.</source>
        <translation>Comptés depuis le démarrage de ce processus ou du serveur de base de données ; aucun historique n’en est conservé : ils sont montrés tels qu’ils sont maintenant. PostgreSQL attend 99 % ou plus de ses blocs de ses tampons.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No check was kept in this window (atelier health --record keeps them); the right end shows the check made now.</source>
        <translation>Aucune vérification conservée dans cette période (atelier health --record les conserve) ; l’extrémité droite montre la vérification faite maintenant.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check(s) kept in this window, and the one made now at the right end.</source>
        <translation>
            <numerusform>%n vérification conservée dans cette période, et celle faite maintenant à l’extrémité droite.</numerusform>
            <numerusform>%n vérifications conservées dans cette période, et celle faite maintenant à l’extrémité droite.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Open and recent alerts (%1 open):</source>
        <translation>Alertes ouvertes et récentes (ouvertes maintenant : %1) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 statement(s), %2 call(s) timed in the window.</source>
        <translation>%1 instruction(s), %2 appel(s) chronométrés dans la période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Not shown: %1</source>
        <translation>Non affiché : %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was timed in this window</source>
        <translation>Rien n’a été chronométré dans cette période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No statement was timed in this window.</source>
        <translation>Aucune instruction n’a été chronométrée dans cette période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Milliseconds</source>
        <translation>Millisecondes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every statement together: %1 call(s); the worst p95 of a period was %2 ms.</source>
        <translation>Toutes les instructions ensemble : %1 appel(s) ; le pire p95 d’un intervalle a été de %2 ms.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a statement to read its SQL.</source>
        <translation>Sélectionnez une instruction pour lire son SQL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 (%3)
%4 call(s), mean %5 ms, p50 %6 ms, p95 %7 ms, max %8 ms.</source>
        <translation>%1 · %2 (%3)
%4 appel(s), moyenne %5 ms, p50 %6 ms, p95 %7 ms, max %8 ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its SQL was not kept (a service call that runs several statements).</source>
        <translation>Son SQL n’a pas été conservé (un appel de service qui exécute plusieurs instructions).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its plan now:
%1</source>
        <translation>Son plan maintenant :
%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No plan: %1</source>
        <translation>Pas de plan : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking for advice (the timed statements&apos; plans, the indexes and the tables)…</source>
        <translation>Recherche de conseils (les plans des instructions chronométrées, les index et les tables)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No advice: nothing measured calls for a change.</source>
        <translation>Aucun conseil : rien de ce qui a été mesuré n’appelle de changement.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n piece(s) of advice, each with its evidence and the statement that applies it.</source>
        <translation>
            <numerusform>%n conseil, avec ses preuves et l’instruction qui l’applique.</numerusform>
            <numerusform>%n conseils, chacun avec ses preuves et l’instruction qui l’applique.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a piece of advice to read its evidence and statement.</source>
        <translation>Sélectionnez un conseil pour lire ses preuves et son instruction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a piece of advice first.</source>
        <translation>Sélectionnez d’abord un conseil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence: %1</source>
        <translation>Preuves : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No statement: a person decides.</source>
        <translation>Aucune instruction : une personne décide.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement: %1</source>
        <translation>Instruction : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs: %1</source>
        <translation>Exécute : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply this advice?</source>
        <translation>Appliquer ce conseil ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atelier will run this statement on the database, as you, and record it in the audit trail:

%1

Why: %2</source>
        <translation>Atelier va exécuter cette instruction sur la base de données, en votre nom, et l’inscrire dans la piste d’audit :

%1

Pourquoi : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run it</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ran %1 in %2 ms.
Before: %3
After: %4</source>
        <translation>%1 exécuté en %2 ms.
Avant : %3
Après : %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Window:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window of time shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the figures again</source>
        <translation>Relire les chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queries</source>
        <translation>&amp;Requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caches</source>
        <translation>&amp;Caches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;ealth</source>
        <translation>Sa&amp;nté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aler&amp;ts</source>
        <translation>A&amp;lertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dvice</source>
        <translation>C&amp;onseils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring sections</source>
        <translation>Sections de la surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as a &amp;list</source>
        <translation>Afficher en ta&amp;bleau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chart&apos;s figures as a table</source>
        <translation>Afficher les chiffres du graphique en tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query latency and calls over time</source>
        <translation>Latence des requêtes et appels dans le temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query latency and calls per period</source>
        <translation>Latence des requêtes et appels par intervalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements in the window:</source>
        <translation>Instructions de la période :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements timed in the window</source>
        <translation>Instructions chronométrées dans la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected statement:</source>
        <translation>Instruction sélectionnée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected statement&apos;s figures and SQL</source>
        <translation>Les chiffres et le SQL de l’instruction sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL&apos;s top statements</source>
        <translation>Les principales instructions de PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache hit ratios</source>
        <translation>Taux de succès des caches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health of each service over the window</source>
        <translation>Santé de chaque service sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each service&apos;s state now</source>
        <translation>L’état actuel de chaque service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and recent alerts</source>
        <translation>Alertes ouvertes et récentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rules:</source>
        <translation>Règles d’alerte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rules</source>
        <translation>Règles d’alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimisation advice</source>
        <translation>Conseils d’optimisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence and statement:</source>
        <translation>Preuves et instruction :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected advice&apos;s evidence and statement</source>
        <translation>Les preuves et l’instruction du conseil sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply…</source>
        <translation>Appliqu&amp;er…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the selected advice</source>
        <translation>Appliquer le conseil sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open and recent alerts:</source>
        <translation>Alertes ouvertes et récentes :</translation>
    </message>
</context>
<context>
    <name>Atelier::OverviewPage</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="-6"/>
        <location filename="../ui/overview/overviewpage.cpp" line="+117"/>
        <location line="+92"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewpage.cpp" line="-54"/>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Daily %1</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the key figures</source>
        <translation>Chargement des chiffres clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as cards</source>
        <translation>Afficher en cartes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 vs the previous period</source>
        <translation>%1 par rapport à la période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 from %3 to %4; previous period %5</source>
        <translation>%1 : %2 du %3 au %4 ; période précédente %5</translation>
    </message>
</context>
<context>
    <name>Atelier::PeoplePage</name>
    <message>
        <location filename="../ui/collaboration/peoplepage.cpp" line="+63"/>
        <location filename="../ui/core/mainwindow.cpp" line="+4"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shown as</source>
        <translation>Affiché comme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login role</source>
        <translation>Rôle de connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brands and roles</source>
        <translation>Marques et rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and their brands</source>
        <translation>Les personnes et leurs marques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>3 à 40 minuscules, chiffres ou _, en commençant par une lettre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 8 characters; it is sent to PostgreSQL and never stored by Atelier.</source>
        <translation>Au moins 8 caractères ; il est envoyé à PostgreSQL et jamais conservé par Atelier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set role in %1</source>
        <translation>Changer le rôle dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People sign in with their own PostgreSQL login; what they may see and change in each brand is enforced by the database. Only the administrator manages them here.</source>
        <translation>Chacun se connecte avec son propre rôle PostgreSQL ; ce qu’il peut voir et changer dans chaque marque est imposé par la base. Seul l’administrateur les gère ici.</translation>
    </message>
</context>
<context>
    <name>Atelier::PromptTemplateModel</name>
    <message>
        <location filename="../models/ai/prompttemplatemodel.cpp" line="+60"/>
        <source>Completed generations made from this template, of those that finished.</source>
        <translation>Générations terminées faites à partir de ce modèle de prompt, parmi celles qui ont fini.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 (every brand)</source>
        <translation>%1 (toutes les marques)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not used yet</source>
        <translation>pas encore utilisé</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
</context>
<context>
    <name>Atelier::ProviderConfigModel</name>
    <message>
        <location filename="../models/ai/providerconfigmodel.cpp" line="+39"/>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored (encrypted)</source>
        <translation>Enregistrée (chiffrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (optional)</source>
        <translation>Aucune (facultative)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>On this desktop</source>
        <translation>Sur ce poste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 a minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>clé d’API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At once</source>
        <translation>Simultanés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>Atelier::ProvidersView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+5"/>
        <location filename="../ui/ai/providersview.cpp" line="+183"/>
        <location line="+265"/>
        <location line="+3"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../ui/ai/providersview.cpp" line="-241"/>
        <source>Reading the provider settings…</source>
        <translation>Lecture des réglages des fournisseurs…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Settings kept in %1.</source>
        <translation>Réglages conservés dans %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The offline renderer needs no key.</source>
        <translation>Le moteur hors ligne n’a besoin d’aucune clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is stored (encrypted). Type a new one to replace it; leave the field empty to keep it.</source>
        <translation>Une clé est enregistrée (chiffrée). Saisissez-en une nouvelle pour la remplacer ; laissez le champ vide pour la garder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key. AUTOMATIC1111 needs one only behind a login (user:password).</source>
        <translation>Aucune clé. AUTOMATIC1111 n’en demande une que derrière une authentification (utilisateur:motdepasse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key.</source>
        <translation>Aucune clé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The base URL is empty: give the address of the provider&apos;s API, starting with https:// or http://.</source>
        <translation>L’URL de base est vide : donnez l’adresse de l’API du fournisseur, commençant par https:// ou http://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an address starting with https:// or http://.</source>
        <translation>« %1 » n’est pas une adresse commençant par https:// ou http://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names no host (such as api.openai.com or 127.0.0.1:7860).</source>
        <translation>« %1 » n’indique aucun hôte (comme api.openai.com ou 127.0.0.1:7860).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; holds a query or a fragment (after ? or #); a base URL is the address the API&apos;s paths are added to.</source>
        <translation>« %1 » contient une requête ou un fragment (après ? ou #) ; une URL de base est l’adresse à laquelle s’ajoutent les chemins de l’API.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The API key holds spaces: paste the key alone.</source>
        <translation>La clé d’API contient des espaces : collez la clé seule.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving the settings of %1…</source>
        <translation>Enregistrement des réglages de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings of %1 were not saved.</source>
        <translation>Les réglages de %1 n’ont pas été enregistrés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the settings of %1.</source>
        <translation>Réglages de %1 enregistrés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(The saved settings were tested: save the form to test its changes.)</source>
        <translation>(Ce sont les réglages enregistrés qui ont été testés : enregistrez le formulaire pour tester ses modifications.)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How this desktop reaches each image provider. API keys are stored encrypted with this desktop&apos;s data key and are never shown again; the limits apply to the generation queue of this desktop.</source>
        <translation>Comment ce poste joint chaque fournisseur d’images. Les clés d’API sont enregistrées chiffrées avec la clé de données de ce poste et ne sont plus jamais affichées ; les limites s’appliquent à la file d’attente des générations de ce poste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste a new key; an empty field keeps the stored one.</source>
        <translation>Saisissez ou collez une nouvelle clé ; un champ vide garde celle qui est enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a key is stored</source>
        <translation>Si une clé est enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL of the provider&apos;s API</source>
        <translation>URL de base de l’API du fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL problem</source>
        <translation>Problème d’URL de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the provider&apos;s own address</source>
        <translation>Utiliser l’adresse propre au fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jobs at once:</source>
        <translation>Tâches &amp;simultanées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs at once</source>
        <translation>Tâches simultanées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls a &amp;minute:</source>
        <translation>Appels par &amp;minute :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls a minute on average</source>
        <translation>Appels par minute en moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls at once before the rate applies</source>
        <translation>Appels simultanés avant que le débit ne s’applique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls made at once before the rate applies</source>
        <translation>Appels faits d’un coup avant que le débit ne s’applique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attempts per job:</source>
        <translation>Tentati&amp;ves par tâche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per job</source>
        <translation>Tentatives par tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limits, server errors and timeouts are retried up to this many attempts.</source>
        <translation>Les limitations de débit, erreurs serveur et dépassements de délai sont retentés jusqu’à ce nombre de tentatives.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeout:</source>
        <translation>Délai d’atte&amp;nte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout of a call, in seconds</source>
        <translation>Délai d’attente d’un appel, en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI chat model for prompt optimisation</source>
        <translation>Modèle de chat OpenAI pour l’optimisation des prompts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI only: a chat-completions model that optimises prompts (empty: none).</source>
        <translation>OpenAI seulement : un modèle chat-completions qui optimise les prompts (vide : aucun).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the provider&apos;s settings</source>
        <translation>Enregistrer les réglages du fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the saved settings with a call that costs nothing</source>
        <translation>Tester les réglages enregistrés avec un appel qui ne coûte rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer of the connection test</source>
        <translation>Réponse du test de connexion</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>R&amp;emove the stored key</source>
        <translation>&amp;Retirer la clé enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base UR&amp;L:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default</source>
        <translation>&amp;Par défaut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bu&amp;rst:</source>
        <translation>Rafa&amp;le :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Chat model:</source>
        <translation>Modèle de c&amp;hat :</translation>
    </message>
</context>
<context>
    <name>Atelier::QueueModel</name>
    <message numerus="yes">
        <location filename="../models/ai/queuemodel.cpp" line="+64"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Waiting to retry</source>
        <translation>En attente d’une nouvelle tentative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed (from the cache)</source>
        <translation>Terminé (servi par le cache)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1
Avoiding: %2</source>
        <translation>%1
À éviter : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working; the provider does not say how far it is.</source>
        <translation>En cours ; le fournisseur n’indique pas où il en est.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not started</source>
        <translation>pas encore démarrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt %1 of %2</source>
        <translation>tentative %1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next attempt is due at %1.</source>
        <translation>Prochaine tentative prévue : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n s</source>
        <translation>
            <numerusform>dans %n s</numerusform>
            <numerusform>dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n credit(s), given back</source>
        <translation>
            <numerusform>%n crédit, rendu</numerusform>
            <numerusform>%n crédits, rendus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, refunded</source>
        <translation>%1, remboursé(s)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n credit(s) held until the job finishes</source>
        <translation>
            <numerusform>%n crédit retenu jusqu’à la fin de la tâche</numerusform>
            <numerusform>%n crédits retenus jusqu’à la fin de la tâche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider / model</source>
        <translation>Fournisseur / modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued at</source>
        <translation>Mise en file d’attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The desktop running this job closed before it finished and no attempts were left: retry the job.</source>
        <translation>Le poste qui exécutait cette tâche s’est fermé avant la fin et il ne restait aucune tentative : relancez la tâche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your monthly credits for this brand are used up: ask an administrator for more.</source>
        <translation>Vos crédits mensuels pour cette marque sont épuisés : demandez-en davantage à un administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider rejected the prompt as unsafe: reword it.</source>
        <translation>Le fournisseur a rejeté le prompt, jugé inapproprié : reformulez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account at the provider has no credits left: top it up with the provider.</source>
        <translation>Le compte chez le fournisseur n’a plus de crédits : rechargez-le auprès du fournisseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable API key is set for this provider: enter it in Providers.</source>
        <translation>Aucune clé d’API utilisable n’est définie pour ce fournisseur : saisissez-la dans Fournisseurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was refused: check it in Providers.</source>
        <translation>La clé d’API a été refusée : vérifiez-la dans Fournisseurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider is limiting how fast we call it; the job will retry automatically.</source>
        <translation>Le fournisseur limite le débit de nos appels ; la tâche sera retentée automatiquement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider kept limiting how fast we call it and the attempts ran out: retry the job later.</source>
        <translation>Le fournisseur a continué de limiter le débit de nos appels et les tentatives sont épuisées : relancez la tâche plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider did not answer in time; the job will retry automatically.</source>
        <translation>Le fournisseur n’a pas répondu à temps ; la tâche sera retentée automatiquement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider did not answer in time: retry the job later, or allow it longer in Providers.</source>
        <translation>Le fournisseur n’a pas répondu à temps : relancez la tâche plus tard, ou accordez-lui plus de temps dans Fournisseurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider could not be reached; the job will retry automatically.</source>
        <translation>Le fournisseur est injoignable ; la tâche sera retentée automatiquement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider could not be reached: check the network and the provider&apos;s address in Providers.</source>
        <translation>Le fournisseur est injoignable : vérifiez le réseau et l’adresse du fournisseur dans Fournisseurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider cannot make this kind of result: choose another model.</source>
        <translation>Ce fournisseur ne sait pas produire ce genre de résultat : choisissez un autre modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A 3D model is made from an image: choose a completed image to start from.</source>
        <translation>Un modèle 3D se fait à partir d’une image : choisissez une image terminée comme point de départ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s address is not a web address: correct it in Providers.</source>
        <translation>L’adresse du fournisseur n’est pas une adresse web : corrigez-la dans Fournisseurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size asked for is not possible: choose 64 to 4096 pixels a side.</source>
        <translation>La taille demandée n’est pas possible : choisissez de 64 à 4096 pixels de côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s answer could not be used: retry the job, or try another model.</source>
        <translation>La réponse du fournisseur est inutilisable : relancez la tâche, ou essayez un autre modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job was cancelled.</source>
        <translation>La tâche a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider had a problem on its side; the job will retry automatically.</source>
        <translation>Le fournisseur a eu un problème de son côté ; la tâche sera retentée automatiquement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider kept failing on its side and the attempts ran out: retry the job later.</source>
        <translation>Le fournisseur a continué d’échouer de son côté et les tentatives sont épuisées : relancez la tâche plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider refused the request as it was made: check the model and its settings.</source>
        <translation>Le fournisseur a refusé la demande telle qu’elle était formulée : vérifiez le modèle et ses réglages.</translation>
    </message>
</context>
<context>
    <name>Atelier::QueueView</name>
    <message>
        <location filename="../ui/ai/queueview.cpp" line="+207"/>
        <source>Queue (%1)</source>
        <translation>File d’attente (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="-7"/>
        <location filename="../ui/ai/queueview.cpp" line="+0"/>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/queueview.cpp" line="+142"/>
        <source>Cancelled %n job(s); the credits they held are given back.</source>
        <translation>
            <numerusform>%n tâche annulée ; les crédits qu’elle retenait sont rendus.</numerusform>
            <numerusform>%n tâches annulées ; les crédits qu’elles retenaient sont rendus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Those jobs had already finished.</source>
        <translation>Ces tâches étaient déjà terminées.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Queued %n job(s) again; the others were refused:</source>
        <translation>
            <numerusform>%n tâche remise en file d’attente ; les autres ont été refusées :</numerusform>
            <numerusform>%n tâches remises en file d’attente ; les autres ont été refusées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Queued %n job(s) again.</source>
        <translation>
            <numerusform>%n tâche remise en file d’attente.</numerusform>
            <numerusform>%n tâches remises en file d’attente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing is waiting or running.</source>
        <translation>Rien n’est en attente ni en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 running, %2 waiting.</source>
        <translation>%1 en cours, %2 en attente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desktop is not running the queue; other desktops may.</source>
        <translation>Ce poste n’exécute pas la file d’attente ; d’autres postes le font peut-être.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Generation queue</source>
        <translation>File d’attente des générations</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Show the selected generation in the studio (or double-click it).</source>
        <translation>Afficher la génération sélectionnée dans le studio (ou double-cliquez dessus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>&amp;Cancel job</source>
        <translation>A&amp;nnuler la tâche</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stop the selected jobs that wait or run; the credits they held are given back.</source>
        <translation>Arrêter les tâches sélectionnées en attente ou en cours ; les crédits qu’elles retenaient sont rendus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>&amp;Retry</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Queue the selected failed or cancelled jobs again, with the same prompt, model and seed.</source>
        <translation>Remettre en file d’attente les tâches sélectionnées échouées ou annulées, avec les mêmes prompt, modèle et graine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs waiting and running, then those finished in the last 24 hours.</source>
        <translation>Les tâches en attente et en cours, puis celles terminées ces dernières 24 heures.</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n job(s) finished in the last 24 hours are shown.</source>
        <translation>
            <numerusform>%n tâche terminée ces dernières 24 heures est affichée.</numerusform>
            <numerusform>%n tâches terminées ces dernières 24 heures sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Nothing was cancelled: %1</source>
        <translation>Rien n’a été annulé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of them had started on a desktop, which stops the call; nothing is charged.</source>
        <translation>
            <numerusform>%n d’entre elles avait commencé sur un poste, qui arrête l’appel ; rien n’est facturé.</numerusform>
            <numerusform>%n d’entre elles avaient commencé sur un poste, qui arrête l’appel ; rien n’est facturé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n had already finished; left as before.</source>
        <translation>
            <numerusform>%n était déjà terminée ; laissée telle quelle.</numerusform>
            <numerusform>%n étaient déjà terminées ; laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be found (deleted, or not yours to see).</source>
        <translation>
            <numerusform>%n est introuvable (supprimée, ou pas à vous de la voir).</numerusform>
            <numerusform>%n sont introuvables (supprimées, ou pas à vous de les voir).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+6"/>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>Atelier::RowInserter</name>
    <message>
        <location filename="../services/core/rowinserter.cpp" line="+20"/>
        <location line="+25"/>
        <source>Preparing an insert into %1</source>
        <translation>Préparation d’une insertion dans %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+26"/>
        <source>Inserting into %1</source>
        <translation>Insertion dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start a transaction to write into %1.</source>
        <translation>Impossible de démarrer une transaction pour écrire dans %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot commit the rows written into %1.</source>
        <translation>Impossible de valider les lignes écrites dans %1.</translation>
    </message>
</context>
<context>
    <name>Atelier::SectionWidget</name>
    <message>
        <location filename="../ui/analytics/sectionwidget.cpp" line="+209"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no chart: export its table as .csv.</source>
        <translation>« %1 » n’a pas de graphique : exportez son tableau en .csv.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the image could not be encoded</source>
        <translation>l’image n’a pas pu être encodée</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>the SVG could not be started</source>
        <translation>le SVG n’a pas pu être commencé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: choose a .png or .svg file for the chart, or .csv for the table.</source>
        <translation>%1 : choisissez un fichier .png ou .svg pour le graphique, ou .csv pour le tableau.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chart</source>
        <translation>Afficher le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the table of the same numbers</source>
        <translation>Afficher le tableau des mêmes chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy what is shown to the clipboard</source>
        <translation>Copier ce qui est affiché dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as PNG or SVG, or the table as CSV</source>
        <translation>Enregistrer le graphique en PNG ou SVG, ou le tableau en CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table: %1</source>
        <translation>Tableau : %1</translation>
    </message>
</context>
<context>
    <name>Atelier::SegmentBuilder</name>
    <message>
        <location filename="../ui/analytics/segmentbuilder.cpp" line="+54"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Property or event</source>
        <translation>Propriété ou événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+93"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Value or count</source>
        <translation>Valeur ou nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+98"/>
        <source>Within days</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria as JSON</source>
        <translation>Critères en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching users</source>
        <translation>Utilisateurs correspondants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add condition</source>
        <translation>&amp;Ajouter une condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove condition</source>
        <translation>&amp;Retirer la condition</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Users who match</source>
        <translation>Utilisateurs qui remplissent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Conditions</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not</source>
        <translation>n’est pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>est l’un de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is none of</source>
        <translation>n’est aucun de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is set</source>
        <translation>est renseigné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whole range</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of condition</source>
        <translation>Type de condition</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>JSON, at character %1: %2</source>
        <translation>JSON, au caractère %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON: the criteria must be an object, as {&quot;all&quot;: [ … ]}.</source>
        <translation>JSON : les critères doivent être un objet, comme {&quot;all&quot;: [ … ]}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Condition %1: &quot;%2&quot; is not a number of times (0 or more).</source>
        <translation>Condition %1 : « %2 » n’est pas un nombre de fois (0 ou plus).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add at least one condition.</source>
        <translation>Ajoutez au moins une condition.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n user(s) match, from %1 to %2.</source>
        <translation>
            <numerusform>%n utilisateur correspond, du %1 au %2.</numerusform>
            <numerusform>%n utilisateurs correspondent, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the segment a name to save it.</source>
        <translation>Donnez un nom au segment pour l’enregistrer.</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>all of its conditions</source>
        <translation>toutes ses conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any of its conditions</source>
        <translation>au moins une de ses conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within each group, users must match</source>
        <translation>Dans chaque groupe, les utilisateurs doivent remplir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every group</source>
        <translation>chaque groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one group</source>
        <translation>au moins un groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between groups, users must match</source>
        <translation>Entre les groupes, les utilisateurs doivent remplir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>and, in each group,</source>
        <translation>et, dans chaque groupe,</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Group of the condition</source>
        <translation>Groupe de la condition</translation>
    </message>
</context>
<context>
    <name>Atelier::ServerStatementModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="-466"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total (ms)</source>
        <translation>Total (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean (ms)</source>
        <translation>Moyenne (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache hits</source>
        <translation>Succès du cache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared blocks found in PostgreSQL&apos;s buffers rather than read</source>
        <translation>Blocs partagés trouvés dans les tampons de PostgreSQL plutôt que lus</translation>
    </message>
</context>
<context>
    <name>Atelier::SettingsDialog</name>
    <message>
        <location filename="../ui/core/settingsdialog.cpp" line="+41"/>
        <source>Connected to %1 as %2; schema version %3.</source>
        <translation>Connecté à %1 en tant que %2 ; version du schéma %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Database URL:</source>
        <translation>URL de la &amp;base de données :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invalid database URL</source>
        <translation>URL de base de données invalide</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>For example sqlite:///home/me/atelier.db or postgresql://me@db.example.com/atelier</source>
        <translation>Par exemple sqlite:///home/moi/atelier.db ou postgresql://moi@db.example.com/atelier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A password typed in the URL is used for this session only and never saved. Better leave it out: Atelier then reads ~/.pgpass, or asks and can keep it in the keychain.</source>
        <translation>Un mot de passe tapé dans l’URL ne sert que pour cette session et n’est jamais enregistré. Mieux vaut l’omettre : Atelier lit alors ~/.pgpass, ou le demande et peut le garder dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Atelier::ShortcutsDialog</name>
    <message>
        <location filename="../ui/core/shortcutsdialog.cpp" line="+53"/>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The shortcuts of the window and of the pages opened so far. Alt with an underlined letter also reaches each control.</source>
        <translation>Les raccourcis de la fenêtre et des pages ouvertes jusqu’ici. Alt et une lettre soulignée atteignent aussi chaque contrôle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Whole window</source>
        <translation>Toute la fenêtre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A shortcut of this page</source>
        <translation>Un raccourci de cette page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A shortcut of %1</source>
        <translation>Un raccourci de %1</translation>
    </message>
</context>
<context>
    <name>Atelier::StatementMetricModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="-100"/>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service and the statement it ran</source>
        <translation>Le service et l’instruction qu’il a exécutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean (ms)</source>
        <translation>Moyenne (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half of the calls took less</source>
        <translation>La moitié des appels ont pris moins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>95 calls in 100 took less</source>
        <translation>95 appels sur 100 ont pris moins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max (ms)</source>
        <translation>Max (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows read or changed, all calls together</source>
        <translation>Lignes lues ou modifiées, tous appels confondus</translation>
    </message>
</context>
<context>
    <name>Atelier::StepRunModel</name>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="+18"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Atelier::StudioWorkspace</name>
    <message>
        <location filename="../ui/ai/studioworkspace.cpp" line="+55"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
</context>
<context>
    <name>Atelier::TemplatesView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+3"/>
        <location filename="../ui/ai/templatesview.cpp" line="+214"/>
        <location line="+338"/>
        <location line="+7"/>
        <source>Prompt templates</source>
        <translation>Modèles de prompt</translation>
    </message>
    <message>
        <location filename="../ui/ai/templatesview.cpp" line="-314"/>
        <source>Loading the templates…</source>
        <translation>Chargement des modèles de prompt…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n modèle de prompt.</numerusform>
            <numerusform>%n modèles de prompt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+235"/>
        <source>New template</source>
        <translation>Nouveau modèle de prompt</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Editing &quot;%1&quot;, a template for every brand</source>
        <translation>Modification de « %1 », un modèle de prompt pour toutes les marques</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+188"/>
        <location line="+24"/>
        <source>Editing &quot;%1&quot;</source>
        <translation>Modification de « %1 »</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>None yet: write {name} in the prompt where a value goes.</source>
        <translation>Aucune pour l’instant : écrivez {nom} dans le prompt là où va une valeur.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+195"/>
        <source>Value of {%1}</source>
        <translation>Valeur de {%1}</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The template needs a name.</source>
        <translation>Le modèle de prompt demande un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is %1 characters long; at most %2 are accepted.</source>
        <translation>Le nom fait %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template needs a category, to be found among the others.</source>
        <translation>Le modèle de prompt demande une catégorie, pour être retrouvé parmi les autres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category is %1 characters long; at most %2 are accepted.</source>
        <translation>La catégorie fait %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template needs a prompt: the text a generation gets, with {variables} where values go.</source>
        <translation>Le modèle de prompt demande un prompt : le texte que reçoit une génération, avec des {variables} là où vont les valeurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; at most %2 are accepted.</source>
        <translation>Le prompt fait %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{%1}&quot; in the prompt is not a variable: a variable&apos;s name starts with a letter or _ and holds only letters, digits and _ (at most 64).</source>
        <translation>« {%1} » dans le prompt n’est pas une variable : le nom d’une variable commence par une lettre ou _ et ne contient que des lettres, des chiffres et _ (64 au plus).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prompt has %1 &quot;{&quot; and %2 &quot;}&quot;: each variable is written {name}, between one of each.</source>
        <translation>Le prompt contient %1 « { » et %2 « } » : chaque variable s’écrit {nom}, entre une accolade ouvrante et une fermante.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <source>The template was not saved.</source>
        <translation>Le modèle de prompt n’a pas été enregistré.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose a brand before saving a template.</source>
        <translation>Choisissez une marque avant d’enregistrer un modèle de prompt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving &quot;%1&quot;…</source>
        <translation>Enregistrement de « %1 »…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the templates of a category</source>
        <translation>Afficher les modèles de prompt d’une catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the templates&apos; names, categories and prompts</source>
        <translation>Rechercher dans les noms, catégories et prompts des modèles de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to look for in the name, the category or the prompt</source>
        <translation>Mots à chercher dans le nom, la catégorie ou le prompt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name</source>
        <translation>Nom du modèle de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template category</source>
        <translation>Catégorie du modèle de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a category or type a new one</source>
        <translation>Choisissez une catégorie ou saisissez-en une nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template prompt</source>
        <translation>Prompt du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write {name} where a value goes, for example {product} or {season}.</source>
        <translation>Écrivez {nom} là où va une valeur, par exemple {produit} ou {saison}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variables found in the prompt</source>
        <translation>Variables trouvées dans le prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>Nouv&amp;eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new template</source>
        <translation>Commencer un nouveau modèle de prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the template</source>
        <translation>Enregistrer le modèle de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each variable a value to see the prompt a generation would get.</source>
        <translation>Donnez une valeur à chaque variable pour voir le prompt que recevrait une génération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt with its variables filled in</source>
        <translation>Le prompt avec ses variables remplies</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Variables:</source>
        <translation>Variables :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ave</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;illed prompt:</source>
        <translation>Prompt &amp;obtenu :</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingDatasetModel</name>
    <message>
        <location filename="../models/ai/trainingmodels.cpp" line="-96"/>
        <source>Preparing: no image accepted</source>
        <translation>En préparation : aucune image acceptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none accepted</source>
        <translation>aucune acceptée</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mean quality</source>
        <translation>Qualité moyenne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingImageModel</name>
    <message>
        <location line="+31"/>
        <source>Generation %1</source>
        <translation>Génération %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: recorded before images were checked</source>
        <translation>Non vérifiée : enregistrée avant la vérification des images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+1"/>
        <location filename="../ui/ai/trainingview.cpp" line="+222"/>
        <location line="+624"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/ai/trainingview.cpp" line="-569"/>
        <source>Loading the datasets and custom models…</source>
        <translation>Chargement des jeux de données et des modèles personnalisés…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 and %2.</source>
        <comment>datasets and custom models</comment>
        <translation>%1 et %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n custom model(s)</source>
        <translation>
            <numerusform>%n modèle personnalisé</numerusform>
            <numerusform>%n modèles personnalisés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Images: choose a dataset</source>
        <translation>Ima&amp;ges : choisissez un jeu de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Images of &quot;%1&quot;: %2 of %3 accepted, mean quality %4</source>
        <translation>Ima&amp;ges de « %1 » : %2 acceptées sur %3, qualité moyenne %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Images of &quot;%1&quot;: none of %2 accepted</source>
        <translation>Ima&amp;ges de « %1 » : aucune acceptée sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Training %1 at Replicate; asked how it goes every %n second(s).</source>
        <translation>
            <numerusform>Entraînement de %1 chez Replicate ; avancement demandé à intervalles de %n seconde.</numerusform>
            <numerusform>Entraînement de %1 chez Replicate ; avancement demandé à intervalles de %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Checking %n image(s) for &quot;%1&quot;…</source>
        <translation>
            <numerusform>Vérification de %n image pour « %1 »…</numerusform>
            <numerusform>Vérification de %n images pour « %1 »…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dataset was not made: %1</source>
        <translation>Le jeu de données n’a pas été créé : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dataset &quot;%1&quot; made: %2 of %3 images accepted.</source>
        <translation>Jeu de données « %1 » créé : %2 images acceptées sur %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset &quot;%1&quot; made, but none of its %2 images was accepted: see why beside it.</source>
        <translation>Jeu de données « %1 » créé, mais aucune de ses %2 images n’a été acceptée : voyez pourquoi à côté de chacune.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name the base model: the trainer at Replicate, written owner/name:version.</source>
        <translation>Indiquez le modèle de base : l’entraîneur chez Replicate, écrit owner/name:version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base model &quot;%1&quot; is not written owner/name:version (a version of a trainer at Replicate).</source>
        <translation>Le modèle de base « %1 » n’est pas de la forme owner/name:version (une version d’un entraîneur chez Replicate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the destination: a model of yours at Replicate, written owner/name, that the training adds a version to.</source>
        <translation>Indiquez la destination : un de vos modèles chez Replicate, écrit owner/name, auquel l’entraînement ajoute une version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The destination &quot;%1&quot; is not written owner/name (a model of yours at Replicate).</source>
        <translation>La destination « %1 » n’est pas de la forme owner/name (un de vos modèles chez Replicate).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending the images to Replicate to train %1…</source>
        <translation>Envoi des images à Replicate pour entraîner %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The training did not start: %1</source>
        <translation>L’entraînement n’a pas démarré : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training %1 at Replicate (training %2).</source>
        <translation>Entraînement de %1 chez Replicate (entraînement %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training of %1 ended at once: %2.</source>
        <translation>L’entraînement de %1 s’est terminé aussitôt : %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling the training at Replicate…</source>
        <translation>Annulation de l’entraînement chez Replicate…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The training was not cancelled: %1</source>
        <translation>L’entraînement n’a pas été annulé : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The training of %1 had just ended: the model is ready.</source>
        <translation>L’entraînement de %1 venait de se terminer : le modèle est prêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training of %1 was cancelled.</source>
        <translation>L’entraînement de %1 a été annulé.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Replicate could not be asked: %1</source>
        <translation>Replicate n’a pas pu être interrogé : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is trained: generations can use it as %2.</source>
        <translation>%1 est entraîné : les générations peuvent l’utiliser sous le nom %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training of %1 failed: %2</source>
        <translation>L’entraînement de %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New dataset</source>
        <translation>Nouveau jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images are checked as they are added: PNG, JPEG or WebP, at least %1×%1 pixels, and not a near-duplicate of one before. Every verdict is kept with the dataset.</source>
        <translation>Les images sont vérifiées à mesure qu’elles sont ajoutées : PNG, JPEG ou WebP, au moins %1×%1 pixels, et pas un quasi-doublon d’une image précédente. Chaque verdict est gardé avec le jeu de données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataset name</source>
        <translation>Nom du jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image files of the dataset</source>
        <translation>Fichiers d’image du jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen files from the list</source>
        <translation>Retirer de la liste les fichiers choisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation ids of the dataset</source>
        <translation>Identifiants des générations du jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids of completed generations of this brand, separated by spaces, commas or lines</source>
        <translation>Identifiants de générations terminées de cette marque, séparés par des espaces, des virgules ou des retours à la ligne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Check and make</source>
        <translation>&amp;Vérifier et créer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image &amp;files:</source>
        <translation>&amp;Fichiers d’image :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generations:</source>
        <translation>&amp;Générations :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the dataset&apos;s images</source>
        <translation>Choisir les images du jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dataset needs a name.</source>
        <translation>Le jeu de données demande un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add image files or type the ids of generations: the dataset needs images.</source>
        <translation>Ajoutez des fichiers d’image ou saisissez des identifiants de générations : le jeu de données demande des images.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Train a model on &quot;%1&quot;</source>
        <translation>Entraîner un modèle sur « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Replicate trains the base model on the %n accepted image(s) of &quot;%1&quot; and adds the result as a new version of the destination model, which must exist in your Replicate account. Training is paid to Replicate by the minute.</source>
        <translation>
            <numerusform>Replicate entraîne le modèle de base sur %n image acceptée de « %1 » et ajoute le résultat comme nouvelle version du modèle de destination, qui doit exister dans votre compte Replicate. L’entraînement est payé à Replicate à la minute.</numerusform>
            <numerusform>Replicate entraîne le modèle de base sur les %n images acceptées de « %1 » et ajoute le résultat comme nouvelle version du modèle de destination, qui doit exister dans votre compte Replicate. L’entraînement est payé à Replicate à la minute.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base model, owner/name:version</source>
        <translation>Modèle de base, owner/name:version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trainer at Replicate, with its version: owner/name:version</source>
        <translation>L’entraîneur chez Replicate, avec sa version : owner/name:version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination model, owner/name</source>
        <translation>Modèle de destination, owner/name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model of yours at Replicate, owner/name, that receives the trained version</source>
        <translation>Un de vos modèles chez Replicate, owner/name, qui reçoit la version entraînée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training steps</source>
        <translation>Étapes d’entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger word</source>
        <translation>Mot déclencheur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word that calls up the trained style in prompts (optional)</source>
        <translation>Un mot qui fait appel au style entraîné dans les prompts (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start training</source>
        <translation>&amp;Lancer l’entraînement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Base model:</source>
        <translation>Modèle de &amp;base :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps:</source>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rigger word:</source>
        <translation>&amp;Mot déclencheur :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel training</source>
        <translation>Annuler l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training %1 at Replicate? What it trained so far is lost, and the minutes used are still paid.</source>
        <translation>Arrêter l’entraînement de %1 chez Replicate ? Ce qui a été entraîné jusqu’ici est perdu, et les minutes utilisées restent payées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop training</source>
        <translation>&amp;Arrêter l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep training</source>
        <translation>&amp;Poursuivre l’entraînement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Datasets</source>
        <translation>&amp;Jeux de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training datasets</source>
        <translation>Jeux de données d’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images of the selected dataset and their verdicts</source>
        <translation>Images du jeu de données sélectionné et leurs verdicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New dataset…</source>
        <translation>&amp;Nouveau jeu de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new dataset from image files or generations</source>
        <translation>Créer un nouveau jeu de données à partir de fichiers d’image ou de générations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Train…</source>
        <translation>&amp;Entraîner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a model on the selected dataset</source>
        <translation>Entraîner un modèle sur le jeu de données sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom &amp;models</source>
        <translation>&amp;Modèles personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom models</source>
        <translation>Modèles personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel training</source>
        <translation>Annu&amp;ler l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the training of the selected model</source>
        <translation>Annuler l’entraînement du modèle sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training in progress</source>
        <translation>Entraînement en cours</translation>
    </message>
</context>
<context>
    <name>Atelier::TranslationModel</name>
    <message>
        <location filename="../models/i18n/translationmodel.cpp" line="+37"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where used</source>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the console says now, or the change proposed; edit a plain text in place</source>
        <translation>Ce que dit la console maintenant, ou la modification proposée ; un texte simple se modifie sur place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed by %1</source>
        <translation>Modifiée par %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by %1, approved by %2</source>
        <translation>Modifiée par %1, approuvée par %2</translation>
    </message>
</context>
<context>
    <name>Atelier::TranslationsPage</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="+5"/>
        <location filename="../ui/i18n/translationspage.cpp" line="+175"/>
        <location line="+254"/>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location filename="../ui/i18n/translationspage.cpp" line="-200"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+105"/>
        <source>&amp;Translation (one):</source>
        <translation>&amp;Traduction (singulier) :</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+105"/>
        <source>&amp;Translation:</source>
        <translation>&amp;Traduction :</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 % — %2 (%3)</source>
        <translation>%1 % — %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No similar translation.</source>
        <translation>Aucune traduction semblable.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n message(s) shown out of %1; %2 changed in the console.</source>
        <translation>
            <numerusform>%n message affiché sur %1 ; %2 modifié(s) dans la console.</numerusform>
            <numerusform>%n messages affichés sur %1 ; %2 modifié(s) dans la console.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read only: editors and admins of a brand change translations.</source>
        <translation>Lecture seule : les éditeurs et les administrateurs d’une marque modifient les traductions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes wait for a reviewer (an admin of a brand) before the console shows them.</source>
        <translation>Vos modifications attendent un relecteur (un administrateur d’une marque) avant que la console les affiche.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untranslated</source>
        <translation>Non traduits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With warnings</source>
        <translation>Avec avertissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Changed since</source>
        <translation>Modifiés depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sear&amp;ch:</source>
        <translation>Reche&amp;rcher :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Source:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sav&amp;e</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Source, context or translation</source>
        <translation>Source, contexte ou traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translation (othe&amp;r):</source>
        <translation>Traduction (pluri&amp;el) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move change</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the change: the compiled translation shows again</source>
        <translation>Retirer la modification : la traduction compilée s’affiche de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;ggestions:</source>
        <translation>Sugge&amp;stions :</translation>
    </message>
</context>
<context>
    <name>Atelier::VersionModel</name>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="+17"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>Atelier::WorkflowEditor</name>
    <message>
        <location filename="../ui/workflows/workfloweditor.cpp" line="+415"/>
        <source>Saved as version %1.</source>
        <translation>Enregistré en version %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>a workflow needs a name of 1 to 200 characters</source>
        <translation>un workflow doit avoir un nom de 1 à 200 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most 10,000 characters</source>
        <translation>10 000 caractères au plus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No problem: this definition can be saved.</source>
        <translation>Aucun problème : cette définition peut être enregistrée.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the trigger’s %1</source>
        <translation>Modifier %1 du déclencheur</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run an analysis</source>
        <translation>Lancer une analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate images</source>
        <translation>Générer des images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify people</source>
        <translation>Prévenir des personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a comment</source>
        <translation>Publier un commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call a webhook</source>
        <translation>Appeler un webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a quota</source>
        <translation>Fixer un quota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume a workflow</source>
        <translation>Mettre en pause ou reprendre un workflow</translation>
    </message>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="-277"/>
        <source>A monitoring alert is raised</source>
        <translation>Une alerte de surveillance est levée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A monitoring alert is resolved</source>
        <translation>Une alerte de surveillance est résolue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If:</source>
        <translation>Si :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds:</source>
        <translation>Secondes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes:</source>
        <translation>Minutes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>Jusqu’à :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis:</source>
        <translation>Analyse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyses:</source>
        <translation>Analyses :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt:</source>
        <translation>Prompt :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt template:</source>
        <translation>Modèle de prompt :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables:</source>
        <translation>Variables :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection:</source>
        <translation>Collection :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>Personnes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a kind of:</source>
        <translation>Sur un(e) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which one:</source>
        <translation>Lequel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (URL):</source>
        <translation>Adresse (URL) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body:</source>
        <translation>Corps :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing secret:</source>
        <translation>Secret de signature :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly credits:</source>
        <translation>Crédits mensuels :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow:</source>
        <translation>Workflow :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric:</source>
        <translation>Métrique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold:</source>
        <translation>Seuil :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment:</source>
        <translation>Expérience :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent used:</source>
        <translation>Pourcentage utilisé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rule:</source>
        <translation>Règle d’alerte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workfloweditor.cpp" line="+14"/>
        <source>Only this metric (for example revenue or conversion_rate); empty: any.</source>
        <translation>Seulement cette métrique (par exemple revenue ou conversion_rate) ; vide : toutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value the metric crosses, a number.</source>
        <translation>La valeur que la métrique franchit, un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above takes values at or above the threshold, below values under it.</source>
        <translation>Au-dessus prend les valeurs égales ou supérieures au seuil, en dessous celles qui lui sont inférieures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this experiment (its name or id); empty: any.</source>
        <translation>Seulement cette expérience (son nom ou son identifiant) ; vide : toutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only generations of this provider or model (case ignored); empty: any.</source>
        <translation>Seulement les générations de ce fournisseur ou de ce modèle (casse ignorée) ; vide : toutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts when someone&apos;s use of their monthly credits passes this share, 1 to 100.</source>
        <translation>Démarre quand la consommation des crédits mensuels d’une personne dépasse cette part, de 1 à 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only mentions of this person (login or id); empty: anyone.</source>
        <translation>Seulement les mentions de cette personne (identifiant de connexion ou identifiant) ; vide : n’importe qui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only shares of this kind of resource (for example collection); empty: any.</source>
        <translation>Seulement les partages de ce type de ressource (par exemple collection) ; vide : tous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only failures of this workflow (its name or id); empty: any.</source>
        <translation>Seulement les échecs de ce workflow (son nom ou son identifiant) ; vide : tous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only alerts of this alert rule (its name or id); empty: any.</source>
        <translation>Seulement les alertes de cette règle d’alerte (son nom ou son identifiant) ; vide : toutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only alerts of this severity: info, warning or critical; empty: any.</source>
        <translation>Seulement les alertes de cette gravité : info, warning ou critical ; vide : toutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An expression: true goes to Next, false to Else (for example steps.funnel.conversion &lt; 0.03).</source>
        <translation>Une expression : vrai mène à Suivante, faux à Sinon (par exemple steps.funnel.conversion &lt; 0.03).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait, in seconds.</source>
        <translation>Durée de l’attente, en secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait, in minutes.</source>
        <translation>Durée de l’attente, en minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until this instant (ISO 8601, for example 2026-05-01T09:00:00Z).</source>
        <translation>Attendre jusqu’à cet instant (ISO 8601, par exemple 2026-05-01T09:00:00Z).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analytics verb to run, as on the command line (overview, funnel, retention, anomalies…).</source>
        <translation>Le verbe d’analyse à lancer, comme en ligne de commande (overview, funnel, retention, anomalies…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day analysed (YYYY-MM-DD); empty: 30 days ago.</source>
        <translation>Premier jour analysé (AAAA-MM-JJ) ; vide : il y a 30 jours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day analysed (YYYY-MM-DD, included); empty: today.</source>
        <translation>Dernier jour analysé (AAAA-MM-JJ, inclus) ; vide : aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis&apos;s options as a JSON object, as its command-line options.</source>
        <translation>Les options de l’analyse en objet JSON, comme ses options en ligne de commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the report is written to.</source>
        <translation>Le dossier où le rapport est écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF or CSV.</source>
        <translation>PDF ou CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analyses in the report, separated by commas; empty: all.</source>
        <translation>Les analyses du rapport, séparées par des virgules ; vide : toutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AI provider of the generation queue.</source>
        <translation>Le fournisseur d’IA de la file de génération.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s model.</source>
        <translation>Le modèle du fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt; or give a template instead.</source>
        <translation>Le prompt ; ou bien indiquez un modèle de prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt template of the brand, filled with the variables.</source>
        <translation>Un modèle de prompt de la marque, rempli avec les variables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template&apos;s variables as a JSON object.</source>
        <translation>Les variables du modèle en objet JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many images.</source>
        <translation>Combien d’images.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection the images go to.</source>
        <translation>La collection qui reçoit les images.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who gets the notice in their inbox: logins separated by commas.</source>
        <translation>Qui reçoit l’avis dans sa boîte de réception : identifiants de connexion séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice&apos;s text.</source>
        <translation>Le texte de l’avis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the comment is on: funnel, experiment, workflow…</source>
        <translation>Ce que le commentaire concerne : funnel, experiment, workflow…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which one: its name or id.</source>
        <translation>Lequel : son nom ou son identifiant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment&apos;s text.</source>
        <translation>Le texte du commentaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An http or https address; loopback and private addresses only when the brand&apos;s admin allowed the host.</source>
        <translation>Une adresse http ou https ; les adresses locales ou privées seulement si l’administrateur de la marque a autorisé l’hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSON object posted.</source>
        <translation>L’objet JSON envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More HTTP headers as a JSON object.</source>
        <translation>Des en-têtes HTTP supplémentaires en objet JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of a workflow secret: the body is signed with it (HMAC-SHA256).</source>
        <translation>Le nom d’un secret de workflow : le corps est signé avec lui (HMAC-SHA256).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose quota: a login.</source>
        <translation>Le quota de qui : un identifiant de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new monthly credits.</source>
        <translation>Les nouveaux crédits mensuels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow to pause or resume: its name or id.</source>
        <translation>Le workflow à suspendre ou à reprendre : son nom ou son identifiant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused or active.</source>
        <translation>Suspendu ou actif.</translation>
    </message>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="-56"/>
        <source>An anomaly is detected</source>
        <translation>Une anomalie est détectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A metric crosses a threshold</source>
        <translation>Une métrique franchit un seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An experiment reaches significance</source>
        <translation>Une expérience devient significative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A generation completes</source>
        <translation>Une génération se termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A generation fails</source>
        <translation>Une génération échoue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quota passes a share</source>
        <translation>Un quota dépasse une part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment mentions someone</source>
        <translation>Un commentaire mentionne quelqu’un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something is shared</source>
        <translation>Quelque chose est partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workflow fails</source>
        <translation>Un workflow échoue</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workfloweditor.cpp" line="+14"/>
        <source>(the default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume (active)</source>
        <translation>Reprendre (actif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+431"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="-429"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+28"/>
        <source>Change the trigger</source>
        <translation>Modifier le déclencheur</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Cron:</source>
        <translation>Cr&amp;on :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute hour day month weekday</source>
        <translation>minute heure jour mois jour-de-semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every N secon&amp;ds:</source>
        <translation>Toutes les N &amp;secondes :</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+304"/>
        <location filename="../models/workflows/workflowmodels.cpp" line="-47"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>&amp;Event:</source>
        <translation>Événe&amp;ment :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the product raises that starts this workflow; the fields below narrow it down.</source>
        <translation>Ce que le produit signale et qui démarre ce workflow ; les champs ci-dessous le restreignent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../models/workflows/workflowmodels.cpp" line="-114"/>
        <source>Above</source>
        <translation>Au-dessus</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../models/workflows/workflowmodels.cpp" line="+2"/>
        <source>Below</source>
        <translation>En dessous</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+163"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>I&amp;d:</source>
        <translation>Id :</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not JSON: %1</source>
        <translation>Pas du JSON : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>params.%1: not JSON (%2)</source>
        <translation>params.%1 : pas du JSON (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the following action)</source>
        <translation>(l’action suivante)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N&amp;ext:</source>
        <translation>&amp;Suivante :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action that runs after this one (for a condition: when it is true).</source>
        <translation>L’action lancée après celle-ci (pour une condition : quand elle est vraie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(end the run)</source>
        <translation>(fin de l’exécution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Else:</source>
        <translation>Sin&amp;on :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action that runs when the condition is false.</source>
        <translation>L’action lancée quand la condition est fausse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On error:</source>
        <translation>En cas d’erreur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run</source>
        <translation>Arrêter l’exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the error branch</source>
        <translation>Prendre la branche d’erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this action fails after its tries: stop the execution, go on as if it succeeded, or take the error branch.</source>
        <translation>Quand cette action échoue après ses essais : arrêter l’exécution, continuer comme si elle avait réussi, ou prendre la branche d’erreur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error bran&amp;ch:</source>
        <translation>Branc&amp;he d’erreur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action that runs when this one fails and On error takes the error branch.</source>
        <translation>L’action lancée quand celle-ci échoue et qu’En cas d’erreur prend la branche d’erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout (s):</source>
        <translation>Délai &amp;maximal (s) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long one try may take, 1 to 86,400 seconds (default 300).</source>
        <translation>La durée maximale d’un essai, de 1 à 86 400 secondes (300 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tries:</source>
        <translation>Essais max. :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How many times the action is tried before it fails, 1 to 10 (default 1); tries wait longer each time.</source>
        <translation>Combien de fois l’action est essayée avant d’échouer, de 1 à 10 (1 par défaut) ; l’attente entre deux essais s’allonge à chaque fois.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The trigger payload of a test run is empty.</source>
        <translation>Les données de déclenchement d’un essai sont vides.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, attempt %2, %3</source>
        <translation>%1, tentative %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output:</source>
        <translation>Sortie :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test run the workflow to see this step’s input and output here.</source>
        <translation>Lancez un essai du workflow pour voir ici l’entrée et la sortie de cette étape.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not JSON yet, at character %1: %2</source>
        <translation>Pas encore du JSON, au caractère %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parameters are a JSON object: {…}</source>
        <translation>Les paramètres sont un objet JSON : {…}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit the trigger’s JSON</source>
        <translation>Modifier le JSON du déclencheur</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions (Enter or drag to add):</source>
        <translation>A&amp;ctions (Entrée ou glisser pour ajouter) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proble&amp;ms:</source>
        <translation>Pro&amp;blèmes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters as &amp;JSON:</source>
        <translation>Paramètres en &amp;JSON :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last test run:</source>
        <translation>Dernie&amp;r essai :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow name</source>
        <translation>Nom du workflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow description</source>
        <translation>Description du workflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the definition as a new version</source>
        <translation>Enregistrer la définition comme nouvelle version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;run</source>
        <translation>&amp;Lancer un essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save, run once now and show each step’s input and output on its node</source>
        <translation>Enregistrer, exécuter une fois maintenant et montrer l’entrée et la sortie de chaque étape sur son nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Agrandir (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action types</source>
        <translation>Types d’action</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems of the definition</source>
        <translation>Problèmes de la définition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow graph: arrows select a node, Delete removes it</source>
        <translation>Graphe du workflow : les flèches choisissent un nœud, Suppr le retire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters as JSON</source>
        <translation>Paramètres en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result of the last test run</source>
        <translation>Résultat du dernier essai</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>(no id)</source>
        <translation>(sans id)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 → out %2</source>
        <translation>entrée %1 → sortie %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>next</source>
        <translation>suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>else</source>
        <translation>sinon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trigger: %1</source>
        <translation>Déclencheur : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action %1 of %2: %3</source>
        <translation>Action %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>Atelier::WorkflowListModel</name>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="+29"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Success (30 days)</source>
        <translation>Réussite (30 jours)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of %2</source>
        <translation>%1 % sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Executions of the last 30 days that completed, of those that ended</source>
        <translation>Exécutions des 30 derniers jours terminées avec succès, parmi celles qui ont pris fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This definition does not validate: %1</source>
        <translation>Cette définition n’est pas valide : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown trigger “%1”</source>
        <translation>Déclencheur inconnu « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Tous les %n jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 h</source>
        <translation>Toutes les %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 min</source>
        <translation>Toutes les %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 s</source>
        <translation>Toutes les %1 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every day at %1 (%2)</source>
        <translation>Tous les jours à %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1 at %2 (%3)</source>
        <translation>Chaque %1 à %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every weekday at %1 (%2)</source>
        <translation>Chaque jour de semaine à %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On day %1 of every month at %2 (%3)</source>
        <translation>Le %1 de chaque mois à %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cron “%1” (%2)</source>
        <translation>Cron « %1 » (%2)</translation>
    </message>
</context>
<context>
    <name>Atelier::WorkflowRunner</name>
    <message>
        <location filename="../ui/workflows/workflowrunner.cpp" line="+154"/>
        <source>Workflow %1 signs its webhooks with the database&apos;s data key, which a passphrase protects: its executions wait for a runner that has it. Unlock it for this session to run them here.</source>
        <translation>Le workflow %1 signe ses webhooks avec la clé de données de la base, protégée par une phrase secrète : ses exécutions attendent un exécuteur qui la détient. Déverrouillez-la pour cette session pour les exécuter ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the data key&apos;s passphrase so this console runs signed webhooks (kept in memory for this session only)</source>
        <translation>Donnez la phrase secrète de la clé de données pour que cette console exécute les webhooks signés (gardée en mémoire pour cette session seulement)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Data key unlocked for this session: signed webhooks run here.</source>
        <translation>Clé de données déverrouillée pour cette session : les webhooks signés s’exécutent ici.</translation>
    </message>
</context>
<context>
    <name>Atelier::WorkflowsPage</name>
    <message>
        <location filename="../ui/workflows/workflowspage.cpp" line="+179"/>
        <source>Runner: off (this console runs no workflow)</source>
        <translation>Exécuteur : arrêté (cette console n’exécute aucun workflow)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner: on, starting</source>
        <translation>Exécuteur : en marche, démarrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner: on, last pass at %1 failed</source>
        <translation>Exécuteur : en marche, le dernier passage à %1 a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner: on, last pass at %1</source>
        <translation>Exécuteur : en marche, dernier passage à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This console runs the workflows that act as you while it is open, whatever page is shown: it turns due schedules and events into executions and runs them.</source>
        <translation>Cette console exécute les workflows qui agissent en votre nom tant qu’elle est ouverte, quelle que soit la page affichée : elle transforme les planifications échues et les événements en exécutions et les lance.</translation>
    </message>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="-2"/>
        <location filename="../ui/workflows/workflowspage.cpp" line="+8"/>
        <location line="+843"/>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowspage.cpp" line="-581"/>
        <location line="+607"/>
        <source>All workflows</source>
        <translation>Tous les workflows</translation>
    </message>
    <message numerus="yes">
        <location line="-600"/>
        <source>%n workflow(s).</source>
        <translation>
            <numerusform>%n workflow.</numerusform>
            <numerusform>%n workflows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resu&amp;me</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the selected workflow</source>
        <translation>Mettre en pause le workflow sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume the selected workflow</source>
        <translation>Reprendre le workflow sélectionné</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the new workflow</source>
        <translation>le nouveau workflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the changes to %1?</source>
        <translation>Abandonner les modifications de %1 ?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Queuing a run…</source>
        <translation>Mise en file d’une exécution…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 queued; a runner of its run-as identity takes it.</source>
        <translation>Exécution %1 mise en file ; un exécuteur de son identité d’exécution la prend en charge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pausing “%1”…</source>
        <translation>Mise en pause de « %1 »…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resuming “%1”…</source>
        <translation>Reprise de « %1 »…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archiving “%1”…</source>
        <translation>Archivage de « %1 »…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is now %2.</source>
        <translation>« %1 » est maintenant %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the workflow</source>
        <translation>Supprimer le workflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”, its versions and its executions? This cannot be undone; Archive keeps them.</source>
        <translation>Supprimer « %1 », ses versions et ses exécutions ? C’est irréversible ; Archiver les conserve.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” deleted.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” saved as version %2.</source>
        <translation>« %1 » enregistré en version %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test run: saving, queuing and running it once now…</source>
        <translation>Essai : enregistrement, mise en file et exécution immédiate…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Test run %1 is queued: it acts as %2, and only %2’s runners run it.</source>
        <translation>L’essai %1 est en file : il agit en tant que %2, et seuls les exécuteurs de %2 le lancent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test run %1 is %2; its steps appear as they run.</source>
        <translation>L’essai %1 est %2 ; ses étapes apparaissent au fil de l’exécution.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test run %1 completed: each step’s input and output is on its node.</source>
        <translation>Essai %1 terminé : l’entrée et la sortie de chaque étape sont sur son nœud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test run %1 %2: %3</source>
        <translation>Essai %1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n execution(s) match.</source>
        <translation>
            <numerusform>%n exécution correspond.</numerusform>
            <numerusform>%n exécutions correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The newest 500 are shown.</source>
        <translation>Les 500 plus récentes sont affichées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Execution %1, version %2, %3.</source>
        <translation>Exécution %1, version %2, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error at %1: %2</source>
        <translation>Erreur à %1 : %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Retrying %1 from its failed step…</source>
        <translation>Relance de %1 à partir de son étape en échec…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution %1 queued again from its failed step.</source>
        <translation>Exécution %1 remise en file à partir de son étape en échec.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling %1…</source>
        <translation>Annulation de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Execution %1 cancelled.</source>
        <translation>Exécution %1 annulée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a workflow in the list to see its versions.</source>
        <translation>Sélectionnez un workflow dans la liste pour voir ses versions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions of “%1”</source>
        <translation>Versions de « %1 »</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <location line="+66"/>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Version %1 against version %2: %n line(s) differ.</source>
        <translation>
            <numerusform>Version %1 comparée à la version %2 : %n ligne diffère.</numerusform>
            <numerusform>Version %1 comparée à la version %2 : %n lignes diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restoring version %1…</source>
        <translation>Restauration de la version %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 restaurée en version %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Workflows</source>
        <translation>&amp;Workflows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;tor</source>
        <translation>Édi&amp;teur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xecutions</source>
        <translation>E&amp;xécutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vers&amp;ions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run now</source>
        <translation>&amp;Lancer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflows of the brand</source>
        <translation>Workflows de la marque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wor&amp;kflow:</source>
        <translation>Wor&amp;kflow :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>D&amp;epuis le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>&amp;Jusqu’au :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ste&amp;ps:</source>
        <translation>Éta&amp;pes :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retr&amp;y</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the failed execution again from its failed step</source>
        <translation>Remettre l’exécution échouée en file à partir de son étape en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel run</source>
        <translation>A&amp;nnuler l’exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the queued, waiting or running execution</source>
        <translation>Annuler l’exécution en file, en attente ou en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps of the selected execution</source>
        <translation>Étapes de l’exécution sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compar&amp;e:</source>
        <translation>&amp;Comparer :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with:</source>
        <translation>av&amp;ec :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older version</source>
        <translation>Version plus ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer version</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the version selected in the list again as the newest version</source>
        <translation>Enregistrer de nouveau la version sélectionnée comme la plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../services/security/audittrail.cpp" line="+108"/>
        <source>Reading the end of the audit trail</source>
        <translation>Lecture de la fin du journal d’audit</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <location line="+47"/>
        <location line="+4"/>
        <source>Writing to the audit trail</source>
        <translation>Écriture dans le journal d’audit</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+32"/>
        <location line="+90"/>
        <source>Unknown audit action &quot;%1&quot;; the actions are: %2.</source>
        <translation>Action d’audit inconnue « %1 » ; les actions sont : %2.</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+7"/>
        <location line="+70"/>
        <source>Reading the audit trail</source>
        <translation>Lecture du journal d’audit</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Row %1 is missing: the trail goes from %2 to %3.</source>
        <translation>La ligne %1 manque : le journal passe de %2 à %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1 (%2) does not follow row %3: its link to the previous row does not match.</source>
        <translation>La ligne %1 (%2) ne suit pas la ligne %3 : son lien vers la ligne précédente ne correspond pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1 (%2) has been changed: its content no longer matches its hash.</source>
        <translation>La ligne %1 (%2) a été modifiée : son contenu ne correspond plus à son empreinte.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+15"/>
        <source>Could not write the export.</source>
        <translation>Impossible d’écrire l’export.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Chaining the audit trail</source>
        <translation>Le chaînage du journal d’audit</translation>
    </message>
</context>
<context>
    <name>Automatic1111Provider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="+529"/>
        <source>no &quot;images&quot; list</source>
        <translation>pas de liste « images »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>des données d’image qui ne sont ni PNG, ni JPEG, ni WebP</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a progress that is not a number from 0 to 1</source>
        <translation>une progression qui n’est pas un nombre de 0 à 1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 makes images, not 3D models.</source>
        <translation>%1 produit des images, pas des modèles 3D.</translation>
    </message>
</context>
<context>
    <name>BenchmarkService</name>
    <message>
        <location filename="../services/analytics/benchmarkservice.cpp" line="+49"/>
        <location line="+4"/>
        <source>Listing the brands of the industry</source>
        <translation>La liste des marques du secteur</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Computing the industry&apos;s figures</source>
        <translation>Le calcul des chiffres du secteur</translation>
    </message>
</context>
<context>
    <name>BrandPolicy</name>
    <message>
        <location filename="../services/ai/brandpolicy.cpp" line="+18"/>
        <source>Reading the brand&apos;s AI policy</source>
        <translation>La lecture de la politique IA de la marque</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown watermark &quot;%1&quot;; a brand&apos;s generations are watermarked with: %2.</source>
        <translation>Filigrane « %1 » inconnu ; les générations d’une marque sont filigranées avec : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visible watermark&apos;s text is at most 120 characters.</source>
        <translation>Le texte d’un filigrane visible fait au plus 120 caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setting the brand&apos;s AI policy</source>
        <translation>La définition de la politique IA de la marque</translation>
    </message>
</context>
<context>
    <name>BrandService</name>
    <message>
        <location filename="../services/core/brandservice.cpp" line="+13"/>
        <source>Listing the brands</source>
        <translation>La liste des marques</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking up the brand</source>
        <translation>La recherche de la marque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no brand &quot;%1&quot; in this database.</source>
        <translation>Il n’y a pas de marque « %1 » dans cette base.</translation>
    </message>
</context>
<context>
    <name>BreakdownService</name>
    <message>
        <location filename="../services/analytics/breakdownservice.cpp" line="+26"/>
        <source>Unknown property &quot;%1&quot;; the properties are: %2.</source>
        <translation>Propriété « %1 » inconnue ; les propriétés sont : %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Breaking down by %1</source>
        <translation>La ventilation par %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Attributing the purchases</source>
        <translation>L’attribution des achats</translation>
    </message>
</context>
<context>
    <name>CacheService</name>
    <message>
        <location filename="../services/monitoring/cacheservice.cpp" line="+53"/>
        <source>Analyses&apos; results kept in this process</source>
        <translation>Résultats d’analyses gardés par ce processus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the AI results cache&apos;s figures</source>
        <translation>Lecture des chiffres du cache des résultats IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI results answered again without a new generation</source>
        <translation>Résultats IA redonnés sans nouvelle génération</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SQLite connection has no native handle to read its page cache from.</source>
        <translation>La connexion SQLite n’a pas de descripteur natif où lire son cache de pages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite&apos;s page cache of this connection</source>
        <translation>Cache de pages SQLite de cette connexion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading PostgreSQL&apos;s buffer cache statistics</source>
        <translation>Lecture des statistiques du cache de PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL&apos;s shared buffers, table blocks (99 % or more expected)</source>
        <translation>Tampons partagés de PostgreSQL, blocs de tables (99 % ou plus attendus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL&apos;s shared buffers, index blocks (99 % or more expected)</source>
        <translation>Tampons partagés de PostgreSQL, blocs d’index (99 % ou plus attendus)</translation>
    </message>
    <message>
        <location filename="../ui/ai/thumbnailcache.cpp" line="+64"/>
        <source>Thumbnails of the AI Studio&apos;s results held in this console</source>
        <translation>Vignettes des résultats de l’AI Studio gardées dans cette console</translation>
    </message>
</context>
<context>
    <name>CancelToken</name>
    <message>
        <location filename="../services/core/canceltoken.cpp" line="+53"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <location filename="../services/reports/chartpainter.cpp" line="+398"/>
        <source>%1: %2 (anomaly)</source>
        <translation>%1 : %2 (anomalie)</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Step %1: %2 → %3: %4 users</source>
        <translation>Étape %1 : %2 → %3 : %4 utilisateurs</translation>
    </message>
</context>
<context>
    <name>Collaboration</name>
    <message>
        <location filename="../services/collaboration/resources.cpp" line="+59"/>
        <source>Recording the local person</source>
        <translation>Enregistrement de la personne locale</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Finding who is connected</source>
        <translation>Recherche de la personne connectée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL role &quot;%1&quot; is not a person of this Atelier database: an administrator adds people with atelier users add.</source>
        <translation>Le rôle PostgreSQL « %1 » n’est pas une personne de cette base Atelier : un administrateur ajoute les personnes avec atelier users add.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording the administrator as a person</source>
        <translation>Enregistrement de l’administrateur comme personne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A chart belongs to a brand: name it (--brand).</source>
        <translation>Un graphique appartient à une marque : indiquez-la (--brand).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown resource type &quot;%1&quot;; the types are: %2.</source>
        <translation>Type de ressource inconnu « %1 » ; les types sont : %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding the %1 &quot;%2&quot;</source>
        <translation>Recherche de %1 « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no %1 &quot;%2&quot; that you may see.</source>
        <translation>Aucun %1 « %2 » que vous puissiez voir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking up &quot;%1&quot;</source>
        <translation>Recherche de « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no person named &quot;%1&quot; that you may see.</source>
        <translation>Aucune personne nommée « %1 » que vous puissiez voir.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../cli/dispatch.cpp" line="+41"/>
        <source>Database URL (sqlite:///path or postgresql://…).</source>
        <translation>URL de la base de données (sqlite:///chemin ou postgresql://…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>--%1: &quot;%2&quot; is not a whole number between %3 and %4.</source>
        <translation>--%1 : « %2 » n’est pas un nombre entier entre %3 et %4.</translation>
    </message>
    <message>
        <location filename="../cli/setupverbs.cpp" line="+30"/>
        <source>%1: schema is up to date (version %2).</source>
        <translation>%1 : le schéma est à jour (version %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: schema migrated from version %2 to %3 (%4).</source>
        <translation>%1 : schéma migré de la version %2 à la version %3 (%4).</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Random seed (same seed, same data).</source>
        <translation>Graine aléatoire (même graine, mêmes données).</translation>
    </message>
    <message>
        <location filename="../cli/analyticsverbs.cpp" line="+1091"/>
        <location line="+20"/>
        <location filename="../cli/monitoringverbs.cpp" line="+416"/>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../cli/securityverbs.cpp" line="+306"/>
        <location filename="../cli/setupverbs.cpp" line="-9"/>
        <location filename="../cli/workflowrunverbs.cpp" line="+337"/>
        <location line="+38"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../cli/setupverbs.cpp" line="+10"/>
        <source>Number of analytics events.</source>
        <translation>Nombre d’événements analytiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days of history.</source>
        <translation>Nombre de jours d’historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the data, UTC (default: now).</source>
        <translation>Dernier jour des données, UTC (par défaut : maintenant).</translation>
    </message>
    <message>
        <location filename="../cli/analyticsverbs.cpp" line="-1070"/>
        <location filename="../cli/exportverbs.cpp" line="+62"/>
        <location filename="../cli/securityverbs.cpp" line="-246"/>
        <location filename="../cli/setupverbs.cpp" line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../cli/setupverbs.cpp" line="-116"/>
        <source>--end-date: &quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>--end-date : « %1 » n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: demo data written: %2 brands, %3 people, %4 events from %5 visitors, %6 generations, %7 experiments, in %8 s (events %9 s).</source>
        <translation>%1 : données de démonstration écrites : %2 marques, %3 personnes, %4 événements de %5 visiteurs, %6 générations, %7 expériences, en %8 s (événements %9 s).</translation>
    </message>
    <message>
        <location filename="../cli/dispatch.cpp" line="-219"/>
        <location filename="../cli/exportverbs.cpp" line="+13"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../cli/setupverbs.cpp" line="+33"/>
        <source>Database:       %1 (%2)</source>
        <translation>Base de données : %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:           %1</source>
        <translation>Utilisateur :     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1 (this Atelier knows %2)</source>
        <translation>Version du schéma : %1 (cet Atelier connaît %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../cli/monitoringverbs.cpp" line="-350"/>
        <location line="+160"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+132"/>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Total ms</source>
        <translation>Total ms</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Mean ms</source>
        <translation>Moyenne ms</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max ms</source>
        <translation>Max ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <location filename="../cli/setupverbs.cpp" line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No statement was timed in the last %1.</source>
        <translation>Aucune instruction n’a été chronométrée sur la dernière période de %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pg_stat_statements, top statements by total time over the window (snapshots of %1 and %2):</source>
        <translation>pg_stat_statements, instructions en tête par temps total sur la fenêtre (instantanés de %1 et %2) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The statistics were reset between the two snapshots: statements count from the reset.</source>
        <translation>Les statistiques ont été remises à zéro entre les deux instantanés : les instructions comptent depuis la remise à zéro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pg_stat_statements, top statements by total time (since %1):</source>
        <translation>pg_stat_statements, instructions en tête par temps total (depuis %1) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s start</source>
        <translation>le démarrage du serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks hit</source>
        <translation>Blocs trouvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks read</source>
        <translation>Blocs lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hits</source>
        <translation>Succès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misses</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit ratio</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evictions</source>
        <translation>Évictions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Applied in %1 ms: %2</source>
        <translation>Appliqué en %1 ms : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After:  %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statement&apos;s estimated cost: %1 before, %2 now (HypoPG estimated %3).</source>
        <translation>Coût estimé de l’instruction : %1 avant, %2 maintenant (HypoPG estimait %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing: not installed</source>
        <translation>rien : non installé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No advice: nothing measured calls for a change.</source>
        <translation>Aucun conseil : rien de ce qui a été mesuré n’appelle de changement.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Latency ms</source>
        <translation>Latence ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Raised</source>
        <translation>Levée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+19"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give exactly one of --above N and --below N.</source>
        <translation>Donnez exactement une option parmi --above N et --below N.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1 : « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alert rule &quot;%1&quot; added (%2).</source>
        <translation>Règle d’alerte « %1 » ajoutée (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 rules evaluated: %2 alerts raised, %3 resolved.</source>
        <translation>%1 règles évaluées : %2 alertes levées, %3 résolues.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: another console or monitor of this database made this round.</source>
        <translation>%1 : une autre console ou un autre moniteur de cette base a fait ce tour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2; the alert rules are evaluated by the administrator&apos;s console or monitor.</source>
        <translation>%1 : %2 ; les règles d’alerte sont évaluées par la console ou le moniteur de l’administrateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>checks made by another console</source>
        <translation>vérifications faites par une autre console</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: %2; %3 rules evaluated, %4 alerts raised, %5 resolved.</source>
        <translation>%1 : %2 ; %3 règles évaluées, %4 alertes levées, %5 résolues.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the statements the product timed over a window, and pg_stat_statements&apos; top ones</source>
        <translation>les instructions chronométrées par le produit sur une période, et celles en tête de pg_stat_statements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far back: a number of hours or days (1h, 24h, 7d).</source>
        <translation>Jusqu’où remonter : un nombre d’heures ou de jours (1h, 24h, 7d).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hit ratios of the result cache and of the database&apos;s cache</source>
        <translation>taux de succès du cache des résultats et du cache de la base</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optimisation advice with its evidence; --apply runs one (administrators)</source>
        <translation>conseils d’optimisation avec leurs preuves ; --apply en exécute un (administrateurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this advice (its ID) and measure again.</source>
        <translation>Appliquer ce conseil (son ID) et mesurer de nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>each service healthy, degraded or down (exit code 3 when one is down)</source>
        <translation>chaque service sain, dégradé ou en panne (code de sortie 3 quand l’un est en panne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the checks in the health history.</source>
        <translation>Garder les vérifications dans l’historique de l’état des services.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open alerts (--all: resolved ones too)</source>
        <translation>les alertes ouvertes (--all : les résolues aussi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved alerts too.</source>
        <translation>Les alertes résolues aussi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the alert rules</source>
        <translation>les règles d’alerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add an alert rule on a metric</source>
        <translation>ajoute une règle d’alerte sur une métrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s name.</source>
        <translation>Le nom de la règle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>query_p95_ms, query_mean_ms, query_calls (optionally :SERVICE), health_down:SERVICE, health_latency_ms:SERVICE.</source>
        <translation>query_p95_ms, query_mean_ms, query_calls (avec :SERVICE au choix), health_down:SERVICE, health_latency_ms:SERVICE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metric</source>
        <translation>métrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise when the metric is above this value.</source>
        <translation>Lever l’alerte quand la métrique dépasse cette valeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise when the metric is below this value.</source>
        <translation>Lever l’alerte quand la métrique passe sous cette valeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over how many minutes the metric is measured (default 5).</source>
        <translation>Sur combien de minutes la métrique est mesurée (5 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info, warning or critical (default warning).</source>
        <translation>info, warning ou critical (warning par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep the health history and evaluate the alert rules every interval, until stopped</source>
        <translation>garde l’historique de l’état des services et évalue les règles d’alerte à chaque intervalle, jusqu’à l’arrêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between rounds, 10 to 3600 (default 60).</source>
        <translation>Secondes entre deux passages, de 10 à 3600 (60 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One round, then stop.</source>
        <translation>Un passage, puis s’arrêter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evaluate the alert rules now: raise and resolve alerts</source>
        <translation>évalue maintenant les règles d’alerte : lève et résout les alertes</translation>
    </message>
    <message>
        <location filename="../cli/dispatch.cpp" line="+97"/>
        <source>Unknown command &quot;%1&quot;; see atelier --help.</source>
        <translation>Commande « %1 » inconnue ; voir atelier --help.</translation>
    </message>
    <message>
        <location filename="../cli/analyticsverbs.cpp" line="+149"/>
        <source> (mismatch)</source>
        <translation> (écart)</translation>
    </message>
    <message>
        <location filename="../cli/dispatch.cpp" line="-104"/>
        <source>Brand slug.</source>
        <translation>Identifiant (slug) de la marque.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <location filename="../cli/analyticsverbs.cpp" line="-142"/>
        <location filename="../cli/exportverbs.cpp" line="+1"/>
        <source>First day, UTC (default: 30 days ago).</source>
        <translation>Premier jour, UTC (par défaut : il y a 30 jours).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/exportverbs.cpp" line="+1"/>
        <source>Day after the last one, UTC (default: tomorrow).</source>
        <translation>Jour suivant le dernier, UTC (par défaut : demain).</translation>
    </message>
    <message>
        <location line="+1008"/>
        <source>Only this experiment.</source>
        <translation>Seulement cette expérience.</translation>
    </message>
    <message>
        <location line="-1015"/>
        <location filename="../cli/collaborationverbs.cpp" line="+375"/>
        <location filename="../cli/exportverbs.cpp" line="-4"/>
        <location filename="../cli/monitoringverbs.cpp" line="-19"/>
        <location filename="../cli/securityverbs.cpp" line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../cli/dispatch.cpp" line="+241"/>
        <location filename="../cli/securityverbs.cpp" line="-10"/>
        <source>--%1: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>--%1 : « %2 » n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The range is empty or inverted: --from %1 must come before --to %2.</source>
        <translation>La période est vide ou inversée : --from %1 doit précéder --to %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/analyticsverbs.cpp" line="+261"/>
        <source>Peer figures are hidden: %1 has %n peer(s) in its industry, fewer than %2.</source>
        <translation>
            <numerusform>Les chiffres des pairs sont masqués : %1 a %n pair dans son secteur, moins de %2.</numerusform>
            <numerusform>Les chiffres des pairs sont masqués : %1 a %n pairs dans son secteur, moins de %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+741"/>
        <source>Daily metrics to correlate, comma-separated.</source>
        <translation>Métriques journalières à corréler, séparées par des virgules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/exportverbs.cpp" line="-2"/>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Only this daily metric.</source>
        <translation>Seulement cette métrique journalière.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Event that puts a user in a cohort.</source>
        <translation>Événement qui place un utilisateur dans une cohorte.</translation>
    </message>
    <message>
        <location line="-975"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location line="+1066"/>
        <source>Event that counts as coming back.</source>
        <translation>Événement qui compte comme un retour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort period: day, week or month.</source>
        <translation>Période des cohortes : day, week ou month.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of periods after the cohort&apos;s.</source>
        <translation>Nombre de périodes après celle de la cohorte.</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>--steps is required, as in --steps page_view,signup,purchase.</source>
        <translation>--steps est obligatoire, comme dans --steps page_view,signup,purchase.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--filter: &quot;%1&quot; is not STEP:PROPERTY=VALUE with STEP between 1 and %2.</source>
        <translation>--filter : « %1 » n’est pas de la forme ÉTAPE:PROPRIÉTÉ=VALEUR avec ÉTAPE entre 1 et %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--exclude: &quot;%1&quot; is not EVENT:FROM:TO, as in refund:2:3.</source>
        <translation>--exclude : « %1 » n’est pas de la forme ÉVÉNEMENT:DE:À, comme refund:2:3.</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion window, as in 14d, 12h, 30m.</source>
        <translation>Fenêtre de conversion, comme 14d, 12h, 30m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/monitoringverbs.cpp" line="-35"/>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break down by this property of the first step.</source>
        <translation>Ventiler selon cette propriété de la première étape.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step filter STEP:PROPERTY=VALUE (repeatable).</source>
        <translation>Filtre d’étape ÉTAPE:PROPRIÉTÉ=VALEUR (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusion EVENT:FROM:TO (repeatable).</source>
        <translation>Exclusion ÉVÉNEMENT:DE:À (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exclusion</source>
        <translation>exclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the funnel under this name once it has run.</source>
        <translation>Enregistrer l’entonnoir sous ce nom une fois calculé.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Run the saved funnel of this name.</source>
        <translation>Calculer l’entonnoir enregistré de ce nom.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the saved funnel of this name.</source>
        <translation>Supprimer l’entonnoir enregistré de ce nom.</translation>
    </message>
    <message>
        <location filename="../cli/setupverbs.cpp" line="+56"/>
        <source>create or upgrade the schema</source>
        <translation>crée ou met à jour le schéma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fill an empty database with demo data</source>
        <translation>remplit une base vide de données de démonstration</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URL, user, schema version and row counts</source>
        <translation>URL, utilisateur, version du schéma et nombre de lignes</translation>
    </message>
    <message>
        <location filename="../cli/analyticsverbs.cpp" line="-51"/>
        <source>days outside the band expected from trend and weekly pattern</source>
        <translation>jours hors de la bande attendue d’après la tendance et le rythme de la semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>KPIs of the brand against the other brands of its industry</source>
        <translation>indicateurs de la marque face aux autres marques de son secteur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pearson, Spearman and Granger between daily metrics (stored)</source>
        <translation>Pearson, Spearman et Granger entre métriques journalières (enregistrées)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A/B tests: uplift, p-value, probability to beat control, sample-ratio mismatch</source>
        <translation>tests A/B : écart relatif, valeur p, probabilité de battre le témoin, déséquilibre des échantillons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ordered funnel: users, conversion and time between steps</source>
        <translation>entonnoir ordonné : utilisateurs, conversion et temps entre les étapes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the saved funnels</source>
        <translation>les entonnoirs enregistrés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the most frequent paths of K events within a session</source>
        <translation>les chemins les plus fréquents de K événements dans une session</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>active users now, events per minute and top events of the last hour</source>
        <translation>utilisateurs actifs maintenant, événements par minute et les plus fréquents de la dernière heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first-time retention of cohorts, with revenue (stored)</source>
        <translation>rétention des cohortes (premières fois), avec le chiffre d’affaires (enregistrée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day-of-week and hour-of-day indices, heatmap, weekly strength</source>
        <translation>indices par jour de la semaine et par heure, carte de chaleur, force hebdomadaire</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>segment-create needs --name and --criteria JSON.</source>
        <translation>segment-create demande --name et --criteria JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--criteria: not a JSON object (%1 at character %2).</source>
        <translation>--criteria : pas un objet JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Name of the new segment.</source>
        <translation>Nom du nouveau segment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment criteria, as JSON.</source>
        <translation>Critères du segment, en JSON.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved segments with their user counts</source>
        <translation>les segments enregistrés avec leur nombre d’utilisateurs</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>save a segment of users matching a criteria tree (see docs/cli.md)</source>
        <translation>enregistre un segment des utilisateurs qui répondent à un arbre de critères (voir docs/cli.md)</translation>
    </message>
    <message>
        <location line="-629"/>
        <source>Backtest on the last days of the history (mean absolute error per day):</source>
        <translation>Test a posteriori sur les derniers jours de l’historique (erreur absolue moyenne par jour) :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Users most likely to churn (%1 of %2):</source>
        <translation>Utilisateurs les plus susceptibles de partir (%1 sur %2) :</translation>
    </message>
    <message>
        <location line="+591"/>
        <source>How many users to list (default 20).</source>
        <translation>Nombre d’utilisateurs à lister (20 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../cli/collaborationverbs.cpp" line="+2"/>
        <source>viewer, analyst, editor or admin.</source>
        <translation>viewer, analyst, editor ou admin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../cli/setupverbs.cpp" line="+6"/>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name shown to others.</source>
        <translation>Le nom montré aux autres.</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>--role is required: one of %1.</source>
        <translation>--role est obligatoire : l’un de %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--password-stdin is required: the password is read from standard input, never from the command line.</source>
        <translation>--password-stdin est obligatoire : le mot de passe est lu sur l’entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can now sign in, as %2 of %3.</source>
        <translation>%1 peut maintenant se connecter, comme %2 de %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 est maintenant %2 de %3.</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>PostgreSQL: create a person&apos;s login role and brand membership</source>
        <translation>PostgreSQL : crée le rôle de connexion d’une personne et son appartenance à une marque</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 n’est plus membre de %2.</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>The person to share with.</source>
        <translation>La personne avec qui partager.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view, comment or edit.</source>
        <translation>view, comment ou edit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>permission</source>
        <translation>permission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the resource back from the person.</source>
        <translation>Retirer la ressource à la personne.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>--with is required: the person to share with.</source>
        <translation>--with est obligatoire : la personne avec qui partager.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--permission is required: one of %1 (or --revoke).</source>
        <translation>--permission est obligatoire : l’une de %1 (ou --revoke).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is no longer shared with %3.</source>
        <translation>%1 %2 n’est plus partagé avec %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is shared with %3 (%4).</source>
        <translation>%1 %2 est partagé avec %3 (%4).</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The text.</source>
        <translation>Le texte.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../cli/i18nverbs.cpp" line="+174"/>
        <location line="+2"/>
        <location line="+12"/>
        <location filename="../cli/securityverbs.cpp" line="+290"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The comment replied to.</source>
        <translation>Le commentaire auquel on répond.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/securityverbs.cpp" line="-277"/>
        <location line="+276"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mark the comment as not resolved.</source>
        <translation>Marquer le commentaire comme non résolu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comment, suggestion or issue.</source>
        <translation>comment, suggestion ou issue.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/securityverbs.cpp" line="-277"/>
        <location line="+276"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectangle on an image: x,y,width,height in 0…1.</source>
        <translation>Rectangle sur une image : x,y,largeur,hauteur entre 0 et 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x,y,w,h</source>
        <translation>x,y,l,h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series of a chart.</source>
        <translation>Série d’un graphique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X value on a chart (a number or a date).</source>
        <translation>Valeur x sur un graphique (un nombre ou une date).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+45"/>
        <location line="+54"/>
        <source>--text is required.</source>
        <translation>--text est obligatoire.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>--rect: &quot;%1&quot; is not a number.</source>
        <translation>--rect : « %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>share a generation, collection, funnel, segment, workflow or dataset with a person</source>
        <translation>partage une génération, une collection, un entonnoir, un segment, un workflow ou un jeu de données avec une personne</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>An annotation is placed with --rect x,y,width,height (on an image) or --series S --x X (on a chart).</source>
        <translation>Une annotation se place avec --rect x,y,largeur,hauteur (sur une image) ou --series S --x X (sur un graphique).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rect: expected four numbers x,y,width,height (got &quot;%1&quot;).</source>
        <translation>--rect : quatre nombres attendus x,y,largeur,hauteur (reçu « %1 »).</translation>
    </message>
    <message>
        <location filename="../cli/securityverbs.cpp" line="-278"/>
        <source>Only this person (username).</source>
        <translation>Seulement cette personne (nom d’utilisateur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this action.</source>
        <translation>Seulement cette action.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this resource type.</source>
        <translation>Seulement ce type de ressource.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this resource.</source>
        <translation>Seulement cette ressource.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From this UTC day.</source>
        <translation>À partir de ce jour UTC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before this UTC day.</source>
        <translation>Avant ce jour UTC.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Rows after this sequence number (paging).</source>
        <translation>Lignes après ce numéro de séquence (pagination).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seq</source>
        <translation>seq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many rows (default 100).</source>
        <translation>Au plus ce nombre de lignes (100 par défaut).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <location filename="../cli/exportverbs.cpp" line="-2"/>
        <location filename="../cli/i18nverbs.cpp" line="+19"/>
        <location filename="../cli/securityverbs.cpp" line="-23"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../cli/securityverbs.cpp" line="-143"/>
        <source>--out is required: the CSV file to write.</source>
        <translation>--out est obligatoire : le fichier CSV à écrire.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The audit trail is broken at row %1 (of %2 read): %3</source>
        <translation>Le journal d’audit est rompu à la ligne %1 (sur %2 lues) : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The audit trail is intact: %n row(s), each linked to the one before.</source>
        <translation>
            <numerusform>Le journal d’audit est intact : %n ligne, chacune liée à la précédente.</numerusform>
            <numerusform>Le journal d’audit est intact : %n lignes, chacune liée à la précédente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n row(s) were recorded before the trail was chained and carry no hash.</source>
        <translation>
            <numerusform>La première ligne a été enregistrée avant le chaînage du journal et n’a pas d’empreinte.</numerusform>
            <numerusform>Les %n premières lignes ont été enregistrées avant le chaînage du journal et n’ont pas d’empreinte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Head: row %1, hash %2 (keep it elsewhere: a later verify that shows another hash for this row means the trail was rewritten).</source>
        <translation>Tête : ligne %1, empreinte %2 (gardez-la ailleurs : une vérification ultérieure montrant une autre empreinte pour cette ligne signifie que le journal a été réécrit).</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--passphrase-stdin is required: the passphrase is read from standard input, never from the command line.</source>
        <translation>--passphrase-stdin est obligatoire : la phrase secrète est lue sur l’entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No data key yet: sensitive fields are not encrypted. Create one with atelier secrets init.</source>
        <translation>Pas encore de clé de données : les champs sensibles ne sont pas chiffrés. Créez-en une avec atelier secrets init.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data key %1, wrapped by a passphrase, last changed %2.</source>
        <translation>Clé de données %1, protégée par une phrase secrète, changée le %2.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The data key is created; sensitive fields are encrypted at rest.</source>
        <translation>La clé de données est créée ; les champs sensibles sont chiffrés au repos.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>New data key; %n value(s) re-encrypted.</source>
        <translation>
            <numerusform>Nouvelle clé de données ; %n valeur chiffrée à nouveau.</numerusform>
            <numerusform>Nouvelle clé de données ; %n valeurs chiffrées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/collaborationverbs.cpp" line="+231"/>
        <source>Count everything shown as read.</source>
        <translation>Compter tout ce qui est affiché comme lu.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>what was shared with you and the comments that mention you, new ones marked</source>
        <translation>ce qui a été partagé avec vous et les commentaires qui vous mentionnent, les nouveaux marqués</translation>
    </message>
    <message>
        <location filename="../cli/securityverbs.cpp" line="+117"/>
        <source>visible, invisible or metadata.</source>
        <translation>visible, invisible ou metadata.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>genre</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The image to read.</source>
        <translation>L’image à lire.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The image to write (.png, .jpg).</source>
        <translation>L’image à écrire (.png, .jpg).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the image is, as ai_generation.</source>
        <translation>Ce qu’est l’image, comme ai_generation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its id.</source>
        <translation>Son identifiant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of a visible watermark.</source>
        <translation>Le texte d’un filigrane visible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-left, top-right, bottom-left, bottom-right or center.</source>
        <translation>top-left, top-right, bottom-left, bottom-right ou center.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 1 (default 0.35).</source>
        <translation>0 à 1 (0,35 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opacity</source>
        <translation>opacité</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>--input is required: the image to read.</source>
        <translation>--input est obligatoire : l’image à lire.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>--%1 is required to apply a watermark.</source>
        <translation>--%1 est obligatoire pour poser un filigrane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--opacity: &quot;%1&quot; is not a number.</source>
        <translation>--opacity : « %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../cli/exportverbs.cpp" line="+0"/>
        <source>The report to write: .pdf or .csv.</source>
        <translation>Le rapport à écrire : .pdf ou .csv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyses to include, comma-separated (default: all).</source>
        <translation>Analyses à inclure, séparées par des virgules (par défaut : toutes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pdf or csv (default: from the extension of --out).</source>
        <translation>pdf ou csv (par défaut : d’après l’extension de --out).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The saved funnel to report (default: the purchase funnel).</source>
        <translation>L’entonnoir enregistré à présenter (par défaut : l’entonnoir d’achat).</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>--out is required: the file to write, as report.pdf or report.csv.</source>
        <translation>--out est obligatoire : le fichier à écrire, comme report.pdf ou report.csv.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing the analyses: %1 of %2</source>
        <translation>Calcul des analyses : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %1 (%n analysis(es)).</source>
        <translation>
            <numerusform>%1 écrit (%n analyse).</numerusform>
            <numerusform>%1 écrit (%n analyses).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the offline report: a PDF with a chart and a table per analysis, or every table as CSV</source>
        <translation>le rapport hors ligne : un PDF avec un graphique et un tableau par analyse, ou tous les tableaux en CSV</translation>
    </message>
    <message>
        <location filename="../cli/securityverbs.cpp" line="+40"/>
        <source>The data key is wrapped by this desktop&apos;s OS keychain instead of a passphrase (one person on one desktop).</source>
        <translation>La clé de données est protégée par le trousseau du système de ce poste au lieu d’une phrase secrète (une personne sur un poste).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>rotate --keychain: move the data key to a passphrase read from standard input.</source>
        <translation>rotate --keychain : confier la clé de données à une phrase secrète lue sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Choose --keychain or --passphrase-stdin, not both.</source>
        <translation>Choisissez --keychain ou --passphrase-stdin, pas les deux.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--new-passphrase-stdin goes with rotate --keychain.</source>
        <translation>--new-passphrase-stdin s’emploie avec rotate --keychain.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Data key %1, wrapped by this desktop&apos;s keychain, last changed %2.</source>
        <translation>Clé de données %1, protégée par le trousseau de ce poste, changée le %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data key %1, wrapped by the keychain of another desktop, last changed %2.</source>
        <translation>Clé de données %1, protégée par le trousseau d’un autre poste, changée le %2.</translation>
    </message>
    <message>
        <location filename="../cli/setupverbs.cpp" line="-62"/>
        <source>A SQLite database has no password: db login and db logout are for PostgreSQL URLs.</source>
        <translation>Une base SQLite n’a pas de mot de passe : db login et db logout sont pour les URL PostgreSQL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: password removed from the keychain.</source>
        <translation>%1 : mot de passe retiré du trousseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the keychain held no password for it.</source>
        <translation>%1 : le trousseau ne contenait pas de mot de passe pour elle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No terminal to ask for the password: give it on standard input with --password-stdin.</source>
        <translation>Pas de terminal où demander le mot de passe : donnez-le sur l’entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password given: nothing was stored.</source>
        <translation>Aucun mot de passe donné : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: password stored in the keychain; Atelier uses it whenever this URL comes without one.</source>
        <translation>%1 : mot de passe enregistré dans le trousseau ; Atelier s’en sert chaque fois que cette URL arrive sans.</translation>
    </message>
    <message>
        <location filename="../cli/collaborationverbs.cpp" line="-218"/>
        <source>--series needs --x: the number or date on the series where the note goes.</source>
        <translation>--series demande --x : le nombre ou la date de la série où va la note.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/securityverbs.cpp" line="-150"/>
        <source>%n more row(s) are recorded but not chained yet (another chaining is under way or their transaction is still open); verify again to check them.</source>
        <translation>
            <numerusform>%n autre ligne est enregistrée mais pas encore chaînée (un autre chaînage est en cours ou sa transaction est encore ouverte) ; vérifiez de nouveau pour la contrôler.</numerusform>
            <numerusform>%n autres lignes sont enregistrées mais pas encore chaînées (un autre chaînage est en cours ou leur transaction est encore ouverte) ; vérifiez de nouveau pour les contrôler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/analyticsverbs.cpp" line="+1"/>
        <source>Store the predictions and record what happened for past ones.</source>
        <translation>Enregistrer les prédictions et consigner ce qui s’est passé pour les précédentes.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>revenue, conversion and churn forecasts with intervals (--save: stored, scored later)</source>
        <translation>prévisions de chiffre d’affaires, de conversion et d’attrition avec intervalles (--save : enregistrées, évaluées plus tard)</translation>
    </message>
    <message>
        <location filename="../cli/accessibilityverbs.cpp" line="+115"/>
        <source>accessibility audit opens the console&apos;s windows: it needs a graphical application (run it through the atelier program).</source>
        <translation>accessibility audit ouvre les fenêtres de la console : il lui faut une application graphique (lancez-le par le programme atelier).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give either --page or --all, not both.</source>
        <translation>Donnez --page ou --all, pas les deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--page: &quot;%1&quot; is not a page; the pages are %2.</source>
        <translation>--page : « %1 » n’est pas une page ; les pages sont %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--theme: &quot;%1&quot; is not a theme; give light or dark.</source>
        <translation>--theme : « %1 » n’est pas un thème ; donnez light ou dark.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--language: &quot;%1&quot; is not a language of Atelier; give one of %2.</source>
        <translation>--language : « %1 » n’est pas une langue d’Atelier ; donnez l’une de %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The console did not finish opening %1 within two minutes.</source>
        <translation>La console n’a pas fini d’ouvrir %1 en deux minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console does not show brand &quot;%1&quot;.</source>
        <translation>La console n’affiche pas la marque « %1 ».</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+4"/>
        <location line="+34"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <location filename="../cli/analyticsverbs.cpp" line="-583"/>
        <location line="+52"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/i18nverbs.cpp" line="-148"/>
        <location filename="../cli/monitoringverbs.cpp" line="-121"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../cli/workflowrunverbs.cpp" line="-310"/>
        <location filename="../cli/workflowverbs.cpp" line="+201"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/i18nverbs.cpp" line="-22"/>
        <location line="+21"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>audit the console&apos;s pages offscreen (names, keyboard, contrast, targets, truncation, shortcuts) and score them 0–100</source>
        <translation>auditer les pages de la console hors écran (noms, clavier, contraste, cibles, textes coupés, raccourcis) et les noter de 0 à 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page or dialog to audit (default: all).</source>
        <translation>La page ou la boîte de dialogue à auditer (par défaut : toutes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Audit every page and dialog.</source>
        <translation>Auditer chaque page et boîte de dialogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light or dark.</source>
        <translation>light ou dark.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the console (default: yours).</source>
        <translation>La langue de la console (par défaut : la vôtre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/i18nverbs.cpp" line="+114"/>
        <location line="+12"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the reports in the database (accessibility history).</source>
        <translation>Garder les rapports dans la base de données (accessibility history).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the audits kept with --save, newest first</source>
        <translation>les audits gardés avec --save, les plus récents d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this page.</source>
        <translation>Seulement cette page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many reports.</source>
        <translation>Au plus ce nombre de rapports.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli/analyticsverbs.cpp" line="-431"/>
        <source>--%1: unknown metric &quot;%2&quot;; the metrics are: %3.</source>
        <translation>--%1 : métrique « %2 » inconnue ; les métriques sont : %3.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned share</source>
        <translation>Part prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+595"/>
        <location line="+88"/>
        <location line="+64"/>
        <location line="+40"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="-786"/>
        <location line="+748"/>
        <location line="+9"/>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <location line="-756"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uplift</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+283"/>
        <source>95% low</source>
        <translation>Borne basse 95 %</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+283"/>
        <source>95% high</source>
        <translation>Borne haute 95 %</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+150"/>
        <source>p-value</source>
        <translation>valeur p</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Probability to beat control</source>
        <translation>Probabilité de battre le témoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected loss</source>
        <translation>Perte attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample ratio p-value</source>
        <translation>Valeur p de l’équilibre des échantillons</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+222"/>
        <location filename="../cli/collaborationverbs.cpp" line="+57"/>
        <location filename="../cli/securityverbs.cpp" line="+188"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <location line="+273"/>
        <location filename="../cli/monitoringverbs.cpp" line="-2"/>
        <location filename="../cli/workflowverbs.cpp" line="+7"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-646"/>
        <source>Percentile rank</source>
        <translation>Rang centile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer median</source>
        <translation>Médiane des pairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer 25th percentile</source>
        <translation>25e centile des pairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer 75th percentile</source>
        <translation>75e centile des pairs</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Metric A</source>
        <translation>Métrique A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric B</source>
        <translation>Métrique B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pearson r</source>
        <translation>r de Pearson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spearman ρ</source>
        <translation>ρ de Spearman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granger p</source>
        <translation>p de Granger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granger lag (days)</source>
        <translation>Décalage de Granger (jours)</translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../cli/collaborationverbs.cpp" line="-29"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/collaborationverbs.cpp" line="+31"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>80% low</source>
        <translation>Borne basse 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% high</source>
        <translation>Borne haute 80 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+74"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+64"/>
        <location filename="../cli/monitoringverbs.cpp" line="-1"/>
        <location line="+19"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Days held out</source>
        <translation>Jours mis de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model error</source>
        <translation>Erreur du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seasonal-naive error</source>
        <translation>Erreur du modèle saisonnier naïf</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../cli/securityverbs.cpp" line="-159"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last event</source>
        <translation>Jours depuis le dernier événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events (30 days)</source>
        <translation>Événements (30 jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active days</source>
        <translation>Jours actifs</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>Borne basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Borne haute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>--saved runs the funnel as it was saved: it takes no --%1.</source>
        <translation>--saved exécute l’entonnoir tel qu’il a été enregistré : il ne prend pas --%1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+46"/>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location line="-45"/>
        <location filename="../cli/workflowrunverbs.cpp" line="+0"/>
        <location line="+151"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion from start</source>
        <translation>Conversion depuis le début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion from previous</source>
        <translation>Conversion depuis l’étape précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time from previous (s)</source>
        <translation>Temps médian depuis l’étape précédente (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time from previous (s)</source>
        <translation>Temps moyen depuis l’étape précédente (s)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../cli/monitoringverbs.cpp" line="-20"/>
        <location line="+19"/>
        <location filename="../cli/workflowsecretverbs.cpp" line="+80"/>
        <location filename="../cli/workflowverbs.cpp" line="-38"/>
        <location line="+21"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window (s)</source>
        <translation>Fenêtre (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../cli/workflowverbs.cpp" line="-20"/>
        <location line="+31"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Revenue per user</source>
        <translation>Chiffre d’affaires par utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attribution model</source>
        <translation>Modèle d’attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>figures per channel, with first-touch, last-touch and linear attribution</source>
        <translation>chiffres par canal, avec l’attribution au premier contact, au dernier contact et linéaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>figures per device, browser and operating system</source>
        <translation>chiffres par appareil, navigateur et système d’exploitation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The steps: event types separated by commas.</source>
        <translation>Les étapes : types d’événements séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>figures per country</source>
        <translation>chiffres par pays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event the journeys start from (default page_view).</source>
        <translation>Événement d’où partent les parcours (par défaut page_view).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many events to follow (default 3).</source>
        <translation>Nombre d’événements à suivre (par défaut 3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day the forecasts learn from, UTC (default: 180 days before --to).</source>
        <translation>Premier jour dont les prévisions apprennent, UTC (par défaut : 180 jours avant --to).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day forecast, UTC (default: today).</source>
        <translation>Premier jour prévu, UTC (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <location filename="../cli/collaborationverbs.cpp" line="-244"/>
        <location line="+52"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Shown as</source>
        <translation>Affiché comme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login role</source>
        <translation>Rôle de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/monitoringverbs.cpp" line="+7"/>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose --permission or --revoke, not both.</source>
        <translation>Choisissez --permission ou --revoke, pas les deux.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../cli/securityverbs.cpp" line="+2"/>
        <location line="+159"/>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/securityverbs.cpp" line="-158"/>
        <location line="+159"/>
        <source>Resource ID</source>
        <translation>ID de la ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+103"/>
        <location filename="../cli/monitoringverbs.cpp" line="-80"/>
        <location line="+60"/>
        <location line="+21"/>
        <location line="+110"/>
        <location filename="../cli/workflowrunverbs.cpp" line="+102"/>
        <location filename="../cli/workflowverbs.cpp" line="-31"/>
        <location line="+32"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+105"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <location line="+29"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="-133"/>
        <location filename="../cli/monitoringverbs.cpp" line="-132"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../cli/monitoringverbs.cpp" line="-52"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/monitoringverbs.cpp" line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../cli/securityverbs.cpp" line="-163"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unread: %1 share(s), %2 mention(s), %3 alert(s).</source>
        <translation>Non lus : %1 partage(s), %2 mention(s), %3 alerte(s).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>PostgreSQL: give a person a role in a brand, or change the one they have</source>
        <translation>PostgreSQL : donne à une personne un rôle dans une marque, ou change celui qu’elle a</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PostgreSQL: take a person out of a brand</source>
        <translation>PostgreSQL : retire une personne d’une marque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL: the people, their login roles and brand memberships</source>
        <translation>PostgreSQL : les personnes, leurs rôles de connexion et leurs appartenances aux marques</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>what others shared with you</source>
        <translation>ce que d’autres ont partagé avec vous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who may do what on a resource</source>
        <translation>qui peut faire quoi sur une ressource</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comment on a resource, or reply to a comment; @name mentions a person</source>
        <translation>commente une ressource, ou répond à un commentaire ; @nom mentionne une personne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the comments on a resource, replies under the comment they answer</source>
        <translation>les commentaires d’une ressource, chaque réponse sous le commentaire auquel elle répond</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change the text of a comment</source>
        <translation>change le texte d’un commentaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete a comment</source>
        <translation>supprime un commentaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mark a comment as resolved (or, with --reopen, as not resolved)</source>
        <translation>marque un commentaire comme résolu (ou, avec --reopen, comme non résolu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>place a note on an image (--rect) or on a point of a chart&apos;s series (--series, --x)</source>
        <translation>place une note sur une image (--rect) ou sur un point d’une série d’un graphique (--series, --x)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the notes placed on an image or on a chart</source>
        <translation>les notes placées sur une image ou sur un graphique</translation>
    </message>
    <message>
        <location filename="../cli/dispatch.cpp" line="-241"/>
        <source>Output format: %1.</source>
        <translation>Format de sortie : %1.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>&quot;atelier %1&quot; needs a command: %2.</source>
        <translation>« atelier %1 » demande une commande : %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown %1 command &quot;%2&quot;; the %1 commands are: %3.</source>
        <translation>Commande %1 « %2 » inconnue ; les commandes %1 sont : %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: atelier %1 %2</source>
        <translation>Usage : atelier %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an option of &quot;atelier %2&quot;; its options are: %3.</source>
        <translation>%1 n’est pas une option de « atelier %2 » ; ses options sont : %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an option of &quot;atelier %2&quot;.</source>
        <translation>%1 n’est pas une option de « atelier %2 ».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected arguments: %1 (usage: atelier %2 %3).</source>
        <translation>Arguments inattendus : %1 (usage : atelier %2 %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;atelier %1&quot; needs %2 (usage: atelier %1 %3).</source>
        <translation>« atelier %1 » demande %2 (usage : atelier %1 %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format: &quot;%1&quot; is not one of %2.</source>
        <translation>--format : « %1 » n’est pas l’un de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--brand is required: which brand (see atelier db status).</source>
        <translation>--brand est obligatoire : quelle marque (voir atelier db status).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No command given; see atelier --help.</source>
        <translation>Aucune commande donnée ; voir atelier --help.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Usage: atelier [--database URL] [--page NAME]
       atelier VERB [options]

Atelier, the operations console for analytics, AI Studio and collaboration.
Without a verb it opens the console.

Options:
  --database URL   sqlite:///path/file.db or postgresql://user@host[:port]/db[?sslmode=…]
                   (else ATELIER_DATABASE_URL, else the settings, else the embedded database);
                   the password comes from ~/.pgpass, the keychain (db login) or a prompt
  --page NAME      open the console on a page: %1
  --help           show this help
  --version        show the version

Verbs (atelier VERB --help shows a verb&apos;s options):
</source>
        <translation>Usage : atelier [--database URL] [--page NOM]
        atelier VERBE [options]

Atelier, la console d’exploitation pour l’analytique, l’AI Studio et la collaboration.
Sans verbe, elle ouvre la console.

Options :
  --database URL   sqlite:///chemin/fichier.db ou postgresql://utilisateur@hôte[:port]/base[?sslmode=…]
                   (sinon ATELIER_DATABASE_URL, sinon les réglages, sinon la base embarquée) ;
                   le mot de passe vient de ~/.pgpass, du trousseau (db login) ou d’une invite
  --page NOM       ouvre la console sur une page : %1
  --help           affiche cette aide
  --version        affiche la version

Verbes (atelier VERBE --help montre les options d’un verbe) :
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>
The analytics verbs over a range also take --from YYYY-MM-DD --to YYYY-MM-DD (the range [from, to)
in UTC days, default the last 30 days); verbs that print data take --format (see VERB --help).
Exit codes: 0 success, 1 failure, 2 bad usage.
</source>
        <translation>
Les verbes analytics sur une période prennent aussi --from AAAA-MM-JJ --to AAAA-MM-JJ (la période [from, to)
en jours UTC, par défaut les 30 derniers jours) ; les verbes qui affichent des données prennent --format (voir VERBE --help).
Codes de sortie : 0 succès, 1 échec, 2 mauvais usage.
</translation>
    </message>
    <message>
        <location filename="../cli/securityverbs.cpp" line="-1"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Watermark ID</source>
        <translation>ID du filigrane</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>check the tamper-evident audit trail: every row linked to the one before</source>
        <translation>vérifie le journal d’audit infalsifiable : chaque ligne liée à la précédente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page through the audit trail, oldest first</source>
        <translation>parcourt le journal d’audit page par page, du plus ancien au plus récent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write the audit trail&apos;s rows to a CSV file</source>
        <translation>écrit les lignes du journal d’audit dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create the data key that encrypts sensitive fields at rest (Argon2id, XChaCha20-Poly1305)</source>
        <translation>crée la clé de données qui chiffre les champs sensibles au repos (Argon2id, XChaCha20-Poly1305)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the passphrase from standard input.</source>
        <translation>Lire la phrase secrète sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replace the data key and re-encrypt every sensitive field with the new one</source>
        <translation>remplace la clé de données et chiffre de nouveau chaque champ sensible avec la nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the current passphrase from standard input, then the new one on a second line (empty to keep it).</source>
        <translation>Lire la phrase secrète actuelle sur l’entrée standard, puis la nouvelle sur une deuxième ligne (vide pour la garder).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>whether there is a data key, how it is wrapped and when it last changed</source>
        <translation>s’il y a une clé de données, comment elle est protégée et quand elle a changé pour la dernière fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mark an image so that it names its resource</source>
        <translation>marque une image pour qu’elle nomme sa ressource</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>find the watermarks an image carries and the resources they name</source>
        <translation>trouve les filigranes que porte une image et les ressources qu’ils nomment</translation>
    </message>
    <message>
        <location filename="../cli/setupverbs.cpp" line="+33"/>
        <source>PostgreSQL: keep the password of --database&apos;s URL in the OS keychain</source>
        <translation>PostgreSQL : garde le mot de passe de l’URL de --database dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL: remove the password of --database&apos;s URL from the OS keychain</source>
        <translation>PostgreSQL : retire du trousseau du système le mot de passe de l’URL de --database</translation>
    </message>
    <message>
        <location filename="../cli/workflowrunverbs.cpp" line="-254"/>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../cli/monitoringverbs.cpp" line="+24"/>
        <location line="+21"/>
        <location filename="../cli/workflowrunverbs.cpp" line="+0"/>
        <location line="+152"/>
        <location filename="../cli/workflowverbs.cpp" line="-33"/>
        <location line="+23"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../cli/workflowrunverbs.cpp" line="-152"/>
        <location filename="../cli/workflowverbs.cpp" line="-23"/>
        <location line="+25"/>
        <location line="+101"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Scheduled for</source>
        <translation>Prévue pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+151"/>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+151"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Execution %1 does not belong to brand %2.</source>
        <translation>L’exécution %1 n’appartient pas à la marque %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--input: &quot;%1&quot; is not a JSON object (%2).</source>
        <translation>--input : « %1 » n’est pas un objet JSON (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another JSON value</source>
        <translation>une autre valeur JSON</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--status: &quot;%1&quot; is not one of %2.</source>
        <translation>--status : « %1 » n’est pas l’une des valeurs %2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Execution %1 queued again.</source>
        <translation>Exécution %1 remise en file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution %1 queued again from step %2.</source>
        <translation>Exécution %1 remise en file à partir de l’étape %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Execution %1 cancelled.</source>
        <translation>Exécution %1 annulée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 scheduled, %3 claimed, %4 completed, %5 failed, %6 waiting to retry.</source>
        <translation>%1 : %2 planifiées, %3 prises en charge, %4 terminées, %5 en échec, %6 en attente d’une nouvelle tentative.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>queue a manual execution of a workflow (--wait: run it now and show how it ended)</source>
        <translation>met en file une exécution manuelle d’un workflow (--wait : l’exécute aussitôt et montre comment elle s’est terminée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trigger&apos;s payload, a JSON object.</source>
        <translation>Les données du déclencheur, un objet JSON.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the execution in this process and wait for its end.</source>
        <translation>Exécute dans ce processus et attend la fin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list executions, newest first</source>
        <translation>liste les exécutions, les plus récentes d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this workflow&apos;s executions.</source>
        <translation>Seulement les exécutions de ce workflow.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/workflowsecretverbs.cpp" line="+33"/>
        <location filename="../cli/workflowverbs.cpp" line="+32"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only executions in this status (queued, running, waiting, completed, failed, cancelled).</source>
        <translation>Seulement les exécutions dans ce statut (queued, running, waiting, completed, failed, cancelled).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many executions.</source>
        <translation>Au plus ce nombre d’exécutions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an execution and its steps: input, output, error, attempt and duration</source>
        <translation>une exécution et ses étapes : entrée, sortie, erreur, tentative et durée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>queue a failed execution again from its failed step</source>
        <translation>remet en file une exécution échouée à partir de son étape en échec</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancel a queued, waiting or running execution</source>
        <translation>annule une exécution en file, en attente ou en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run due executions and schedules as the connected identity until SIGTERM (--once: one pass)</source>
        <translation>exécute les exécutions et planifications dues au nom de l’identité connectée jusqu’à SIGTERM (--once : un seul passage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the passphrase of the database&apos;s data key from standard input, to sign webhooks with the brands&apos; secrets.</source>
        <translation>Lit sur l’entrée standard la phrase secrète de la clé de données de la base, pour signer les webhooks avec les secrets des marques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule what is due, run what can run, then exit.</source>
        <translation>Planifie ce qui est dû, exécute ce qui peut l’être, puis s’arrête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long an execution stays this runner&apos;s without a sign of life (renewed while a step runs; another runner takes it over after). Default 30.</source>
        <translation>Combien de temps une exécution reste à cet exécuteur sans signe de vie (renouvelé pendant qu’une étape tourne ; un autre exécuteur la reprend ensuite). 30 par défaut.</translation>
    </message>
    <message>
        <location filename="../cli/workflowsecretverbs.cpp" line="-78"/>
        <source>Read the passphrase of the database&apos;s data key from standard input (first line).</source>
        <translation>Lit sur l’entrée standard la phrase secrète de la clé de données de la base (première ligne).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>workflow secret set needs --value-stdin: the value is read from standard input, never from the command line.</source>
        <translation>workflow secret set demande --value-stdin : la valeur est lue sur l’entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--value-stdin: standard input held no value (an empty line).</source>
        <translation>--value-stdin : l’entrée standard ne contenait aucune valeur (une ligne vide).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret %1 of brand %2 stored encrypted; webhooks with &quot;secret_name&quot;: &quot;%1&quot; are signed with it.</source>
        <translation>Secret %1 de la marque %2 enregistré chiffré ; les webhooks avec &quot;secret_name&quot;: &quot;%1&quot; sont signés avec lui.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stored by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sealed with</source>
        <translation>Scellé avec</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secret %1 of brand %2 deleted.</source>
        <translation>Secret %1 de la marque %2 supprimé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every secret of brand %1 is sealed with the database&apos;s data key.</source>
        <translation>Tous les secrets de la marque %1 sont scellés avec la clé de données de la base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored on another desktop, which alone opens them: %1. Set them again with atelier workflow secret set NAME --brand %2 --value-stdin, or run this verb on that desktop.</source>
        <translation>Enregistrés sur un autre poste, seul capable de les ouvrir : %1. Enregistrez-les à nouveau avec atelier workflow secret set NOM --brand %2 --value-stdin, ou lancez cette commande sur ce poste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>brand admins: store a webhook signing secret, encrypted (read from standard input)</source>
        <translation>administrateurs de la marque : enregistrer un secret de signature de webhook, chiffré (lu sur l’entrée standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the value from standard input (one line).</source>
        <translation>Lire la valeur sur l’entrée standard (une ligne).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the brand&apos;s webhook secrets: names, who stored them and when (never the values)</source>
        <translation>les secrets de webhook de la marque : noms, qui les a enregistrés et quand (jamais les valeurs)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>brand admins: seal with the database&apos;s data key the secrets this desktop stored before it</source>
        <translation>admins de marque : scelle avec la clé de données de la base les secrets que ce poste avait enregistrés avant elle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>brand admins: delete a webhook secret</source>
        <translation>administrateurs de la marque : supprimer un secret de webhook</translation>
    </message>
    <message>
        <location filename="../cli/workflowverbs.cpp" line="-230"/>
        <source>--file: cannot read %1: %2</source>
        <translation>--file : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--file: %1 is not JSON: %2 at character %3.</source>
        <translation>--file : %1 n’est pas du JSON : %2 au caractère %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--file: %1 holds no object {&quot;trigger&quot;: …, &quot;actions&quot;: […]}.</source>
        <translation>--file : %1 ne contient pas d’objet {&quot;trigger&quot;: …, &quot;actions&quot;: […]}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--file: %1: &quot;%2&quot; is text.</source>
        <translation>--file : %1 : « %2 » est du texte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--file: %1: unknown key &quot;%2&quot; (a definition has &quot;trigger&quot; and &quot;actions&quot;).</source>
        <translation>--file : %1 : clé inconnue « %2 » (une définition a « trigger » et « actions »).</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+26"/>
        <location line="+101"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+23"/>
        <location line="+102"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+28"/>
        <source>Runs as</source>
        <translation>S’exécute en tant que</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed instants</source>
        <translation>Instants manqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error workflow</source>
        <translation>Workflow d’erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workflow &quot;%1&quot; was created, but its options were not set: %2</source>
        <translation>Le workflow « %1 » a été créé, mais ses options n’ont pas été appliquées : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow &quot;%1&quot; created in %2 (version 1, id %3).</source>
        <translation>Workflow « %1 » créé dans %2 (version 1, identifiant %3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workflow &quot;%1&quot; was saved, but its options were not set: %2</source>
        <translation>Le workflow « %1 » a été enregistré, mais ses options n’ont pas été appliquées : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow &quot;%1&quot; saved as version %2.</source>
        <translation>Workflow « %1 » enregistré en version %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workflow &quot;%1&quot; is active.</source>
        <translation>Le workflow « %1 » est actif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow &quot;%1&quot; is paused: its schedule and events start nothing until it is resumed.</source>
        <translation>Le workflow « %1 » est en pause : sa planification et ses événements ne lancent rien jusqu’à sa reprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow &quot;%1&quot; is archived.</source>
        <translation>Le workflow « %1 » est archivé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workflow &quot;%1&quot; deleted, with its versions and executions.</source>
        <translation>Workflow « %1 » supprimé, avec ses versions et ses exécutions.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version %1 of workflow &quot;%2&quot; restored as version %3.</source>
        <translation>Version %1 du workflow « %2 » restaurée en version %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhooks of brand %1 may call %2 although it is a loopback or private address.</source>
        <translation>Les webhooks de la marque %1 peuvent appeler %2 bien que ce soit une adresse locale ou privée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>F.json</source>
        <translation>F.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The definition, {&quot;trigger&quot;: …, &quot;actions&quot;: […]} (&quot;-&quot;: standard input).</source>
        <translation>La définition, {&quot;trigger&quot;: …, &quot;actions&quot;: […]} (« - » : l’entrée standard).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the brand&apos;s workflows: status, trigger, version, run-as identity</source>
        <translation>les workflows de la marque : statut, déclencheur, version, identité d’exécution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a workflow and its definition (--format json prints what create --file takes)</source>
        <translation>un workflow et sa définition (--format json affiche ce que create --file accepte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create a workflow from a definition file, validated, as version 1</source>
        <translation>crée un workflow depuis un fichier de définition, validé, en version 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow&apos;s name, unique in the brand.</source>
        <translation>Le nom du workflow, unique dans la marque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is for (default: the file&apos;s &quot;description&quot;).</source>
        <translation>À quoi il sert (par défaut : la « description » du fichier).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workflow create needs --name N and --file F.json.</source>
        <translation>workflow create demande --name N et --file F.json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save a new version of a workflow&apos;s definition, validated</source>
        <translation>enregistre une nouvelle version de la définition d’un workflow, validée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new name for the workflow, unique in the brand (a rename).</source>
        <translation>Un nouveau nom pour le workflow, unique dans la marque (un renommage).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new description (default: the current one).</source>
        <translation>Une nouvelle description (par défaut : l’actuelle).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>workflow update needs --file F.json.</source>
        <translation>workflow update demande --file F.json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop a workflow&apos;s schedule and events from starting executions</source>
        <translation>empêche la planification et les événements d’un workflow de lancer des exécutions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>make a paused or archived workflow active again (its definition is checked)</source>
        <translation>réactive un workflow en pause ou archivé (sa définition est vérifiée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive a workflow: kept with its history, never run</source>
        <translation>archive un workflow : conservé avec son historique, jamais exécuté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete a workflow with its versions and executions</source>
        <translation>supprime un workflow avec ses versions et ses exécutions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every saved definition of a workflow, who saved it and when</source>
        <translation>chaque définition enregistrée d’un workflow, qui l’a enregistrée et quand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save an earlier version&apos;s definition again as the newest version</source>
        <translation>enregistre de nouveau la définition d’une version antérieure comme version la plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version to restore.</source>
        <translation>La version à restaurer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>workflow restore needs --version N.</source>
        <translation>workflow restore demande --version N.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>brand admins: let webhooks call this loopback or private host</source>
        <translation>administrateurs de marque : permet aux webhooks d’appeler cet hôte local ou privé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <location filename="../cli/i18nverbs.cpp" line="-164"/>
        <source>Name the language: --language %1.</source>
        <translation>Nommez la langue : --language %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--language: unknown language “%1”; the languages are: %2.</source>
        <translation>--language : langue « %1 » inconnue ; les langues sont : %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Translated</source>
        <translation>Traduits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>Approuvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs editing</source>
        <translation>À reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n translation error(s): Qt would show these texts wrongly.</source>
        <translation>
            <numerusform>%n erreur de traduction : Qt afficherait ce texte de travers.</numerusform>
            <numerusform>%n erreurs de traduction : Qt afficherait ces textes de travers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the file to write: --out FILE.ts.</source>
        <translation>Nommez le fichier à écrire : --out FICHIER.ts.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n message(s) in %2 written.</source>
        <translation>
            <numerusform>%1 : %n message en %2 écrit.</numerusform>
            <numerusform>%1 : %n messages en %2 écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n message(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%1 : %n message refusé ; rien n’a été importé.</numerusform>
            <numerusform>%1 : %n messages refusés ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): %3 added, %4 changed, %5 unchanged, %6 obsolete or vanished skipped.</source>
        <translation>%1 (%2) : %3 ajoutés, %4 modifiés, %5 inchangés, %6 obsolètes ou disparus ignorés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name the message: --context CONTEXT --source TEXT.</source>
        <translation>Nommez le message : --context CONTEXTE --source TEXTE.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--state: “%1” is not needs_editing, waiting_for_review or approved.</source>
        <translation>--state : « %1 » n’est ni needs_editing, ni waiting_for_review, ni approved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the translation: --text TEXT (once per numerus form).</source>
        <translation>Donnez la traduction : --text TEXTE (une fois par forme du pluriel).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: translation of “%2” saved.</source>
        <translation>%1 : traduction de « %2 » enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: translation of “%2” approved.</source>
        <translation>%1 : traduction de « %2 » approuvée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: translation of “%2” reverted to the compiled one.</source>
        <translation>%1 : traduction de « %2 » rétablie à la version compilée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Language code (fr, es…).</source>
        <translation>Code de langue (fr, es…).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The message&apos;s context (its class).</source>
        <translation>Le contexte du message (sa classe).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message&apos;s English source text.</source>
        <translation>Le texte source anglais du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message&apos;s disambiguation, if it has one.</source>
        <translation>La précision du message, s’il en a une.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The translation; once per form for a numerus message.</source>
        <translation>La traduction ; une fois par forme pour un message au pluriel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs_editing, waiting_for_review or approved (default: approved for a reviewer, else waiting_for_review).</source>
        <translation>needs_editing, waiting_for_review ou approved (par défaut : approved pour un relecteur, sinon waiting_for_review).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per language: messages, translated, approved, with warnings, changed in the console</source>
        <translation>par langue : messages, traduits, approuvés, avec avertissements, modifiés dans la console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the translations&apos; check warnings; fails on an error (a place marker missing or extra)</source>
        <translation>les avertissements des vérifications des traductions ; échoue sur une erreur (un marqueur manquant ou en trop)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a language&apos;s .ts file with the console&apos;s changes, for Qt Linguist</source>
        <translation>écrire le fichier .ts d’une langue avec les modifications de la console, pour Qt Linguist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .ts file to write.</source>
        <translation>Le fichier .ts à écrire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store a .ts file&apos;s translations that differ from the console&apos;s, all or nothing</source>
        <translation>enregistrer les traductions d’un fichier .ts qui diffèrent de celles de la console, toutes ou aucune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FILE.ts</source>
        <translation>FICHIER.ts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change one message&apos;s translation (live in every console once approved)</source>
        <translation>modifier la traduction d’un message (en direct dans chaque console une fois approuvée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approve a proposed translation (reviewers: admins of a brand)</source>
        <translation>approuver une traduction proposée (relecteurs : administrateurs d’une marque)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove a message&apos;s change: the compiled translation shows again</source>
        <translation>retirer la modification d’un message : la traduction compilée s’affiche de nouveau</translation>
    </message>
</context>
<context>
    <name>CommentService</name>
    <message>
        <location filename="../services/collaboration/comments.cpp" line="+26"/>
        <source>The text is empty.</source>
        <translation>Le texte est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is %1 characters long; at most %2.</source>
        <translation>Le texte fait %1 caractères ; %2 au plus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment &quot;%1&quot; does not exist, or only its author or an admin of the brand may change it.</source>
        <translation>Le commentaire « %1 » n’existe pas, ou seul son auteur ou un admin de la marque peut le modifier.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Finding the comment replied to</source>
        <translation>Recherche du commentaire auquel on répond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no comment &quot;%1&quot; on this %2 to reply to.</source>
        <translation>Aucun commentaire « %1 » sur ce %2 auquel répondre.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Commenting needs the analyst role in the brand or a comment share; saving the comment</source>
        <translation>Commenter demande le rôle analyst dans la marque ou un partage « comment » ; enregistrement du commentaire</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the comments</source>
        <translation>Lecture des commentaires</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Editing the comment</source>
        <translation>Modification du commentaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting the comment</source>
        <translation>Suppression du commentaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolving the comment</source>
        <translation>Résolution du commentaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>position.%1: unknown field; a chart point has series and x.</source>
        <translation>position.%1 : champ inconnu ; un point de graphique a series et x.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>position.series: expected the name of a series.</source>
        <translation>position.series : nom de série attendu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>position.%1: unknown field; an image rectangle has x, y, width and height.</source>
        <translation>position.%1 : champ inconnu ; un rectangle d’image a x, y, width et height.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position.%1: expected a number from 0 to 1 (a share of the image&apos;s size).</source>
        <translation>position.%1 : nombre entre 0 et 1 attendu (une part de la taille de l’image).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position: the rectangle must have a size and lie inside the image (x + width ≤ 1, y + height ≤ 1).</source>
        <translation>position : le rectangle doit avoir une taille et tenir dans l’image (x + width ≤ 1, y + height ≤ 1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown annotation type &quot;%1&quot;; the types are: %2.</source>
        <translation>Type d’annotation inconnu « %1 » ; les types sont : %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Annotating needs the analyst role in the brand or a comment share; saving the annotation</source>
        <translation>Annoter demande le rôle analyst dans la marque ou un partage « comment » ; enregistrement de l’annotation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the annotations</source>
        <translation>Lecture des annotations</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>position.x: expected a number or a date (where on the series the note goes).</source>
        <translation>position.x : nombre ou date attendu (l’endroit de la série où va la note).</translation>
    </message>
</context>
<context>
    <name>ConnectionLoss</name>
    <message>
        <location filename="../services/core/connectionloss.cpp" line="+55"/>
        <source>The connection to the database was lost before the change was saved: it was not applied. Try again.</source>
        <translation>La connexion à la base de données a été perdue avant l’enregistrement de la modification : elle n’a pas été appliquée. Réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the database was lost while the change was being saved: whether it was applied is unknown. Refresh the page to see whether it is there before trying again.</source>
        <translation>La connexion à la base de données a été perdue pendant l’enregistrement de la modification : on ne sait pas si elle a été appliquée. Actualisez la page pour voir si elle y est avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>CorrelationService</name>
    <message>
        <location filename="../services/analytics/correlationservice.cpp" line="+53"/>
        <source>Unknown daily metric &quot;%1&quot;; the metrics are: %2.</source>
        <translation>Métrique journalière « %1 » inconnue ; les métriques sont : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correlations need at least two metrics.</source>
        <translation>Les corrélations demandent au moins deux métriques.</translation>
    </message>
</context>
<context>
    <name>CronSchedule</name>
    <message>
        <location filename="../services/workflows/cronschedule.cpp" line="+32"/>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of week</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is not between %3 and %4</source>
        <translation>%1 %2 n’est pas entre %3 et %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: “%2” is neither a number nor a name</source>
        <translation>%1 : « %2 » n’est ni un nombre ni un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1 : « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” has an empty item</source>
        <translation>%1 : « %2 » contient un élément vide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the step “%2” is not a number between 1 and %3</source>
        <translation>%1 : le pas « %2 » n’est pas un nombre entre 1 et %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the range “%2” goes backwards</source>
        <translation>%1 : l’intervalle « %2 » est à l’envers</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” should have five fields (minute hour day-of-month month day-of-week), not %2</source>
        <translation>« %1 » devrait avoir cinq champs (minute heure jour-du-mois mois jour-de-la-semaine), pas %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown time zone “%1” (an IANA name such as Europe/Paris)</source>
        <translation>fuseau horaire inconnu « %1 » (un nom IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>every %1 seconds: the interval must be between 1 second and %2 seconds (366 days)</source>
        <translation>toutes les %1 secondes : l’intervalle doit être compris entre 1 seconde et %2 secondes (366 jours)</translation>
    </message>
</context>
<context>
    <name>DailyMetricsService</name>
    <message>
        <location filename="../services/analytics/dailymetrics.cpp" line="+48"/>
        <source>Unknown daily metric &quot;%1&quot;; the metrics are: %2.</source>
        <translation>Métrique journalière « %1 » inconnue ; les métriques sont : %2.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Computing the daily event metrics</source>
        <translation>Le calcul des métriques journalières des événements</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computing the daily AI metrics</source>
        <translation>Le calcul des métriques journalières de l’IA</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Reading the daily rollup</source>
        <translation>Lecture du cumul journalier</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../services/core/database.cpp" line="+157"/>
        <source>&quot;%1&quot; is a folder, not a SQLite database file.</source>
        <translation>« %1 » est un dossier, pas un fichier de base SQLite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is read-only: Atelier needs to write to its database. Make it writable or choose another file.</source>
        <translation>« %1 » est en lecture seule : Atelier doit pouvoir écrire dans sa base. Rendez-le modifiable ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+166"/>
        <source>&quot;%1&quot; is not a SQLite database: Atelier leaves it as it is.</source>
        <translation>« %1 » n’est pas une base SQLite : Atelier n’y touche pas.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Cannot create the folder &quot;%1&quot; for the database.</source>
        <translation>Impossible de créer le dossier « %1 » pour la base.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder &quot;%1&quot; is read-only: the database cannot be created there.</source>
        <translation>Le dossier « %1 » est en lecture seule : la base ne peut pas y être créée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wrong password, or no such user, for &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation>Mot de passe erroné, ou utilisateur inconnu, pour « %1 » sur le serveur PostgreSQL %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database &quot;%1&quot; does not exist on the PostgreSQL server at %2.</source>
        <translation>La base « %1 » n’existe pas sur le serveur PostgreSQL %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL server at %1 has no user &quot;%2&quot;.</source>
        <translation>Le serveur PostgreSQL %1 n’a pas d’utilisateur « %2 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the PostgreSQL server at %1: is it running, and is the address right?</source>
        <translation>Impossible de joindre le serveur PostgreSQL %1 : est-il démarré, et l’adresse est-elle juste ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the PostgreSQL database %1: %2</source>
        <translation>Impossible d’ouvrir la base PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the SQLite database &quot;%1&quot;: %2</source>
        <translation>Impossible d’ouvrir la base SQLite « %1 » : %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is read-only: Atelier needs to write to its database.</source>
        <translation>« %1 » est en lecture seule : Atelier doit pouvoir écrire dans sa base.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot prepare the SQLite database &quot;%1&quot;: %2</source>
        <translation>Impossible de préparer la base SQLite « %1 » : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation>Impossible de configurer la session PostgreSQL : %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The database connection is not open.</source>
        <translation>La connexion à la base n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 failed: the database is busy. Another program (an open console, a workflow runner or a command) kept it locked for more than %2 s; try again in a moment.</source>
        <translation>%1 a échoué : la base de données est occupée. Un autre programme (une console ouverte, un exécuteur de workflows ou une commande) l’a gardée verrouillée plus de %2 s ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>There is no database at &quot;%1&quot;.</source>
        <translation>Il n’y a pas de base de données à « %1 ».</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>&quot;%1&quot; holds another program&apos;s tables and no Atelier schema: Atelier leaves it as it is.</source>
        <translation>« %1 » contient les tables d’un autre programme et aucun schéma Atelier : Atelier n’y touche pas.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The PostgreSQL server at %1 wants a password for &quot;%2&quot; and none was given: keep it in ~/.pgpass (or the file PGPASSFILE names) or in the keychain (atelier db login), or type it when Atelier asks (in the console, or on a terminal).</source>
        <translation>Le serveur PostgreSQL à %1 demande un mot de passe pour « %2 » et aucun n’a été donné : gardez-le dans ~/.pgpass (ou le fichier que nomme PGPASSFILE) ou dans le trousseau (atelier db login), ou tapez-le quand Atelier le demande (dans la console ou sur un terminal).</translation>
    </message>
</context>
<context>
    <name>DatabaseCredentials</name>
    <message>
        <location filename="../services/core/databasecredentials.cpp" line="+56"/>
        <source>the keychain did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The password for %1 could not be stored in the system keychain: %2.</source>
        <translation>Le mot de passe de %1 n’a pas pu être enregistré dans le trousseau du système : %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The password for %1 could not be removed from the system keychain: %2.</source>
        <translation>Le mot de passe de %1 n’a pas pu être retiré du trousseau du système : %2.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Warning: a password in --database is visible to other users of this computer (ps); keep it in ~/.pgpass or PGPASSFILE, in the keychain (atelier db login), or type it when asked.</source>
        <translation>Attention : un mot de passe dans --database est visible des autres utilisateurs de cet ordinateur (ps) ; gardez-le dans ~/.pgpass ou PGPASSFILE, dans le trousseau (atelier db login), ou tapez-le quand il est demandé.</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <location filename="../services/core/databasestatus.cpp" line="+40"/>
        <location line="+6"/>
        <source>Counting the rows of %1</source>
        <translation>Le comptage des lignes de %1</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../services/core/databaseurl.cpp" line="+24"/>
        <source>Malformed database URL &quot;%1&quot;: expected %2.</source>
        <translation>URL de base de données mal formée « %1 » : attendu %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Malformed SQLite URL &quot;%1&quot;: the path must be absolute, as in sqlite:///home/me/atelier.db.</source>
        <translation>URL SQLite mal formée « %1 » : le chemin doit être absolu, comme dans sqlite:///home/moi/atelier.db.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Malformed PostgreSQL URL &quot;%1&quot;: it needs a user and a database name, as in postgresql://ana@db.example.com/atelier.</source>
        <translation>URL PostgreSQL mal formée « %1 » : il faut un utilisateur et un nom de base, comme dans postgresql://ana@db.example.com/atelier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown option &quot;%1&quot; in database URL &quot;%2&quot;: only sslmode is accepted.</source>
        <translation>Option « %1 » inconnue dans l’URL « %2 » : seule sslmode est acceptée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sslmode &quot;%1&quot; in database URL &quot;%2&quot;: use one of %3.</source>
        <translation>sslmode « %1 » inconnu dans l’URL « %2 » : utilisez l’un de %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsupported database scheme &quot;%1&quot; in &quot;%2&quot;: use sqlite or postgresql.</source>
        <translation>Schéma de base « %1 » non pris en charge dans « %2 » : utilisez sqlite ou postgresql.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Malformed PostgreSQL URL &quot;%1&quot;: expected postgresql://user@host[:port]/db.</source>
        <translation>URL PostgreSQL mal formée « %1 » : attendu postgresql://utilisateur@hôte[:port]/base.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../services/analytics/daterange.h" line="+18"/>
        <source>The date range must start before it ends (from %1 to %2).</source>
        <translation>La période doit commencer avant de finir (du %1 au %2).</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../services/demo/demogenerator.cpp" line="+401"/>
        <location line="+265"/>
        <source>Demo generation was cancelled; nothing was written.</source>
        <translation>La génération de la démonstration a été annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+543"/>
        <source>Demo data needs a non-negative number of events and at least 7 days.</source>
        <translation>Les données de démonstration demandent un nombre d’événements positif ou nul et au moins 7 jours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking that the database is empty</source>
        <translation>La vérification que la base est vide</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The database already holds %n brand(s); demo data only goes into an empty database.</source>
        <translation>
            <numerusform>La base contient déjà %n marque ; les données de démonstration ne vont que dans une base vide.</numerusform>
            <numerusform>La base contient déjà %n marques ; les données de démonstration ne vont que dans une base vide.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot start a transaction for the demo data.</source>
        <translation>Impossible de démarrer une transaction pour les données de démonstration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot commit the demo data.</source>
        <translation>Impossible de valider les données de démonstration.</translation>
    </message>
    <message>
        <location line="-658"/>
        <source>Reading the models</source>
        <translation>La lecture des modèles</translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <location filename="../services/core/durationformat.cpp" line="+23"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>EventBulkWriter</name>
    <message>
        <location filename="../services/core/eventbulkwriter.cpp" line="+62"/>
        <source>Loading events into SQLite failed: %1</source>
        <translation>Le chargement des événements dans SQLite a échoué : %1</translation>
    </message>
    <message>
        <location line="+121"/>
        <location line="+9"/>
        <source>Loading events into PostgreSQL failed: %1</source>
        <translation>Le chargement des événements dans PostgreSQL a échoué : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the event indexes</source>
        <translation>La lecture des index des événements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the event constraints</source>
        <translation>La lecture des contraintes des événements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Setting aside the event indexes</source>
        <translation>La mise de côté des index des événements</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database connection is not open.</source>
        <translation>La connexion à la base n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rebuilding the event indexes</source>
        <translation>La reconstruction des index des événements</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <location filename="../services/analytics/eventtypes.cpp" line="+34"/>
        <source>Listing the event types</source>
        <translation>Liste des types d’événements</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; is not an event type: event types are letters, digits, and _ . : - (at most 64).</source>
        <translation>%1 : « %2 » n’est pas un type d’événement : un type d’événement s’écrit avec des lettres, des chiffres et _ . : - (64 au plus).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking up the event type &quot;%1&quot;</source>
        <translation>Recherche du type d’événement « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not a known event type (none has been recorded); the event types are: %3.</source>
        <translation>%1 : « %2 » n’est pas un type d’événement connu (aucun n’a été enregistré) ; les types d’événements sont : %3.</translation>
    </message>
</context>
<context>
    <name>ExperimentService</name>
    <message>
        <location filename="../services/analytics/experimentservice.cpp" line="+45"/>
        <source>Reading the experiments</source>
        <translation>La lecture des expériences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brand &quot;%1&quot; has no experiment &quot;%2&quot;.</source>
        <translation>La marque « %1 » n’a pas d’expérience « %2 ».</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting the exposures of %1</source>
        <translation>Le comptage des expositions de %1</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../services/demo/firststart.cpp" line="+27"/>
        <source>Checking whether the database is empty</source>
        <translation>La vérification que la base est vide</translation>
    </message>
</context>
<context>
    <name>FunnelService</name>
    <message>
        <location filename="../services/analytics/funnelservice.cpp" line="+46"/>
        <source>&quot;%1&quot; is not a window: write a number followed by d, h, m or s, as in 14d.</source>
        <translation>« %1 » n’est pas une fenêtre : écrivez un nombre suivi de d, h, m ou s, comme 14d.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The window must be longer than zero (got &quot;%1&quot;).</source>
        <translation>La fenêtre doit être plus longue que zéro (reçu : « %1 »).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A funnel has 1 to %1 steps (got %2).</source>
        <translation>Un entonnoir a de 1 à %1 étapes (reçu : %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window must be longer than zero (got %1 s).</source>
        <translation>La fenêtre doit être plus longue que zéro (reçu : %1 s).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: unknown property &quot;%2&quot;; the properties are: %3.</source>
        <translation>Étape %1 : propriété « %2 » inconnue ; les propriétés sont : %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown breakdown property &quot;%1&quot;; the properties are: %2.</source>
        <translation>Propriété de ventilation « %1 » inconnue ; les propriétés sont : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exclusion %1: the steps must satisfy 1 ≤ from &lt; to ≤ %2 (got %3 to %4).</source>
        <translation>Exclusion %1 : les étapes doivent vérifier 1 ≤ de &lt; à ≤ %2 (reçu : %3 à %4).</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Counting the funnel&apos;s users</source>
        <translation>Le comptage des utilisateurs de l’entonnoir</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
</context>
<context>
    <name>FunnelStore</name>
    <message>
        <location filename="../services/analytics/funnelstore.cpp" line="+38"/>
        <source>Funnel definition: &quot;steps&quot; must be a list.</source>
        <translation>Définition d’entonnoir : « steps » doit être une liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnel definition: steps[%1].event must be a text.</source>
        <translation>Définition d’entonnoir : steps[%1].event doit être un texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funnel definition: steps[%1].filters[%2] needs a property and a value, both texts.</source>
        <translation>Définition d’entonnoir : steps[%1].filters[%2] demande une propriété et une valeur, toutes deux des textes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funnel definition: &quot;window_seconds&quot; must be a number.</source>
        <translation>Définition d’entonnoir : « window_seconds » doit être un nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Funnel definition: exclusions[%1] needs an event, a from step and a to step.</source>
        <translation>Définition d’entonnoir : exclusions[%1] demande un événement, une étape de départ et une étape d’arrivée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing the saved funnels</source>
        <translation>La liste des entonnoirs enregistrés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the saved funnel</source>
        <translation>La lecture de l’entonnoir enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Brand &quot;%1&quot; has no saved funnel &quot;%2&quot;.</source>
        <translation>La marque « %1 » n’a pas d’entonnoir enregistré « %2 ».</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A saved funnel needs a name of 1 to 200 characters.</source>
        <translation>Un entonnoir enregistré demande un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the funnel</source>
        <translation>L’enregistrement de l’entonnoir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting the funnel</source>
        <translation>La suppression de l’entonnoir</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The funnel &quot;%1&quot; was not saved: your role in brand &quot;%2&quot; does not allow it.</source>
        <translation>Le funnel « %1 » n’a pas été enregistré : votre rôle dans la marque « %2 » ne le permet pas.</translation>
    </message>
</context>
<context>
    <name>GenerationService</name>
    <message>
        <location filename="../services/ai/generationservice.cpp" line="+108"/>
        <source>Recording credits</source>
        <translation>L’enregistrement des crédits</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+349"/>
        <source>Reading a generation</source>
        <translation>La lecture d’une génération</translation>
    </message>
    <message>
        <location line="-347"/>
        <location line="+349"/>
        <source>There is no generation %1 (or it is not yours to see).</source>
        <translation>Il n’y a pas de génération %1 (ou vous n’avez pas le droit de la voir).</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+13"/>
        <location line="+12"/>
        <source>Recording a failed generation</source>
        <translation>L’enregistrement d’une génération échouée</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>Recording a version</source>
        <translation>L’enregistrement d’une version</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Updating a prompt template</source>
        <translation>La mise à jour d’un modèle de prompt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown generation type &quot;%1&quot;; the types are: %2.</source>
        <translation>Type de génération « %1 » inconnu ; les types sont : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown provider &quot;%1&quot;; the providers are: %2.</source>
        <translation>Fournisseur « %1 » inconnu ; les fournisseurs sont : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is empty: say what to generate.</source>
        <translation>Le prompt est vide : dites ce qu’il faut générer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; at most 4000 are accepted.</source>
        <translation>Le prompt fait %1 caractères ; 4000 au plus sont acceptés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size %1×%2 is outside 64–4096 pixels a side.</source>
        <translation>La taille %1×%2 sort des limites de 64 à 4096 pixels de côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameters are larger than 16 KB.</source>
        <translation>Les paramètres dépassent 16 Ko.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attempts must be between 1 and 20.</source>
        <translation>Le nombre de tentatives doit être compris entre 1 et 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A generation belongs to a brand: name one.</source>
        <translation>Une génération appartient à une marque : nommez-en une.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the models</source>
        <translation>La lecture des modèles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown model &quot;%1&quot;; the models of %2 are: %3.</source>
        <translation>Modèle « %1 » inconnu ; les modèles de %2 sont : %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none registered</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model &quot;%1&quot; belongs to %2, not %3.</source>
        <translation>Le modèle « %1 » appartient à %2, pas à %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &quot;%1&quot; makes %2 results, not %3.</source>
        <translation>Le modèle « %1 » produit des résultats %2, pas %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model &quot;%1&quot; is retired.</source>
        <translation>Le modèle « %1 » est retiré.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+72"/>
        <location line="+14"/>
        <source>Queuing a generation</source>
        <translation>La mise en file d’attente d’une génération</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Looking in the cache</source>
        <translation>La recherche dans le cache</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+562"/>
        <source>Reading the quota</source>
        <translation>La lecture du quota</translation>
    </message>
    <message>
        <location line="-555"/>
        <source>Quota exceeded: %1 of %2 credits used this month, %3 held by queued jobs; this generation needs %4.</source>
        <translation>Quota dépassé : %1 crédits sur %2 utilisés ce mois-ci, %3 retenus par les tâches en file d’attente ; cette génération en demande %4.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+40"/>
        <source>Reading the generations</source>
        <translation>La lecture des générations</translation>
    </message>
    <message>
        <location line="+204"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Cancelling a generation</source>
        <translation>L’annulation d’une génération</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+64"/>
        <location line="+15"/>
        <source>Reading the queue</source>
        <translation>La lecture de la file d’attente</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Taking a job from the queue</source>
        <translation>La prise d’une tâche dans la file d’attente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Renewing the queue&apos;s leases</source>
        <translation>Le renouvellement des baux de la file d’attente</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The desktop running this job stopped before it finished, and no attempts are left.</source>
        <translation>Le poste qui exécutait cette tâche s’est arrêté avant la fin, et il ne reste aucune tentative.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resuming the queue</source>
        <translation>La reprise de la file d’attente</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+10"/>
        <source>Recording a finished generation</source>
        <translation>L’enregistrement d’une génération terminée</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+25"/>
        <source>Putting a job back in the queue</source>
        <translation>La remise d’une tâche dans la file d’attente</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+25"/>
        <source>Reading the credits</source>
        <translation>La lecture des crédits</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The monthly credits must be between 0 and 100000000.</source>
        <translation>Les crédits mensuels doivent être compris entre 0 et 100000000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+2"/>
        <source>Setting a quota</source>
        <translation>La définition d’un quota</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Reading the cache statistics</source>
        <translation>La lecture des statistiques du cache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The age must be 0 days or more.</source>
        <translation>L’âge doit être de 0 jour ou plus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clearing the cache</source>
        <translation>L’effacement du cache</translation>
    </message>
    <message>
        <location line="-734"/>
        <source>A 3d generation starts from an image: give the id of a completed 2d generation of the brand as the &quot;source&quot; parameter (--param source=ID).</source>
        <translation>Une génération 3d part d’une image : donnez l’identifiant d’une génération 2d terminée de la marque comme paramètre « source » (--param source=ID).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The source %1 is not a completed 2d generation of this brand.</source>
        <translation>La source %1 n’est pas une génération 2d terminée de cette marque.</translation>
    </message>
    <message>
        <location line="+593"/>
        <source>Recording the provider&apos;s job</source>
        <translation>L’enregistrement de la tâche du fournisseur</translation>
    </message>
    <message>
        <location line="-308"/>
        <location line="+29"/>
        <source>The gallery needs a brand.</source>
        <translation>La galerie demande une marque.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Reading the gallery</source>
        <translation>La lecture de la galerie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Counting the gallery</source>
        <translation>Le comptage de la galerie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the models used</source>
        <translation>La lecture des modèles utilisés</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+3"/>
        <source>Deleting generations</source>
        <translation>La suppression de générations</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Generation %1 is still in the queue: cancel it first. Nothing was deleted.</source>
        <translation>La génération %1 est encore dans la file d’attente : annulez-la d’abord. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no generation %1 (or it is not yours to see). Nothing was deleted.</source>
        <translation>Il n’y a pas de génération %1 (ou vous n’avez pas le droit de la voir). Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only %1 of the %2 generations may be deleted by you. Nothing was deleted.</source>
        <translation>Vous ne pouvez supprimer que %1 des %2 générations. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Only an administrator of this brand may set quotas.</source>
        <translation>Seul un administrateur de cette marque peut définir les quotas.</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>Unknown status &quot;%1&quot;; the statuses are: %2.</source>
        <translation>Statut « %1 » inconnu ; les statuts sont : %2.</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Counting the jobs still to run</source>
        <translation>Le comptage des tâches restant à exécuter</translation>
    </message>
</context>
<context>
    <name>GlbMesh</name>
    <message>
        <location filename="../services/ai/glbmesh.cpp" line="+44"/>
        <source>an accessor or buffer view is missing</source>
        <translation>un accesseur ou une vue de tampon manque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an accessor has a count, offset or stride this reader does not take</source>
        <translation>un accesseur a un nombre, un décalage ou un pas que ce lecteur ne prend pas en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an accessor reaches past its data</source>
        <translation>un accesseur déborde de ses données</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>not a binary glTF 2.0 file</source>
        <translation>pas un fichier glTF 2.0 binaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is shorter than its header says</source>
        <translation>le fichier est plus court que ne l’annonce son en-tête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the JSON chunk is missing or too long</source>
        <translation>le bloc JSON manque ou est trop long</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the JSON chunk is not valid JSON</source>
        <translation>le bloc JSON n’est pas du JSON valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the binary chunk is longer than the file</source>
        <translation>le bloc binaire est plus long que le fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the mesh has no float positions</source>
        <translation>le maillage n’a pas de positions en virgule flottante</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a position is not a finite number</source>
        <translation>une position n’est pas un nombre fini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the indices are of a type this reader does not take</source>
        <translation>les indices sont d’un type que ce lecteur ne prend pas en charge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an index points past the positions</source>
        <translation>un indice pointe au-delà des positions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the mesh has no triangles</source>
        <translation>le maillage n’a pas de triangles</translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <location filename="../services/monitoring/healthservice.cpp" line="+48"/>
        <source>Asking the database</source>
        <translation>Interrogation de la base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; %1 of %2 connections used</source>
        <translation> ; %1 connexions employées sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; replication not readable: %1</source>
        <translation> ; réplication illisible : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n standby(s), their lag readable by pg_monitor members only</source>
        <translation>
            <numerusform> ; %n serveur de secours, son retard lisible par les membres de pg_monitor seulement</numerusform>
            <numerusform> ; %n serveurs de secours, leur retard lisible par les membres de pg_monitor seulement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n standby(s), replay lag %1 s, %2 MB behind</source>
        <translation>
            <numerusform> ; %n serveur de secours, retard de rejeu %1 s, %2 Mo en arrière</numerusform>
            <numerusform> ; %n serveurs de secours, retard de rejeu %1 s, %2 Mo en arrière</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the generation queue</source>
        <translation>Lecture de la file des générations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 waiting, the oldest due for %2 min; %3 % of the last day&apos;s %4 failed</source>
        <translation>%1 en attente, la plus ancienne due depuis %2 min ; %3 % des %4 du dernier jour ont échoué</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the workflow runners&apos; state</source>
        <translation>Lecture de l’état des exécuteurs de workflows</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last scheduler tick %1 s ago</source>
        <translation>dernier passage du planificateur il y a %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scheduler tick yet</source>
        <translation>aucun passage du planificateur encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the oldest queued execution waits %1 s; %2 running past their lease</source>
        <translation> ; l’exécution en file la plus ancienne attend depuis %1 s ; %2 en cours au-delà de leur bail</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The disk of %1 cannot be read.</source>
        <translation>Le disque de %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 free of %2 on the disk of %3</source>
        <translation>%1 libres sur %2 sur le disque de %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Keeping the service health</source>
        <translation>Enregistrement de l’état des services</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading the service health history</source>
        <translation>Lecture de l’historique de l’état des services</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <location filename="../services/ai/providers/httpcall.cpp" line="+131"/>
        <source>%1: the base URL &quot;%2&quot; is not an http or https address with a host.</source>
        <translation>%1 : l’URL de base « %2 » n’est pas une adresse http ou https avec un hôte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 says: %3)</source>
        <translation>%1 (%2 indique : %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 says the account has no credits left (HTTP 402).</source>
        <translation>%1 indique que le compte n’a plus de crédits (HTTP 402).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 says the account has no credits left (HTTP 429).</source>
        <translation>%1 indique que le compte n’a plus de crédits (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is rate limiting the calls (HTTP 429).</source>
        <translation>%1 limite le débit des appels (HTTP 429).</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 filtered the request: the prompt or the image breaks its content rules.</source>
        <translation>%1 a filtré la demande : le prompt ou l’image enfreint ses règles de contenu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 had a server error (HTTP %2).</source>
        <translation>%1 a eu une erreur serveur (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 a refusé la demande (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gave an answer that cannot be read (HTTP %2).</source>
        <translation>%1 a donné une réponse illisible (HTTP %2).</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 refused the API key (HTTP %2): check the key.</source>
        <translation>%1 a refusé la clé d’API (HTTP %2) : vérifiez la clé.</translation>
    </message>
</context>
<context>
    <name>ImageProvider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="-446"/>
        <source>%1 gave an answer that cannot be read: %2.</source>
        <translation>%1 a donné une réponse illisible : %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>InboxService</name>
    <message>
        <location filename="../services/collaboration/inbox.cpp" line="+27"/>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+22"/>
        <location line="+21"/>
        <source>Reading the inbox</source>
        <translation>Lecture de la boîte de réception</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved: %1</source>
        <translation>Résolue : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Marking the inbox read</source>
        <translation>Marquage de la boîte de réception comme lue</translation>
    </message>
</context>
<context>
    <name>JourneyService</name>
    <message>
        <location filename="../services/analytics/journeyservice.cpp" line="+21"/>
        <source>A journey follows 1 to %1 steps (got %2).</source>
        <translation>Un parcours suit de 1 à %1 étapes (reçu : %2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Following the sessions</source>
        <translation>Le suivi des sessions</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Counting the moves between events</source>
        <translation>Le comptage des passages d’un événement à l’autre</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Start event</source>
        <translation>Événement de départ</translation>
    </message>
</context>
<context>
    <name>JsonColumn</name>
    <message>
        <location filename="../services/core/jsoncolumn.cpp" line="+18"/>
        <source>%1 %2: %3 is missing (NULL).</source>
        <translation>%1 %2 : %3 est absent (NULL).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 is not valid JSON (%4 at character %5).</source>
        <translation>%1 %2 : %3 n’est pas du JSON valide (%4 au caractère %5).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2: %3 is not a JSON object.</source>
        <translation>%1 %2 : %3 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3 is not a JSON array.</source>
        <translation>%1 %2 : %3 n’est pas un tableau JSON.</translation>
    </message>
</context>
<context>
    <name>LocalKey</name>
    <message>
        <location filename="../services/security/localkey.cpp" line="+63"/>
        <source>the keychain did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>Le fichier de clé %1 est illisible : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file %1 may be read by other people; it must be readable by its owner only (chmod 600).</source>
        <translation>Le fichier de clé %1 peut être lu par d’autres personnes ; il ne doit être lisible que par son propriétaire (chmod 600).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key file %1 does not hold a key.</source>
        <translation>Le fichier de clé %1 ne contient pas de clé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data key is in the system keychain, which cannot be reached (%1); saved API keys cannot be read until it can.</source>
        <translation>La clé de données est dans le trousseau du système, qui est injoignable (%1) ; les clés d’API enregistrées restent illisibles tant qu’il le sera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain&apos;s entry for Atelier does not hold a key.</source>
        <translation>L’entrée d’Atelier dans le trousseau du système ne contient pas de clé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The system keychain cannot be reached: %1.</source>
        <translation>Le trousseau du système est injoignable : %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../services/core/migrator.cpp" line="+38"/>
        <source>Creating the migrations table</source>
        <translation>La création de la table des migrations</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the applied migrations</source>
        <translation>La lecture des migrations appliquées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database has schema version %1 (%2), newer than this Atelier, which knows up to version %3. Upgrade Atelier to open it.</source>
        <translation>Cette base a la version de schéma %1 (%2), plus récente que cet Atelier, qui connaît jusqu’à la version %3. Mettez Atelier à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migration %1 (%2) is recorded in the database but unknown to this Atelier.</source>
        <translation>La migration %1 (%2) est enregistrée dans la base mais inconnue de cet Atelier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration %1 (%2) was changed after it was applied to this database: its checksum differs. Restore the original file; Atelier will not guess.</source>
        <translation>La migration %1 (%2) a été modifiée après avoir été appliquée à cette base : son empreinte diffère. Restaurez le fichier d’origine ; Atelier ne devinera pas.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+4"/>
        <source>Locking the schema</source>
        <translation>Le verrouillage du schéma</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording migration %1</source>
        <translation>L’enregistrement de la migration %1</translation>
    </message>
    <message numerus="yes">
        <location line="-51"/>
        <source>This database already holds %n other table(s) and no Atelier schema: it is not an Atelier database, and Atelier leaves it as it is.</source>
        <translation>
            <numerusform>Cette base contient déjà %n autre table et aucun schéma Atelier : ce n’est pas une base Atelier, et Atelier n’y touche pas.</numerusform>
            <numerusform>Cette base contient déjà %n autres tables et aucun schéma Atelier : ce n’est pas une base Atelier, et Atelier n’y touche pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Committing migration %1</source>
        <translation>La validation de la migration %1</translation>
    </message>
</context>
<context>
    <name>MonitorRound</name>
    <message>
        <location filename="../services/monitoring/monitorround.cpp" line="+32"/>
        <source>Taking the monitoring round</source>
        <translation>Prise du tour de surveillance</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Removing the monitoring rows older than %n days</source>
        <translation>
            <numerusform>Suppression des lignes de surveillance de plus de %n jour</numerusform>
            <numerusform>Suppression des lignes de surveillance de plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reading who may raise alerts</source>
        <translation>Lecture de qui peut lever des alertes</translation>
    </message>
</context>
<context>
    <name>OfflineRenderer</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="+509"/>
        <source>offline preview — not AI</source>
        <translation>aperçu hors ligne — pas de l’IA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offline renderer draws from 64 to 4096 pixels a side (asked %1 × %2).</source>
        <translation>Le moteur hors ligne dessine de 64 à 4096 pixels de côté (demandé %1 × %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../services/ai/providers/imageprovider.h" line="+144"/>
        <source>Offline preview</source>
        <translation>Aperçu hors ligne</translation>
    </message>
</context>
<context>
    <name>OpenAiProvider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="-475"/>
        <source>no &quot;data&quot; list of images</source>
        <translation>pas de liste « data » d’images</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an image URL that is not http or https</source>
        <translation>une URL d’image qui n’est ni http ni https</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an image without b64_json or url</source>
        <translation>une image sans b64_json ni url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>des données d’image qui ne sont ni PNG, ni JPEG, ni WebP</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>OpenAI needs an API key.</source>
        <translation>OpenAI demande une clé d’API.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 makes images, not 3D models.</source>
        <translation>%1 produit des images, pas des modèles 3D.</translation>
    </message>
</context>
<context>
    <name>OptimizationService</name>
    <message>
        <location filename="../services/monitoring/optimizationservice.cpp" line="+131"/>
        <source>Reading the statements timed</source>
        <translation>Lecture des instructions chronométrées</translation>
    </message>
    <message>
        <location line="+149"/>
        <location line="+287"/>
        <source>Add an index on %1 (%2)</source>
        <translation>Ajouter un index sur %1 (%2)</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>%1 reads all of %2 (about %3 rows) and filters on %4; %5 calls, %6 ms on average.</source>
        <translation>%1 lit tout %2 (environ %3 lignes) et filtre sur %4 ; %5 appels, %6 ms en moyenne.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>HypoPG: estimated cost %1 → %2 with the index, a gain of %3 %.</source>
        <translation>HypoPG : coût estimé %1 → %2 avec l’index, un gain de %3 %.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading PostgreSQL&apos;s statistics</source>
        <translation>Lecture des statistiques de PostgreSQL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop the invalid index %1</source>
        <translation>Supprimer l’index invalide %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 is invalid (an interrupted build): it is kept up to date but never used; %3.</source>
        <translation>%1 sur %2 est invalide (une construction interrompue) : il est tenu à jour mais jamais employé ; %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+259"/>
        <source>Drop the duplicate index %1</source>
        <translation>Supprimer l’index en double %1</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>The columns of %1 on %2 are the first columns of %3, which serves the same searches; %4.</source>
        <translation>Les colonnes de %1 sur %2 sont les premières colonnes de %3, qui sert les mêmes recherches ; %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drop the unused index %1</source>
        <translation>Supprimer l’index inutilisé %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 has not been scanned once since the server&apos;s statistics were reset; %3 to keep up to date.</source>
        <translation>%1 sur %2 n’a pas été parcouru une seule fois depuis la remise à zéro des statistiques du serveur ; %3 à tenir à jour.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Find the index %1 lacks</source>
        <translation>Trouver l’index qui manque à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 rows) was read by %3 sequential scans and %4 index scans (%5 % by index); the statements that read it are not among those timed.</source>
        <translation>%1 (%2 lignes) a été lue par %3 parcours séquentiels et %4 parcours d’index (%5 % par index) ; les instructions qui la lisent ne sont pas parmi celles chronométrées.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Analyze %1</source>
        <translation>Analyser %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has %2 rows and has never been analyzed: the planner guesses its sizes.</source>
        <translation>%1 a %2 lignes et n’a jamais été analysée : le planificateur devine ses tailles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows of %2 (%3 rows) changed since it was last analyzed on %4.</source>
        <translation>%1 lignes de %2 (%3 lignes) ont changé depuis sa dernière analyse le %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vacuum %1</source>
        <translation>Passer VACUUM sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has %2 dead rows for %3 live ones.</source>
        <translation>%1 a %2 lignes mortes pour %3 vivantes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Freeze %1</source>
        <translation>Geler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The oldest transaction id of %1 is %2 transactions old (PostgreSQL stops writes at about 2,100 million).</source>
        <translation>Le plus ancien identifiant de transaction de %1 a %2 transactions d’âge (PostgreSQL arrête les écritures vers 2 100 millions).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Widen the sequence %1</source>
        <translation>Élargir la séquence %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is at %2 of %3.</source>
        <translation>%1 est à %2 sur %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End the idle transaction of %1</source>
        <translation>Terminer la transaction inactive de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the long statement of %1</source>
        <translation>Examiner la longue instruction de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session %1 of %2 has been %3 for %4 s: %5</source>
        <translation>La session %1 de %2 est %3 depuis %4 s : %5</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 reads all of %2 (%3 rows or more) where the plan says &quot;%4&quot;; %5 calls, %6 ms on average.</source>
        <translation>%1 lit tout %2 (%3 lignes ou plus) là où le plan dit « %4 » ; %5 appels, %6 ms en moyenne.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading SQLite&apos;s statistics</source>
        <translation>Lecture des statistiques de SQLite</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The columns of %1 on %2 (%3) are the first columns of %4 (%5), which serves the same searches.</source>
        <translation>Les colonnes de %1 sur %2 (%3) sont les premières colonnes de %4 (%5), qui sert les mêmes recherches.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Analyze the database</source>
        <translation>Analyser la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sqlite_stat1 is missing or empty while %1 have 10,000 rows or more: the planner guesses their sizes.</source>
        <translation>sqlite_stat1 manque ou est vide alors que %1 ont 10 000 lignes ou plus : le planificateur devine leurs tailles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vacuum the database file</source>
        <translation>Passer VACUUM sur le fichier de la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the file&apos;s %2 pages are free (%3 %).</source>
        <translation>%1 des %2 pages du fichier sont libres (%3 %).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a plain read is explained: one SELECT (or WITH … SELECT) with positional placeholders.</source>
        <translation>Seule une simple lecture est expliquée : un seul SELECT (ou WITH … SELECT) avec des paramètres positionnels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite could not explain this statement (a table it reads may be gone).</source>
        <translation>SQLite n’a pas pu expliquer cette instruction (une table qu’elle lit a peut-être disparu).</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>Explaining the statement</source>
        <translation>Explication de l’instruction</translation>
    </message>
    <message>
        <location line="+534"/>
        <source>No advice &quot;%1&quot; holds now: list the advice again (perf advice) and pick one of its IDs.</source>
        <translation>Aucun conseil « %1 » ne vaut maintenant : listez de nouveau les conseils (perf advice) et choisissez l’un de leurs ID.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+32"/>
        <source>Atelier does not apply &quot;%1&quot;: a person decides, with the statement shown (%2).</source>
        <translation>Atelier n’applique pas « %1 » : une personne décide, avec l’instruction affichée (%2).</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Checking who may apply advice</source>
        <translation>Vérification de qui peut appliquer un conseil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the installation&apos;s administrator (the owner of %1) may apply optimisation advice; ask them to run: %2</source>
        <translation>Seul l’administrateur de l’installation (le propriétaire de %1) peut appliquer un conseil d’optimisation ; demandez-lui d’exécuter : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Applying &quot;%1&quot;</source>
        <translation>Application de « %1 »</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Measured again: the advice no longer holds.</source>
        <translation>Mesuré de nouveau : le conseil ne vaut plus.</translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <location filename="../services/analytics/overviewservice.cpp" line="+30"/>
        <source>Counting active users</source>
        <translation>Le comptage des utilisateurs actifs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting generations</source>
        <translation>Le comptage des générations</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/core/passworddialog.cpp" line="+17"/>
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL database %1 wants the password of &quot;%2&quot;.</source>
        <translation>La base PostgreSQL %1 demande le mot de passe de « %2 ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Retenir dans le trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in this computer&apos;s keychain, never in the settings file; atelier db logout --database URL removes it.</source>
        <translation>Enregistré dans le trousseau de cet ordinateur, jamais dans le fichier de réglages ; atelier db logout --database URL l’en retire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data key passphrase</source>
        <translation>Phrase secrète de la clé de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database&apos;s data key, which opens webhook signing secrets, is protected by a passphrase. It is kept in memory for this session only.</source>
        <translation>La clé de données de la base, qui ouvre les secrets de signature des webhooks, est protégée par une phrase secrète. Elle est gardée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
</context>
<context>
    <name>PerformanceService</name>
    <message>
        <location filename="../services/monitoring/performanceservice.cpp" line="+29"/>
        <source>The window &quot;%1&quot; is not a number of hours or days up to 90 days, such as 1h, 24h or 7d.</source>
        <translation>La fenêtre « %1 » n’est pas un nombre d’heures ou de jours jusqu’à 90 jours, comme 1h, 24h ou 7d.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Reading the query metrics</source>
        <translation>Lecture des métriques des requêtes</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The chart&apos;s window is empty: its start must come before its end.</source>
        <translation>La période du graphique est vide : son début doit précéder sa fin.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>SQLite keeps no statement statistics of its own: the product&apos;s timings above are the figures.</source>
        <translation>SQLite ne tient pas de statistiques d’instructions : les temps du produit ci-dessus sont les chiffres.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Looking for pg_stat_statements</source>
        <translation>Recherche de pg_stat_statements</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The server loads pg_stat_statements but this database does not have it: its owner runs CREATE EXTENSION pg_stat_statements; once.</source>
        <translation>Le serveur charge pg_stat_statements mais cette base ne l’a pas : son propriétaire exécute une fois CREATE EXTENSION pg_stat_statements;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_stat_statements is not enabled on this server: add it to shared_preload_libraries in postgresql.conf, restart PostgreSQL, then run CREATE EXTENSION pg_stat_statements; in this database as its owner.</source>
        <translation>pg_stat_statements n’est pas activé sur ce serveur : ajoutez-le à shared_preload_libraries dans postgresql.conf, redémarrez PostgreSQL, puis exécutez CREATE EXTENSION pg_stat_statements; dans cette base en tant que son propriétaire.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>pg_stat_statements is installed in a schema Atelier does not read (%1).</source>
        <translation>pg_stat_statements est installé dans un schéma qu’Atelier ne lit pas (%1).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading pg_stat_statements</source>
        <translation>Lecture de pg_stat_statements</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading how far the query metrics are rolled up</source>
        <translation>Lecture de l’avancement du cumul horaire des métriques des requêtes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rolling the query metrics up by hour</source>
        <translation>Cumul horaire des métriques des requêtes</translation>
    </message>
</context>
<context>
    <name>PredictionService</name>
    <message>
        <location filename="../services/analytics/predictionservice.cpp" line="+101"/>
        <source>Reading the users&apos; activity for churn</source>
        <translation>Lecture de l’activité des utilisateurs pour l’attrition</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A %1 forecast needs at least %2 days of history (got %3).</source>
        <translation>Une prévision de %1 demande au moins %2 jours d’historique (reçu %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The forecast horizon must be at least one day (got %1).</source>
        <translation>L’horizon de prévision doit être d’au moins un jour (reçu %1).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A backtest over %1 days needs at least %2 days of history (got %3).</source>
        <translation>Un test a posteriori sur %1 jours demande au moins %2 jours d’historique (reçu %3).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Predictions learn from at least %1 days of activity; brand &quot;%2&quot; has %3 between %4 and %5. Choose an earlier --from or a later --to.</source>
        <translation>Les prévisions apprennent d’au moins %1 jours d’activité ; la marque « %2 » en a %3 entre le %4 et le %5. Choisissez un --from plus tôt ou un --to plus tard.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Churn learns from the 60 days before %1, and the range starts on %2.</source>
        <translation>L’attrition apprend des 60 jours avant le %1, et la période commence le %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No user of brand &quot;%1&quot; was active between %2 and %3, so there is nothing to learn churn from.</source>
        <translation>Aucun utilisateur de la marque « %1 » n’a été actif entre le %2 et le %3 : rien pour apprendre l’attrition.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Replacing an earlier prediction</source>
        <translation>Remplacement d’une prévision antérieure</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Finding the newest event</source>
        <translation>Recherche de l’événement le plus récent</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Reading the predictions to score</source>
        <translation>Lecture des prévisions à évaluer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recording what happened for a prediction</source>
        <translation>Enregistrement du résultat réel d’une prévision</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Reading the stored predictions</source>
        <translation>Lecture des prévisions enregistrées</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Storing the predictions</source>
        <translation>L’enregistrement des prévisions</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../services/core/privatefiles.cpp" line="+29"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 cannot be made private to you (mode 700).</source>
        <translation>Le dossier %1 ne peut pas être réservé à vous seul (mode 700).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>%1 cannot be made private to you (mode 600).</source>
        <translation>%1 ne peut pas être réservé à vous seul (mode 600).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 cannot be made private to you (mode 600): %2</source>
        <translation>%1 ne peut pas être réservé à vous seul (mode 600) : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé : %2</translation>
    </message>
</context>
<context>
    <name>PromptService</name>
    <message>
        <location filename="../services/ai/promptservice.cpp" line="+106"/>
        <source>The template needs a value for: %1.</source>
        <translation>Le modèle de prompt demande une valeur pour : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template has no variable named %1; its variables are: %2.</source>
        <translation>Le modèle de prompt n’a pas de variable nommée %1 ; ses variables sont : %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+58"/>
        <location line="+13"/>
        <source>Reading the prompt templates</source>
        <translation>La lecture des modèles de prompt</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>A template needs a name of 1 to 200 characters.</source>
        <translation>Un modèle de prompt demande un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A template needs a category of 1 to 100 characters.</source>
        <translation>Un modèle de prompt demande une catégorie de 1 à 100 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A template needs a prompt of 1 to 4000 characters.</source>
        <translation>Un modèle de prompt demande un prompt de 1 à 4000 caractères.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving a prompt template</source>
        <translation>L’enregistrement d’un modèle de prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no prompt template %1 (or it is not yours to change).</source>
        <translation>Il n’y a pas de modèle de prompt %1 (ou vous n’avez pas le droit de le modifier).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no prompt template %1 for this brand.</source>
        <translation>Il n’y a pas de modèle de prompt %1 pour cette marque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template &quot;%1&quot;: %2</source>
        <translation>Modèle de prompt « %1 » : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>removed the repeated &quot;%1&quot;</source>
        <translation>« %1 » répété retiré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moved &quot;%1&quot; to the negative prompt</source>
        <translation>« %1 » déplacé vers le prompt négatif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added lighting</source>
        <translation>éclairage ajouté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added a level of detail</source>
        <translation>niveau de détail ajouté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added a composition</source>
        <translation>composition ajoutée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tidied spaces and commas</source>
        <translation>espaces et virgules nettoyés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prompt is empty: there is nothing to optimise.</source>
        <translation>Le prompt est vide : il n’y a rien à optimiser.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the brand&apos;s best prompts</source>
        <translation>La lecture des meilleurs prompts de la marque</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>added &quot;%1&quot;, found in %2 of the brand&apos;s best-rated generations</source>
        <translation>« %1 » ajouté, trouvé dans %2 des générations les mieux notées de la marque</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the chat model was not asked: OpenAI has no API key on this desktop</source>
        <translation>le modèle de chat n’a pas été sollicité : OpenAI n’a pas de clé d’API sur ce poste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the chat model was not used: %1</source>
        <translation>le modèle de chat n’a pas servi : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the chat model was not used: its answer held no prompt</source>
        <translation>le modèle de chat n’a pas servi : sa réponse ne contenait aucun prompt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rewritten by %1</source>
        <translation>réécrit par %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading past prompts</source>
        <translation>La lecture des prompts passés</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the prompt history</source>
        <translation>La lecture de l’historique des prompts</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <location filename="../services/ai/providersettings.cpp" line="+34"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 est illisible : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON (at byte %2); fix or remove it.</source>
        <translation>%1 n’est pas du JSON valide (à l’octet %2) ; corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The API key of %1 cannot be decrypted with this desktop&apos;s data key; set it again with atelier ai provider set %2 --api-key-stdin.</source>
        <translation>La clé d’API de %1 ne peut pas être déchiffrée avec la clé de données de ce poste ; définissez-la de nouveau avec atelier ai provider set %2 --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offline preview</source>
        <translation>Aperçu hors ligne</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+12"/>
        <location line="+98"/>
        <source>Unknown provider &quot;%1&quot;; the providers are: %2.</source>
        <translation>Fournisseur « %1 » inconnu ; les fournisseurs sont : %2.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The concurrency of %1 must be between 1 and 64 jobs at once.</source>
        <translation>La simultanéité de %1 doit être comprise entre 1 et 64 tâches à la fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate of %1 must be between 0.1 and 100000 calls a minute.</source>
        <translation>Le débit de %1 doit être compris entre 0.1 et 100000 appels par minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The burst of %1 must be between 1 and 1000 calls.</source>
        <translation>La rafale de %1 doit être comprise entre 1 et 1000 appels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attempts of %1 must be between 1 and 20.</source>
        <translation>Le nombre de tentatives de %1 doit être compris entre 1 et 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only OpenAI takes a chat model (for prompt optimisation).</source>
        <translation>Seul OpenAI prend un modèle de chat (pour l’optimisation des prompts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat model&apos;s name is longer than 100 characters.</source>
        <translation>Le nom du modèle de chat dépasse 100 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout of %1 must be between 1 and 3600 seconds.</source>
        <translation>Le délai d’attente de %1 doit être compris entre 1 et 3600 secondes.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+36"/>
        <source>%1 has no API key on this desktop; set one with atelier ai provider set %2 --api-key-stdin.</source>
        <translation>%1 n’a pas de clé d’API sur ce poste ; définissez-en une avec atelier ai provider set %2 --api-key-stdin.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The offline renderer needs no network and no key.</source>
        <translation>Le moteur hors ligne n’a besoin ni de réseau ni de clé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 answered at %2 and accepted the key.</source>
        <translation>%1 a répondu à %2 et a accepté la clé.</translation>
    </message>
</context>
<context>
    <name>QueryMetrics</name>
    <message>
        <location filename="../services/monitoring/querymetrics.cpp" line="+208"/>
        <source>Keeping the query metrics</source>
        <translation>Enregistrement des métriques des requêtes</translation>
    </message>
</context>
<context>
    <name>RealTimeService</name>
    <message>
        <location filename="../services/analytics/realtimeservice.cpp" line="+28"/>
        <source>Counting the users of the last five minutes</source>
        <translation>Le comptage des utilisateurs des cinq dernières minutes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Counting the events of the last hour</source>
        <translation>Le comptage des événements de la dernière heure</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finding the top events of the last hour</source>
        <translation>La recherche des événements les plus fréquents de la dernière heure</translation>
    </message>
</context>
<context>
    <name>ReplicateProvider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="+243"/>
        <source>a prediction without an id or a known status</source>
        <translation>une prédiction sans identifiant ou sans statut connu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a prediction URL that is not http or https</source>
        <translation>une URL de prédiction qui n’est ni http ni https</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replicate needs an API key.</source>
        <translation>Replicate demande une clé d’API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replicate: &quot;%1&quot; is not a model as owner/name or owner/name:version.</source>
        <translation>Replicate : « %1 » n’est pas un modèle de la forme propriétaire/nom ou propriétaire/nom:version.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>an image URL that is not http or https</source>
        <translation>une URL d’image qui n’est ni http ni https</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>des données d’image qui ne sont ni PNG, ni JPEG, ni WebP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a finished prediction without output</source>
        <translation>une prédiction terminée sans résultat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replicate filtered the request: %1</source>
        <translation>Replicate a filtré la demande : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Replicate prediction failed: %1</source>
        <translation>La prédiction Replicate a échoué : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Replicate prediction was cancelled.</source>
        <translation>La prédiction Replicate a été annulée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a running prediction without a URL to follow</source>
        <translation>une prédiction en cours sans URL à suivre</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 makes images, not 3D models.</source>
        <translation>%1 produit des images, pas des modèles 3D.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>a video (MP4), which Atelier keeps only as an animated image: ask the model for a GIF (for many, --param output_format=gif)</source>
        <translation>une vidéo (MP4), qu’Atelier ne garde que sous forme d’image animée : demandez un GIF au modèle (pour beaucoup, --param output_format=gif)</translation>
    </message>
</context>
<context>
    <name>ReplicateTrainings</name>
    <message>
        <location filename="../services/ai/providers/replicatetrainings.cpp" line="+20"/>
        <source>Replicate gave a training answer that cannot be read: %1.</source>
        <translation>Replicate a donné une réponse d’entraînement illisible : %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Replicate needs an API key to train models.</source>
        <translation>Replicate demande une clé d’API pour entraîner des modèles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replicate trains a model version: &quot;%1&quot; is not written owner/name:version.</source>
        <translation>Replicate entraîne une version de modèle : « %1 » n’est pas de la forme owner/name:version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replicate trains into a model: &quot;%1&quot; is not written owner/name.</source>
        <translation>Replicate entraîne vers un modèle : « %1 » n’est pas de la forme owner/name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The webhook &quot;%1&quot; is not an http or https address.</source>
        <translation>Le webhook « %1 » n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a Replicate training id.</source>
        <translation>« %1 » n’est pas un identifiant d’entraînement Replicate.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training id</source>
        <translation>pas d’identifiant d’entraînement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no known status</source>
        <translation>pas de statut connu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an output whose version or weights is not text</source>
        <translation>une sortie dont la version ou les poids ne sont pas du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an output version that is neither owner/name:version nor a version id</source>
        <translation>une version de sortie qui n’est ni owner/name:version ni un identifiant de version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights that are not at an http or https address</source>
        <translation>des poids qui ne sont pas à une adresse http ou https</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an output that is not an object</source>
        <translation>une sortie qui n’est pas un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a finished training without the version it made</source>
        <translation>un entraînement terminé sans la version qu’il a produite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an error that is not text</source>
        <translation>une erreur qui n’est pas du texte</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../services/reports/reportexport.cpp" line="+26"/>
        <source>%1: the report&apos;s format comes from the file&apos;s extension, .pdf or .csv (or give --format pdf|csv).</source>
        <translation>%1 : le format du rapport vient de l’extension du fichier, .pdf ou .csv (ou indiquez --format pdf|csv).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format: &quot;%1&quot; is not one of pdf, csv.</source>
        <translation>--format : « %1 » n’est ni pdf ni csv.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No analysis could be computed: %1</source>
        <translation>Aucune analyse n’a pu être calculée : %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../services/reports/reportwriter.cpp" line="+50"/>
        <location line="+264"/>
        <location line="+106"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Analytics report</source>
        <translation>Rapport d’analytique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generated at: %1 UTC</source>
        <translation>Généré le : %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not available: %1</source>
        <translation>Indisponible : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No data in this range.</source>
        <translation>Aucune donnée sur cette période.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Analytics report — %1, %2 to %3</source>
        <translation>Rapport d’analytique — %1, du %2 au %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not start the PDF %1.</source>
        <translation>Impossible de commencer le PDF %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range: %1 to %2 (UTC days, both included)</source>
        <translation>Période : du %1 au %2 (jours UTC, bornes incluses)</translation>
    </message>
</context>
<context>
    <name>ResultCache</name>
    <message>
        <location filename="../services/core/resultcache.cpp" line="+47"/>
        <source>Reading the data version</source>
        <translation>Lecture de la version des données</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <location filename="../services/analytics/retentionservice.cpp" line="+48"/>
        <source>Unknown retention period &quot;%1&quot;; use day, week or month.</source>
        <translation>Période de rétention « %1 » inconnue ; utilisez day, week ou month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of periods must be between 1 and %1 (got %2).</source>
        <translation>Le nombre de périodes doit être entre 1 et %1 (reçu : %2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sizing the cohorts</source>
        <translation>Le calcul de la taille des cohortes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counting the returns</source>
        <translation>Le comptage des retours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summing the cohorts&apos; revenue</source>
        <translation>La somme du chiffre d’affaires des cohortes</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Start event</source>
        <translation>Événement de départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return event</source>
        <translation>Événement de retour</translation>
    </message>
</context>
<context>
    <name>Rollups</name>
    <message>
        <location filename="../services/analytics/rollups.cpp" line="+46"/>
        <location line="+36"/>
        <source>Reading the rollup&apos;s state</source>
        <translation>Lecture de l’état du cumul</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Locking the rollup</source>
        <translation>Verrouillage du cumul</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the days to recompute</source>
        <translation>Lecture des jours à recalculer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finding the new events</source>
        <translation>Recherche des nouveaux événements</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+14"/>
        <source>Clearing the days to recompute</source>
        <translation>Effacement des jours à recalculer</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+73"/>
        <source>Recomputing the daily rollup</source>
        <translation>Recalcul du cumul journalier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recording the rollup&apos;s state</source>
        <translation>Enregistrement de l’état du cumul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the daily rollup</source>
        <translation>Enregistrement du cumul journalier</translation>
    </message>
</context>
<context>
    <name>SeasonalityService</name>
    <message>
        <location filename="../services/analytics/seasonalityservice.cpp" line="+78"/>
        <source>Counting events by day and hour</source>
        <translation>Le comptage des événements par jour et par heure</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../services/security/secrets.cpp" line="+82"/>
        <location line="+211"/>
        <source>Reading the keyring</source>
        <translation>Lecture du trousseau</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Could not derive a key from the passphrase (not enough memory?).</source>
        <translation>Impossible de dériver une clé de la phrase secrète (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>La phrase secrète doit avoir au moins 12 caractères.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+42"/>
        <source>Writing the keyring</source>
        <translation>Écriture du trousseau</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+44"/>
        <source>%1 already holds encrypted values, but the database has no data key.</source>
        <translation>%1 contient déjà des valeurs chiffrées, mais la base n’a pas de clé de données.</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+65"/>
        <source>Re-encrypting %1</source>
        <translation>Nouveau chiffrement de %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+31"/>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>This database already has a data key; use atelier secrets rotate to change it or its passphrase.</source>
        <translation>Cette base a déjà une clé de données ; utilisez atelier secrets rotate pour la changer, ou sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+124"/>
        <source>Could not start a transaction.</source>
        <translation>Impossible d’ouvrir une transaction.</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+123"/>
        <source>Could not save the new key.</source>
        <translation>Impossible d’enregistrer la nouvelle clé.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>This database has no data key yet: an administrator creates one with atelier secrets init.</source>
        <translation>Cette base n’a pas encore de clé de données : un administrateur en crée une avec atelier secrets init.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The passphrase is wrong (or the keyring was changed): nothing can be decrypted with it.</source>
        <translation>La phrase secrète est fausse (ou le trousseau a été modifié) : elle ne déchiffre rien.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 holds a value that is not encrypted.</source>
        <translation>%1 contient une valeur non chiffrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds a damaged encrypted value.</source>
        <translation>%1 contient une valeur chiffrée abîmée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was encrypted with data key %2, and the key unlocked is %3.</source>
        <translation>%1 a été chiffré avec la clé de données %2, et la clé déverrouillée est la %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be decrypted with this key: the value was changed, or belongs elsewhere.</source>
        <translation>%1 ne se déchiffre pas avec cette clé : la valeur a été modifiée, ou appartient à un autre champ.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>This desktop&apos;s keychain key could not be read: %1</source>
        <translation>La clé du trousseau de ce poste n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>This database&apos;s data key is held by the keychain of another desktop (the one that made it): this desktop cannot open it. On that desktop, atelier secrets rotate --keychain --new-passphrase-stdin moves it to a passphrase.</source>
        <translation>La clé de données de cette base est gardée par le trousseau d’un autre poste (celui qui l’a créée) : ce poste ne peut pas l’ouvrir. Sur ce poste-là, atelier secrets rotate --keychain --new-passphrase-stdin la confie à une phrase secrète.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desktop&apos;s keychain key does not open the data key (the keyring was changed): nothing can be decrypted.</source>
        <translation>La clé du trousseau de ce poste n’ouvre pas la clé de données (le trousseau de clés a été modifié) : rien ne peut être déchiffré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database&apos;s data key is wrapped by a passphrase: give it (--passphrase-stdin).</source>
        <translation>La clé de données de cette base est protégée par une phrase secrète : donnez-la (--passphrase-stdin).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This database&apos;s data key is held by this desktop&apos;s keychain, not a passphrase: use atelier secrets rotate --keychain.</source>
        <translation>La clé de données de cette base est gardée par le trousseau de ce poste, pas par une phrase secrète : utilisez atelier secrets rotate --keychain.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This database&apos;s data key is wrapped by a passphrase: rotate it with --passphrase-stdin.</source>
        <translation>La clé de données de cette base est protégée par une phrase secrète : renouvelez-la avec --passphrase-stdin.</translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <location filename="../services/analytics/segmentservice.cpp" line="+145"/>
        <source>%1: expected an object.</source>
        <translation>%1 : objet attendu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a segment has at most %2 conditions.</source>
        <translation>%1 : un segment a au plus %2 conditions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: groups nest at most 10 deep.</source>
        <translation>%1 : les groupes s’imbriquent sur 10 niveaux au plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown field &quot;%2&quot;; expected %3.</source>
        <translation>%1 : champ « %2 » inconnu ; attendu : %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.%2: expected a non-empty list of conditions.</source>
        <translation>%1.%2 : liste de conditions non vide attendue.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.property: unknown property &quot;%2&quot;; the properties are: %3.</source>
        <translation>%1.property : propriété « %2 » inconnue ; les propriétés sont : %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.value: expected a text for &quot;%2&quot;.</source>
        <translation>%1.value : texte attendu pour « %2 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>%1.value: expected a list of 1 to 100 texts for &quot;%2&quot;.</source>
        <translation>%1.value : liste de 1 à 100 textes attendue pour « %2 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.op: unknown operator &quot;%2&quot;; expected eq, neq, in, not_in, exists.</source>
        <translation>%1.op : opérateur « %2 » inconnu ; attendu : eq, neq, in, not_in, exists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.event: &quot;%2&quot; is not an event type.</source>
        <translation>%1.event : « %2 » n’est pas un type d’événement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.op: unknown operator &quot;%2&quot;; expected at_least, at_most, exactly.</source>
        <translation>%1.op : opérateur « %2 » inconnu ; attendu : at_least, at_most, exactly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.count: expected a whole number from 0 to 1000000.</source>
        <translation>%1.count : nombre entier de 0 à 1000000 attendu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.within_days: expected a whole number of days from 1 to 3650.</source>
        <translation>%1.within_days : nombre entier de jours de 1 à 3650 attendu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: expected &quot;all&quot;, &quot;any&quot;, &quot;property&quot; or &quot;event&quot;.</source>
        <translation>%1 : « all », « any », « property » ou « event » attendu.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Finding the segment&apos;s users</source>
        <translation>La recherche des utilisateurs du segment</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A page holds 1 to 10000 users, from a non-negative offset.</source>
        <translation>Une page contient de 1 à 10000 utilisateurs, à partir d’un décalage positif ou nul.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A segment needs a name of 1 to 200 characters.</source>
        <translation>Un segment demande un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the segment</source>
        <translation>L’enregistrement du segment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing the segments</source>
        <translation>La liste des segments</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The segment &quot;%1&quot; was not saved: your role in brand &quot;%2&quot; does not allow it.</source>
        <translation>Le segment « %1 » n’a pas été enregistré : votre rôle dans la marque « %2 » ne le permet pas.</translation>
    </message>
</context>
<context>
    <name>ShareService</name>
    <message>
        <location filename="../services/collaboration/sharing.cpp" line="+38"/>
        <location line="+148"/>
        <location line="+17"/>
        <source>Reading the shares</source>
        <translation>Lecture des partages</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Sharing needs the resource&apos;s owner or an admin of its brand; saving the share</source>
        <translation>Partager demande d’être propriétaire de la ressource ou admin de sa marque ; enregistrement du partage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the owner of the %1 &quot;%2&quot; or an admin of its brand may change who it is shared with.</source>
        <translation>Seul le propriétaire de %1 « %2 » ou un admin de sa marque peut changer avec qui il est partagé.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A %1 cannot be shared; shareable are: %2.</source>
        <translation>Un %1 ne se partage pas ; se partagent : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown permission &quot;%1&quot;; the permissions are: %2.</source>
        <translation>Permission inconnue « %1 » ; les permissions sont : %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The %1 &quot;%2&quot; is not shared with %3.</source>
        <translation>%1 « %2 » n’est pas partagé avec %3.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Sharing</source>
        <translation>Le partage</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoking a share</source>
        <translation>Le retrait d’un partage</translation>
    </message>
</context>
<context>
    <name>StabilityProvider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="-241"/>
        <source>Stability AI needs an API key.</source>
        <translation>Stability AI demande une clé d’API.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 filtered the request: the prompt or the image breaks its content rules.</source>
        <translation>%1 a filtré la demande : le prompt ou l’image enfreint ses règles de contenu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>des données d’image qui ne sont ni PNG, ni JPEG, ni WebP</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>A 3D model is made from an image, and none was given.</source>
        <translation>Un modèle 3D se fait à partir d’une image, et aucune n’a été donnée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a 3D model that is not a GLB file</source>
        <translation>un modèle 3D qui n’est pas un fichier GLB</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Stability AI makes images and 3D models, not animations.</source>
        <translation>Stability AI fait des images et des modèles 3D, pas des animations.</translation>
    </message>
</context>
<context>
    <name>StatementSnapshots</name>
    <message>
        <location filename="../services/monitoring/statementsnapshots.cpp" line="+24"/>
        <source>Keeping a snapshot of pg_stat_statements</source>
        <translation>Enregistrement d’un instantané de pg_stat_statements</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SQLite keeps no statement statistics of its own: the product&apos;s timings are the figures.</source>
        <translation>SQLite ne tient pas de statistiques d’instructions : les mesures du produit font foi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the snapshots of pg_stat_statements</source>
        <translation>Lecture des instantanés de pg_stat_statements</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>No snapshot of pg_stat_statements was kept in this window: the monitoring round (an open console or atelier monitor, run by the administrator) keeps one every %n minutes.</source>
        <translation>
            <numerusform>Aucun instantané de pg_stat_statements n’a été gardé dans cette fenêtre : le tour de surveillance (une console ouverte ou atelier monitor, lancé par l’administrateur) en garde un toutes les %n minute.</numerusform>
            <numerusform>Aucun instantané de pg_stat_statements n’a été gardé dans cette fenêtre : le tour de surveillance (une console ouverte ou atelier monitor, lancé par l’administrateur) en garde un toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only one snapshot of pg_stat_statements was kept in this window (%1): the figures need two.</source>
        <translation>Un seul instantané de pg_stat_statements a été gardé dans cette fenêtre (%1) : les chiffres en demandent deux.</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../services/ai/studioactions.cpp" line="+57"/>
        <source>The count must be between 1 and %1; %2 was asked.</source>
        <translation>Le nombre doit être compris entre 1 et %1 ; %2 a été demandé.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The seed must be between 0 and %1; with %n variation(s) the first can be at most %2.</source>
        <translation>
            <numerusform>La graine doit être comprise entre 0 et %1 ; avec %n variation, la première peut valoir au plus %2.</numerusform>
            <numerusform>La graine doit être comprise entre 0 et %1 ; avec %n variations, la première peut valoir au plus %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+48"/>
        <source>Queuing generations</source>
        <translation>La mise en file d’attente des générations</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <source>%n generation(s) of %1 need %2 credits, more than the %3 of %4 left this month: nothing was queued. Lower the count or choose a cheaper model.</source>
        <translation>
            <numerusform>%n génération de %1 demande %2 crédits, plus que les %3 sur %4 qui restent ce mois-ci : rien n’a été mis en file d’attente. Réduisez le nombre ou choisissez un modèle moins cher.</numerusform>
            <numerusform>%n générations de %1 demandent %2 crédits, plus que les %3 sur %4 qui restent ce mois-ci : rien n’a été mis en file d’attente. Réduisez le nombre ou choisissez un modèle moins cher.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was queued: variation %1 of %2 (seed %3) was refused. %4</source>
        <translation>Rien n’a été mis en file d’attente : la variation %1 sur %2 (graine %3) a été refusée. %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the queue</source>
        <translation>La lecture de la file d’attente</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+8"/>
        <location line="+33"/>
        <source>Cancelling generations</source>
        <translation>L’annulation des générations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The result cache is kept per brand: name one.</source>
        <translation>Le cache des résultats est tenu par marque : nommez-en une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The age must be 0 days or more; %1 was asked.</source>
        <translation>L’âge doit être de 0 jour ou plus ; %1 a été demandé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Clearing the cache</source>
        <translation>L’effacement du cache</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+24"/>
        <source>No file was named to write to.</source>
        <translation>Aucun fichier n’a été nommé pour l’écriture.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is a folder: name a file to write.</source>
        <translation>%1 est un dossier : nommez un fichier à écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Generation %1 has no result to save: it failed or was cancelled.</source>
        <translation>La génération %1 n’a pas de résultat à enregistrer : elle a échoué ou a été annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation %1 has no result to save yet: it is still queued or running.</source>
        <translation>La génération %1 n’a pas encore de résultat à enregistrer : elle est encore en file d’attente ou en cours.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The result of this generation is not a 3D model (GLB).</source>
        <translation>Le résultat de cette génération n’est pas un modèle 3D (GLB).</translation>
    </message>
</context>
<context>
    <name>StudioAnalytics</name>
    <message>
        <location filename="../services/ai/studioanalytics.cpp" line="+47"/>
        <source>Reading the generations</source>
        <translation>La lecture des générations</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The range is empty or inverted.</source>
        <translation>La période est vide ou inversée.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Name the model whose performance to show.</source>
        <translation>Nommez le modèle dont il faut montrer les performances.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the credits</source>
        <translation>La lecture des crédits</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Reading the models</source>
        <translation>La lecture des modèles</translation>
    </message>
</context>
<context>
    <name>StudioLibrary</name>
    <message>
        <location filename="../services/ai/studiolibrary.cpp" line="+38"/>
        <location line="+203"/>
        <source>Reading a collection</source>
        <translation>La lecture d’une collection</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>There is no collection %1 (or it is not yours to see).</source>
        <translation>Il n’y a pas de collection %1 (ou vous n’avez pas le droit de la voir).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A new version needs an edited prompt or parameters.</source>
        <translation>Une nouvelle version demande un prompt ou des paramètres modifiés.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the versions</source>
        <translation>La lecture des versions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A rating is 1 to 5 stars, not %1.</source>
        <translation>Une note va de 1 à 5 étoiles, pas %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a completed generation can be rated; this one is %1.</source>
        <translation>Seule une génération terminée peut être notée ; celle-ci est à l’état %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating a generation</source>
        <translation>La notation d’une génération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not rate generation %1.</source>
        <translation>Vous n’avez pas le droit de noter la génération %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starring a generation</source>
        <translation>L’ajout d’une étoile à une génération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no generation %1 (or it is not yours to change).</source>
        <translation>Il n’y a pas de génération %1 (ou vous n’avez pas le droit de la modifier).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A collection needs a name of 1 to 200 characters.</source>
        <translation>Une collection demande un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating a collection</source>
        <translation>La création d’une collection</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>Adding to a collection</source>
        <translation>L’ajout à une collection</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>There is no generation %1 in the brand of collection &quot;%2&quot;; nothing was added.</source>
        <translation>Il n’y a pas de génération %1 dans la marque de la collection « %2 » ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Removing from a collection</source>
        <translation>Le retrait d’une collection</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sharing a collection</source>
        <translation>Le partage d’une collection</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+5"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1: generations are exported as a .zip file.</source>
        <translation>%1 : les générations s’exportent en fichier .zip.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Some of the generations chosen are gone (or not yours to see); nothing was exported.</source>
        <translation>Certaines des générations choisies ont disparu (ou vous n’avez pas le droit de les voir) ; rien n’a été exporté.</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <location filename="../services/ai/trainingservice.cpp" line="+161"/>
        <location line="+232"/>
        <location line="+27"/>
        <source>image %1 (%2)</source>
        <translation>image %1 (%2)</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>%1 is not a PNG, JPEG or WebP image</source>
        <translation>%1 n’est pas une image PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a %2 image, which this desktop cannot decode (its Qt image format plugins are missing)</source>
        <translation>%1 est une image %2, que ce poste ne sait pas décoder (il lui manque les greffons de formats d’image de Qt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is %2×%3 pixels; at least %4×%4 are needed</source>
        <translation>%1 fait %2×%3 pixels ; il en faut au moins %4×%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be decoded: %2</source>
        <translation>%1 ne peut pas être décodée : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a near-duplicate of %2 (their perceptual hashes differ in %3 of 63 bits)</source>
        <translation>%1 est un quasi-doublon de %2 (leurs empreintes perceptuelles diffèrent de %3 bits sur 63)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 would take the dataset over %2 MB, the most a training takes inline</source>
        <translation>%1 ferait dépasser au jeu de données %2 Mo, le maximum qu’un entraînement accepte en ligne</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replicate has no API key on this desktop; set one with atelier ai provider set replicate --api-key-stdin.</source>
        <translation>Replicate n’a pas de clé d’API sur ce poste ; définissez-en une avec atelier ai provider set replicate --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the models</source>
        <translation>La lecture des modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base model &quot;%1&quot; is not a registered AI model, nor is &quot;%2&quot;; register it, so that the cost and time of the models trained from it are known.</source>
        <translation>Le modèle de base « %1 » n’est pas un modèle d’IA enregistré, pas plus que « %2 » ; enregistrez-le, pour connaître le coût et la durée des modèles entraînés à partir de lui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base model &quot;%1&quot; belongs to %2; models are trained at Replicate.</source>
        <translation>Le modèle de base « %1 » appartient à %2 ; les modèles s’entraînent chez Replicate.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recording the end of a training</source>
        <translation>L’enregistrement de la fin d’un entraînement</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The dataset %1 of the model %2 is gone.</source>
        <translation>Le jeu de données %1 du modèle %2 a disparu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registering the trained model %1</source>
        <translation>L’enregistrement du modèle entraîné %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The training was cancelled at Replicate.</source>
        <translation>L’entraînement a été annulé chez Replicate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training failed at Replicate without saying why.</source>
        <translation>L’entraînement a échoué chez Replicate sans dire pourquoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training failed at Replicate: %1</source>
        <translation>L’entraînement a échoué chez Replicate : %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A dataset needs a name.</source>
        <translation>Un jeu de données demande un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset&apos;s name is %1 characters long; at most 200 are accepted.</source>
        <translation>Le nom du jeu de données fait %1 caractères ; 200 au plus sont acceptés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dataset needs images: name generations or image files.</source>
        <translation>Un jeu de données demande des images : indiquez des générations ou des fichiers d’image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dataset takes at most %1 images; %2 were given.</source>
        <translation>Un jeu de données prend au plus %1 images ; %2 ont été données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the brand</source>
        <translation>La lecture de la marque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no brand &quot;%1&quot; (or it is not yours to see).</source>
        <translation>Il n’y a pas de marque « %1 » (ou vous n’avez pas le droit de la voir).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>generation %1</source>
        <translation>génération %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the generations</source>
        <translation>La lecture des générations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a generation of this brand</source>
        <translation>%1 n’est pas une génération de cette marque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not completed (it is %2)</source>
        <translation>%1 n’est pas terminée (état : %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no stored result</source>
        <translation>%1 n’a pas de résultat stocké</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is not a file: %2</source>
        <translation>%1 n’est pas un fichier : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 MB; at most %3 MB are accepted</source>
        <translation>%1 fait %2 Mo ; %3 Mo au plus sont acceptés</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recording the dataset &quot;%1&quot;</source>
        <translation>L’enregistrement du jeu de données « %1 »</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading a dataset</source>
        <translation>La lecture d’un jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no dataset %1 (or it is not yours to see).</source>
        <translation>Il n’y a pas de jeu de données %1 (ou vous n’avez pas le droit de le voir).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the datasets</source>
        <translation>La lecture des jeux de données</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The base model &quot;%1&quot; is not written owner/name:version (a version of a trainer at Replicate).</source>
        <translation>Le modèle de base « %1 » n’est pas de la forme owner/name:version (une version d’un entraîneur chez Replicate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The destination &quot;%1&quot; is not written owner/name (a model of yours at Replicate).</source>
        <translation>La destination « %1 » n’est pas de la forme owner/name (un de vos modèles chez Replicate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The training steps must be between 1 and %1; %2 were asked.</source>
        <translation>Le nombre d’étapes d’entraînement doit être compris entre 1 et %1 ; %2 ont été demandées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The training&apos;s extra input is larger than 16 KB.</source>
        <translation>Les entrées supplémentaires de l’entraînement dépassent 16 Ko.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dataset &quot;%1&quot; is being trained already; wait for that training to end.</source>
        <translation>Le jeu de données « %1 » est déjà en cours d’entraînement ; attendez la fin de cet entraînement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset &quot;%1&quot; has no accepted image to train on.</source>
        <translation>Le jeu de données « %1 » n’a aucune image acceptée sur laquelle s’entraîner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The dataset &quot;%1&quot; lost an image: %2</source>
        <translation>Le jeu de données « %1 » a perdu une image : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The images of the dataset &quot;%1&quot; are over %2 MB, the most a training takes inline.</source>
        <translation>Les images du jeu de données « %1 » dépassent %2 Mo, le maximum qu’un entraînement accepte en ligne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset &quot;%1&quot; holds no stored image to train on; make a new one from its images.</source>
        <translation>Le jeu de données « %1 » ne contient aucune image stockée sur laquelle s’entraîner ; créez-en un nouveau à partir de ses images.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording the training of %1</source>
        <translation>L’enregistrement de l’entraînement de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The training %2 was cancelled at Replicate.</source>
        <translation>%1 L’entraînement %2 a été annulé chez Replicate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The training %2 could not be cancelled at Replicate: cancel it there.</source>
        <translation>%1 L’entraînement %2 n’a pas pu être annulé chez Replicate : annulez-le là-bas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dataset &quot;%1&quot; started training from another desktop meanwhile.</source>
        <translation>Le jeu de données « %1 » a entre-temps commencé un entraînement depuis un autre poste.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The model %1 is not training (it is %2).</source>
        <translation>Le modèle %1 n’est pas en entraînement (état : %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The training was cancelled from Atelier.</source>
        <translation>L’entraînement a été annulé depuis Atelier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading a custom model</source>
        <translation>La lecture d’un modèle personnalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no custom model %1 (or it is not yours to see).</source>
        <translation>Il n’y a pas de modèle personnalisé %1 (ou vous n’avez pas le droit de le voir).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the custom models</source>
        <translation>La lecture des modèles personnalisés</translation>
    </message>
</context>
<context>
    <name>TranslationChecks</name>
    <message>
        <location filename="../services/i18n/translationchecks.cpp" line="+159"/>
        <source>The translation lacks the place marker %1 of the source: its value would not be shown.</source>
        <translation>La traduction n’a pas le marqueur %1 de la source : sa valeur ne serait pas affichée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation has the place marker %1, which the source does not have: people would see it as is.</source>
        <translation>La traduction a le marqueur %1, que la source n’a pas : il serait affiché tel quel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation does not show the number %1: right only for a form that says it in words.</source>
        <translation>La traduction n’affiche pas le nombre %1 : juste seulement pour une forme qui le dit en toutes lettres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source has %1 and the translation %2: the number would not be written the language’s way.</source>
        <translation>La source a %1 et la traduction %2 : le nombre ne serait pas écrit à la façon de la langue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source has a keyboard accelerator (&amp;) and the translation has none: the control loses its shortcut.</source>
        <translation>La source a un raccourci clavier (&amp;) et la traduction n’en a pas : le contrôle perd son raccourci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translation has %1 accelerators (&amp;): only the first works; write &amp;&amp; for a literal &amp;.</source>
        <translation>La traduction a %1 raccourcis clavier (&amp;) : seul le premier fonctionne ; écrivez &amp;&amp; pour un &amp; littéral.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The translation starts with a space and the source does not.</source>
        <translation>La traduction commence par une espace, la source non.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source starts with a space and the translation does not.</source>
        <translation>La source commence par une espace, la traduction non.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translation ends with a space and the source does not.</source>
        <translation>La traduction finit par une espace, la source non.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source ends with a space and the translation does not.</source>
        <translation>La source finit par une espace, la traduction non.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The source ends with “%1” and the translation has no ending punctuation.</source>
        <translation>La source finit par « %1 » et la traduction n’a pas de ponctuation finale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translation ends with “%1” and the source has no ending punctuation.</source>
        <translation>La traduction finit par « %1 » et la source n’a pas de ponctuation finale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source ends with “%1” and the translation with “%2”.</source>
        <translation>La source finit par « %1 » et la traduction par « %2 ».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>French puts a space before %1 (at character %2): “%3”.</source>
        <translation>Le français met une espace avant %1 (au caractère %2) : « %3 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The translation is the same as the source.</source>
        <translation>La traduction est identique à la source.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The translation is %1 characters long, over twice the source’s %2: the button may be cut.</source>
        <translation>La traduction fait %1 caractères, plus du double des %2 de la source : le bouton risque d’être coupé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation is %1 characters long, over twice the source’s %2: the menu item may be cut.</source>
        <translation>La traduction fait %1 caractères, plus du double des %2 de la source : l’élément de menu risque d’être coupé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source has %1 line breaks and the translation %2.</source>
        <translation>La source a %1 sauts de ligne et la traduction %2.</translation>
    </message>
</context>
<context>
    <name>TranslationStore</name>
    <message>
        <location filename="../services/i18n/translationstore.cpp" line="+64"/>
        <source>“%1” (context %2)</source>
        <translation>« %1 » (contexte %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown language “%1”; the languages are: %2.</source>
        <translation>Langue « %1 » inconnue ; les langues sont : %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading a translation</source>
        <translation>Lecture d’une traduction</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+324"/>
        <source>The translation of %1 into %2 is approved: only a reviewer (an admin) changes it.</source>
        <translation>La traduction de %1 en %2 est approuvée : seul un relecteur (un administrateur) la modifie.</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Saving the translation of %1</source>
        <translation>Enregistrement de la traduction de %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Untranslated</source>
        <translation>Non traduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs editing</source>
        <translation>À reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The translations of “%1” are not in this program.</source>
        <translation>Les traductions « %1 » ne sont pas dans ce programme.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+175"/>
        <source>Reading the translations into %1</source>
        <translation>Lecture des traductions en %1</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Finding whether you may change translations</source>
        <translation>Recherche de votre droit de modifier les traductions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no message %1 in the console to translate.</source>
        <translation>La console n’a aucun message %1 à traduire.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The translation of %1 needs %n form(s).</source>
        <translation>
            <numerusform>La traduction de %1 demande %n forme.</numerusform>
            <numerusform>La traduction de %1 demande %n formes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translation of %1 is empty: revert it to show the compiled text again.</source>
        <translation>La traduction de %1 est vide : rétablissez-la pour afficher de nouveau le texte compilé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The translation of %1 would break: %2</source>
        <translation>La traduction de %1 s’afficherait de travers : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+84"/>
        <location line="+139"/>
        <source>Only editors and admins of a brand change translations.</source>
        <translation>Seuls les éditeurs et les administrateurs d’une marque modifient les traductions.</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+46"/>
        <source>Only a reviewer (an admin of a brand) approves a translation.</source>
        <translation>Seul un relecteur (un administrateur d’une marque) approuve une traduction.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>A stored translation cannot be untranslated: revert it instead.</source>
        <translation>Une traduction enregistrée ne peut pas être « non traduite » : rétablissez-la plutôt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Saving a translation</source>
        <translation>Enregistrement d’une traduction</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no message “%1” in the console.</source>
        <translation>La console n’a aucun message « %1 ».</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>Approving a translation</source>
        <translation>Approbation d’une traduction</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The translation of %1 into %2 has no change to approve: it is the compiled one.</source>
        <translation>La traduction de %1 en %2 n’a aucune modification à approuver : c’est la version compilée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approving the translation of %1</source>
        <translation>Approbation de la traduction de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>Reverting a translation</source>
        <translation>Rétablissement d’une traduction</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The translation of %1 into %2 has no change to revert.</source>
        <translation>La traduction de %1 en %2 n’a aucune modification à rétablir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reverting the translation of %1</source>
        <translation>Rétablissement de la traduction de %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The file names no language: give one (--language).</source>
        <translation>Le fichier ne nomme aucune langue : donnez-en une (--language).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the console has no such message.</source>
        <translation>%1 : la console n’a pas ce message.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n form(s) expected.</source>
        <translation>
            <numerusform>%1 : %n forme attendue.</numerusform>
            <numerusform>%1 : %n formes attendues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: approved, only a reviewer (an admin) changes it.</source>
        <translation>%1 : approuvée, seul un relecteur (un administrateur) la modifie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Importing translations</source>
        <translation>Importation des traductions</translation>
    </message>
</context>
<context>
    <name>TsFile</name>
    <message>
        <location filename="../services/i18n/tsfile.cpp" line="+42"/>
        <source>there is no &lt;TS&gt; element: this is not a Qt Linguist file</source>
        <translation>il n’y a pas d’élément &lt;TS&gt; : ce n’est pas un fichier Qt Linguist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected element &lt;%1&gt;</source>
        <translation>élément &lt;%1&gt; inattendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected text “%1”</source>
        <translation>texte « %1 » inattendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected “%1”</source>
        <translation>« %1 » inattendu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;byte&gt; has no number value</source>
        <translation>&lt;byte&gt; n’a pas de valeur numérique</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>the line “%1” of a &lt;location&gt; is not a number</source>
        <translation>la ligne « %1 » d’un &lt;location&gt; n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown translation type “%1”</source>
        <translation>type de traduction « %1 » inconnu</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Cannot read the translation file %1: %2</source>
        <translation>Impossible de lire le fichier de traduction %1 : %2</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+5"/>
        <source>Cannot write the translation file %1: %2</source>
        <translation>Impossible d’écrire le fichier de traduction %1 : %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <location filename="../services/collaboration/useradmin.cpp" line="+22"/>
        <source>An SQLite database belongs to the one local person who opens it: people, login roles and memberships are for PostgreSQL databases (see docs/permissions.md).</source>
        <translation>Une base SQLite appartient à la seule personne locale qui l’ouvre : les personnes, rôles de connexion et appartenances concernent les bases PostgreSQL (voir docs/permissions.md).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown role &quot;%1&quot;; the roles are: %2.</source>
        <translation>Rôle inconnu « %1 » ; les rôles sont : %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking up the person</source>
        <translation>Recherche de la personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no person named &quot;%1&quot; (see atelier users list).</source>
        <translation>Aucune personne ne s’appelle « %1 » (voir atelier users list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not start a transaction.</source>
        <translation>Impossible d’ouvrir une transaction.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save the change.</source>
        <translation>Impossible d’enregistrer la modification.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; cannot be a user name: 3 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>« %1 » ne peut pas être un nom d’utilisateur : 3 à 40 minuscules, chiffres ou _, en commençant par une lettre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit avoir au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking up the login role</source>
        <translation>Recherche du rôle de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login role named &quot;%1&quot; already exists on this PostgreSQL server; choose another name.</source>
        <translation>Un rôle de connexion « %1 » existe déjà sur ce serveur PostgreSQL ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Creating the login role</source>
        <translation>Création du rôle de connexion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recording the person</source>
        <translation>Enregistrement de la personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Recording the membership</source>
        <translation>Enregistrement de l’appartenance</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removing the membership</source>
        <translation>Retrait de l’appartenance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a member of brand &quot;%2&quot;.</source>
        <translation>« %1 » n’est pas membre de la marque « %2 ».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing the people</source>
        <translation>Liste des personnes</translation>
    </message>
</context>
<context>
    <name>Watermarks</name>
    <message>
        <location filename="../services/security/watermark.cpp" line="+249"/>
        <source>Unknown watermark kind &quot;%1&quot;; the kinds are: %2.</source>
        <translation>Genre de filigrane inconnu « %1 » ; les genres sont : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown position &quot;%1&quot;; the positions are: %2.</source>
        <translation>Position inconnue « %1 » ; les positions sont : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opacity must be above 0 and at most 1 (got %1).</source>
        <translation>L’opacité doit être au-dessus de 0 et au plus 1 (reçu %1).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: the output must be a .png, .jpg or .jpeg file.</source>
        <translation>%1 : la sortie doit être un fichier .png, .jpg ou .jpeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not an image that can be read (%2).</source>
        <translation>%1 : pas une image lisible (%2).</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>A visible watermark needs its text (--text).</source>
        <translation>Un filigrane visible demande son texte (--text).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the resource the watermark stands for (--resource-type and --resource-id).</source>
        <translation>Nommez la ressource que représente le filigrane (--resource-type et --resource-id).</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Recording the watermark</source>
        <translation>Enregistrement du filigrane</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Looking up the watermark</source>
        <translation>Recherche du filigrane</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1: not a PNG or JPEG image that can be read.</source>
        <translation>%1 : pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>An invisible watermark needs an image of at least 256 × 256 pixels (got %1 × %2).</source>
        <translation>Un filigrane invisible demande une image d’au moins 256 × 256 pixels (reçu %1 × %2).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not encode the marked image: %1</source>
        <translation>Impossible d’encoder l’image filigranée : %1</translation>
    </message>
</context>
<context>
    <name>WorkflowDefinition</name>
    <message>
        <location filename="../services/workflows/workflowdefinition.cpp" line="+81"/>
        <source>unknown key (a typo?); the keys here are: %1</source>
        <translation>clé inconnue (une faute de frappe ?) ; les clés possibles ici sont : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+53"/>
        <location line="+5"/>
        <source>should be a whole number</source>
        <translation>devrait être un nombre entier</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+58"/>
        <location line="+251"/>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 n’est pas entre %2 et %3</translation>
    </message>
    <message>
        <location line="-299"/>
        <location line="+214"/>
        <location line="+2"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+22"/>
        <location line="+40"/>
        <source>should be a text that is not empty</source>
        <translation>devrait être un texte non vide</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+171"/>
        <location line="+105"/>
        <source>“%1” is not one of: %2</source>
        <translation>« %1 » n’est pas l’une des valeurs : %2</translation>
    </message>
    <message>
        <location line="-270"/>
        <location line="+160"/>
        <location line="+97"/>
        <source>should be a number</source>
        <translation>devrait être un nombre</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>should be true or false</source>
        <translation>devrait être true ou false</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+196"/>
        <source>should be an object {…}</source>
        <translation>devrait être un objet {…}</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>should be a list of texts that is not empty</source>
        <translation>devrait être une liste de textes non vide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>should be an expression, such as “steps.funnel.conversion &lt; 0.03”</source>
        <translation>devrait être une expression, comme « steps.funnel.conversion &lt; 0.03 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>should be a web address (http or https)</source>
        <translation>devrait être une adresse web (http ou https)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the scheme and the host of the address must be written out, not computed by an expression</source>
        <translation>le schéma et l’hôte de l’adresse doivent être écrits en toutes lettres, pas calculés par une expression</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>should be a date and time such as 2026-05-01T09:00:00Z</source>
        <translation>devrait être une date et une heure comme 2026-05-01T09:00:00Z</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a delay needs exactly one of seconds, minutes or until</source>
        <translation>une attente demande exactement un de seconds, minutes ou until</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a generation needs either a prompt or a template (not both)</source>
        <translation>une génération demande soit un prompt, soit un modèle (pas les deux)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>variables only go with a template</source>
        <translation>les variables ne vont qu’avec un modèle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: one of %1</source>
        <translation>manquant : l’un de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a schedule needs exactly one of cron, every_seconds or every_minutes</source>
        <translation>une planification demande exactement un de cron, every_seconds ou every_minutes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown time zone “%1” (an IANA name such as Europe/Paris)</source>
        <translation>fuseau horaire inconnu « %1 » (un nom IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a time zone only goes with cron</source>
        <translation>un fuseau horaire ne va qu’avec cron</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown event “%1”; the events are: %2</source>
        <translation>événement inconnu « %1 » ; les événements sont : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is not a trigger type; the types are: %2</source>
        <translation>« %1 » n’est pas un type de déclencheur ; les types sont : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an action should be an object {&quot;id&quot;: …, &quot;type&quot;: …, &quot;params&quot;: {…}}</source>
        <translation>une action devrait être un objet {&quot;id&quot;: …, &quot;type&quot;: …, &quot;params&quot;: {…}}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not an id: 1 to 64 letters, digits, “_” or “-”</source>
        <translation>« %1 » n’est pas un identifiant : de 1 à 64 lettres, chiffres, « _ » ou « - »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown action type “%1”; the types are: %2</source>
        <translation>type d’action inconnu « %1 » ; les types sont : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing: “%1” actions need it</source>
        <translation>manquant : les actions « %1 » en ont besoin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown parameter for “%1” actions (a typo?); their parameters are: %2</source>
        <translation>paramètre inconnu pour les actions « %1 » (une faute de frappe ?) ; leurs paramètres sont : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>should be an object {&quot;max_tries&quot;: 3, &quot;wait_seconds&quot;: 1}</source>
        <translation>devrait être un objet {&quot;max_tries&quot;: 3, &quot;wait_seconds&quot;: 1}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>only a condition has an else branch</source>
        <translation>seule une condition a une branche else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing: on_error error_branch needs the id of the action to go to</source>
        <translation>manquant : on_error error_branch demande l’identifiant de l’action où aller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an error branch needs &quot;on_error&quot;: &quot;error_branch&quot;</source>
        <translation>une branche d’erreur demande &quot;on_error&quot;: &quot;error_branch&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is already the id of actions[%2]</source>
        <translation>« %1 » est déjà l’identifiant de actions[%2]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no action has the id “%1”</source>
        <translation>aucune action n’a l’identifiant « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>this makes a cycle: %1</source>
        <translation>ceci forme un cycle : %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>“%1” is not a web address</source>
        <translation>« %1 » n’est pas une adresse web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an http or https address</source>
        <translation>« %1 » n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has no host</source>
        <translation>« %1 » n’a pas d’hôte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a loopback, private or link-local address; a brand admin may allow it with “atelier workflow allow-host %1”</source>
        <translation>%1 est une adresse de bouclage, privée ou de lien local ; un administrateur de la marque peut l’autoriser avec « atelier workflow allow-host %1 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a workflow needs at least one action</source>
        <translation>un workflow demande au moins une action</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>et %n autre problème</numerusform>
            <numerusform>et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not JSON: %1 (at character %2)</source>
        <translation>pas du JSON : %1 (au caractère %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a definition should be an object {&quot;trigger&quot;: {…}, &quot;actions&quot;: […]}</source>
        <translation>une définition devrait être un objet {&quot;trigger&quot;: {…}, &quot;actions&quot;: […]}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing, or not an object {&quot;type&quot;: …}</source>
        <translation>manquant, ou pas un objet {&quot;type&quot;: …}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing, or not a list […]</source>
        <translation>manquant, ou pas une liste […]</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <location filename="../services/workflows/workflowengine.cpp" line="+171"/>
        <source>Renewing the lease of execution %1</source>
        <translation>Renouvellement du bail de l’exécution %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+827"/>
        <source>Reading execution %1</source>
        <translation>Lecture de l’exécution %1</translation>
    </message>
    <message>
        <location line="-825"/>
        <location line="+827"/>
        <source>There is no workflow execution %1.</source>
        <translation>Il n’y a pas d’exécution de workflow %1.</translation>
    </message>
    <message>
        <location line="-797"/>
        <source>params.if: a condition needs an expression.</source>
        <translation>params.if : une condition a besoin d’une expression.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>params.if: %1</source>
        <translation>params.if : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>params.until: &quot;%1&quot; is not a date and time (ISO 8601).</source>
        <translation>params.until : « %1 » n’est pas une date et une heure (ISO 8601).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>params.%1: &quot;%2&quot; is not a number of %1 zero or more.</source>
        <translation>params.%1 : « %2 » n’est pas un nombre de %1 positif ou nul.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>params: a delay needs seconds, minutes, hours, days or until.</source>
        <translation>params : un délai a besoin de seconds, minutes, hours, days ou until.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>params.users: name at least one person to notify (their user names).</source>
        <translation>params.users : nommez au moins une personne à prévenir (son nom d’utilisateur).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>params.message: the notice has no text.</source>
        <translation>params.message : l’avis n’a pas de texte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+355"/>
        <source>Finding %1</source>
        <translation>Recherche de %1</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>params.users: nobody is called &quot;%1&quot;.</source>
        <translation>params.users : personne ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>params.text: the comment has no text.</source>
        <translation>params.text : le commentaire n’a pas de texte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>params.workflow: name the workflow to change.</source>
        <translation>params.workflow : nommez le workflow à changer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>params.url: &quot;%1&quot; is not an http(s) address.</source>
        <translation>params.url : « %1 » n’est pas une adresse http(s).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n’a pas répondu en %2 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading brand %1</source>
        <translation>Lecture de la marque %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand %1 is gone.</source>
        <translation>La marque %1 n’existe plus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>params.to: &quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>params.to : « %1 » n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>params.from: &quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>params.from : « %1 » n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>params.from: the range is empty (from is after to).</source>
        <translation>params.from : la période est vide (from est après to).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>params.options.%1: not an option of an analysis; the options are: %2</source>
        <translation>params.options.%1 : ce n’est pas une option d’analyse ; les options sont : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>params.options.period: &quot;%1&quot; is not day, week or month.</source>
        <translation>params.options.period : « %1 » n’est ni day, ni week, ni month.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>params.analysis: &quot;%1&quot; is not an analysis; the analyses are: %2</source>
        <translation>params.analysis : « %1 » n’est pas une analyse ; les analyses sont : %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>params.folder: &quot;%1&quot; is not an absolute folder path.</source>
        <translation>params.folder : « %1 » n’est pas le chemin absolu d’un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>params.folder: %1 cannot be created.</source>
        <translation>params.folder : impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>params.monthly_credits: &quot;%1&quot; is not a whole number of credits between 0 and 100000000.</source>
        <translation>params.monthly_credits : « %1 » n’est pas un nombre entier de crédits entre 0 et 100000000.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>params.user: nobody is called &quot;%1&quot;.</source>
        <translation>params.user : personne ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>params.template: the brand has no prompt template &quot;%1&quot;.</source>
        <translation>params.template : la marque n’a pas de modèle de prompt « %1 ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>params.prompt: give a prompt or a template.</source>
        <translation>params.prompt : donnez un prompt ou un modèle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>params.collection: the brand has no collection &quot;%1&quot;.</source>
        <translation>params.collection : la marque n’a pas de collection « %1 ».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queuing the images of step %1 of execution %2</source>
        <translation>Mise en file des images de l’étape %1 de l’exécution %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is not a kind of action.</source>
        <translation>« %1 » n’est pas un type d’action.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling execution %1 of a paused workflow</source>
        <translation>Annulation de l’exécution %1 d’un workflow en pause</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <location line="+23"/>
        <source>Claiming workflow executions</source>
        <translation>Prise en charge d’exécutions de workflow</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Claiming workflow execution %1</source>
        <translation>Prise en charge de l’exécution de workflow %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+189"/>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+4"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>Ending execution %1</source>
        <translation>Fin de l’exécution %1</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Execution %1 is no longer held by this runner.</source>
        <translation>L’exécution %1 n’est plus tenue par cet exécuteur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the error workflow of %1</source>
        <translation>Lecture du workflow d’erreur de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Queuing the error workflow of %1</source>
        <translation>Mise en file du workflow d’erreur de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handing back execution %1</source>
        <translation>Remise en file de l’exécution %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closing cancelled execution %1</source>
        <translation>Clôture de l’exécution annulée %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading version %1 of workflow %2</source>
        <translation>Lecture de la version %1 du workflow %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The definition of workflow %1 (version %2) cannot run: %3</source>
        <translation>La définition du workflow %1 (version %2) ne peut pas s’exécuter : %3</translation>
    </message>
    <message>
        <location line="-372"/>
        <location line="+383"/>
        <location line="+20"/>
        <location line="+13"/>
        <source>Reading the steps of execution %1</source>
        <translation>Lecture des étapes de l’exécution %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The runner stopped during this step; another runner took the execution over.</source>
        <translation>L’exécuteur s’est arrêté pendant cette étape ; un autre exécuteur a repris l’exécution.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Execution %1 stands at step &quot;%2&quot;, which version %3 of %4 does not have.</source>
        <translation>L’exécution %1 en est à l’étape « %2 », que la version %3 de %4 n’a pas.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+1"/>
        <source>Starting step %1 of execution %2</source>
        <translation>Début de l’étape %1 de l’exécution %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>actions[%1].params: %2</source>
        <translation>actions[%1].params : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ending step %1 of execution %2</source>
        <translation>Fin de l’étape %1 de l’exécution %2</translation>
    </message>
    <message>
        <location line="+234"/>
        <location line="+25"/>
        <location line="+12"/>
        <location line="+25"/>
        <location line="+68"/>
        <location line="+7"/>
        <source>Scheduling workflows</source>
        <translation>Planification des workflows</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workflow paused: this execution had not started, and was cancelled instead of run.</source>
        <translation>Workflow en pause : cette exécution n’avait pas commencé, elle a été annulée au lieu d’être lancée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Execution %1 cannot run now: it is %2, or it waits, or another runner holds it, or it acts as someone else.</source>
        <translation>L’exécution %1 ne peut pas s’exécuter maintenant : elle est %2, ou elle attend, ou un autre exécuteur la tient, ou elle agit au nom de quelqu’un d’autre.</translation>
    </message>
</context>
<context>
    <name>WorkflowEvents</name>
    <message>
        <location filename="../services/workflows/workflowevents.cpp" line="+84"/>
        <source>Reading the workflows started by events</source>
        <translation>Lecture des workflows déclenchés par des événements</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+77"/>
        <source>Reading the workflows started by %1</source>
        <translation>Lecture des workflows déclenchés par %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Raising the workflow event %1</source>
        <translation>Émission de l’événement de workflow %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the quota of %1</source>
        <translation>Lecture du quota de %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reading brand %1</source>
        <translation>Lecture de la marque %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Workflow %1 watches %2: %3</source>
        <translation>Le workflow %1 surveille %2 : %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starting workflow %1 on its events</source>
        <translation>Démarrage du workflow %1 sur ses événements</translation>
    </message>
</context>
<context>
    <name>WorkflowExpressions</name>
    <message>
        <location filename="../services/workflows/workflowexpressions.cpp" line="+93"/>
        <source>an empty expression {{ }}</source>
        <translation>une expression vide {{ }}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it runs code while being read</source>
        <translation>elle exécute du code pendant sa lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a single expression</source>
        <translation>ce n’est pas une expression unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expression “%1” does not compile: %2</source>
        <translation>l’expression « %1 » ne se compile pas : %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the expression “%1” was stopped after %2 ms (does it loop forever?)</source>
        <translation>l’expression « %1 » a été arrêtée au bout de %2 ms (boucle-t-elle sans fin ?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression “%1” failed: %2</source>
        <translation>l’expression « %1 » a échoué : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the expression “%1” gave a value that is not JSON</source>
        <translation>l’expression « %1 » a donné une valeur qui n’est pas du JSON</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>“{{” without its closing “}}”</source>
        <translation>« {{ » sans son « }} » fermant</translation>
    </message>
</context>
<context>
    <name>WorkflowOverview</name>
    <message>
        <location filename="../services/workflows/workflowoverview.cpp" line="+50"/>
        <source>Looking for changes to the workflows</source>
        <translation>La recherche de changements dans les workflows</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Counting the runs of workflows</source>
        <translation>Décompte des exécutions des workflows</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the last runs of workflows</source>
        <translation>Lecture des dernières exécutions des workflows</translation>
    </message>
</context>
<context>
    <name>WorkflowSecrets</name>
    <message>
        <location filename="../services/workflows/workflowsecrets.cpp" line="+54"/>
        <source>Sealing the secret %1 with the data key</source>
        <translation>Scellement du secret %1 avec la clé de données</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the secret &quot;%1&quot; was stored on another desktop before webhook secrets moved to the database&apos;s data key, and only that desktop can open it: set it again with atelier workflow secret set %1 --brand SLUG --value-stdin (or run atelier workflow secret reseal --brand SLUG on that desktop).</source>
        <translation>le secret « %1 » a été enregistré sur un autre poste avant que les secrets des webhooks passent à la clé de données de la base, et seul ce poste peut l’ouvrir : enregistrez-le à nouveau avec atelier workflow secret set %1 --brand SLUG --value-stdin (ou lancez atelier workflow secret reseal --brand SLUG sur ce poste).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a secret name: 1 to 64 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;.</source>
        <translation>« %1 » n’est pas un nom de secret : 1 à 64 lettres, chiffres, « _ », « . » ou « - ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The value of secret %1 must have 1 to %2 characters.</source>
        <translation>La valeur du secret %1 doit compter de 1 à %2 caractères.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storing the secret %1 (brand admins only)</source>
        <translation>Enregistrement du secret %1 (administrateurs de la marque seulement)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+82"/>
        <source>Listing the brand&apos;s secrets</source>
        <translation>Liste des secrets de la marque</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Deleting the secret %1 (brand admins only)</source>
        <translation>Suppression du secret %1 (administrateurs de la marque seulement)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The brand has no secret %1 (or deleting it needs the admin role in the brand).</source>
        <translation>La marque n’a pas de secret %1 (ou le supprimer demande le rôle admin dans la marque).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the secret %1</source>
        <translation>Lecture du secret %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the brand has no secret &quot;%1&quot; (a brand admin stores it with atelier workflow secret set %1 --brand SLUG --value-stdin).</source>
        <translation>la marque n’a pas de secret « %1 » (un administrateur de la marque l’enregistre avec atelier workflow secret set %1 --brand SLUG --value-stdin).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the secret &quot;%1&quot; cannot be decrypted: %2</source>
        <translation>le secret « %1 » ne peut pas être déchiffré : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secret &quot;%1&quot; cannot be decrypted with the database&apos;s data key: its value was changed or moved from another secret. Store it again with atelier workflow secret set %1 --brand SLUG --value-stdin.</source>
        <translation>le secret « %1 » ne peut pas être déchiffré avec la clé de données de la base : sa valeur a été modifiée ou copiée d’un autre secret. Enregistrez-le à nouveau avec atelier workflow secret set %1 --brand SLUG --value-stdin.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sealing the secret %1 with the data key needs the admin role in the brand.</source>
        <translation>Sceller le secret %1 avec la clé de données demande le rôle admin dans la marque.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <location filename="../services/workflows/workflowservice.cpp" line="+133"/>
        <source>workflow_step_runs %1: %2 is not valid JSON (%3).</source>
        <translation>workflow_step_runs %1 : %2 n’est pas du JSON valide (%3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading your role in the brand</source>
        <translation>Lecture de votre rôle dans la marque</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>trigger: an object is needed, such as {&quot;type&quot;: &quot;manual&quot;}</source>
        <translation>trigger : un objet est attendu, comme {&quot;type&quot;: &quot;manual&quot;}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actions: a list of actions is needed</source>
        <translation>actions : une liste d’actions est attendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown key (a definition has &quot;trigger&quot; and &quot;actions&quot;)</source>
        <translation>%1 : clé inconnue (une définition a « trigger » et « actions »)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workflow definition is not valid: %1.</source>
        <translation>La définition du workflow n’est pas valide : %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A workflow needs a name of 1 to 200 characters.</source>
        <translation>Un workflow a besoin d’un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workflow&apos;s description has at most 10,000 characters.</source>
        <translation>La description d’un workflow a au plus 10 000 caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A workflow named &quot;%1&quot; already exists in this brand.</source>
        <translation>Un workflow nommé « %1 » existe déjà dans cette marque.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving version %1 of workflow &quot;%2&quot;</source>
        <translation>Enregistrement de la version %1 du workflow « %2 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changing workflow &quot;%1&quot;</source>
        <translation>Modification du workflow « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <location line="+219"/>
        <location line="+13"/>
        <location line="+44"/>
        <location line="+16"/>
        <source>Changing workflow &quot;%1&quot; needs the editor role in its brand.</source>
        <translation>Modifier le workflow « %1 » demande le rôle d’éditeur dans sa marque.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Workflow &quot;%1&quot; was deleted meanwhile.</source>
        <translation>Le workflow « %1 » a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading execution %1</source>
        <translation>Lecture de l’exécution %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no workflow execution %1.</source>
        <translation>Il n’y a pas d’exécution de workflow %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>%1 needs the editor role in its brand.</source>
        <translation>%1 : il faut le rôle d’éditeur dans sa marque.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Listing workflows</source>
        <translation>Liste des workflows</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading workflow &quot;%1&quot;</source>
        <translation>Lecture du workflow « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no workflow &quot;%1&quot; in this brand.</source>
        <translation>Il n’y a pas de workflow « %1 » dans cette marque.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creating a workflow needs the editor role in this brand.</source>
        <translation>Créer un workflow demande le rôle d’éditeur dans cette marque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating workflow &quot;%1&quot;</source>
        <translation>Création du workflow « %1 »</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>A workflow&apos;s status is active, paused or archived, not &quot;%1&quot;.</source>
        <translation>Le statut d’un workflow est active, paused ou archived, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workflow &quot;%1&quot; cannot be made active: %2</source>
        <translation>Le workflow « %1 » ne peut pas être activé : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the status of workflow &quot;%1&quot;</source>
        <translation>Changement du statut du workflow « %1 »</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The error workflow of &quot;%1&quot;: %2</source>
        <translation>Le workflow d’erreur de « %1 » : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow &quot;%1&quot; cannot be its own error workflow.</source>
        <translation>Le workflow « %1 » ne peut pas être son propre workflow d’erreur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A workflow&apos;s misfire policy is skip or run_once, not &quot;%1&quot;.</source>
        <translation>La règle des instants manqués d’un workflow est skip ou run_once, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the options of workflow &quot;%1&quot;</source>
        <translation>Modification des options du workflow « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+16"/>
        <source>Deleting workflow &quot;%1&quot; needs the editor role in its brand.</source>
        <translation>Supprimer le workflow « %1 » demande le rôle d’éditeur dans sa marque.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Deleting workflow &quot;%1&quot;</source>
        <translation>Suppression du workflow « %1 »</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the versions of workflow &quot;%1&quot;</source>
        <translation>Lecture des versions du workflow « %1 »</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Workflow &quot;%1&quot; has no version %2 (it has 1 to %3).</source>
        <translation>Le workflow « %1 » n’a pas de version %2 (il en a de 1 à %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 of workflow &quot;%2&quot; cannot be restored: %3</source>
        <translation>La version %1 du workflow « %2 » ne peut pas être restaurée : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workflow &quot;%1&quot; is archived: resume it before running it.</source>
        <translation>Le workflow « %1 » est archivé : réactivez-le avant de l’exécuter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workflow &quot;%1&quot; cannot run: %2</source>
        <translation>Le workflow « %1 » ne peut pas s’exécuter : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow &quot;%1&quot; has no run-as identity (the person was removed): name one before running it.</source>
        <translation>Le workflow « %1 » n’a pas d’identité d’exécution (la personne a été retirée) : désignez-en une avant de l’exécuter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running workflow &quot;%1&quot; needs the editor role in its brand.</source>
        <translation>Exécuter le workflow « %1 » demande le rôle d’éditeur dans sa marque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running workflow &quot;%1&quot;</source>
        <translation>Exécution du workflow « %1 »</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An execution&apos;s status is one of %1, not &quot;%2&quot;.</source>
        <translation>Le statut d’une exécution est l’un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Listing workflow executions</source>
        <translation>Liste des exécutions de workflows</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the steps of execution %1</source>
        <translation>Lecture des étapes de l’exécution %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Retrying execution %1</source>
        <translation>Nouvelle tentative de l’exécution %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a failed execution can be retried; %1 is %2.</source>
        <translation>Seule une exécution en échec peut être relancée ; %1 est %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling execution %1</source>
        <translation>Annulation de l’exécution %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a queued, waiting or running execution can be cancelled; %1 is %2.</source>
        <translation>Seule une exécution en file, en attente ou en cours peut être annulée ; %1 est %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the allowed webhook hosts</source>
        <translation>Lecture des hôtes de webhook autorisés</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a host name or address (such as hooks.example.com or 10.0.0.5).</source>
        <translation>« %1 » n’est pas un nom d’hôte ni une adresse (comme hooks.example.com ou 10.0.0.5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowing a webhook host needs the admin role in this brand.</source>
        <translation>Autoriser un hôte de webhook demande le rôle d’administrateur dans cette marque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowing webhook host %1</source>
        <translation>Autorisation de l’hôte de webhook %1</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <location filename="../services/core/zipwriter.cpp" line="+52"/>
        <source>&quot;%1&quot; cannot be the name of a file in an archive: it must be a relative path without &quot;.&quot; or &quot;..&quot; parts, backslashes, colons or control characters.</source>
        <translation>« %1 » ne peut pas être le nom d’un fichier dans une archive : ce doit être un chemin relatif sans élément « . » ou « .. », sans barre oblique inverse, deux-points ni caractère de contrôle.</translation>
    </message>
</context>
</TS>
