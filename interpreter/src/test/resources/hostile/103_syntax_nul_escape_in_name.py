ab\x00c = 1
