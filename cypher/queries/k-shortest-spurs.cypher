// k-shortest-spurs: the spur step of Yen's k shortest paths, for several spur nodes at once: from each, the first
// Needs: Neo4j 5.23 or later (quantified path patterns, SHORTEST path selectors, CALL with a variable scope).
// shortest route to $to that enters none of its banned nodes and crosses none of its banned links.
// Hop bound: {1,8}
// The store runs Yen's algorithm (the same code for every store) and sends the spurs of each accepted route here in
// one request; it writes the question's hop limit as the quantifier's upper bound. Relations are followed in either
// direction; every hop passes the filters. Routes are told apart by their nodes, and the first in route order (node
// ids from the spur node, compared one by one) is kept, the tie-break every store shares.
// Parameters: $to (node id), $spurs (list of {from: node id, maxHops: hops left, bannedNodes: node ids,
//             bannedLinks: pairs [a, b] of node ids, listed both ways round}), $relationTypes (relation types to follow;
//             the caller lists them all when there is no filter, and leaves out LINKED_TO to exclude weak links),
//             $asOfEnd and $asOfStart (last and first day of the as-of period as yyyymmdd, or null), $includeUnestablished (boolean).
// Returns: request (index into $spurs), path, and parallel: for each step i, {step: i, relations} with the relations
//          (the path's own among them) that join the same two nodes and pass the same filters. No row for a spur without a route.
// Example: :param to => 'mech:rats';
//          :param spurs => [{from: 'state:india', maxHops: 6, bannedNodes: [], bannedLinks: [['state:india', 'org:sco'], ['org:sco', 'state:india']]}];
//          :param relationTypes => ['MEMBER_OF', 'OBSERVER_OF', 'PART_OF']; :param asOfEnd => null; :param asOfStart => null;
//          :param includeUnestablished => false
MATCH (target:Node {id: $to})
UNWIND range(0, size($spurs) - 1) AS request
WITH target, request, $spurs[request] AS spur
MATCH (source:Node {id: spur.from})
CALL (target, source, spur) {
  MATCH path = ALL SHORTEST (source)((a)-[relation]-(b)
      WHERE type(relation) IN $relationTypes
        AND NOT b.id IN spur.bannedNodes
        AND NOT [a.id, b.id] IN spur.bannedLinks
        AND ($includeUnestablished OR relation.status IS NULL)
        AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                                  AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd) AND (relation.lastHi IS NULL OR relation.lastHi >= $asOfStart)))){1,8}(target)
  WHERE length(path) <= spur.maxHops
  WITH path ORDER BY [n IN nodes(path) | n.id]
  RETURN path
  LIMIT 1
}
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
RETURN request, path, parallel
ORDER BY request
