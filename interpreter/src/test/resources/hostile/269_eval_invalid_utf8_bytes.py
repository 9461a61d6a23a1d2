eval(b'\xff')
