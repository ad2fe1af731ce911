// overlap: the nodes affiliated with every body in $bodies and with none in $excluding (A but not B when
// $bodies = [A] and $excluding = [B]); each with its ties to the bodies asked about. The ties are those of
// members-of-bodies.cypher: same roles, dates, status and through-member rule.
// Parameters: $bodies (body ids), $excluding (body ids, possibly empty), $roles (affiliation roles),
//             $asOfEnd (yyyymmdd or null), $throughMembers (boolean), $memberTypes (node types, or null),
//             $includeUnestablished (boolean).
// Returns: member, ties (list of {bodyId, body, relation, via, viaRelation} for the bodies in $bodies); by member id.
// Example: :param bodies => ['org:asean', 'mech:arf']; :param excluding => []; :param roles => ['FoundingMember',
//          'Member', 'Participant']; :param asOfEnd => null; :param throughMembers => false; :param memberTypes => null;
//          :param includeUnestablished => false
UNWIND $bodies + $excluding AS bodyId
MATCH (body:Node {id: bodyId})
CALL (body) {
  MATCH (member:Node)-[relation:MEMBER_OF|OBSERVER_OF|DIALOGUE_PARTNER_OF|PARTICIPATES_IN]->(body)
  WHERE relation.affiliationRole IN $roles
    AND ($includeUnestablished OR relation.status IS NULL)
    AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                              AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd)))
  RETURN member, relation, null AS via, null AS viaRelation
  UNION
  MATCH (member:Node)-[viaRelation:MEMBER_OF]->(via:Node)-[relation:MEMBER_OF|OBSERVER_OF|DIALOGUE_PARTNER_OF|PARTICIPATES_IN]->(body)
  WHERE $throughMembers
    AND member <> body
    AND relation.affiliationRole IN $roles
    AND viaRelation.affiliationRole IN ['FoundingMember', 'Member']
    AND ($includeUnestablished OR (relation.status IS NULL AND viaRelation.status IS NULL))
    AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                              AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd)
                              AND (viaRelation.startLo IS NULL OR viaRelation.startLo <= $asOfEnd)
                              AND (viaRelation.untilLo IS NULL OR viaRelation.untilLo > $asOfEnd)))
  RETURN member, relation, via, viaRelation
}
WITH member, body, relation, via, viaRelation
WHERE $memberTypes IS NULL OR member.type IN $memberTypes
WITH member, collect({bodyId: body.id, body: body, relation: relation, via: via, viaRelation: viaRelation}) AS allTies
WHERE all(b IN $bodies WHERE any(t IN allTies WHERE t.bodyId = b))
  AND none(t IN allTies WHERE t.bodyId IN $excluding)
RETURN member, [t IN allTies WHERE t.bodyId IN $bodies] AS ties
ORDER BY member.id
