// ego-network: the nodes within $depth hops of a node (the center always, others only of $nodeTypes) and every
// Needs: Neo4j 5.23 or later (quantified path patterns, SHORTEST path selectors, CALL with a variable scope).
// relation among them that passes the filters; what the ego-network exports are made of.
// Hop bound: {0,3}
// Relations are followed in either direction; the store writes $depth as the quantifier's upper bound, so the walk
// stops there; run as written, the WHERE keeps the depth.
// Parameters: $center (node id), $depth (1 to 3), $relationTypes (relation types; the caller lists them all when
//             there is no filter), $nodeTypes (node types, or null), $asOfEnd and $asOfStart (last and first day of the as-of period, yyyymmdd, or null),
//             $includeUnestablished (boolean).
// Returns: one row: nodes (list of nodes), relations (list of {relation, from, to}).
// Example: :param center => 'org:sco'; :param depth => 2; :param relationTypes => ['MEMBER_OF', 'PART_OF'];
//          :param nodeTypes => null; :param asOfEnd => 20161231; :param asOfStart => 20160101; :param includeUnestablished => false
MATCH (center:Node {id: $center})
MATCH path = SHORTEST 1 (center)(()-[relation]-()
    WHERE type(relation) IN $relationTypes
      AND ($includeUnestablished OR relation.status IS NULL)
      AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                                AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd) AND (relation.lastHi IS NULL OR relation.lastHi >= $asOfStart)))){0,3}(node:Node)
WHERE length(path) <= $depth
  AND (node = center OR $nodeTypes IS NULL OR node.type IN $nodeTypes)
WITH collect(DISTINCT node) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Node)
  WHERE b IN nodes
    AND type(r) IN $relationTypes
    AND ($includeUnestablished OR r.status IS NULL)
    AND ($asOfEnd IS NULL OR ((r.startLo IS NULL OR r.startLo <= $asOfEnd) AND (r.untilLo IS NULL OR r.untilLo > $asOfEnd) AND (r.lastHi IS NULL OR r.lastHi >= $asOfStart)))
  RETURN collect({relation: r, from: a.id, to: b.id}) AS relations
}
RETURN nodes, relations
