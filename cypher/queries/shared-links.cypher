// shared-links: nodes within $maxHops of every one of several nodes (e.g. the themes RATS and the 2005 MOU share),
// Needs: Neo4j 5.23 or later (quantified path patterns, SHORTEST path selectors, CALL with a variable scope).
// each with the first shortest route from each origin in route order. Same walk, filters and tie-break as linked.cypher.
// Hop bound: {1,4}
// Parameters: $origins (node ids), $maxHops (1 to 4), $relationTypes, $nodeTypes (or null), $asOfEnd and $asOfStart (or null),
//             $includeUnestablished (boolean), $limit.
// Returns: node, paths (list of {origin, path, parallel}, parallel as in linked.cypher); by node id.
// Example: :param origins => ['mech:rats', 'doc:sco-asean-mou-2005']; :param maxHops => 1;
//          :param relationTypes => ['ADDRESSES']; :param nodeTypes => ['Theme']; :param asOfEnd => null; :param asOfStart => null;
//          :param includeUnestablished => false; :param limit => 100
UNWIND $origins AS originId
MATCH (origin:Node {id: originId})
MATCH path = ALL SHORTEST (origin)(()-[relation]-()
    WHERE type(relation) IN $relationTypes
      AND ($includeUnestablished OR relation.status IS NULL)
      AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                                AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd) AND (relation.lastHi IS NULL OR relation.lastHi >= $asOfStart)))){1,4}(node:Node)
WHERE NOT node.id IN $origins
  AND length(path) <= $maxHops
  AND ($nodeTypes IS NULL OR node.type IN $nodeTypes)
WITH node, originId, path
ORDER BY [n IN nodes(path) | n.id]
WITH node, originId, collect(path)[0] AS path
WITH node, collect({origin: originId, path: path}) AS reached
WHERE size(reached) = size($origins)
WITH node, reached
ORDER BY node.id
LIMIT $limit
CALL (reached) {
  UNWIND reached AS one
  WITH one.origin AS origin, one.path AS path
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
  RETURN collect({origin: origin, path: path, parallel: parallel}) AS paths
}
RETURN node, paths
ORDER BY node.id
