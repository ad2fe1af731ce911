// Reads a SecurityCoop Cytoscape.js export with headless Cytoscape.js and prints what it found as JSON.
//
//   node read_cytoscape.mjs G.cyjs [--node ID ...] [--edge ID ...]
//
// Builds cytoscape({ headless: true, elements, data }) from the file, then prints the node and edge counts, the
// positions read from the file,
// how many edges share their ends with another (parallel edges), the graph data (the export metadata), how
// many edges a selector on the relation finds, and the data of the nodes and edges asked for (the first of
// each when none are named). Exits 1 with a message on stderr on failure.
import { readFile } from 'node:fs/promises';
import cytoscape from 'cytoscape';

function parseArgs(argv) {
  const args = { file: null, nodes: [], edges: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--node') args.nodes.push(argv[++i]);
    else if (argv[i] === '--edge') args.edges.push(argv[++i]);
    else if (args.file === null) args.file = argv[i];
    else throw new Error(`unexpected argument ${argv[i]}`);
  }
  if (!args.file) throw new Error('usage: node read_cytoscape.mjs FILE [--node ID ...] [--edge ID ...]');
  return args;
}

function pick(cy, ids, collection, kind) {
  const chosen = ids.length > 0 ? ids : collection.slice(0, 1).map((element) => element.id());
  const missing = chosen.filter((id) => cy.getElementById(id).empty());
  if (missing.length > 0) throw new Error(`no ${kind} with id ${missing.join(', ')}`);
  return chosen;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const json = JSON.parse(await readFile(args.file, 'utf8'));
  if (!json.elements || !Array.isArray(json.elements.nodes) || !Array.isArray(json.elements.edges)) {
    throw new Error('expected {"elements": {"nodes": [...], "edges": [...]}}');
  }
  // The preset layout keeps the positions the file gives (cytoscape's default layout would move every node).
  const cy = cytoscape({ headless: true, styleEnabled: false, layout: { name: 'preset' }, elements: json.elements, data: json.data });
  const nodes = pick(cy, args.nodes, cy.nodes(), 'node');
  const edges = pick(cy, args.edges, cy.edges(), 'edge');
  const result = {
    file: args.file,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    parallel_edges: cy.edges().filter((edge) => edge.parallelEdges().length > 1).length,
    member_of_edges: cy.edges('[relation = "MEMBER_OF"]').length,
    data: cy.data(),
    // Headless Cytoscape.js places a node given no position at (0, 0); a position read from the file is anything else.
    positions: Object.fromEntries(cy.nodes().filter((n) => Number.isFinite(n.position('x')) && (n.position('x') !== 0 || n.position('y') !== 0))
      .map((n) => [n.id(), [n.position('x'), n.position('y')]])),
    node_data: Object.fromEntries(nodes.map((id) => [id, cy.getElementById(id).data()])),
    edge_data: Object.fromEntries(edges.map((id) => [id, cy.getElementById(id).data()])),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`read_cytoscape: ${error.message}\n`);
  process.exit(1);
});
