GRAPH = {
    'A': {'B': 4, 'C': 2},
    'B': {'C': 5, 'D': 10},
    'C': {'E': 3},
    'D': {'F': 11},
    'E': {'D': 4},
    'F': {},
    'G': {'A': 1},
}


def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nb in sorted(GRAPH[node]):
            if nb not in seen:
                seen.append(nb)
                queue.append(nb)
    return seen


def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in sorted(GRAPH[node]):
        if nb not in seen:
            dfs(nb, seen)
    return seen


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    todo = {src}
    done = set()
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        done.add(u)
        for v, w in GRAPH[u].items():
            nd = dist[u] + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
            if v not in done:
                todo.add(v)
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


print(bfs('A'), dfs('A'), bfs('G'))
dist, prev = dijkstra('A')
for n in sorted(dist):
    print(n, dist[n], '->'.join(path(prev, n)))
print('G' in dist)
