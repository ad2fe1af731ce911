// The in-memory graph the peer answers from, and the three questions' rules, mirrored from the service's
// (src/SecurityCoop.Core: Affiliations/AffiliationFilter.cs, Overlaps/SetQuestions.cs, Embedded/ShortestRoutes.cs,
// Paths/PathSteps.cs). server.mjs says which parts of those rules this covers.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Ids compare as the service compares them: ordinally, by UTF-16 code unit (what `<` does on strings). */
export const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/** Roles an affiliation question uses when it names none: the members and the participants. */
const DefaultRoles = new Set(['FOUNDING_MEMBER', 'MEMBER', 'PARTICIPANT'])

/** An error the caller caused, with the service's stable code (extensions.code). */
export class QuestionError extends Error {
  constructor (code, message) {
    super(message)
    this.code = code
  }
}

const unknownNode = (id, where) => new QuestionError('NODE_NOT_FOUND',
  `${where ? `${where}: no` : 'No'} node has id '${id}'. Ids look like 'state:china' or 'org:sco'; use search to find one.`)

/** Every record of every *.jsonl file in a folder, files in name order, blank lines skipped. */
function * records (folder) {
  for (const file of readdirSync(folder).filter(f => f.endsWith('.jsonl')).sort(ordinal)) {
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
      if (line.trim()) yield JSON.parse(line)
    }
  }
}

/** The role a relation gives its `from` in its `to`, or null when it is no affiliation (AffiliationRoles.Of). */
function roleOf (relation) {
  switch (relation.type) {
    case 'MEMBER_OF': return relation.role === 'founding' ? 'FOUNDING_MEMBER' : relation.role === 'acceding' ? 'ACCEDING' : 'MEMBER'
    case 'OBSERVER_OF': return 'OBSERVER'
    case 'DIALOGUE_PARTNER_OF': return 'DIALOGUE_PARTNER'
    case 'PARTICIPATES_IN': return 'PARTICIPANT'
    default: return null
  }
}

/** A role filter naming MEMBER also admits founding members: a founding member is a member. */
const admitsRole = (roles, role) => roles.has(role) || (role === 'FOUNDING_MEMBER' && roles.has('MEMBER'))

/** Typed and established relations first, then weak (LINKED_TO) and unestablished ones (RelationPreference.Rank). */
const rank = relation => (relation.weak ? 2 : 0) + (relation.established ? 0 : 1)

/**
 * Loads a dataset folder (entities/*.jsonl, relations/*.jsonl). Node and relation objects are shaped as the GraphQL
 * types read them, so the default field resolvers serve them; a relation's `from` and `to` are the node objects.
 */
export function loadGraph (dataDir) {
  const nodes = new Map()
  for (const r of records(join(dataDir, 'entities'))) {
    nodes.set(r.id, { id: r.id, typeName: r.type, type: r.type.toUpperCase(), name: r.name, acronym: r.acronym ?? null, aliases: r.aliases ?? [] })
  }
  const relations = [...records(join(dataDir, 'relations'))].map(r => {
    const [from, to] = [nodes.get(r.from), nodes.get(r.to)]
    if (!from || !to) throw new Error(`relation ${r.id} names a node the entities do not hold`)
    const props = r.props ?? {}
    return {
      id: r.id,
      type: r.type,
      from,
      to,
      role: props.role ?? null,
      status: props.status ?? null,
      established: props.status == null,
      weak: r.type === 'LINKED_TO'
    }
  }).sort((a, b) => ordinal(a.id, b.id))
  return new Graph(nodes, relations)
}

class Graph {
  constructor (nodes, relations) {
    this.nodes = nodes
    this.relationCount = relations.length
    // Per node, in relation id order: the relations pointing at it, and every relation a walk can take from it
    // (outgoing first, then incoming; self-loops left out), as the service's adjacency rows are read.
    this.incoming = new Map([...nodes.keys()].map(id => [id, []]))
    this.around = new Map([...nodes.keys()].map(id => [id, []]))
    for (const relation of relations) this.incoming.get(relation.to.id).push(relation)
    for (const relation of relations) {
      if (relation.from !== relation.to) this.around.get(relation.from.id).push({ relation, next: relation.to })
    }
    for (const relation of relations) {
      if (relation.from !== relation.to) this.around.get(relation.to.id).push({ relation, next: relation.from })
    }
  }

  node (id) {
    return this.nodes.get(id) ?? null
  }

  /** A body's direct affiliations under the filter, in relation id order (Organisation.members, one overlap operand). */
  membersOf (body, { roles, includeUnestablished = false } = {}) {
    const admitted = roles ? new Set(roles) : DefaultRoles
    const result = []
    for (const relation of this.incoming.get(body.id)) {
      const role = roleOf(relation)
      if (role && admitsRole(admitted, role) && (includeUnestablished || relation.established)) {
        result.push({ member: relation.from, body, role, direct: true, via: null, relation })
      }
    }
    return result
  }

  /** The nodes affiliated with every one of `bodies` and none of `excluding`, in id order, with their ties to each body. */
  overlap (bodies, excluding, filter) {
    for (const [name, ids] of [['bodies', bodies], ['excluding', excluding]]) {
      if (ids && ids.length === 0) throw new QuestionError('INVALID_ARGUMENT', `'${name}' is an empty list; name at least one node id.`)
    }
    const operand = (name, ids) => (ids ?? []).map((id, i) => {
      const body = this.nodes.get(id)
      if (!body) throw unknownNode(id, `${name}[${i}] (affiliates of a body)`)
      const members = new Map()
      for (const tie of this.membersOf(body, filter)) {
        if (!members.has(tie.member.id)) members.set(tie.member.id, { node: tie.member, ties: [] })
        members.get(tie.member.id).ties.push(tie)
      }
      return { body, members }
    })
    const all = operand('bodies', bodies)
    const none = operand('excluding', excluding)
    const smallest = all.reduce((a, b) => (b.members.size < a.members.size ? b : a))
    const ids = [...smallest.members.keys()]
      .filter(id => all.every(s => s.members.has(id)) && !none.some(s => s.members.has(id)))
      .sort(ordinal)
    const members = ids.map(id => ({
      node: smallest.members.get(id).node,
      affiliations: all.flatMap(s => s.members.get(id).ties),
      throughMembersOnly: false
    }))
    return { bodies: all.map(s => s.body), excluding: none.map(s => s.body), count: members.length, members }
  }

  /**
   * The first shortest route from `from` to `to` in the service's route order (shorter first, then node ids compared
   * one at a time, ordinally), relations followed either way, or null when none lies within maxHops. A breadth-first
   * search from `to` gives each node its distance to the end; the walk from the start then takes, at every hop, the
   * smallest id one hop nearer the end. Each step shows the preferred relation between its two nodes.
   */
  shortestPath (fromId, toId, { maxHops = 6, relationTypes, excludeWeakLinks = false, includeUnestablished = false } = {}) {
    const from = this.nodes.get(fromId)
    if (!from) throw unknownNode(fromId)
    const to = this.nodes.get(toId)
    if (!to) throw unknownNode(toId)
    const types = relationTypes ? new Set(relationTypes) : null
    const allows = r => (!types || types.has(r.type)) && (!excludeWeakLinks || !r.weak) && (includeUnestablished || r.established)
    // The search stops once it reaches the start: every nearer layer is whole by then, and the walk reads only those.
    const distance = new Map([[to, 0]])
    search: for (let depth = 1, frontier = [to]; depth <= maxHops && frontier.length > 0; depth++) {
      const next = []
      for (const node of frontier) {
        for (const link of this.around.get(node.id)) {
          if (allows(link.relation) && !distance.has(link.next)) {
            distance.set(link.next, depth)
            if (link.next === from) break search
            next.push(link.next)
          }
        }
      }
      frontier = next
    }
    if (!distance.has(from)) return null
    const nodes = [from]
    const steps = []
    for (let current = from; current !== to;) {
      const nearer = distance.get(current) - 1
      const links = this.around.get(current.id).filter(l => allows(l.relation) && distance.get(l.next) === nearer)
      const next = links.reduce((a, b) => (ordinal(b.next.id, a.next.id) < 0 ? b : a)).next
      const joining = links.filter(l => l.next === next).map(l => l.relation)
        .sort((a, b) => rank(a) - rank(b) || ordinal(a.id, b.id))
      steps.push({ relation: joining[0], parallel: joining.slice(1), direction: joining[0].from === current ? 'OUTGOING' : 'INCOMING' })
      nodes.push(next)
      current = next
    }
    return { length: steps.length, nodes, steps }
  }
}
