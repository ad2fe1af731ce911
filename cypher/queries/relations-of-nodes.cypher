// relations-of-nodes: the relations of each node asked about, filtered by direction, type, date and status.
// Parameters: $ids (node ids), $direction ('Outgoing', 'Incoming' or 'Both'), $types (relation types, or null),
//             $asOfEnd (last day of the as-of period as yyyymmdd, or null), $includeUnestablished (boolean).
// Returns: nodeId, relation, from, to; in relation id order per node.
// Example: :param ids => ['mech:rats']; :param direction => 'Both'; :param types => null; :param asOfEnd => null;
//          :param includeUnestablished => false
UNWIND $ids AS nodeId
MATCH (n:Node {id: nodeId})-[relation]-(other:Node)
WHERE ($direction = 'Both'
       OR ($direction = 'Outgoing' AND startNode(relation) = n)
       OR ($direction = 'Incoming' AND endNode(relation) = n))
  AND ($types IS NULL OR type(relation) IN $types)
  AND ($includeUnestablished OR relation.status IS NULL)
  AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                            AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd)))
RETURN DISTINCT nodeId, relation, startNode(relation).id AS from, endNode(relation).id AS to
ORDER BY nodeId, relation.id
