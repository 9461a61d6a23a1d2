exec('x = 1\x00')
