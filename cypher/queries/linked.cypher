// linked: everything within $maxHops of a node, nearest first, each with its first shortest route in route order.
// Needs: Neo4j 5.23 or later (quantified path patterns, SHORTEST path selectors, CALL with a variable scope).
// Hop bound: {1,4}
// Relations are followed in either direction; every hop passes the filters. The store writes the question's hop
// limit as the quantifier's upper bound, so the walk stops there; run as written, the WHERE keeps the limit.
// A node reached by several shortest routes gets the first in route order (node ids from the origin, compared one
// by one), the tie-break every store shares.
// Parameters: $from (node id), $maxHops (1 to 4), $relationTypes (relation types to follow; the caller lists them all
//             when there is no filter), $nodeTypes (node types to answer, or null), $theme (theme id, or null: only
//             nodes that ADDRESS it), $asOfEnd and $asOfStart (last and first day of the as-of period, yyyymmdd, or null), $includeUnestablished (boolean), $limit.
// Returns: node, path, and parallel: for each step i, {step: i, relations} with the relations (the path's own among
//          them) that join the same two nodes and pass the same filters; by distance, then node id.
// Example: :param from => 'mech:rats'; :param maxHops => 1; :param relationTypes => ['ESTABLISHED_BY', 'LINKED_TO'];
//          :param nodeTypes => ['Initiative']; :param theme => null; :param asOfEnd => null; :param asOfStart => null;
//          :param includeUnestablished => false; :param limit => 100
MATCH (origin:Node {id: $from})
MATCH path = ALL SHORTEST (origin)(()-[relation]-()
    WHERE type(relation) IN $relationTypes
      AND ($includeUnestablished OR relation.status IS NULL)
      AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                                AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd) AND (relation.lastHi IS NULL OR relation.lastHi >= $asOfStart)))){1,4}(node:Node)
WHERE node <> origin
  AND length(path) <= $maxHops
  AND ($nodeTypes IS NULL OR node.type IN $nodeTypes)
  AND ($theme IS NULL OR EXISTS {
        MATCH (node)-[addresses:ADDRESSES]->(:Node {id: $theme})
        WHERE ($includeUnestablished OR addresses.status IS NULL)
          AND ($asOfEnd IS NULL OR ((addresses.startLo IS NULL OR addresses.startLo <= $asOfEnd)
                                    AND (addresses.untilLo IS NULL OR addresses.untilLo > $asOfEnd) AND (addresses.lastHi IS NULL OR addresses.lastHi >= $asOfStart)))
      })
WITH node, path
ORDER BY [n IN nodes(path) | n.id]
WITH node, collect(path)[0] AS path
ORDER BY length(path), node.id
LIMIT $limit
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
RETURN node, path, parallel
ORDER BY length(path), node.id
