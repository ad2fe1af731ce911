#!/usr/bin/python3
"""Reads a SecurityCoop GraphML export with python-igraph and prints what it found as JSON.

Run it with the Debian interpreter, which sees the python3-igraph package:

    /usr/bin/python3 read_igraph.py G.graphml [--node ID ...] [--edge ID ...]

Prints the vertex and edge counts, the numeric x and y of each vertex that has them, whether the graph is directed, how many edges run parallel to another,
the graph attributes, the vertex and edge attribute names with the Python types their values came back as,
and the attributes of the vertices and edges asked for (the first of each when none are named). igraph
keeps GraphML element ids in the "id" attribute, reads int and double keys as floats, and gives elements
without a value "" (strings) or NaN (numbers, printed as null). Exits 1 with a message on stderr on any failure.
"""
import argparse
import collections
import json
import math
import sys

import igraph


def attribute_types(sequence):
    types = collections.defaultdict(set)
    for name in sequence.attribute_names():
        for value in sequence[name]:
            if value is not None and value != "":
                types[name].add(type(value).__name__)
    return {name: sorted(types[name]) for name in sorted(sequence.attribute_names())}


def plain(value):
    """igraph stores every number as a float and a missing one as NaN, which JSON cannot hold: NaN becomes null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def pick(sequence, ids, kind):
    if not ids:
        return [sequence[0]] if len(sequence) else []
    by_id = {element["id"]: element for element in sequence}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise LookupError(f"no {kind} with id {', '.join(missing)}")
    return [by_id[i] for i in ids]


def main():
    parser = argparse.ArgumentParser(description="Read a SecurityCoop GraphML export with igraph.")
    parser.add_argument("graphml")
    parser.add_argument("--node", action="append", default=[], help="a vertex id whose attributes to print")
    parser.add_argument("--edge", action="append", default=[], help="an edge id whose attributes to print")
    args = parser.parse_args()

    graph = igraph.Graph.Read_GraphML(args.graphml)
    names = graph.vs["id"]
    result = {
        "igraph": igraph.__version__,
        "file": args.graphml,
        "vertices": graph.vcount(),
        "edges": graph.ecount(),
        "directed": graph.is_directed(),
        "parallel_edges": sum(1 for multiple in graph.is_multiple() if multiple),
        "graph": {name: graph[name] for name in graph.attributes()},
        "positions": {v["id"]: [v["x"], v["y"]] for v in graph.vs
                      if "x" in graph.vs.attributes() and isinstance(v["x"], float) and not math.isnan(v["x"])
                      and isinstance(v["y"], float) and not math.isnan(v["y"])},
        "vertex_attribute_types": attribute_types(graph.vs),
        "edge_attribute_types": attribute_types(graph.es),
        "node_attributes": {v["id"]: v.attributes() for v in pick(graph.vs, args.node, "vertex")},
        "edge_attributes": {
            e["id"]: {"source": names[e.source], "target": names[e.target], "attributes": e.attributes()}
            for e in pick(graph.es, args.edge, "edge")
        },
    }
    json.dump(plain(result), sys.stdout, indent=2, ensure_ascii=False, allow_nan=False, default=str)
    print()


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # any failure to read is the answer the caller needs, with a non-zero exit
        print(f"read_igraph: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
