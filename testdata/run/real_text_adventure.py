"""A tiny text adventure driven by a state machine and scripted commands."""


class Room:
    def __init__(self, key, title, description, exits=None, items=None, locked=None):
        self.key = key
        self.title = title
        self.description = description
        self.exits = dict(exits or {})
        self.items = list(items or [])
        self.locked = dict(locked or {})  # direction -> required item

    def describe(self):
        lines = [f"== {self.title} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        doors = []
        for direction in sorted(self.exits):
            tag = " (locked)" if direction in self.locked else ""
            doors.append(direction + tag)
        lines.append("Exits: " + (", ".join(doors) if doors else "none"))
        return "\n".join(lines)


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Game:
    DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}

    def __init__(self):
        self.rooms = {}
        self.location = None
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.state = "exploring"
        self.log = []

    def add(self, room):
        self.rooms[room.key] = room
        if self.location is None:
            self.location = room.key

    @property
    def here(self):
        return self.rooms[self.location]

    def say(self, text):
        self.log.append(text)
        print(text)

    # --- command handlers -------------------------------------------------
    def do_look(self, args):
        self.say(self.here.describe())

    def do_go(self, args):
        if not args:
            self.say("Go where?")
            return
        direction = self.DIRECTIONS.get(args[0], args[0])
        room = self.here
        if direction not in room.exits:
            self.say(f"You can't go {direction}.")
            return
        needed = room.locked.get(direction)
        if needed:
            if needed not in self.inventory:
                self.say(f"The way {direction} is locked. You need the {needed}.")
                return
            self.say(f"You unlock the way {direction} with the {needed}.")
            del room.locked[direction]
            self.score += 10
        self.location = room.exits[direction]
        self.moves += 1
        self.say(self.here.describe())
        if self.location == "vault":
            raise GameOver(True, "You found the vault!")
        if self.location == "pit":
            raise GameOver(False, "You fell into a pit.")

    def do_take(self, args):
        if not args:
            self.say("Take what?")
            return
        item = " ".join(args)
        if item == "all":
            taken = sorted(self.here.items)
            if not taken:
                self.say("Nothing to take.")
            for it in taken:
                self.do_take([it])
            return
        if item not in self.here.items:
            self.say(f"There is no {item} here.")
            return
        self.here.items.remove(item)
        self.inventory.append(item)
        self.score += 5
        self.say(f"Taken: {item}.")

    def do_drop(self, args):
        item = " ".join(args)
        if item not in self.inventory:
            self.say(f"You don't have {item or 'that'}.")
            return
        self.inventory.remove(item)
        self.here.items.append(item)
        self.say(f"Dropped: {item}.")

    def do_inventory(self, args):
        if self.inventory:
            self.say("You carry: " + ", ".join(self.inventory))
        else:
            self.say("You are empty-handed.")

    def do_score(self, args):
        self.say(f"Score: {self.score} in {self.moves} moves")

    def dispatch(self, line):
        words = line.lower().split()
        if not words:
            self.say("Say something.")
            return
        verb, args = words[0], words[1:]
        aliases = {"l": "look", "i": "inventory", "get": "take"}
        verb = aliases.get(verb, verb)
        if verb in self.DIRECTIONS or verb in self.DIRECTIONS.values():
            verb, args = "go", [verb]
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            self.say(f"I don't know how to '{verb}'.")
            return
        handler(args)

    def play(self, script):
        self.do_look([])
        for line in script:
            print(f"> {line}")
            try:
                self.dispatch(line)
            except GameOver as end:
                self.state = "won" if end.won else "lost"
                self.say(str(end))
                break
        self.do_score([])
        return self.state


def build():
    g = Game()
    g.add(Room("hall", "Great Hall", "A draughty hall with a stone floor.",
               exits={"north": "library", "east": "kitchen"}, items=["torch"]))
    g.add(Room("library", "Library", "Dusty shelves line the walls.",
               exits={"south": "hall", "up": "attic"}, items=["book", "brass key"]))
    g.add(Room("kitchen", "Kitchen", "It smells of old bread.",
               exits={"west": "hall", "down": "cellar"}, items=["knife"]))
    g.add(Room("attic", "Attic", "Low beams, a small window.",
               exits={"down": "library", "east": "pit"}))
    g.add(Room("cellar", "Cellar", "Damp and dark. A heavy door leads north.",
               exits={"up": "kitchen", "north": "vault"}, locked={"north": "brass key"}))
    g.add(Room("vault", "Vault", "Gold glitters everywhere."))
    g.add(Room("pit", "Pit", "Darkness."))
    return g


script = [
    "look", "take torch", "get lamp", "n", "take all", "i", "drop book", "look",
    "dance", "", "s", "e", "d", "go north",
]
game = build()
print("result:", game.play(script))
print("log lines:", len(game.log))

second = build()
print("result:", second.play(["n", "u", "e", "look"]))
