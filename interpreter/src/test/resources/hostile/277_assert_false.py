assert False, 'nope'
