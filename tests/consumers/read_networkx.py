#!/usr/bin/python3
"""Reads SecurityCoop network exports with networkx and prints what it found as JSON.

Run it with the Debian interpreter, which sees the python3-networkx package:

    /usr/bin/python3 read_networkx.py --graphml G.graphml --gexf G.gexf [--node-link G.json]
        [--node ID ...] [--edge ID ...]

Each file given gets an entry ("graphml", "gexf", "node_link") with the node and edge counts, whether the
graph came back directed and as a multigraph, the graph-level metadata, the Python types each attribute
was read as, the numeric node positions found (GEXF viz:position, else x and y attributes), and the attributes of the nodes and edges asked for (the first of each when none are named).
Exits 1 with a message on stderr when a file cannot be read or a named node or edge is missing.
"""
import argparse
import collections
import inspect
import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx
from networkx.readwrite import gexf as nx_gexf
from networkx.readwrite import json_graph

GEXF_13 = "http://gexf.net/1.3"


def attribute_types(items):
    """Maps each attribute name to the sorted Python type names its values were read as."""
    types = collections.defaultdict(set)
    for data in items:
        for name, value in data.items():
            types[name].add(type(value).__name__)
    return {name: sorted(names) for name, names in sorted(types.items())}


def edges_by_id(graph):
    """Edge attributes by edge id: networkx keeps GraphML and GEXF edge ids as multigraph keys."""
    found = {}
    for source, target, key, data in graph.edges(keys=True, data=True):
        edge_id = str(data.get("id", key))
        found[edge_id] = {"source": source, "target": target, "key": key, "attributes": data}
    return found


def positions(graph):
    """Each node's (x, y) as read: GEXF's viz position, or numeric x and y attributes (GraphML, node-link)."""
    found = {}
    for node, data in graph.nodes(data=True):
        point = data.get("viz", {}).get("position") or data
        x, y = point.get("x"), point.get("y")
        if isinstance(x, (int, float)) and isinstance(y, (int, float)):
            found[node] = [x, y]
    return found


def describe(graph, node_ids, edge_ids):
    edges = edges_by_id(graph)
    node_ids = node_ids or list(graph.nodes)[:1]
    edge_ids = edge_ids or list(edges)[:1]
    missing = [n for n in node_ids if n not in graph] + [e for e in edge_ids if e not in edges]
    if missing:
        raise LookupError(f"not in the graph: {', '.join(missing)}")
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": {k: v for k, v in graph.graph.items() if k not in ("node_default", "edge_default")},
        "positions": positions(graph),
        "node_attribute_types": attribute_types(d for _, d in graph.nodes(data=True)),
        "edge_attribute_types": attribute_types(d for _, _, d in graph.edges(data=True)),
        "node_attributes": {n: graph.nodes[n] for n in node_ids},
        "edge_attributes": {e: edges[e] for e in edge_ids},
    }


def read_gexf(path):
    """Reads GEXF; networkx knows only the 1.1draft and 1.2draft namespaces, so 1.3 is taught to it first."""
    root = ET.parse(path).getroot()
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    taught = False
    if namespace == GEXF_13 and "1.3" not in nx_gexf.GEXF.versions:
        entry = dict(nx_gexf.GEXF.versions["1.2draft"])
        entry.update(NS_GEXF=GEXF_13, NS_VIZ=GEXF_13 + "/viz", VERSION="1.3",
                     SCHEMALOCATION=f"{GEXF_13} {GEXF_13}/gexf.xsd")
        nx_gexf.GEXF.versions["1.3"] = entry
        taught = True
    graph = nx.read_gexf(path)
    meta = root.find(f"{{{namespace}}}meta")
    info = {"namespace": namespace, "version": root.get("version"), "networkx_taught_namespace": taught}
    if meta is not None:
        info["meta"] = {"lastmodifieddate": meta.get("lastmodifieddate"),
                        **{child.tag.split("}")[-1]: child.text for child in meta}}
    return graph, info


def read_node_link(path):
    """Reads node-link JSON whose edges are under "links", naming the key the way this networkx version wants it:
    2.x takes attrs=, 3.0-3.3 link=, 3.4 and later edges= (and warn when the default is relied on)."""
    with open(path, encoding="utf-8") as stream:
        data = json.load(stream)
    parameters = inspect.signature(json_graph.node_link_graph).parameters
    if "edges" in parameters:
        return json_graph.node_link_graph(data, edges="links")
    if "link" in parameters:
        return json_graph.node_link_graph(data, link="links")
    return json_graph.node_link_graph(data)


def main():
    parser = argparse.ArgumentParser(description="Read SecurityCoop exports with networkx.")
    parser.add_argument("--graphml")
    parser.add_argument("--gexf")
    parser.add_argument("--node-link", dest="node_link")
    parser.add_argument("--node", action="append", default=[], help="a node id whose attributes to print")
    parser.add_argument("--edge", action="append", default=[], help="an edge id whose attributes to print")
    args = parser.parse_args()
    if not (args.graphml or args.gexf or args.node_link):
        parser.error("give at least one of --graphml, --gexf, --node-link")

    result = {"networkx": nx.__version__}
    if args.graphml:
        result["graphml"] = {"file": args.graphml, **describe(nx.read_graphml(args.graphml), args.node, args.edge)}
    if args.gexf:
        graph, info = read_gexf(args.gexf)
        result["gexf"] = {"file": args.gexf, **info, **describe(graph, args.node, args.edge)}
    if args.node_link:
        result["node_link"] = {"file": args.node_link, **describe(read_node_link(args.node_link), args.node, args.edge)}
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False, default=str)
    print()


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # any failure to read is the answer the caller needs, with a non-zero exit
        print(f"read_networkx: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
