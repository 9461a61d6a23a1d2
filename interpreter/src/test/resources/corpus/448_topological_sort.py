# Topological sorting: Kahn's algorithm (deterministic order) and DFS with cycle detection.

DEPS = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}


def kahn(deps):
    indegree = {n: 0 for n in deps}
    users = {n: [] for n in deps}
    for node, needs in deps.items():
        for need in needs:
            indegree[node] += 1
            users[need].append(node)
    ready = sorted(n for n, d in indegree.items() if d == 0)
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for user in sorted(users[node]):
            indegree[user] -= 1
            if indegree[user] == 0:
                ready.append(user)
                ready.sort()
    if len(order) != len(deps):
        stuck = sorted(n for n in deps if indegree[n] > 0)
        raise ValueError("cycle among " + ", ".join(stuck))
    return order


class CycleError(Exception):
    pass


def dfs_order(deps):
    state = {}
    order = []

    def visit(node, stack):
        mark = state.get(node)
        if mark == "done":
            return
        if mark == "active":
            cycle = stack[stack.index(node):] + [node]
            raise CycleError(" -> ".join(cycle))
        state[node] = "active"
        stack.append(node)
        for need in sorted(deps[node]):
            visit(need, stack)
        stack.pop()
        state[node] = "done"
        order.append(node)

    for node in sorted(deps):
        visit(node, [])
    return order


print(kahn(DEPS))
print(dfs_order(DEPS))
cyclic = dict(DEPS, core=["tests"])
try:
    kahn(cyclic)
except ValueError as e:
    print("ValueError:", e)
try:
    dfs_order(cyclic)
except CycleError as e:
    print("CycleError:", e)
