// get-nodes: the nodes with the given ids.
// Parameters: $ids (list of node ids).
// Returns: one row per node found: node.
// Example: :param ids => ['org:sco', 'mech:rats']
UNWIND $ids AS id
MATCH (node:Node {id: id})
RETURN node
