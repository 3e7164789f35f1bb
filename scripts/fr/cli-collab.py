# French for the source strings of the collaboration and security verbs once each sub-verb became a row of the verb
# table (issue 16): cli/collaborationverbs.cpp, cli/securityverbs.cpp. Strings kept from before are in fr_strings.py.
FR = {
 # what each verb does (atelier --help, atelier VERB --help)
 'PostgreSQL: give a person a role in a brand, or change the one they have': 'PostgreSQL : donne à une personne un rôle dans une marque, ou change celui qu’elle a',
 'PostgreSQL: take a person out of a brand': 'PostgreSQL : retire une personne d’une marque',
 'PostgreSQL: the people, their login roles and brand memberships': 'PostgreSQL : les personnes, leurs rôles de connexion et leurs appartenances aux marques',
 'what others shared with you': 'ce que d’autres ont partagé avec vous',
 'who may do what on a resource': 'qui peut faire quoi sur une ressource',
 'comment on a resource, or reply to a comment; @name mentions a person': 'commente une ressource, ou répond à un commentaire ; @nom mentionne une personne',
 'the comments on a resource, replies under the comment they answer': 'les commentaires d’une ressource, chaque réponse sous le commentaire auquel elle répond',
 'change the text of a comment': 'change le texte d’un commentaire',
 'delete a comment': 'supprime un commentaire',
 'mark a comment as resolved (or, with --reopen, as not resolved)': 'marque un commentaire comme résolu (ou, avec --reopen, comme non résolu)',
 "place a note on an image (--rect) or on a point of a chart's series (--series, --x)": 'place une note sur une image (--rect) ou sur un point d’une série d’un graphique (--series, --x)',
 'the notes placed on an image or on a chart': 'les notes placées sur une image ou sur un graphique',
 'check the tamper-evident audit trail: every row linked to the one before': 'vérifie le journal d’audit infalsifiable : chaque ligne liée à la précédente',
 'page through the audit trail, oldest first': 'parcourt le journal d’audit page par page, du plus ancien au plus récent',
 "write the audit trail's rows to a CSV file": 'écrit les lignes du journal d’audit dans un fichier CSV',
 'create the data key that encrypts sensitive fields at rest (Argon2id, XChaCha20-Poly1305)': 'crée la clé de données qui chiffre les champs sensibles au repos (Argon2id, XChaCha20-Poly1305)',
 'replace the data key and re-encrypt every sensitive field with the new one': 'remplace la clé de données et chiffre de nouveau chaque champ sensible avec la nouvelle',
 'whether there is a data key, how it is wrapped and when it last changed': 's’il y a une clé de données, comment elle est protégée et quand elle a changé pour la dernière fois',
 'mark an image so that it names its resource': 'marque une image pour qu’elle nomme sa ressource',
 'find the watermarks an image carries and the resources they name': 'trouve les filigranes que porte une image et les ressources qu’ils nomment',
 # options
 'Read the passphrase from standard input.': 'Lire la phrase secrète sur l’entrée standard.',
 'Read the current passphrase from standard input, then the new one on a second line (empty to keep it).': 'Lire la phrase secrète actuelle sur l’entrée standard, puis la nouvelle sur une deuxième ligne (vide pour la garder).',
 # messages
 'Choose --permission or --revoke, not both.': 'Choisissez --permission ou --revoke, pas les deux.',
 # table headers (CSV and JSON keep their English keys)
 'ID': 'ID',
 'Resource ID': 'ID de la ressource',
 'Permission': 'Permission',
 'Shared by': 'Partagé par',
 'Resolved': 'Résolu',
 'Edited': 'Modifié',
 'Position': 'Position',
 'Unread': 'Non lu',
 'Watermark ID': 'ID du filigrane',
}
NUMERUS = {}
