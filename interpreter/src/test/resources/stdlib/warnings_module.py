# warnings: filters, catch_warnings, formatting, once/always/error, categories and stacklevel.
import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old()
    warnings.warn("plain")
    warnings.warn(UserWarning("an instance"))
    for w in caught:
        print(w.category.__name__, str(w.message), w.lineno > 0, w.filename.endswith("warnings_module.py"))
with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once")
    print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(w.message) for w in caught])
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "line of code").strip())
print(issubclass(DeprecationWarning, Warning), [c.__name__ for c in FutureWarning.__mro__])
