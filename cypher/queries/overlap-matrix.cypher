// overlap-matrix: the affiliates of each body, for pairwise overlap sizes and Jaccard indexes. The ties are
// those of members-of-bodies.cypher. The caller pairs the sets up; a body without affiliates has an empty list.
// Parameters: $bodies (body ids), $roles (affiliation roles), $asOfEnd (yyyymmdd or null), $throughMembers (boolean),
//             $memberTypes (node types, or null), $includeUnestablished (boolean).
// Returns: bodyId, body, members (distinct member ids).
// Example: :param bodies => ['org:asean', 'mech:arf', 'org:sco']; :param roles => ['FoundingMember', 'Member',
//          'Participant']; :param asOfEnd => 20201231; :param throughMembers => false; :param memberTypes => ['State'];
//          :param includeUnestablished => false
UNWIND $bodies AS bodyId
MATCH (body:Node {id: bodyId})
OPTIONAL CALL (body) {
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
RETURN bodyId, body,
       collect(DISTINCT CASE WHEN $memberTypes IS NULL OR member.type IN $memberTypes THEN member.id END) AS members
