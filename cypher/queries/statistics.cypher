// statistics: how many nodes of each type, relations of each type and conflicts the database holds.
// Needs: Neo4j 5.0 or later.
// Parameters: none.
// Returns: kind ('node', 'relation' or 'conflict'), type, count.
// Example: (no parameters)
MATCH (n:Node)
RETURN 'node' AS kind, n.type AS type, count(*) AS count
UNION ALL
MATCH (:Node)-[r]->(:Node)
RETURN 'relation' AS kind, type(r) AS type, count(*) AS count
UNION ALL
MATCH (c:Conflict)
RETURN 'conflict' AS kind, 'Conflict' AS type, count(c) AS count
