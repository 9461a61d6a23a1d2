# Imported by a corpus case: a module that raises while it runs.
x = 1
raise RuntimeError('module failed')
