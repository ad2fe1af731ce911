// material: the raw material of a question in one round trip: the nodes it names, the affiliations of bodies or of
// Needs: Neo4j 5.0 or later.
// members, and the relations of nodes with the node at the other end. Nothing is filtered by role, date, status or
// source: the API's question services apply those rules, the same for every store. Each part below answers one kind
// of request; a part whose list is empty returns no rows.
// Parameters: $nodeIds (ids to look up), $affiliations (list of {id, side: 'MembersOfBodies' or 'BodiesOfMembers',
//             through: boolean}), $relations (list of {id, direction: 'Outgoing', 'Incoming' or 'Both', types: relation
//             types, or null for all}).
// Returns: part ('node', 'affiliation' or 'relation'), request (index into $affiliations or $relations), node (the
//          node looked up, the member, or the other end), body, relation, via, viaRelation (the member's tie to the
//          organisation it comes through), fromId, toId (the ends of a relation).
// Example: :param nodeIds => ['mech:eas', 'mech:rats']; :param affiliations => [{id: 'mech:eas', side: 'MembersOfBodies',
//          through: true}]; :param relations => [{id: 'mech:rats', direction: 'Outgoing', types: ['ADDRESSES']}]
UNWIND $nodeIds AS id
MATCH (node:Node {id: id})
RETURN 'node' AS part, null AS request, node, null AS body, null AS relation, null AS via, null AS viaRelation,
       null AS fromId, null AS toId
UNION ALL
// The members of a body, each by its own tie.
UNWIND range(0, size($affiliations) - 1) AS request
WITH request, $affiliations[request] AS ask
WHERE ask.side = 'MembersOfBodies'
MATCH (node:Node)-[relation:MEMBER_OF|OBSERVER_OF|DIALOGUE_PARTNER_OF|PARTICIPATES_IN]->(body:Node {id: ask.id})
RETURN 'affiliation' AS part, request, node, body, relation, null AS via, null AS viaRelation, null AS fromId, null AS toId
UNION ALL
// With through members: the members of each member organisation, through it.
UNWIND range(0, size($affiliations) - 1) AS request
WITH request, $affiliations[request] AS ask
WHERE ask.side = 'MembersOfBodies' AND ask.through
MATCH (node:Node)-[viaRelation:MEMBER_OF]->(via:Node)
      -[relation:MEMBER_OF|OBSERVER_OF|DIALOGUE_PARTNER_OF|PARTICIPATES_IN]->(body:Node {id: ask.id})
RETURN 'affiliation' AS part, request, node, body, relation, via, viaRelation, null AS fromId, null AS toId
UNION ALL
// The bodies a node belongs to.
UNWIND range(0, size($affiliations) - 1) AS request
WITH request, $affiliations[request] AS ask
WHERE ask.side = 'BodiesOfMembers'
MATCH (node:Node {id: ask.id})-[relation:MEMBER_OF|OBSERVER_OF|DIALOGUE_PARTNER_OF|PARTICIPATES_IN]->(body:Node)
RETURN 'affiliation' AS part, request, node, body, relation, null AS via, null AS viaRelation, null AS fromId, null AS toId
UNION ALL
// With through members: the bodies of each organisation the node is a member of, through it.
UNWIND range(0, size($affiliations) - 1) AS request
WITH request, $affiliations[request] AS ask
WHERE ask.side = 'BodiesOfMembers' AND ask.through
MATCH (node:Node {id: ask.id})-[viaRelation:MEMBER_OF]->(via:Node)
      -[relation:MEMBER_OF|OBSERVER_OF|DIALOGUE_PARTNER_OF|PARTICIPATES_IN]->(body:Node)
RETURN 'affiliation' AS part, request, node, body, relation, via, viaRelation, null AS fromId, null AS toId
UNION ALL
// The relations of a node in the direction and of the types asked, with the node at the other end.
UNWIND range(0, size($relations) - 1) AS request
WITH request, $relations[request] AS ask
MATCH (asked:Node {id: ask.id})-[relation]-(node:Node)
WHERE (ask.direction = 'Both'
       OR (ask.direction = 'Outgoing' AND startNode(relation) = asked)
       OR (ask.direction = 'Incoming' AND endNode(relation) = asked))
  AND (ask.types IS NULL OR type(relation) IN ask.types)
RETURN 'relation' AS part, request, node, null AS body, relation, null AS via, null AS viaRelation,
       startNode(relation).id AS fromId, endNode(relation).id AS toId
