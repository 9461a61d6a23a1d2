# Imported by a corpus case: __all__ names something that does not exist.
__all__ = ['present', 'absent']
present = 1
