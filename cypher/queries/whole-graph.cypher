// whole-graph: every node (of $nodeTypes, if given) and every relation among them that passes the filters; what
// Needs: Neo4j 5.23 or later (CALL with a variable scope).
// the whole-graph exports are made of.
// Parameters: $relationTypes (relation types; the caller lists them all when there is no filter), $nodeTypes (node
//             types, or null), $asOfEnd and $asOfStart (last and first day of the as-of period, yyyymmdd, or null), $includeUnestablished (boolean).
// Returns: one row: nodes (list of nodes), relations (list of {relation, from, to}).
// Example: :param relationTypes => ['MEMBER_OF', 'OBSERVER_OF']; :param nodeTypes => ['State', 'Organisation'];
//          :param asOfEnd => 20201231; :param asOfStart => 20200101; :param includeUnestablished => false
MATCH (n:Node)
WHERE $nodeTypes IS NULL OR n.type IN $nodeTypes
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Node)
  WHERE ($nodeTypes IS NULL OR b.type IN $nodeTypes)
    AND type(r) IN $relationTypes
    AND ($includeUnestablished OR r.status IS NULL)
    AND ($asOfEnd IS NULL OR ((r.startLo IS NULL OR r.startLo <= $asOfEnd) AND (r.untilLo IS NULL OR r.untilLo > $asOfEnd) AND (r.lastHi IS NULL OR r.lastHi >= $asOfStart)))
  RETURN collect({relation: r, from: a.id, to: b.id}) AS relations
}
RETURN nodes, relations
