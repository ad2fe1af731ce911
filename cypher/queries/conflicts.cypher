// conflicts: where the sources disagree, each conflict with its claims (value, sources, relation ids) as the seed
// Needs: Neo4j 5.0 or later.
// stores them on (:Conflict)-[:ABOUT]->(subject).
// Parameters: $subject (node id, or null for every conflict).
// Returns: conflict, subject (its id); by conflict id.
// Example: :param subject => 'mech:rats'
MATCH (conflict:Conflict)-[:ABOUT]->(subject:Node)
WHERE $subject IS NULL OR subject.id = $subject
RETURN conflict, subject.id AS subject
ORDER BY conflict.id
