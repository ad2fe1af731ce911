// 02-indexes: lookups by type and name; a text index over the search keys, which serves search and the name filter
// of list-nodes (CONTAINS); and a full-text index over names, acronyms and aliases for analysts' own queries
// (db.index.fulltext.queryNodes). Relation ids are indexed by 01-constraints.
// Needs: Neo4j 5.0 or later.
// Safe to run again.
CREATE INDEX node_type IF NOT EXISTS FOR (n:Node) ON (n.type);
CREATE INDEX node_name IF NOT EXISTS FOR (n:Node) ON (n.name);
CREATE TEXT INDEX node_search_keys IF NOT EXISTS FOR (n:Node) ON (n.searchKeyText);
CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.acronym, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
