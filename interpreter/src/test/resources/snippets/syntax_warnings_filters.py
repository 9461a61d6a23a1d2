# compiler SyntaxWarnings go through the warnings module (filters, catch_warnings); as errors they
# become SyntaxErrors at the warned node; assert on a tuple warns
import warnings
for src in ('x is 1', 'assert(x, "msg")', 'assert (x,)', '[(1, 2) (3, 4)]', 'x = 1 if x is not "a" else 2'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<testcase>', 'exec')
    print([(x.category.__name__, str(x.message), x.lineno, x.filename) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<testcase>', 'exec')
        except SyntaxError as e:
            print(e.args)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    compile('x is 1', '<testcase>', 'exec')
print("done")
