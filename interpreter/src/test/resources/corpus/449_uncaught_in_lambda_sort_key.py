# Uncaught error raised inside a lambda called from a method through map().

class Catalog:
    def __init__(self, entries):
        self.entries = entries

    def prices(self):
        return list(map(lambda e: e["price"] * e["qty"], self.entries))

    def total(self):
        return sum(self.prices())


ok = Catalog([{"price": 2, "qty": 3}, {"price": 5, "qty": 1}])
print("total", ok.total())
broken = Catalog([{"price": 2, "qty": 3}, {"price": 4}])
print("about to fail")
print(broken.total())
print("not reached")
