// list-nodes: one page of nodes in id order (keyset paging: the page starts after the id $after).
// Needs: Neo4j 5.23 or later (CALL with a variable scope).
// The page is a range seek on the node_id constraint's index in id order, read to $first + 1 rows (one more tells
// whether a next page exists); the total counts every matching node, and hasPrevious asks whether one lies at or before $after.
// The name filter reads n.searchKeyText (the search keys joined by newlines, which no key contains) through the text index.
// Parameters: $types (list of node types, or null for all), $nameContains (normalised lower-case text, or null),
//             $after (node id, or null for the first page), $first (page size).
// Returns: one row: total (matching nodes over all pages), page (list of nodes), hasNext, hasPrevious.
// Example: :param types => ['State']; :param nameContains => null; :param after => null; :param first => 10
CALL () {
  MATCH (n:Node)
  WHERE ($types IS NULL OR n.type IN $types)
    AND ($nameContains IS NULL OR n.searchKeyText CONTAINS toString($nameContains))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Node)
  WHERE n.id > coalesce($after, '')
    AND ($types IS NULL OR n.type IN $types)
    AND ($nameContains IS NULL OR n.searchKeyText CONTAINS toString($nameContains))
  WITH n
  ORDER BY n.id
  LIMIT $first + 1
  RETURN collect(n) AS rest
}
RETURN total,
       rest[0..$first] AS page,
       size(rest) > $first AS hasNext,
       $after IS NOT NULL AND EXISTS {
         MATCH (p:Node)
         WHERE p.id <= $after
           AND ($types IS NULL OR p.type IN $types)
           AND ($nameContains IS NULL OR p.searchKeyText CONTAINS toString($nameContains))
       } AS hasPrevious
