// linked: everything within $maxHops of a node, nearest first, each with one shortest path that links it.
// Needs: Neo4j 5.21 or later (quantified path patterns, SHORTEST path selectors).
// Relations are followed in either direction, at most 4 hops (the pattern's bound); every hop passes the filters.
// Parameters: $from (node id), $maxHops (1 to 4), $relationTypes (relation types to follow; the caller lists them all
//             when there is no filter), $nodeTypes (node types to answer, or null), $theme (theme id, or null: only
//             nodes that ADDRESS it), $asOfEnd and $asOfStart (last and first day of the as-of period, yyyymmdd, or null), $includeUnestablished (boolean), $limit.
// Returns: node, path; by distance, then node id.
// Example: :param from => 'mech:rats'; :param maxHops => 1; :param relationTypes => ['ESTABLISHED_BY', 'LINKED_TO'];
//          :param nodeTypes => ['Initiative']; :param theme => null; :param asOfEnd => null; :param asOfStart => null;
//          :param includeUnestablished => false; :param limit => 100
MATCH (origin:Node {id: $from})
MATCH path = SHORTEST 1 (origin)(()-[relation]-()
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
RETURN node, path,
       [i IN range(0, length(path) - 1) |
         [(a:Node)-[q]-(b:Node)
          WHERE a = nodes(path)[i] AND b = nodes(path)[i + 1]
            AND type(q) IN $relationTypes
            AND ($includeUnestablished OR q.status IS NULL)
            AND ($asOfEnd IS NULL OR ((q.startLo IS NULL OR q.startLo <= $asOfEnd)
                                      AND (q.untilLo IS NULL OR q.untilLo > $asOfEnd) AND (q.lastHi IS NULL OR q.lastHi >= $asOfStart))) | q]] AS parallel
ORDER BY length(path), node.id
LIMIT $limit
