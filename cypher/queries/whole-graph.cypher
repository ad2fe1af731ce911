// whole-graph: one page of the whole graph: the nodes (of $nodeTypes, if given) after the id $after, in id order, at
// Needs: Neo4j 5.23 or later (CALL with a variable scope).
// most $first of them, each with its outgoing relations that pass the filters to nodes of $nodeTypes. The store reads
// page after page (keyset paging on the node_id constraint's index) and puts the export together, so no answer is one giant row.
// Parameters: $after (node id, or null for the first page), $first (page size), $relationTypes (relation types; the
//             caller lists them all when there is no filter), $nodeTypes (node types, or null), $asOfEnd and $asOfStart
//             (last and first day of the as-of period, yyyymmdd, or null), $includeUnestablished (boolean).
// Returns: one row per node: node, relations (list of {relation, to}); by node id.
// Example: :param after => null; :param first => 500; :param relationTypes => ['MEMBER_OF', 'OBSERVER_OF'];
//          :param nodeTypes => ['State', 'Organisation']; :param asOfEnd => 20201231; :param asOfStart => 20200101;
//          :param includeUnestablished => false
MATCH (a:Node)
WHERE a.id > coalesce($after, '')
  AND ($nodeTypes IS NULL OR a.type IN $nodeTypes)
WITH a
ORDER BY a.id
LIMIT $first
CALL (a) {
  MATCH (a)-[r]->(b:Node)
  WHERE ($nodeTypes IS NULL OR b.type IN $nodeTypes)
    AND type(r) IN $relationTypes
    AND ($includeUnestablished OR r.status IS NULL)
    AND ($asOfEnd IS NULL OR ((r.startLo IS NULL OR r.startLo <= $asOfEnd) AND (r.untilLo IS NULL OR r.untilLo > $asOfEnd) AND (r.lastHi IS NULL OR r.lastHi >= $asOfStart)))
  RETURN collect({relation: r, to: b.id}) AS relations
}
RETURN a AS node, relations
ORDER BY a.id
