"""Reference answers from networkx for the structural analysis's property test.

Reads a JSON list of graphs ({"nodes": [...], "edges": [[a, b], ...]}) on stdin and writes, for
each, its articulation points with how many nodes each cuts off from the rest of its component
(the component minus the point minus the largest remaining piece), its bridges, its component
sizes and its normalised betweenness centrality.
"""
import json
import sys

import networkx as nx


def answer(spec):
    g = nx.Graph()
    g.add_nodes_from(spec["nodes"])
    g.add_edges_from(spec["edges"])
    component_of = {}
    for component in nx.connected_components(g):
        for node in component:
            component_of[node] = component
    cut = {}
    for point in nx.articulation_points(g):
        component = component_of[point]
        rest = g.subgraph(component - {point})
        largest = max(len(c) for c in nx.connected_components(rest))
        cut[point] = len(component) - 1 - largest
    return {
        "cut": cut,
        "bridges": sorted(sorted(edge) for edge in nx.bridges(g)),
        "components": sorted(len(c) for c in nx.connected_components(g)),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
    }


print(json.dumps([answer(spec) for spec in json.load(sys.stdin)]))
