// Reads a SecurityCoop GEXF export with graphology's GEXF parser (graphology-gexf) and prints what it found as JSON.
//
//   node read_gexf_graphology.mjs F.gexf [--node ID] [--edge ID]
//
// Parses into a MultiDirectedGraph (parallel edges kept), then prints the order and size and the attributes of the
// node and edge asked for. Exits 1 with a message on stderr when the parser refuses the file.
import { readFile } from 'node:fs/promises';
import graphology from 'graphology';
import gexf from 'graphology-gexf';

const { MultiDirectedGraph } = graphology;

function parseArgs(argv) {
  const args = { file: null, node: null, edge: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--node') args.node = argv[++i];
    else if (argv[i] === '--edge') args.edge = argv[++i];
    else if (args.file === null) args.file = argv[i];
    else throw new Error(`unexpected argument ${argv[i]}`);
  }
  if (!args.file) throw new Error('usage: node read_gexf_graphology.mjs FILE [--node ID] [--edge ID]');
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const graph = gexf.parse(MultiDirectedGraph, await readFile(args.file, 'utf8'));
  const node = args.node ?? graph.nodes()[0];
  const edge = args.edge ?? graph.edges()[0];
  if (!graph.hasNode(node)) throw new Error(`no node with key ${node}`);
  if (!graph.hasEdge(edge)) throw new Error(`no edge with key ${edge}`);
  console.log(JSON.stringify({
    order: graph.order,
    size: graph.size,
    multi: graph.multi,
    node: { key: node, attributes: graph.getNodeAttributes(node) },
    edge: { key: edge, source: graph.source(edge), target: graph.target(edge), attributes: graph.getEdgeAttributes(edge) },
  }));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
