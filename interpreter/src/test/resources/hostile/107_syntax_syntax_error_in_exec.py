exec('x = (1,')
