"""A todo-list command interpreter reading commands from standard input."""
import sys


class Task:
    def __init__(self, tid, title, priority=2, tags=()):
        self.id = tid
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.done = False

    def __str__(self):
        box = "x" if self.done else " "
        tags = " " + " ".join("#" + t for t in sorted(self.tags)) if self.tags else ""
        return f"[{box}] {self.id:>2} p{self.priority} {self.title}{tags}"


class TodoApp:
    def __init__(self):
        self.tasks = {}
        self.next_id = 1
        self.undo_stack = []

    def cmd_add(self, args):
        """add [!N] title words #tag ... : add a task (priority N, default 2)"""
        priority = 2
        words = []
        tags = []
        for w in args:
            if w.startswith("!") and w[1:].isdigit():
                priority = int(w[1:])
            elif w.startswith("#") and len(w) > 1:
                tags.append(w[1:].lower())
            else:
                words.append(w)
        if not words:
            return "error: empty title"
        t = Task(self.next_id, " ".join(words), priority, tags)
        self.tasks[t.id] = t
        self.next_id += 1
        self.undo_stack.append(("remove", t.id))
        return f"added {t.id}"

    def _task(self, args):
        if not args or not args[0].isdigit():
            raise LookupError("need a task id")
        tid = int(args[0])
        if tid not in self.tasks:
            raise LookupError(f"no task {tid}")
        return self.tasks[tid]

    def cmd_done(self, args):
        """done ID : mark a task done"""
        t = self._task(args)
        if t.done:
            return f"task {t.id} already done"
        t.done = True
        self.undo_stack.append(("undone", t.id))
        return f"completed {t.id}: {t.title}"

    def cmd_rm(self, args):
        """rm ID : delete a task"""
        t = self._task(args)
        del self.tasks[t.id]
        self.undo_stack.append(("restore", t))
        return f"removed {t.id}"

    def cmd_undo(self, args):
        """undo : revert the last change"""
        if not self.undo_stack:
            return "nothing to undo"
        action, payload = self.undo_stack.pop()
        if action == "remove":
            del self.tasks[payload]
        elif action == "undone":
            self.tasks[payload].done = False
        else:
            self.tasks[payload.id] = payload
        return f"undid {action}"

    def cmd_list(self, args):
        """list [all|done|#tag] : show tasks by priority"""
        flt = args[0] if args else "open"
        tasks = sorted(self.tasks.values(), key=lambda t: (t.priority, t.id))
        if flt == "open":
            tasks = [t for t in tasks if not t.done]
        elif flt == "done":
            tasks = [t for t in tasks if t.done]
        elif flt.startswith("#"):
            tasks = [t for t in tasks if flt[1:] in t.tags]
        return "\n".join(map(str, tasks)) if tasks else "(no tasks)"

    def cmd_stats(self, args):
        """stats : counts by state and tag"""
        done = sum(t.done for t in self.tasks.values())
        tags = {}
        for t in self.tasks.values():
            for tag in t.tags:
                tags[tag] = tags.get(tag, 0) + 1
        tag_text = ", ".join(f"{k}={v}" for k, v in sorted(tags.items()))
        return f"{len(self.tasks)} tasks, {done} done, {len(self.tasks) - done} open; tags: {tag_text or '-'}"

    def cmd_help(self, args):
        """help : this text"""
        names = sorted(n[4:] for n in dir(self) if n.startswith("cmd_"))
        return "\n".join("  " + getattr(self, "cmd_" + n).__doc__ for n in names)

    def execute(self, line):
        parts = line.split()
        if not parts or parts[0].startswith("//"):
            return None
        handler = getattr(self, "cmd_" + parts[0].lower(), None)
        if handler is None:
            return f"unknown command {parts[0]!r} (try help)"
        try:
            return handler(parts[1:])
        except LookupError as e:
            return f"error: {e}"


app = TodoApp()
for n, line in enumerate(sys.stdin, 1):
    line = line.strip()
    result = app.execute(line)
    if result is not None:
        print(f"{n:02d}> {line}")
        for out in result.splitlines():
            print("    " + out)
print("bye:", app.cmd_stats([]))
