# _imp's hooks for test.support (import_helper.frozen_modules) and sys.implementation._multiarch,
# which names sysconfig's _sysconfigdata module
import sys
import _imp

print(_imp._override_frozen_modules_for_tests(1), _imp._override_frozen_modules_for_tests(-1),
      _imp._override_frozen_modules_for_tests(0))
for bad in (1.5, "1", None):
    try:
        _imp._override_frozen_modules_for_tests(bad)
    except TypeError as e:
        print("TypeError", e)
print(type(_imp._frozen_module_names()).__name__)
print(_imp.init_frozen("no_such_frozen_module"))
print(sys.implementation._multiarch, repr(sys.abiflags))
print(f"_sysconfigdata_{sys.abiflags}_{sys.implementation._multiarch}")
