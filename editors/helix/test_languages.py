"""Checks editors/helix/languages.toml without Helix (not packaged for
Debian 12): it parses as TOML (Python's tomllib), Python buffers use the
kiln-lsp server, its command is the kiln-lsp binary, and the server starts
and accepts the config as initializationOptions over stdio.

    KILN_LSP=path/to/kiln-lsp python3 editors/helix/test_languages.py

Prints "helix: N passed, N failed"; exits non-zero on failure.
"""

import json
import os
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
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


def main():
    passed, failures = 0, []

    def check(cond, what):
        nonlocal passed
        if cond:
            passed += 1
        else:
            failures.append(what)

    with open(os.path.join(HERE, "languages.toml"), "rb") as f:
        conf = tomllib.load(f)
    server = conf.get("language-server", {}).get("kiln-lsp", {})
    check(server.get("command") == "kiln-lsp", f"command is {server.get('command')!r}, want 'kiln-lsp'")
    check(set(server.get("config", {})) <= KNOWN_SETTINGS, f"unknown settings {set(server.get('config', {})) - KNOWN_SETTINGS}")
    python = [lang for lang in conf.get("language", []) if lang.get("name") == "python"]
    check(len(python) == 1 and "kiln-lsp" in python[0].get("language-servers", []), f"python languages: {python}")

    # Start the command (from $KILN_LSP, standing in for PATH) as Helix would.
    exe = os.environ.get("KILN_LSP") or server.get("command")
    check(os.path.basename(exe) == server.get("command"), f"{exe} is not the named command")
    proc = subprocess.Popen([exe], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        proc.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "processId": os.getpid(), "rootUri": None, "capabilities": {},
            "initializationOptions": server.get("config")}}))
        proc.stdin.flush()
        reply = read_message(proc.stdout)
        check(reply.get("result", {}).get("serverInfo", {}).get("name") == "kiln-lsp", f"initialize: {reply}")
        check("hoverProvider" in reply.get("result", {}).get("capabilities", {}), "no hover")
        for msg in ({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}, {"jsonrpc": "2.0", "method": "exit"}):
            proc.stdin.write(frame(msg))
            proc.stdin.flush()
            if "id" in msg:
                read_message(proc.stdout)
        check(proc.wait(timeout=10) == 0, f"exit code {proc.returncode}")
    finally:
        proc.kill()

    for f in failures:
        print("FAIL:", f)
    print(f"helix: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
