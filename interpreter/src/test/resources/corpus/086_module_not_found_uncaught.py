print("before the failing import")


def load():
    import missing_helper_module
    return missing_helper_module


load()
