// get-relations-by-id: the relations with the given ids, with the ids of their ends.
// Needs: Neo4j 5.23 or later (CALL with a variable scope).
// One branch per relation type, so each id is looked up in that type's uniqueness constraint (01-constraints.cypher)
// instead of scanning every relationship; a test checks that the branches name every type.
// Parameters: $ids (list of relation ids).
// Returns: relation, from, to.
// Example: :param ids => ['rel:established_by:mech-rats:org-sco:2002']
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Node)-[relation:MEMBER_OF {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:OBSERVER_OF {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:DIALOGUE_PARTNER_OF {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:PARTICIPATES_IN {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:PART_OF {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:ESTABLISHED_BY {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:SIGNATORY_OF {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:ADDRESSES {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:IMPLEMENTS {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:COOPERATES_WITH {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:SUCCESSOR_OF {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:HEADQUARTERED_IN {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:HELD_IN {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:LOCATED_IN {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:HOLDS_POSITION_IN {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:DISPUTE_WITH {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:TARGETS {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:ACTIVE_IN {id: id}]->(b:Node) RETURN relation, a, b
  UNION ALL
  MATCH (a:Node)-[relation:LINKED_TO {id: id}]->(b:Node) RETURN relation, a, b
}
RETURN relation, a.id AS from, b.id AS to
