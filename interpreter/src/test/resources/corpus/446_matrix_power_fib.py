# Matrix exponentiation by squaring: Fibonacci numbers, path counting, big integers.

def mat_mul(a, b, mod=None):
    n, m, p = len(a), len(b), len(b[0])
    out = [[0] * p for _ in range(n)]
    for i in range(n):
        for k in range(m):
            aik = a[i][k]
            if aik:
                row_b = b[k]
                row_o = out[i]
                for j in range(p):
                    row_o[j] += aik * row_b[j]
        if mod is not None:
            out[i] = [v % mod for v in out[i]]
    return out


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def mat_pow(m, e, mod=None):
    if e < 0:
        raise ValueError("negative exponent")
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m, mod)
        m = mat_mul(m, m, mod)
        e >>= 1
    return result


def fib(n, mod=None):
    return mat_pow([[1, 1], [1, 0]], n, mod)[0][1]


print([fib(n) for n in (0, 1, 2, 7)])
big = fib(100)
print(big % 1000000007 == fib(100, 1000000007), len(str(big)), str(big)[:15])

# number of walks of length k in a small directed graph
adj = [
    [0, 1, 1],
    [0, 0, 1],
    [1, 0, 0],
]
for k in (1, 3):
    walks = mat_pow(adj, k)
    print(k, walks[0], sum(map(sum, walks)))

print(mat_pow([[2]], 100)[0][0] == 2 ** 100, mat_pow([[1, 2], [3, 4]], 0))
try:
    mat_pow(adj, -1)
except ValueError as e:
    print("ValueError:", e)
