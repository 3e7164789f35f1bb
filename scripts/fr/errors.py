# French for the source strings changed by the error codes work (issue 16: errors carry a code, not only a
# sentence). Every message kept its words: the codes are stable English identifiers, never shown translated, and
# the queue's advice sentences are those it had. No user-visible string was added or changed.
FR = {}
NUMERUS = {}
