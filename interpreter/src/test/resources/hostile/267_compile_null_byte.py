compile('x = 1\x00', 'f', 'exec')
