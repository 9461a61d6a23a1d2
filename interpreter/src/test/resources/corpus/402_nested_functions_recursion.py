def count_change(amount, coins):
    memo = {}

    def ways(a, i):
        if a == 0:
            return 1
        if a < 0 or i == len(coins):
            return 0
        key = (a, i)
        if key not in memo:
            memo[key] = ways(a - coins[i], i) + ways(a, i + 1)
        return memo[key]
    return ways(amount, 0), len(memo)


print(count_change(30, [1, 5, 10, 25]))


def make_parser():
    def parse_list(s, i):
        assert s[i] == '['
        i += 1
        out = []
        while s[i] != ']':
            if s[i] == '[':
                item, i = parse_list(s, i)
            else:
                j = i
                while s[j] not in ',]':
                    j += 1
                item, i = int(s[i:j]), j
            out.append(item)
            if s[i] == ',':
                i += 1
        return out, i + 1
    return lambda s: parse_list(s.replace(' ', ''), 0)[0]


parse = make_parser()
print(parse('[1, [2, 3], [[4]], 5]'), parse('[]'))
try:
    parse('(1)')
except AssertionError:
    print('AssertionError for bad input')


def depth(x):
    return 1 + max([depth(y) for y in x], default=0) if isinstance(x, list) else 0


print(depth(parse('[1, [2, [3, [4]]]]')))
