// search: nodes whose name, acronym or alias matches a text, best first. Names are compared in the form the
// Needs: Neo4j 5.0 or later.
// seed stores in n.searchKeys (lower case, accents and dashes removed), beside n.searchFields (acronym, name or
// alias) and n.searchTexts (the name as written); pass $text normalised the same way. The keys are also kept joined
// by newlines in n.searchKeyText, which no key or normalised text contains: a key contains $text exactly when that
// text does, so the text index node_search_keys finds the candidates (toString tells the planner $text is a string)
// instead of a scan of every node. The full-text index is not used here: its word tokens cannot tell whether a
// normalised key contains the text (a match inside a word, or one that spans words), so it would change answers.
// Ranks: 0 exact, 1 prefix, 2 start of a word, 3 anywhere; then acronym before name before alias.
// Parameters: $text (normalised text), $types (list of node types, or null), $limit.
// Returns: node, match (Exact|Prefix|Word|Contains), field (acronym|name|alias), text (what matched).
// Example: :param text => 'rats'; :param types => null; :param limit => 10
MATCH (n:Node)
WHERE n.searchKeyText CONTAINS toString($text)
  AND ($types IS NULL OR n.type IN $types)
UNWIND range(0, size(n.searchKeys) - 1) AS i
WITH n, n.searchFields[i] AS field, n.searchKeys[i] AS key, n.searchTexts[i] AS text
WITH n, field, text,
     CASE WHEN key = $text THEN 0
          WHEN key STARTS WITH $text THEN 1
          WHEN key CONTAINS (' ' + $text) THEN 2
          WHEN key CONTAINS $text THEN 3
     END AS rank
WHERE rank IS NOT NULL
WITH n, field, text, rank * 3 + CASE field WHEN 'acronym' THEN 0 WHEN 'name' THEN 1 ELSE 2 END AS score
ORDER BY score
WITH n, head(collect({field: field, text: text, score: score})) AS best
RETURN n AS node,
       ['Exact', 'Prefix', 'Word', 'Contains'][best.score / 3] AS match,
       best.field AS field,
       best.text AS text
ORDER BY best.score, size(n.name), n.id
LIMIT $limit
