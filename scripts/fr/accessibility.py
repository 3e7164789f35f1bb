# French for the accessibility audit (issue 18): ui/core/accessibilityaudit.cpp, services/core/accessibilityreports.cpp
# and cli/accessibilityverbs.cpp.
FR = {
 # How an issue names a widget and what shares a key.
 '%1 “%2”': '%1 « %2 »',
 'the action “%1”': 'l’action « %1 »',
 'a shortcut of %1': 'un raccourci de %1',
 'the tab “%1”': 'l’onglet « %1 »',
 'the menu “%1”': 'le menu « %1 »',
 # The rules.
 'Interactive controls have an accessible name': 'Les contrôles interactifs ont un nom accessible',
 'Images and charts have a text alternative': 'Les images et les graphiques ont une alternative textuelle',
 'Every interactive control is reached with the keyboard': 'Chaque contrôle interactif est atteint au clavier',
 'Tab moves through the window and back, with no trap': 'Tab parcourt la fenêtre et revient au début, sans piège',
 'Text contrast at least 4.5:1 (3:1 for large text)': 'Contraste du texte d’au moins 4,5:1 (3:1 pour le grand texte)',
 'Targets at least 24×24 px, or with room around them': 'Cibles d’au moins 24×24 px, ou entourées d’espace',
 'No two shortcuts or mnemonics share a key': 'Aucune touche partagée par deux raccourcis ou mnémoniques',
 'No text is cut': 'Aucun texte coupé',
 # The issues.
 'Tab %1 of %2 has no name: give it text or an accessible name.': 'L’onglet %1 de %2 n’a pas de nom : donnez-lui un texte ou un nom accessible.',
 '%1 has no accessible name: a screen reader says only what it is. Give it visible text, a label whose buddy it is, or an accessible name.':
     '%1 n’a pas de nom accessible : un lecteur d’écran ne dit que ce qu’il est. Donnez-lui un texte visible, une étiquette dont il est le compagnon (buddy) ou un nom accessible.',
 '%1 shows an image or a chart without a text alternative: give it an accessible description of what it shows.':
     '%1 montre une image ou un graphique sans alternative textuelle : donnez-lui une description accessible de ce qu’il montre.',
 '%1 cannot be reached with Tab (its focus policy has no tab focus) and has no keyboard shortcut.':
     '%1 ne peut pas être atteint avec Tab (sa politique de focus n’inclut pas le focus par tabulation) et n’a pas de raccourci clavier.',
 'Tab types a tab character in %1 instead of moving on: let Tab change the focus (tabChangesFocus).':
     'Tab insère une tabulation dans %1 au lieu de passer au suivant : laissez Tab déplacer le focus (tabChangesFocus).',
 'Tab stays on %1: the keyboard focus cannot leave it.': 'Tab reste sur %1 : le focus clavier ne peut pas en sortir.',
 'Tab circles back to %1 and never returns to %2.': 'Tab revient en boucle sur %1 et ne retourne jamais à %2.',
 'Tab from %1 does not come back to it within %2 presses.': 'Tab depuis %1 n’y revient pas en %2 appuis.',
 '%1: the text contrast is %2:1, below %3:1 (%4 on %5).': '%1 : le contraste du texte est de %2:1, sous %3:1 (%4 sur %5).',
 '%1 is %2×%3 px: a target smaller than 24×24 px needs room around it, and %4 is closer than that.':
     '%1 mesure %2×%3 px : une cible de moins de 24×24 px doit être entourée d’espace, et %4 est plus proche que cela.',
 '%1: the text needs %2 px of height and has %3 px; its end is cut.': '%1 : le texte demande %2 px de hauteur et en a %3 ; sa fin est coupée.',
 '%1: the text needs %2 px and has %3 px; it is cut.': '%1 : le texte demande %2 px et en a %3 ; il est coupé.',
 '%1 and %2 both use %3.': '%1 et %2 utilisent tous deux %3.',
 # Stored reports.
 'An accessibility report needs the name of its page (1 to 200 characters).': 'Un rapport d’accessibilité demande le nom de sa page (1 à 200 caractères).',
 'The accessibility score of page "%1" must be between 0 and 100, not %2.': 'Le score d’accessibilité de la page « %1 » doit être compris entre 0 et 100, pas %2.',
 'Recording the accessibility report of page "%1"': 'L’enregistrement du rapport d’accessibilité de la page « %1 »',
 'The accessibility report of page "%1" was not recorded: the database refused it.': 'Le rapport d’accessibilité de la page « %1 » n’a pas été enregistré : la base de données l’a refusé.',
 'The number of accessibility reports to list must be between 1 and 10,000, not %1.': 'Le nombre de rapports d’accessibilité à lister doit être compris entre 1 et 10 000, pas %1.',
 'Listing the accessibility reports': 'La liste des rapports d’accessibilité',
 # The verbs.
 "accessibility audit opens the console's windows: it needs a graphical application (run it through the atelier program).":
     'accessibility audit ouvre les fenêtres de la console : il lui faut une application graphique (lancez-le par le programme atelier).',
 'Give either --page or --all, not both.': 'Donnez --page ou --all, pas les deux.',
 '--page: "%1" is not a page; the pages are %2.': '--page : « %1 » n’est pas une page ; les pages sont %2.',
 '--theme: "%1" is not a theme; give light or dark.': '--theme : « %1 » n’est pas un thème ; donnez light ou dark.',
 '--language: "%1" is not a language of Atelier; give one of %2.': '--language : « %1 » n’est pas une langue d’Atelier ; donnez l’une de %2.',
 'The console did not finish opening %1 within two minutes.': 'La console n’a pas fini d’ouvrir %1 en deux minutes.',
 'The console does not show brand "%1".': 'La console n’affiche pas la marque « %1 ».',
 'Page': 'Page',
 'Score': 'Score',
 'Issues': 'Problèmes',
 'Rule': 'Règle',
 'Impact': 'Impact',
 'Message': 'Message',
 'Widget': 'Widget',
 'Created': 'Créé',
 'Theme': 'Thème',
 'Language': 'Langue',
 "audit the console's pages offscreen (names, keyboard, contrast, targets, truncation, shortcuts) and score them 0–100":
     'auditer les pages de la console hors écran (noms, clavier, contraste, cibles, textes coupés, raccourcis) et les noter de 0 à 100',
 'The page or dialog to audit (default: all).': 'La page ou la boîte de dialogue à auditer (par défaut : toutes).',
 'page': 'page',
 'Audit every page and dialog.': 'Auditer chaque page et boîte de dialogue.',
 'light or dark.': 'light ou dark.',
 'theme': 'thème',
 'The language of the console (default: yours).': 'La langue de la console (par défaut : la vôtre).',
 'code': 'code',
 'Keep the reports in the database (accessibility history).': 'Garder les rapports dans la base de données (accessibility history).',
 'the audits kept with --save, newest first': 'les audits gardés avec --save, les plus récents d’abord',
 'Only this page.': 'Seulement cette page.',
 'At most this many reports.': 'Au plus ce nombre de rapports.',
 'N': 'N',
}
