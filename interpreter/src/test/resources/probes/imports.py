# A package and its submodule: find-and-load fires for pkg_probe.sub and, nested in it, pkg_probe.
import pkg_probe.sub

try:
    import no_such_module_here
except ModuleNotFoundError as error:
    print(error)
