# The scenario of native/scripts/imports.*: a package that imports a submodule while it loads,
# and a module that does not exist.
import tracing_pkg

try:
    import no_such_module
except ImportError:
    print("no_such_module: not found")
print("helper:", tracing_pkg.helper.VALUE)
