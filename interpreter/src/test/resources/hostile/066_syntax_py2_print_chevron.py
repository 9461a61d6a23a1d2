print >> f, 1
