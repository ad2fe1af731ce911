// 02-indexes: lookups by type and name, a full-text index over names, acronyms and aliases, and relation ids.
// Needs: Neo4j 5.0 or later.
// Safe to run again.
CREATE INDEX node_type IF NOT EXISTS FOR (n:Node) ON (n.type);
CREATE INDEX node_name IF NOT EXISTS FOR (n:Node) ON (n.name);
CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.acronym, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE INDEX relation_id_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX relation_id_observer_of IF NOT EXISTS FOR ()-[r:OBSERVER_OF]-() ON (r.id);
CREATE INDEX relation_id_dialogue_partner_of IF NOT EXISTS FOR ()-[r:DIALOGUE_PARTNER_OF]-() ON (r.id);
CREATE INDEX relation_id_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.id);
CREATE INDEX relation_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX relation_id_established_by IF NOT EXISTS FOR ()-[r:ESTABLISHED_BY]-() ON (r.id);
CREATE INDEX relation_id_signatory_of IF NOT EXISTS FOR ()-[r:SIGNATORY_OF]-() ON (r.id);
CREATE INDEX relation_id_addresses IF NOT EXISTS FOR ()-[r:ADDRESSES]-() ON (r.id);
CREATE INDEX relation_id_implements IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.id);
CREATE INDEX relation_id_cooperates_with IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX relation_id_successor_of IF NOT EXISTS FOR ()-[r:SUCCESSOR_OF]-() ON (r.id);
CREATE INDEX relation_id_headquartered_in IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() ON (r.id);
CREATE INDEX relation_id_held_in IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.id);
CREATE INDEX relation_id_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX relation_id_holds_position_in IF NOT EXISTS FOR ()-[r:HOLDS_POSITION_IN]-() ON (r.id);
CREATE INDEX relation_id_dispute_with IF NOT EXISTS FOR ()-[r:DISPUTE_WITH]-() ON (r.id);
CREATE INDEX relation_id_targets IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.id);
CREATE INDEX relation_id_active_in IF NOT EXISTS FOR ()-[r:ACTIVE_IN]-() ON (r.id);
CREATE INDEX relation_id_linked_to IF NOT EXISTS FOR ()-[r:LINKED_TO]-() ON (r.id);
