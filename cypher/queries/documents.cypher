// documents: the catalogue of the documents that sources cite (title, authors, year, kind, language, citation, how
// Needs: Neo4j 5.0 or later.
// lines are counted), by id, or all of them.
// Parameters: $ids (document ids, the file names sources name; or null for all).
// Returns: one row per document found: document; in id order.
// Example: :param ids => ['001_df8979263b835203.txt']
MATCH (document:SourceDocument)
WHERE $ids IS NULL OR document.id IN $ids
RETURN document
ORDER BY document.id
