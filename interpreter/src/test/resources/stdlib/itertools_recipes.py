# itertools together with the pure-Python modules that lean on it (operator, functools, collections)
import itertools, operator, functools, collections
def take(n, it): return list(itertools.islice(it, n))
def pairwise_sum(xs): return [a + b for a, b in itertools.pairwise(xs)]
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = itertools.cycle(itertools.islice(nexts, num_active))
def powerset(iterable):
    s = list(iterable)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in itertools.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        seen.add(element)
        yield element
print(take(5, itertools.count(10, 5)), pairwise_sum([1, 2, 3, 4]))
print(list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])), list(unique_everseen('AAAABBBCCDAABBB')))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), functools.reduce(operator.add, itertools.repeat(2, 5)))
print(list(itertools.starmap(operator.pow, [(2, 5), (3, 2)])), sorted(collections.Counter(itertools.chain('ab', 'bc')).items()))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted('mississippi'))])
print(list(itertools.product(range(2), 'ab')), len(list(itertools.permutations(range(5), 3))), list(itertools.combinations_with_replacement('xy', 3)))
t1, t2, t3 = itertools.tee(range(4), 3); print(list(t1), list(zip(t2, t3)))
print(list(itertools.compress(range(10), itertools.cycle([1, 0]))), list(itertools.takewhile(lambda x: x < 4, itertools.count())))
print(repr(itertools.count(1.5, 0.5)), repr(itertools.repeat('z', 2)), list(itertools.dropwhile(str.isdigit, '12ab3')))
