# French for the source strings changed by the dialect work (issue 16): the SQL dialect moved into
# services/core/sqldialect.*; no user-visible string was added or changed.
FR = {}
NUMERUS = {}
