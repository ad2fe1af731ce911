// list-nodes: one page of nodes in id order (keyset paging: the page starts after the id $after).
// Needs: Neo4j 5.0 or later.
// Parameters: $types (list of node types, or null for all), $nameContains (normalised lower-case text, or null),
//             $after (node id, or null for the first page), $first (page size).
// Returns: one row: total (matching nodes over all pages), page (list of nodes), hasNext, hasPrevious.
// Example: :param types => ['State']; :param nameContains => null; :param after => null; :param first => 10
MATCH (n:Node)
WHERE ($types IS NULL OR n.type IN $types)
  AND ($nameContains IS NULL OR any(key IN n.searchKeys WHERE key CONTAINS $nameContains))
WITH n
ORDER BY n.id
WITH collect(n) AS matching
WITH matching, [n IN matching WHERE $after IS NULL OR n.id > $after] AS rest
RETURN size(matching) AS total,
       rest[0..$first] AS page,
       size(rest) > $first AS hasNext,
       size(rest) < size(matching) AS hasPrevious
