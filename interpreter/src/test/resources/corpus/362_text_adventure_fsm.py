ROOMS = {
    'hall': {'desc': 'a dusty hall', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'rows of books', 'exits': {'south': 'hall'}, 'items': ['key']},
    'kitchen': {'desc': 'a cold kitchen', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': []},
    'cellar': {'desc': 'darkness', 'exits': {'up': 'kitchen'}, 'items': ['treasure'], 'locked': True},
}


class Game:
    def __init__(self):
        self.room = 'hall'
        self.inventory = []
        self.moves = 0
        self.state = 'playing'

    def do(self, command):
        verb, _, arg = command.partition(' ')
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}"
        self.moves += 1
        return handler(arg)

    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ', '.join(r['items']) or 'nothing'
        return f"{r['desc']}; exits: {', '.join(sorted(r['exits']))}; you see {items}"

    def cmd_go(self, direction):
        target = ROOMS[self.room]['exits'].get(direction)
        if target is None:
            return 'no way ' + direction
        if ROOMS[target].get('locked') and 'key' not in self.inventory:
            return 'the way is locked'
        self.room = target
        return 'you go to the ' + target

    def cmd_take(self, item):
        items = ROOMS[self.room]['items']
        if item not in items:
            return 'no ' + item + ' here'
        items.remove(item)
        self.inventory.append(item)
        if item == 'treasure':
            self.state = 'won'
        return 'taken: ' + item

    def cmd_inv(self, _):
        return 'carrying: ' + (', '.join(self.inventory) or 'nothing')


g = Game()
script = ['look', 'take lamp', 'go east', 'go down', 'dance', 'go west', 'go north', 'take key',
          'take key', 'go south', 'go east', 'go down', 'look', 'take treasure', 'inv']
for cmd in script:
    print(f'> {cmd}\n  {g.do(cmd)}')
    if g.state != 'playing':
        break
print(g.state, g.moves, g.room)
