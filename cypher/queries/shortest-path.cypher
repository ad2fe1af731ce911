// shortest-path: one shortest path between two nodes.
// Needs: Neo4j 5.21 or later (quantified path patterns, SHORTEST path selectors).
// Relations are followed in either direction, at most 8 hops (the pattern's bound); every hop passes the filters.
// Parameters: $from, $to (node ids), $maxHops (1 to 8), $relationTypes (relation types to follow; the caller lists
//             them all when there is no filter, and leaves out LINKED_TO to exclude weak links),
//             $asOfEnd and $asOfStart (last and first day of the as-of period as yyyymmdd, or null), $includeUnestablished (boolean).
// Returns: path, and for each step the relations (the path's own among them) that join the same two nodes and pass
//          the same filters: parallel.
// Example: :param from => 'state:india'; :param to => 'mech:rats'; :param maxHops => 6;
//          :param relationTypes => ['MEMBER_OF', 'OBSERVER_OF', 'PART_OF']; :param asOfEnd => 20101231; :param asOfStart => 20100101;
//          :param includeUnestablished => false
MATCH (source:Node {id: $from})
MATCH (target:Node {id: $to})
MATCH path = SHORTEST 1 (source)(()-[relation]-()
    WHERE type(relation) IN $relationTypes
      AND ($includeUnestablished OR relation.status IS NULL)
      AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                                AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd) AND (relation.lastHi IS NULL OR relation.lastHi >= $asOfStart)))){1,8}(target)
WHERE length(path) <= $maxHops
RETURN path,
       [i IN range(0, length(path) - 1) |
         [(a:Node)-[q]-(b:Node)
          WHERE a = nodes(path)[i] AND b = nodes(path)[i + 1]
            AND type(q) IN $relationTypes
            AND ($includeUnestablished OR q.status IS NULL)
            AND ($asOfEnd IS NULL OR ((q.startLo IS NULL OR q.startLo <= $asOfEnd)
                                      AND (q.untilLo IS NULL OR q.untilLo > $asOfEnd) AND (q.lastHi IS NULL OR q.lastHi >= $asOfStart))) | q]] AS parallel
