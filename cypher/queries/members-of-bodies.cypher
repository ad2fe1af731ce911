// members-of-bodies: who belongs to each body: members, observers, dialogue partners, participants; with
// $throughMembers also the members of member organisations, which take part through them (via).
// Roles are the seed's r.affiliationRole: FoundingMember, Member, Acceding, Observer, DialoguePartner, Participant.
// As-of filtering applies to every relation used, the member organisation's included.
// Parameters: $ids (body ids), $roles (affiliation roles), $asOfEnd (yyyymmdd or null), $throughMembers (boolean),
//             $includeUnestablished (boolean).
// Returns: bodyId, body, member, relation, via, viaRelation.
// Example: :param ids => ['mech:eas']; :param roles => ['FoundingMember', 'Member', 'Participant'];
//          :param asOfEnd => null; :param throughMembers => true; :param includeUnestablished => false
UNWIND $ids AS bodyId
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
RETURN bodyId, body, member, relation, via, viaRelation
ORDER BY bodyId, relation.id, via.id, member.id
