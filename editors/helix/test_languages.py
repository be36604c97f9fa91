"""Checks editors/helix/languages.toml and README.md without Helix (not
packaged for Debian 12), following the README as a user would:

- the README's install line runs as it is written in an empty home folder;
- the ~/.config/helix/languages.toml it leaves parses as TOML (Python's
  tomllib), Python buffers use the kiln-lsp server, its command is kiln-lsp
  and its settings are ones the server knows;
- that command, found on PATH as Helix finds it, is started and spoken to
  as Helix would: initialize with the file's config as
  initializationOptions, the file opened, the README's terminal command run
  as it is written (the leak warning must arrive through the watched .kiln
  folder), then :lsp-workspace-command kiln.run, which sends no arguments
  (the run's result and the warning again), and a clean shutdown.

    KILN_LSP=path/to/kiln-lsp python3 editors/helix/test_languages.py

kiln and kiln-prof must lie beside kiln-lsp (editors/test.sh builds them
there). Prints "helix: N passed, N failed"; exits non-zero on failure.
"""

import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
LEAK = HERE.parent / "testdata" / "leak.py"
KNOWN_SETTINGS = {"kilnPath", "runTimeout", "maxOutputBytes", "trackResources", "jit", "args"}


def frame(msg):
    body = json.dumps(msg).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def read_message(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise EOFError("kiln-lsp closed its output")
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(stream.read(length))


def readme_line(prefix):
    """The first line of the README starting with prefix, with the
    repository's path for /path/to/kiln."""
    for line in (HERE / "README.md").read_text().splitlines():
        if line.startswith(prefix):
            return line.replace("/path/to/kiln", str(REPO))
    raise AssertionError(f"no line starting with {prefix!r} in README.md")


class Client:
    """A minimal LSP client over the server's stdio: requests wait for their
    reply, notifications are kept, and the server's own requests are
    answered as Helix answers them."""

    def __init__(self, cmd, cwd, env, config):
        self.proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.config = config
        self.next_id = 0
        self.replies = {}
        self.notes = queue.Queue()
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            while True:
                msg = read_message(self.proc.stdout)
                if "method" in msg and "id" in msg:  # a request of the server
                    result = [self.config] if msg["method"] == "workspace/configuration" else None
                    self.send({"jsonrpc": "2.0", "id": msg["id"], "result": result})
                elif "method" in msg:
                    self.notes.put(msg)
                else:
                    with self.lock:
                        self.replies[msg["id"]] = msg
                        self.lock.notify_all()
        except (EOFError, ValueError, OSError):
            with self.lock:
                self.replies[None] = {"error": {"message": "kiln-lsp closed its output"}}
                self.lock.notify_all()

    def send(self, msg):
        self.proc.stdin.write(frame(msg))
        self.proc.stdin.flush()

    def notify(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def request(self, method, params=None, timeout=30):
        self.next_id += 1
        rid = self.next_id
        msg = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        deadline = time.monotonic() + timeout
        with self.lock:
            while rid not in self.replies and None not in self.replies:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no reply to {method} within {timeout} s")
                self.lock.wait(left)
            return self.replies.pop(rid, None) or self.replies[None]

    def wait_diagnostics(self, uri, pred, timeout):
        """The first publishDiagnostics of uri satisfying pred, or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                msg = self.notes.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if msg["method"] == "textDocument/publishDiagnostics" and msg["params"]["uri"] == uri \
                    and pred(msg["params"]["diagnostics"]):
                return msg["params"]["diagnostics"]
        return None


def leak_on_line_4(diags):
    return any(d["range"]["start"]["line"] == 3 and d["message"].startswith("ResourceWarning: unclosed file")
               for d in diags)


def main():
    passed, failures = 0, []

    def check(cond, what):
        nonlocal passed
        if cond:
            passed += 1
        else:
            failures.append(what)
        return cond

    kiln_lsp = os.environ.get("KILN_LSP")
    if not kiln_lsp:
        print("FAIL: KILN_LSP must name the built kiln-lsp (editors/test.sh sets it)")
        print("helix: 0 passed, 1 failed")
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="kiln-helix-"))
    home, ws = scratch / "home", scratch / "ws"
    home.mkdir()
    ws.mkdir()
    # The user's environment after `go install`: the binaries on PATH.
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CONFIG_HOME",)}
    env["HOME"] = str(home)
    env["PATH"] = str(Path(kiln_lsp).resolve().parent) + os.pathsep + env.get("PATH", "")
    client = None
    try:
        # The README's install step, as it is written.
        install = readme_line("mkdir -p ~/.config/helix && cat ")
        r = subprocess.run(["sh", "-c", install], cwd=home, env=env, capture_output=True, text=True)
        if not check(r.returncode == 0, f"the README's install line failed: {install}\n{r.stderr}"):
            raise StopIteration
        with open(home / ".config" / "helix" / "languages.toml", "rb") as f:
            conf = tomllib.load(f)
        server = conf.get("language-server", {}).get("kiln-lsp", {})
        check(server.get("command") == "kiln-lsp", f"command is {server.get('command')!r}, want 'kiln-lsp'")
        config = server.get("config", {})
        check(set(config) <= KNOWN_SETTINGS, f"unknown settings {set(config) - KNOWN_SETTINGS}")
        python = [lang for lang in conf.get("language", []) if lang.get("name") == "python"]
        check(len(python) == 1 and "kiln-lsp" in python[0].get("language-servers", []), f"python languages: {python}")

        # Start the command as Helix would: by name, on PATH.
        exe = shutil.which(server.get("command", ""), path=env["PATH"])
        if not check(exe is not None and Path(exe).resolve() == Path(kiln_lsp).resolve(),
                     f"{server.get('command')!r} on PATH is {exe}, not {kiln_lsp}"):
            raise StopIteration
        shutil.copy(LEAK, ws / "prog.py")
        uri = (ws / "prog.py").as_uri()
        client = Client([exe], ws, env, config)
        reply = client.request("initialize", {
            "processId": os.getpid(), "rootUri": ws.as_uri(), "rootPath": str(ws),
            "workspaceFolders": [{"uri": ws.as_uri(), "name": "ws"}],
            "capabilities": {"workspace": {"configuration": True, "executeCommand": {}},
                             "textDocument": {"hover": {"contentFormat": ["markdown"]}, "publishDiagnostics": {}}},
            "initializationOptions": config})
        result = reply.get("result") or {}
        check(result.get("serverInfo", {}).get("name") == "kiln-lsp", f"initialize: {reply}")
        check("hoverProvider" in result.get("capabilities", {}), "no hover")
        check("kiln.run" in result.get("capabilities", {}).get("executeCommandProvider", {}).get("commands", []),
              "kiln.run is not a workspace command")
        client.notify("initialized", {})
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "python", "version": 1, "text": LEAK.read_text()}})

        # The README's terminal command, as it is written: the server
        # watches .kiln and publishes the leak.
        run_line = readme_line("mkdir -p .kiln && kiln ")
        r = subprocess.run(["sh", "-c", run_line], cwd=ws, env=env, capture_output=True, text=True, timeout=120)
        check(r.returncode == 0 and "42538" in r.stdout, f"{run_line}: exit {r.returncode}\n{r.stdout}{r.stderr}")
        check(client.wait_diagnostics(uri, leak_on_line_4, 30) is not None,
              "no ResourceWarning on line 4 after the terminal run")

        # :lsp-workspace-command kiln.run sends no arguments.
        reply = client.request("workspace/executeCommand", {"command": "kiln.run"}, timeout=120)
        res = reply.get("result") or {}
        check(res.get("exitCode") == 0 and res.get("leaks") == 1 and "5000\n42538\n" in res.get("output", ""),
              f"kiln.run without arguments: {reply}")
        check(res.get("traceLog") == str(ws / ".kiln" / "prog.jsonl"), f"trace log {res.get('traceLog')}")
        check(client.wait_diagnostics(uri, leak_on_line_4, 30) is not None, "no ResourceWarning after kiln.run")
        hover = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                      "position": {"line": 10, "character": 6}})
        value = ((hover.get("result") or {}).get("contents") or {}).get("value", "")
        check("JIT trace IR" in value, f"hover on the loop: {hover}")

        reply = client.request("shutdown")
        check("error" not in reply, f"shutdown: {reply}")
        client.notify("exit")
        check(client.proc.wait(timeout=10) == 0, f"exit code {client.proc.returncode}")
    except StopIteration:
        pass
    except Exception as e:  # a harness error is a failure, not a traceback
        failures.append(f"{type(e).__name__}: {e}")
    finally:
        if client is not None:
            client.proc.kill()
        shutil.rmtree(scratch, ignore_errors=True)

    for f in failures:
        print("FAIL:", f)
    print(f"helix: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
