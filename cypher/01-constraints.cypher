// 01-constraints: every node, conflict, source document and relation has a unique id. Safe to run again.
// Needs: Neo4j 5.7 or later (relationship uniqueness constraints).
// Relation ids are unique per relation type; each constraint's index serves the lookups by id and the seed's MERGE.
// Earlier versions of this script made plain relation id indexes (relation_id_<type>); they are dropped first,
// since a constraint cannot be made over an index of the same schema.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (c:Conflict) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT source_document_id IF NOT EXISTS FOR (d:SourceDocument) REQUIRE d.id IS UNIQUE;
DROP INDEX relation_id_member_of IF EXISTS;
DROP INDEX relation_id_observer_of IF EXISTS;
DROP INDEX relation_id_dialogue_partner_of IF EXISTS;
DROP INDEX relation_id_participates_in IF EXISTS;
DROP INDEX relation_id_part_of IF EXISTS;
DROP INDEX relation_id_established_by IF EXISTS;
DROP INDEX relation_id_signatory_of IF EXISTS;
DROP INDEX relation_id_addresses IF EXISTS;
DROP INDEX relation_id_implements IF EXISTS;
DROP INDEX relation_id_cooperates_with IF EXISTS;
DROP INDEX relation_id_successor_of IF EXISTS;
DROP INDEX relation_id_headquartered_in IF EXISTS;
DROP INDEX relation_id_held_in IF EXISTS;
DROP INDEX relation_id_located_in IF EXISTS;
DROP INDEX relation_id_holds_position_in IF EXISTS;
DROP INDEX relation_id_dispute_with IF EXISTS;
DROP INDEX relation_id_targets IF EXISTS;
DROP INDEX relation_id_active_in IF EXISTS;
DROP INDEX relation_id_linked_to IF EXISTS;
CREATE CONSTRAINT relation_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_observer_of_id IF NOT EXISTS FOR ()-[r:OBSERVER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_dialogue_partner_of_id IF NOT EXISTS FOR ()-[r:DIALOGUE_PARTNER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_participates_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_established_by_id IF NOT EXISTS FOR ()-[r:ESTABLISHED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_signatory_of_id IF NOT EXISTS FOR ()-[r:SIGNATORY_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_addresses_id IF NOT EXISTS FOR ()-[r:ADDRESSES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_implements_id IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_successor_of_id IF NOT EXISTS FOR ()-[r:SUCCESSOR_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_headquartered_in_id IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_holds_position_in_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_dispute_with_id IF NOT EXISTS FOR ()-[r:DISPUTE_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_targets_id IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_active_in_id IF NOT EXISTS FOR ()-[r:ACTIVE_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_linked_to_id IF NOT EXISTS FOR ()-[r:LINKED_TO]-() REQUIRE r.id IS UNIQUE;
