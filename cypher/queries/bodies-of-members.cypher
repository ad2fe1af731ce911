// bodies-of-members: the bodies each node belongs to; with $throughMembers also the bodies that its
// organisations (those it is a member of) take part in, marked with via.
// Parameters: $ids (member ids), $roles (affiliation roles), $asOfEnd (yyyymmdd or null), $throughMembers (boolean),
//             $includeUnestablished (boolean).
// Returns: memberId, member, body, relation, via, viaRelation.
// Example: :param ids => ['state:vietnam']; :param roles => ['FoundingMember', 'Member', 'Participant'];
//          :param asOfEnd => 20231231; :param throughMembers => true; :param includeUnestablished => false
UNWIND $ids AS memberId
MATCH (member:Node {id: memberId})
CALL (member) {
  MATCH (member)-[relation:MEMBER_OF|OBSERVER_OF|DIALOGUE_PARTNER_OF|PARTICIPATES_IN]->(body:Node)
  WHERE relation.affiliationRole IN $roles
    AND ($includeUnestablished OR relation.status IS NULL)
    AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                              AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd)))
  RETURN body, relation, null AS via, null AS viaRelation
  UNION
  MATCH (member)-[viaRelation:MEMBER_OF]->(via:Node)-[relation:MEMBER_OF|OBSERVER_OF|DIALOGUE_PARTNER_OF|PARTICIPATES_IN]->(body:Node)
  WHERE $throughMembers
    AND body <> member
    AND relation.affiliationRole IN $roles
    AND viaRelation.affiliationRole IN ['FoundingMember', 'Member']
    AND ($includeUnestablished OR (relation.status IS NULL AND viaRelation.status IS NULL))
    AND ($asOfEnd IS NULL OR ((relation.startLo IS NULL OR relation.startLo <= $asOfEnd)
                              AND (relation.untilLo IS NULL OR relation.untilLo > $asOfEnd)
                              AND (viaRelation.startLo IS NULL OR viaRelation.startLo <= $asOfEnd)
                              AND (viaRelation.untilLo IS NULL OR viaRelation.untilLo > $asOfEnd)))
  RETURN body, relation, via, viaRelation
}
RETURN memberId, member, body, relation, via, viaRelation
ORDER BY memberId, relation.id, via.id
