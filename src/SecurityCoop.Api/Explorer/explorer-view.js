// What the graph should show for the current exploration: the nodes and relations of the roots, expansions,
// paths and the overlap; the leaves of each expanded hub grouped into its neighbourhood, and a big hub's
// leaves of one type folded into one cluster node until the user opens it. Pure: reads the state only.
import { state, known } from './explorer-state.js';
import { typePlural } from './explorer-vocabulary.js';

/** A hub with at least this many leaves (neighbours drawn for it alone) gets its own neighbourhood box. */
const NEIGHBOURHOOD_MIN = 4;
/** A hub with more leaves than this folds each type with at least CLUSTER_MIN leaves into a cluster node. */
const CLUSTER_ABOVE = 20;
const CLUSTER_MIN = 5;

export const clusterKey = (hub, type) => `${hub}|${type}`;

/** The nodes and relations the exploration asks for, before grouping. */
function wantedElements() {
  const nodes = new Map();
  const edges = new Map();
  const addNode = id => {
    const node = known.get(id);
    if (node && !state.hiddenTypes.has(node.type)) nodes.set(id, node);
  };
  const addEdge = rel => {
    if (nodes.has(rel.from.id) && nodes.has(rel.to.id)) edges.set(rel.id, rel);
  };
  state.roots.forEach(addNode);
  for (const [id, expansion] of state.expansions) {
    addNode(id);
    expansion.shown.forEach(n => { addNode(n.node.id); addEdge(n.relation); });
  }
  for (const path of state.path?.paths ?? []) {
    path.nodes.forEach(n => addNode(n.id));
    path.steps.forEach(s => addEdge(s.relation));
  }
  const overlap = state.overlap.result;
  if (overlap) {
    overlap.bodies.forEach(b => addNode(b.id));
    overlap.members.forEach(m => addNode(m.node.id));
    overlap.members.forEach(m => m.affiliations.forEach(a => addEdge(a.relation)));
  }
  return { nodes, edges };
}

/** Nodes never folded away: what the user chose, and what a path or the overlap shows. */
function keptNodes() {
  const kept = new Set([...state.roots, ...state.expansions.keys()]);
  if (state.selected) kept.add(state.selected);
  for (const path of state.path?.paths ?? []) path.nodes.forEach(n => kept.add(n.id));
  const overlap = state.overlap.result;
  if (overlap) {
    overlap.bodies.forEach(b => kept.add(b.id));
    overlap.members.forEach(m => kept.add(m.node.id));
  }
  return kept;
}

/**
 * The view model: nodes (id -> { node, parent }), clusters (id -> { key, hub, type, members, parent }),
 * neighbourhoods (id -> hub) and edges (id -> { id, source, target, type, weak, count }).
 */
export function viewModel() {
  const want = wantedElements();
  const adjacent = new Map([...want.nodes.keys()].map(id => [id, new Set()]));
  for (const rel of want.edges.values()) {
    adjacent.get(rel.from.id).add(rel.to.id);
    adjacent.get(rel.to.id).add(rel.from.id);
  }
  const kept = keptNodes();
  const nodes = new Map([...want.nodes.values()].map(node => [node.id, { node, parent: null }]));
  const clusters = new Map();
  const neighbourhoods = new Map();
  const folded = new Map(); // node id -> cluster id

  for (const hub of state.expansions.keys()) {
    if (!nodes.has(hub)) continue;
    const leaves = [...adjacent.get(hub)].filter(id => !kept.has(id) && adjacent.get(id).size === 1).sort();
    if (leaves.length < NEIGHBOURHOOD_MIN) continue;
    const box = `hood:${hub}`;
    neighbourhoods.set(box, hub);
    leaves.forEach(id => { nodes.get(id).parent = box; });
    if (leaves.length <= CLUSTER_ABOVE) continue;
    const byType = new Map();
    leaves.forEach(id => {
      const type = want.nodes.get(id).type;
      if (!byType.has(type)) byType.set(type, []);
      byType.get(type).push(id);
    });
    for (const [type, members] of byType) {
      const key = clusterKey(hub, type);
      if (members.length < CLUSTER_MIN || state.openClusters.has(key)) continue;
      const id = `cluster:${key}`;
      clusters.set(id, { id, key, hub, type, members, parent: box, label: `${members.length} ${typePlural(type)}` });
      members.forEach(m => { nodes.delete(m); folded.set(m, id); });
    }
  }

  const edges = new Map();
  for (const rel of want.edges.values()) {
    const source = folded.get(rel.from.id) ?? rel.from.id;
    const target = folded.get(rel.to.id) ?? rel.to.id;
    if (source === rel.from.id && target === rel.to.id) {
      edges.set(rel.id, { id: rel.id, source, target, type: rel.type, weak: rel.weak, count: 1 });
      continue;
    }
    const id = `cluster-edge:${source}>${target}`;
    const edge = edges.get(id) ?? { id, source, target, type: '', weak: false, count: 0, types: new Set() };
    edge.count += 1;
    edge.types.add(rel.type);
    edge.type = `${edge.count} × ${[...edge.types].join(', ')}`;
    edges.set(id, edge);
  }
  return { nodes, clusters, neighbourhoods, edges };
}

/** Node and edge ids that the path or overlap highlight covers. */
export function highlightSets() {
  const path = { nodes: new Set(), edges: new Set() };
  const paths = state.path?.paths ?? [];
  const focused = state.path?.focus ?? null;
  paths.forEach((p, i) => {
    if (focused !== null && focused !== i) return;
    p.nodes.forEach(n => path.nodes.add(n.id));
    p.steps.forEach(s => path.edges.add(s.relation.id));
  });
  const overlap = { nodes: new Set(), edges: new Set(), bodies: new Set() };
  const result = state.overlap.result;
  if (result) {
    result.bodies.forEach(b => overlap.bodies.add(b.id));
    result.members.forEach(m => {
      overlap.nodes.add(m.node.id);
      m.affiliations.forEach(a => overlap.edges.add(a.relation.id));
    });
  }
  return { path, overlap };
}
