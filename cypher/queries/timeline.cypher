// timeline: the relations of one node, for its dated moments (starts, ends, one-off dates, snapshots); the caller
// Needs: Neo4j 5.0 or later.
// orders them by date at each date's precision.
// Parameters: $id (node id), $relationTypes (relation types, or null for all), $includeUnestablished (boolean).
// Returns: relation, from, to, other (the node at the relation's other end).
// Example: :param id => 'state:india'; :param relationTypes => ['MEMBER_OF', 'OBSERVER_OF']; :param includeUnestablished => false
MATCH (n:Node {id: $id})-[relation]-(other:Node)
WHERE ($relationTypes IS NULL OR type(relation) IN $relationTypes)
  AND ($includeUnestablished OR relation.status IS NULL)
  AND (relation.startLo IS NOT NULL OR relation.untilLo IS NOT NULL OR relation.lastHi IS NOT NULL)
RETURN DISTINCT relation, startNode(relation).id AS from, endNode(relation).id AS to, other
ORDER BY relation.id
