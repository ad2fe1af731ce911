// A peer GraphQL server for benchmarks/peers/graphql.py: mercurius on fastify with graphql-jit, over the same
// dataset folder the service loads, answering the benchmark's questions with real resolvers.
//
// Usage: node server.mjs DATA_DIR PORT    (PORT 0 picks a free port; the first line printed is "listening on URL")
//
// What it implements, following the service (schema.graphql and src/):
// - node(id): the node or null; every node type's id, type, name, acronym, aliases; Organisation.members.
// - Organisation.members and overlap(bodies, excluding): direct affiliations only (MEMBER_OF, OBSERVER_OF,
//   DIALOGUE_PARTNER_OF, PARTICIPATES_IN pointing at the body), in relation id order; the roles filter with the
//   service's default (FOUNDING_MEMBER, MEMBER, PARTICIPANT; MEMBER admits founders) and includeUnestablished
//   (relations with a status are left out by default). Overlap members come in id order, compared ordinally.
// - shortestPath(from, to, maxHops = 6, relationTypes, excludeWeakLinks, includeUnestablished): relations followed
//   either way, self-loops never; the first shortest route in the service's RouteOrder (shorter first, then node
//   ids compared one at a time, ordinally); each step shows the preferred relation between its two nodes (typed
//   and established before weak or unestablished, then by id), the others as parallel, and its direction.
// - Unknown ids and empty lists fail with the service's messages, paths and extensions (code, codes).
// - Responses are written as the service's System.Text.Json writer writes them (see dotnetJson below).
// What it leaves out: every other Query field; throughMembers and 'via' ties (throughMembersOnly is always false);
// asOf, since, documents and memberTypes filters, and so relation dating and the lifetime rules; Relation fields
// beyond id, type, from, to, role, status, established, weak; the service's query limits (maxHops, number of
// bodies), complexity analysis and rate limits. Error bodies differ from the service's in one way: mercurius adds
// each error's 'locations'.
import Fastify from 'fastify'
import mercurius from 'mercurius'
import { loadGraph, QuestionError } from './graph.mjs'

const [dataDir, port] = process.argv.slice(2)
if (!dataDir || port === undefined) {
  console.error('usage: node server.mjs DATA_DIR PORT')
  process.exit(2)
}
const graph = loadGraph(dataDir)

const nodeFields = `
  id: ID!
  type: NodeType!
  name: String!
  acronym: String
  aliases: [String!]!`
const nodeTypes = ['State', 'Organisation', 'Mechanism', 'Agreement', 'Initiative', 'Event', 'Theme', 'Group', 'Person', 'Place']
const bodyFields = {
  Organisation: `
  members(roles: [AffiliationRole!], includeUnestablished: Boolean = false): [Affiliation!]!`
}

const schema = `
type Query {
  node(id: ID!): Node
  overlap(bodies: [ID!]!, excluding: [ID!], roles: [AffiliationRole!], includeUnestablished: Boolean = false): Overlap!
  shortestPath(from: ID!, to: ID!, maxHops: Int = 6, relationTypes: [RelationType!], excludeWeakLinks: Boolean = false,
    includeUnestablished: Boolean = false): Path
}

interface Node {${nodeFields}
}
${nodeTypes.map(t => `type ${t} implements Node {${nodeFields}${bodyFields[t] ?? ''}\n}`).join('\n')}

type Affiliation {
  member: Node!
  body: Node!
  role: AffiliationRole!
  direct: Boolean!
  via: Node
  relation: Relation!
}

type Overlap {
  bodies: [Node!]!
  excluding: [Node!]!
  count: Int!
  members: [OverlapMember!]!
}

type OverlapMember {
  node: Node!
  affiliations: [Affiliation!]!
  throughMembersOnly: Boolean!
}

type Path {
  length: Int!
  nodes: [Node!]!
  steps: [PathStep!]!
}

type PathStep {
  relation: Relation!
  parallel: [Relation!]!
  direction: Direction!
}

type Relation {
  id: ID!
  type: RelationType!
  from: Node!
  to: Node!
  role: String
  status: String
  established: Boolean!
  weak: Boolean!
}

enum NodeType { ${nodeTypes.map(t => t.toUpperCase()).join(' ')} }
enum AffiliationRole { FOUNDING_MEMBER MEMBER ACCEDING OBSERVER DIALOGUE_PARTNER PARTICIPANT }
enum Direction { OUTGOING INCOMING BOTH }
enum RelationType {
  MEMBER_OF OBSERVER_OF DIALOGUE_PARTNER_OF PARTICIPATES_IN PART_OF ESTABLISHED_BY SIGNATORY_OF ADDRESSES IMPLEMENTS
  COOPERATES_WITH SUCCESSOR_OF HEADQUARTERED_IN HELD_IN LOCATED_IN HOLDS_POSITION_IN DISPUTE_WITH TARGETS ACTIVE_IN LINKED_TO
}
`

/** Runs a question, turning a caller's mistake into a GraphQL error with the service's code. */
function answer (question) {
  try {
    return question()
  } catch (e) {
    if (e instanceof QuestionError) throw new mercurius.ErrorWithProps(e.message, { code: e.code, codes: [e.code] })
    throw e
  }
}

const resolvers = {
  Query: {
    node: (_, { id }) => graph.node(id),
    overlap: (_, { bodies, excluding, ...filter }) => answer(() => graph.overlap(bodies, excluding, filter)),
    shortestPath: (_, { from, to, ...options }) => answer(() => graph.shortestPath(from, to, options))
  },
  Node: { resolveType: node => node.typeName },
  Organisation: { members: (body, filter) => graph.membersOf(body, filter) }
}

/**
 * JSON as the service writes it: System.Text.Json with its default encoder escapes ", &, ', +, <, >, `, DEL and every
 * non-ASCII UTF-16 unit as \uXXXX (upper-case hex), where JSON.stringify writes \" and the characters themselves. Only
 * strings hold these characters (a bare " is a string's delimiter, control characters come escaped already, and
 * the schema has no floats to write with an exponent's +), so one pass over JSON.stringify's output suffices: keep
 * its other escapes, write \" as \u0022, upper-case its \u escapes and escape the rest.
 */
function dotnetJson (value) {
  return JSON.stringify(value).replace(/\\(?:u([0-9a-f]{4})|(.))|[^\x20-\x7e]|[&'+<>`\x7f]/g, (match, hex, escaped) => {
    if (hex) return `\\u${hex.toUpperCase()}`
    if (escaped === '"') return '\\u0022'
    if (escaped) return match
    return `\\u${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  })
}

const app = Fastify({ logger: false })
app.setReplySerializer(dotnetJson)
// jit: 1 compiles a document with graphql-jit from its second request on (a number, not mercurius's adaptive
// mode, which waits for an idle event loop and so may never compile under a benchmark's load).
await app.register(mercurius, { schema, resolvers, jit: 1 })
app.get('/health/ready', async () => ({ status: 'ready', nodes: graph.nodes.size, relations: graph.relationCount }))
const address = await app.listen({ host: '127.0.0.1', port: Number(port) })
console.log(`listening on ${address}`)
