# keyword, token, opcode, colorsys, heapq, bisect: small pure-Python modules
import keyword, token, heapq, bisect, colorsys, opcode

print(len(keyword.kwlist), keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(keyword.softkwlist)
print(token.NAME, token.tok_name[token.OP], token.EXACT_TOKEN_TYPES["**="], token.ISTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER))
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 9, 1, 7]), heapq.nsmallest(2, [4, 9, 1, 7]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
print(a)
print([round(c, 4) for c in colorsys.rgb_to_hsv(0.2, 0.4, 0.6)], [round(c, 4) for c in colorsys.hls_to_rgb(0.5, 0.5, 0.5)])
print(opcode.opmap["LOAD_CONST"], opcode.opname[opcode.opmap["RETURN_VALUE"]], opcode.HAVE_ARGUMENT)
