// Loads a vis-network export into vis-data DataSets, the data layer vis-network draws from, and prints JSON:
// node and edge counts and, for --node ID / --edge ID, that element's fields. Exit code 1 if the file does not load.
//   node read_vis.mjs F.json [--node ID] [--edge ID]
import { readFileSync } from 'node:fs';
import { DataSet } from 'vis-data';

const [file, ...rest] = process.argv.slice(2);
const option = (name) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined; };
try {
  const document = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new DataSet(document.nodes);
  const edges = new DataSet(document.edges);
  const dangling = edges.get().filter((e) => nodes.get(e.from) === null || nodes.get(e.to) === null).length;
  const nodeId = option('--node');
  const edgeId = option('--edge');
  if ((nodeId && nodes.get(nodeId) === null) || (edgeId && edges.get(edgeId) === null)) throw new Error(`missing ${nodeId ?? ''} ${edgeId ?? ''}`);
  console.log(JSON.stringify({
    file, nodes: nodes.length, edges: edges.length, dangling, metadata: document.metadata ?? null,
    node: nodeId ? nodes.get(nodeId) : nodes.get()[0], edge: edgeId ? edges.get(edgeId) : edges.get()[0],
  }, null, 2));
} catch (error) {
  console.error(`read_vis: ${error.message}`);
  process.exit(1);
}
