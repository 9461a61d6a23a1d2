exec('\ud800 = 1')
