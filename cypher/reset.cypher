// reset (development only): deletes every node, relation and conflict, in batches. Constraints and indexes stay.
// Run 03-seed.cypher afterwards to load the dataset again.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 1000 ROWS;
