// reset (development only): deletes every node, relation and conflict, in batches. Constraints and indexes stay.
// Needs: Neo4j 5.23 or later (CALL with a variable scope).
// Run 03-seed.cypher afterwards to load the dataset again.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 1000 ROWS;
