x = bytes(2 ** 62)
