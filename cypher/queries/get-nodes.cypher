// get-nodes: the nodes with the given ids.
// Needs: Neo4j 5.0 or later.
// Parameters: $ids (list of node ids).
// Returns: one row per node found: node.
// Example: :param ids => ['org:sco', 'mech:rats']
UNWIND $ids AS id
MATCH (node:Node {id: id})
RETURN node
