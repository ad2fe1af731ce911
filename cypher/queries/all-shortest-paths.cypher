// all-shortest-paths: the shortest routes between two nodes, in route order, the first $fetch of them ($fetch 1: the shortest path).
// Needs: Neo4j 5.23 or later (quantified path patterns, SHORTEST path selectors, CALL with a variable scope).
// Hop bound: {1,8}
// Relations are followed in either direction; every hop passes the filters. The store writes the question's hop
// limit as the quantifier's upper bound, so the search stops there; run as written, the WHERE keeps the limit.
// Routes are told apart by their nodes: the paths of one route (over parallel relations) are grouped before the
// limit, and routes come in route order (node ids from the start, compared one by one), the tie-break every store shares.
// Parameters: $from, $to (node ids), $maxHops (1 to 8), $relationTypes (relation types to follow; the caller lists
//             them all when there is no filter, and leaves out LINKED_TO to exclude weak links),
//             $asOfEnd and $asOfStart (last and first day of the as-of period as yyyymmdd, or null), $includeUnestablished (boolean),
//             $fetch (most routes).
// Returns: path, and parallel: for each step i, {step: i, relations} with the relations (the path's own among them)
//          that join the same two nodes and pass the same filters.
// Example: :param from => 'state:india'; :param to => 'mech:rats'; :param maxHops => 6;
//          :param relationTypes => ['MEMBER_OF', 'OBSERVER_OF', 'PART_OF']; :param asOfEnd => 20101231; :param asOfStart => 20100101;
//          :param includeUnestablished => false; :param fetch => 100
MATCH (source:Node {id: $from})
MATCH (target:Node {id: $to})
MATCH path = ALL SHORTEST (source)(()-[relation]-()
    WHERE type(relation) IN $relationTypes
      AND ($includeUnestablished OR relation.status IS NULL)
      AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                                AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd) AND (relation.lastHi IS NULL OR relation.lastHi >= $asOfStart)))){1,8}(target)
WHERE length(path) <= $maxHops
WITH [n IN nodes(path) | n.id] AS route, collect(path)[0] AS path
ORDER BY route
LIMIT $fetch
CALL (path) {
  UNWIND range(0, length(path) - 1) AS step
  WITH step, nodes(path)[step] AS a, nodes(path)[step + 1] AS b
  MATCH (a)-[q]-(b)
  WHERE type(q) IN $relationTypes
    AND ($includeUnestablished OR q.status IS NULL)
    AND ($asOfEnd IS NULL OR ((q.startLo IS NULL OR q.startLo <= $asOfEnd)
                              AND (q.untilLo IS NULL OR q.untilLo > $asOfEnd) AND (q.lastHi IS NULL OR q.lastHi >= $asOfStart)))
  WITH step, collect(q) AS relations
  RETURN collect({step: step, relations: relations}) AS parallel
}
RETURN path, parallel
ORDER BY route
