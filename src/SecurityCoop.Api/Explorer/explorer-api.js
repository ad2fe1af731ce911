// The explorer's GraphQL documents and the requests that run them. Fetching is pure: each function returns
// what it read (and remembers the nodes it met) but never changes what the user explores.
import {
  state, remember, known, nodeTypeFilter, relationTypeFilter, filtersExcludeEverything,
} from './explorer-state.js';

/** At most this many neighbours of one node are drawn; the status says when more exist. */
export const MAX_NEIGHBOURS = 250;

const RELATION_FIELDS = `fragment Rel on Relation {
  id type role status weak since { text } until { text } date { text } asOf { text } from { id } to { id } }`;
const NODE_FIELDS = 'id name type acronym';
const SOURCE_FIELDS = 'sources { document line quote title citation }';

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { node { ${NODE_FIELDS} } match matchedField matchedText } }`;

const NEIGHBOURHOOD = `fragment Neighbourhood on Node { ${NODE_FIELDS}
  neighbourCount(asOf: $asOf, includeUnestablished: false, nodeTypes: $nodeTypes, relationTypes: $relationTypes)
  neighbours(asOf: $asOf, includeUnestablished: false, nodeTypes: $nodeTypes, relationTypes: $relationTypes, first: $first) {
    node { ${NODE_FIELDS} } relation { ...Rel } direction } }`;

const DETAILS = `fragment Details on Node { ${NODE_FIELDS} aliases description props { key value } ${SOURCE_FIELDS}
  conflicts { about kept claims { value } }
  relations(asOf: $asOf, includeUnestablished: false, types: $relationTypes) {
    id type role status evidence how since { text } until { text } date { text } asOf { text }
    from { ${NODE_FIELDS} } to { ${NODE_FIELDS} } ${SOURCE_FIELDS} } }`;

const PATH_ARGS = 'from: $from, to: $to, asOf: $asOf, excludeWeakLinks: $weak, relationTypes: $relationTypes';
const PATH_FIELDS = `length nodes { ${NODE_FIELDS} } steps { direction relation { ...Rel } }`;
const PATH_SELECTIONS = {
  all: `paths: allShortestPaths(${PATH_ARGS}, first: 10) { ${PATH_FIELDS} }`,
  k: `paths: kShortestPaths(${PATH_ARGS}, k: 5) { ${PATH_FIELDS} }`,
};

const OVERLAP = `overlap(bodies: $bodies, asOf: $asOf) { count bodies { ${NODE_FIELDS} }
  members { node { ${NODE_FIELDS} } affiliations { body { id } role relation { ...Rel } } } }`;

function graphqlErrorMessage(errors) {
  return errors.map(e => {
    const code = e.extensions?.code;
    return code ? `${code}: ${e.message}` : e.message;
  }).join(' · ');
}

/** POSTs a document; throws with the API's own messages when the answer carries errors. */
export async function gql(query, variables) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new Error(`The API cannot be reached (${error.message}).`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The API answered ${response.status} without a GraphQL response.`);
  }
  if (body.errors && body.errors.length) throw new Error(graphqlErrorMessage(body.errors));
  if (!response.ok || !body.data) throw new Error(`The API answered ${response.status}.`);
  return body.data;
}

/**
 * Reads, in one request, whatever the views need under the current date and filters: the neighbours of each
 * id in `expand`, the details of `details`, the paths of `path` and the overlap of `bodies`. Each part is
 * left out when not asked for; the nodes of `lookup` are read by id (name and type only) and remembered.
 * The answer has { expansions: Map, details, paths, overlap }.
 */
export async function fetchViews({ expand = [], details = null, path = null, bodies = [], lookup = [] }) {
  // GraphQL refuses a declared variable that no selection uses: each part declares what it uses.
  const declared = new Map();
  const variables = {};
  const use = (name, type, value) => {
    declared.set(name, `$${name}: ${type}`);
    variables[name] = value;
  };
  const useFilters = (...names) => {
    use('asOf', 'PartialDate', state.asOf);
    if (names.includes('relationTypes')) use('relationTypes', '[RelationType!]', relationTypeFilter());
    if (names.includes('nodeTypes')) use('nodeTypes', '[NodeType!]', nodeTypeFilter());
  };
  const selections = [];
  const fragments = new Set();
  const neighbours = filtersExcludeEverything() ? [] : expand;
  neighbours.forEach((id, i) => {
    useFilters('relationTypes', 'nodeTypes');
    use('first', 'Int', MAX_NEIGHBOURS);
    use(`e${i}`, 'ID!', id);
    selections.push(`e${i}: node(id: $e${i}) { ...Neighbourhood }`);
    fragments.add(NEIGHBOURHOOD).add(RELATION_FIELDS);
  });
  lookup.forEach((id, i) => {
    use(`n${i}`, 'ID!', id);
    selections.push(`n${i}: node(id: $n${i}) { ${NODE_FIELDS} }`);
  });
  const detailsRead = details !== null && state.relationTypes.size > 0;
  if (detailsRead) {
    useFilters('relationTypes');
    use('details', 'ID!', details);
    selections.push('details: node(id: $details) { ...Details }');
    fragments.add(DETAILS);
  }
  if (path) {
    useFilters('relationTypes');
    use('from', 'ID!', path.from);
    use('to', 'ID!', path.to);
    use('weak', 'Boolean', path.weak);
    selections.push(PATH_SELECTIONS[path.mode] ?? PATH_SELECTIONS.all);
    fragments.add(RELATION_FIELDS);
  }
  if (bodies.length > 0) {
    useFilters();
    use('bodies', '[ID!]!', bodies);
    selections.push(OVERLAP);
    fragments.add(RELATION_FIELDS);
  }
  const data = selections.length === 0 ? {} : await gql(
    `query Views(${[...declared.values()].join(', ')}) { ${selections.join('\n')} } ${[...fragments].join('\n')}`, variables);

  lookup.forEach((id, i) => {
    if (!data[`n${i}`]) throw new Error(`No node has id '${id}'.`);
    remember(data[`n${i}`]);
  });
  const expansions = new Map(expand.map(id => [id, { total: 0, shown: [] }]));
  neighbours.forEach((id, i) => {
    const node = data[`e${i}`];
    if (!node) throw new Error(`No node has id '${id}'.`);
    remember(node);
    node.neighbours.forEach(n => remember(n.node));
    expansions.set(id, { total: node.neighbourCount, shown: node.neighbours });
  });
  return {
    expansions,
    details: details === null ? null : readDetails(details, detailsRead ? data.details : undefined),
    paths: path ? readPaths(data.paths) : null,
    overlap: bodies.length > 0 ? readOverlap(data.overlap) : null,
  };
}

function readDetails(id, node) {
  if (node === null) throw new Error(`No node has id '${id}'.`);
  const shown = node ?? { ...known.get(id), aliases: [], props: [], sources: [], conflicts: [], relations: [] };
  remember(shown);
  shown.relations.forEach(r => { remember(r.from); remember(r.to); });
  return shown;
}

function readPaths(paths) {
  paths.forEach(p => p.nodes.forEach(remember));
  return paths;
}

function readOverlap(overlap) {
  overlap.bodies.forEach(remember);
  overlap.members.forEach(m => remember(m.node));
  return overlap;
}

export async function search(text, first) {
  const data = await gql(SEARCH, { text, first });
  data.search.forEach(hit => remember(hit.node));
  return data.search;
}

/** A typed id ("org:sco") is taken as it is; anything else is looked up with search, best hit first. */
export async function resolveNode(text, what) {
  const value = text.trim();
  if (!value) throw new Error(`Choose ${what}: type an id or a name, or select a node.`);
  if (known.has(value) || /^[a-z]+:\S+$/.test(value)) return value;
  const hits = await search(value, 1);
  if (hits.length === 0) throw new Error(`Nothing is called "${value}".`);
  return hits[0].node.id;
}
