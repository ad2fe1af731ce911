// Reads a SecurityCoop graphology export with graphology and prints what it found as JSON.
//
//   node read_graphology.mjs G.json [--node ID ...] [--edge ID ...]
//
// Loads the file with MultiDirectedGraph.from, which rejects a serialisation whose options do not fit a
// directed multigraph, then imports it again into an empty MultiDirectedGraph with graph.import. Prints the
// order and size, the graph type, the numeric x and y of every node that has them, the graph attributes (the export metadata) and the attributes of the nodes
// and edges asked for (the first of each when none are named). Exits 1 with a message on stderr on failure.
import { readFile } from 'node:fs/promises';
import graphology from 'graphology';

const { MultiDirectedGraph } = graphology;

function parseArgs(argv) {
  const args = { file: null, nodes: [], edges: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--node') args.nodes.push(argv[++i]);
    else if (argv[i] === '--edge') args.edges.push(argv[++i]);
    else if (args.file === null) args.file = argv[i];
    else throw new Error(`unexpected argument ${argv[i]}`);
  }
  if (!args.file) throw new Error('usage: node read_graphology.mjs FILE [--node ID ...] [--edge ID ...]');
  return args;
}

function pick(ids, all, has, kind) {
  const chosen = ids.length > 0 ? ids : all.slice(0, 1);
  const missing = chosen.filter((id) => !has(id));
  if (missing.length > 0) throw new Error(`no ${kind} with key ${missing.join(', ')}`);
  return chosen;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const data = JSON.parse(await readFile(args.file, 'utf8'));
  const graph = MultiDirectedGraph.from(data);
  const imported = new MultiDirectedGraph();
  imported.import(data);
  const nodes = pick(args.nodes, graph.nodes(), (id) => graph.hasNode(id), 'node');
  const edges = pick(args.edges, graph.edges(), (id) => graph.hasEdge(id), 'edge');
  const result = {
    file: args.file,
    order: graph.order,
    size: graph.size,
    type: graph.type,
    multi: graph.multi,
    allowSelfLoops: graph.allowSelfLoops,
    imported: { order: imported.order, size: imported.size },
    attributes: graph.getAttributes(),
    positions: Object.fromEntries(graph.filterNodes((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y)).map((id) => [id, [graph.getNodeAttribute(id, 'x'), graph.getNodeAttribute(id, 'y')]])),
    node_attributes: Object.fromEntries(nodes.map((id) => [id, graph.getNodeAttributes(id)])),
    edge_attributes: Object.fromEntries(edges.map((id) => [id, {
      source: graph.source(id),
      target: graph.target(id),
      attributes: graph.getEdgeAttributes(id),
    }])),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`read_graphology: ${error.message}\n`);
  process.exit(1);
});
