# A trie with insert, exact lookup, prefix completion, deletion and counting.

class Node:
    __slots__ = ("children", "terminal", "count")

    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0


class Trie:
    def __init__(self, words=()):
        self.root = Node()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
            node.count += 1
        if not node.terminal:
            node.terminal = True
            self.size += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.terminal

    def complete(self, prefix):
        node = self._find(prefix)
        out = []
        if node is not None:
            self._collect(node, prefix, out)
        return out

    def _collect(self, node, prefix, out):
        if node.terminal:
            out.append(prefix)
        for ch in sorted(node.children):
            self._collect(node.children[ch], prefix + ch, out)

    def remove(self, word):
        if word not in self:
            raise KeyError(word)
        node = self.root
        for ch in word:
            child = node.children[ch]
            child.count -= 1
            if child.count == 0:
                del node.children[ch]
                break
            node = child
        else:
            node.terminal = False
        self.size -= 1

    def __len__(self):
        return self.size


t = Trie(["car", "card", "care", "cart", "cat", "dog", "do", "car"])
print(len(t), "car" in t, "ca" in t, "cards" in t)
print(t.complete("car"), t.complete("do"), t.complete("x"), t.complete(""))
t.remove("card")
t.remove("do")
print(len(t), t.complete("c"), t.complete("d"))
try:
    t.remove("cow")
except KeyError as e:
    print("KeyError:", e)
print(t.root.children["c"].count, sorted(t.root.children))
