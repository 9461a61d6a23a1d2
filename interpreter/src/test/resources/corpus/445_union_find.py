# Union-find (disjoint sets) with path compression and union by size; Kruskal's MST on top.

class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.size = {x: 1 for x in items}

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


ds = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (6, 9), (0, 2)]:
    print("union", a, b, ds.union(a, b))
print(ds.groups())
print(ds.find(3) == ds.find(0), ds.find(4) == ds.find(5), ds.size[ds.find(9)])


def kruskal(nodes, edges):
    ds = DisjointSet(nodes)
    tree = []
    for w, a, b in sorted(edges):
        if ds.union(a, b):
            tree.append((a, b, w))
    return tree, sum(w for _, _, w in tree)


edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"),
         (5, "C", "E"), (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
tree, total = kruskal("ABCDEFG", edges)
print(tree)
print("total", total)
try:
    ds.find(42)
except KeyError as e:
    print("KeyError:", e)
