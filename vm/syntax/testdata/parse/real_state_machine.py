import enum
from typing import Callable, ClassVar


class State(enum.Enum):
    IDLE = enum.auto()
    RUNNING = enum.auto()
    PAUSED = enum.auto()
    DONE = enum.auto()


type Handler = Callable[["Machine", str], State | None]


class Machine:
    transitions: ClassVar[dict[tuple[State, str], State]] = {
        (State.IDLE, "start"): State.RUNNING,
        (State.RUNNING, "pause"): State.PAUSED,
        (State.PAUSED, "resume"): State.RUNNING,
        (State.RUNNING, "finish"): State.DONE,
    }

    def __init__(self):
        self.state = State.IDLE
        self.history: list[State] = []
        self._hooks: dict[State, list[Handler]] = {}

    def on(self, state: State):
        def register(fn: Handler) -> Handler:
            self._hooks.setdefault(state, []).append(fn)
            return fn
        return register

    def send(self, event: str) -> State:
        key = (self.state, event)
        if key not in self.transitions:
            raise ValueError(f"bad event {event!r} in state {self.state.name}")
        self.history.append(self.state)
        self.state = self.transitions[key]
        for hook in self._hooks.get(self.state, ()):
            if (forced := hook(self, event)) is not None:
                self.state = forced
        return self.state

    def __str__(self):
        trail = " -> ".join(s.name for s in [*self.history, self.state])
        return f"<Machine {trail}>"


m = Machine()

@m.on(State.DONE)
def announce(machine, event):
    print("finished after", len(machine.history), "steps")

for ev in "start pause resume finish".split():
    m.send(ev)
print(m)
