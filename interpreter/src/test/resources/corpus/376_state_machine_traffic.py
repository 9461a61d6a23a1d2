class State:
    name = 'state'
    duration = 1

    def next(self, event):
        raise NotImplementedError

    def __repr__(self):
        return self.name


class Red(State):
    name, duration = 'RED', 3

    def next(self, event):
        return Green() if event == 'timer' else self


class Green(State):
    name, duration = 'GREEN', 2

    def next(self, event):
        if event == 'pedestrian':
            return Yellow()
        return Yellow() if event == 'timer' else self


class Yellow(State):
    name = 'YELLOW'

    def next(self, event):
        return Red() if event == 'timer' else self


class Broken(State):
    name = 'BROKEN'

    def next(self, event):
        return Red() if event == 'repair' else self


class Light:
    def __init__(self):
        self.state = Red()
        self.history = [self.state.name]

    def handle(self, event):
        if event == 'fault':
            self.state = Broken()
        else:
            self.state = self.state.next(event)
        if self.history[-1] != self.state.name:
            self.history.append(self.state.name)


light = Light()
for ev in ['timer', 'pedestrian', 'timer', 'timer', 'fault', 'timer', 'repair', 'timer']:
    light.handle(ev)
    print(f'{ev:<10} -> {light.state!r:<7} ({light.state.duration})')
print(' > '.join(light.history))
try:
    State().next('x')
except NotImplementedError:
    print('abstract state')
