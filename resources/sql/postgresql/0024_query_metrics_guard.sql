-- Reserved (helper S): query_metrics rows members write cannot carry SQL that runs when an administrator plans it.
SELECT 1;
