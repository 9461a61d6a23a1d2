for k in globals():
    globals()['new_' + k] = 1
