# value[index] that must fail warns as CPython's check_subscripter/check_index (the cases of test_grammar)
import warnings
cases = ['[(1, 2) (3, 4)]', '[(x, y) (3, 4)]', '[[1, 2] (3, 4)]', '[{1, 2} (3, 4)]', '[{1: 2} (3, 4)]', '[[i for i in range(5)] (3, 4)]', '[{i for i in range(5)} (3, 4)]', '[(i for i in range(5)) (3, 4)]', '[{i: i for i in range(5)} (3, 4)]', '[f"{x}" (3, 4)]', '[f"x={x}" (3, 4)]', '["abc" (3, 4)]', '[b"abc" (3, 4)]', '[123 (3, 4)]', '[12.3 (3, 4)]', '[12.3j (3, 4)]', '[None (3, 4)]', '[True (3, 4)]', '[... (3, 4)]', '[{1, 2} [i, j]]', '[{i for i in range(5)} [i, j]]', '[(i for i in range(5)) [i, j]]', '[(lambda x, y: x) [i, j]]', '[123 [i, j]]', '[12.3 [i, j]]', '[12.3j [i, j]]', '[None [i, j]]', '[True [i, j]]', '[... [i, j]]', '[(1, 2) [i, j]]', '[(x, y) [i, j]]', '[[1, 2] [i, j]]', '[[i for i in range(5)] [i, j]]', '[f"{x}" [i, j]]', '[f"x={x}" [i, j]]', '["abc" [i, j]]', '[b"abc" [i, j]]', '[[1, 2] [3, 4]]', '[[1, 2] [[3, 4]]]', '[[1, 2] [[i for i in range(5)]]]', '[[1, 2] [{3, 4}]]', '[[1, 2] [{i for i in range(5)}]]', '[[1, 2] [{3: 4}]]', '[[1, 2] [{i: i for i in range(5)}]]', '[[1, 2] [(i for i in range(5))]]', '[[1, 2] [(lambda x, y: x)]]', '[[1, 2] [f"{x}"]]', '[[1, 2] [f"x={x}"]]', '[[1, 2] ["abc"]]', '[[1, 2] [b"abc"]]', '[[1, 2] [12.3]]', '[[1, 2] [12.3j]]', '[[1, 2] [None]]', '[[1, 2] [...]]']
for src in cases + ['x[1:2]', 'x[1]', '[1,2][True]', 'a.b[i, j]']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<testcase>', 'exec')
    print(src, [str(x.message) for x in w])
