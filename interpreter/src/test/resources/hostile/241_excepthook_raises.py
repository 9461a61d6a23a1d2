import sys
def hook(*a):
    raise ValueError('hook')
sys.excepthook = hook
raise KeyError('k')
