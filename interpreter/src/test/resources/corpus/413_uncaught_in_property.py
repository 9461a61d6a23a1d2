class Config:
    def __init__(self, values):
        self._values = values

    @property
    def timeout(self):
        raw = self._values['timeout']
        return float(raw)

    @property
    def summary(self):
        return f'timeout={self.timeout:.1f}s'


print(Config({'timeout': '2.5'}).summary)
print(Config({'timeout': 'soon'}).summary)
