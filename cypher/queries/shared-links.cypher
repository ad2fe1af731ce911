// shared-links: nodes within $maxHops of every one of several nodes (e.g. the themes RATS and the 2005 MOU share),
// Needs: Neo4j 5.21 or later (quantified path patterns, SHORTEST path selectors).
// each with one shortest path from each origin. Same walk and filters as linked.cypher.
// Parameters: $origins (node ids), $maxHops (1 to 4), $relationTypes, $nodeTypes (or null), $asOfEnd (or null),
//             $includeUnestablished (boolean), $limit.
// Returns: node, paths (list of {origin, path, parallel}); by node id.
// Example: :param origins => ['mech:rats', 'doc:sco-asean-mou-2005']; :param maxHops => 1;
//          :param relationTypes => ['ADDRESSES']; :param nodeTypes => ['Theme']; :param asOfEnd => null; :param asOfStart => null;
//          :param includeUnestablished => false; :param limit => 100
UNWIND $origins AS originId
MATCH (origin:Node {id: originId})
MATCH path = SHORTEST 1 (origin)(()-[relation]-()
    WHERE type(relation) IN $relationTypes
      AND ($includeUnestablished OR relation.status IS NULL)
      AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                                AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd) AND (relation.lastHi IS NULL OR relation.lastHi >= $asOfStart)))){1,4}(node:Node)
WHERE NOT node.id IN $origins
  AND length(path) <= $maxHops
  AND ($nodeTypes IS NULL OR node.type IN $nodeTypes)
WITH node, originId, path,
     [i IN range(0, length(path) - 1) |
         [(a:Node)-[q]-(b:Node)
          WHERE a = nodes(path)[i] AND b = nodes(path)[i + 1]
            AND type(q) IN $relationTypes
            AND ($includeUnestablished OR q.status IS NULL)
            AND ($asOfEnd IS NULL OR ((q.startLo IS NULL OR q.startLo <= $asOfEnd)
                                      AND (q.untilLo IS NULL OR q.untilLo > $asOfEnd) AND (q.lastHi IS NULL OR q.lastHi >= $asOfStart))) | q]] AS parallel
WITH node, collect({origin: originId, path: path, parallel: parallel}) AS paths
WHERE size(paths) = size($origins)
RETURN node, paths
ORDER BY node.id
LIMIT $limit
