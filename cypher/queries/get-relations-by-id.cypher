// get-relations-by-id: the relations with the given ids, with the ids of their ends.
// Needs: Neo4j 5.0 or later.
// Parameters: $ids (list of relation ids).
// Returns: relation, from, to.
// Example: :param ids => ['rel:established_by:mech-rats:org-sco:2002']
UNWIND $ids AS id
MATCH (a:Node)-[relation]->(b:Node)
WHERE relation.id = id
RETURN relation, a.id AS from, b.id AS to
