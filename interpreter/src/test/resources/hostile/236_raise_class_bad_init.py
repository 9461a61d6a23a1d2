class E(Exception):
    def __init__(self):
        raise TypeError('in init')
raise E
