// End-to-end: the real kiln-lsp driven as the extension drives it, through
// vscode-languageserver-protocol over stdio. The settings, lens rewriting,
// warm-up status and kiln-prof command line come from the extension's own
// modules (out/logic.js, out/net.js), so what is checked here is what the
// extension sends and reads.
"use strict";

const { describe, it, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const logic = require("../out/logic.js");
const { freePort, waitForHTTP } = require("../out/net.js");
const { rpc, startSession, waitDiagnostics, openLeak, stopSession, required, within } = require("./session.js");

describe("kiln-lsp as the VS Code extension uses it", () => {
  let s;
  let run;
  // The real kiln: leak.py leaks a file on line 4 and has a loop the JIT
  // compiles on line 11; every fact below comes from what the run wrote.
  const settings = logic.serverSettings({ ...logic.defaultConfig, kilnPath: required("KILN"), runTimeout: 120 });

  before(async () => {
    s = await startSession(settings);
    await openLeak(s);
  });
  after(async () => { if (s) s.proc.kill(); });

  it("declares what the extension uses", () => {
    const caps = s.init.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.codeLensProvider, "codeLensProvider");
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ["quickfix"]);
    for (const c of Object.values(logic.serverCommands)) {
      assert.ok(caps.executeCommandProvider.commands.includes(c), `command ${c} not declared`);
    }
    assert.equal(s.init.serverInfo.name, "kiln-lsp");
  });

  it("offers ▶ Run with Kiln before any run, rewritten to the extension's command", async () => {
    await waitDiagnostics(s, () => true, 10000, "first diagnostics");
    const lenses = await s.conn.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri: s.uri } });
    const runLens = lenses.find((l) => l.command.title === "▶ Run with Kiln" && l.range.start.line === 0);
    assert.ok(runLens, JSON.stringify(lenses));
    assert.equal(runLens.command.command, logic.serverCommands.run);
    const rewritten = logic.rewriteLensCommand(runLens.command);
    assert.equal(rewritten.command, logic.extensionCommands.run);
    assert.deepEqual(rewritten.arguments, [s.uri]);
    assert.ok(lenses.some((l) => l.command.title === "▶ Run with Kiln" && l.range.start.line === 14), "no run lens on the __main__ guard");
  });

  it("runs the file with kiln.run, reporting progress on the extension's token", async () => {
    run = await within(s.conn.sendRequest(rpc.ExecuteCommandRequest.type,
      { command: logic.serverCommands.run, arguments: [s.uri], workDoneToken: "kiln-run-1" }), 120000, "kiln.run");
    assert.equal(run.exitCode, 0, s.stderr());
    assert.ok(run.output.includes("5000\n42538\n"), run.output);
    assert.match(run.output, /ResourceWarning: unclosed file/);
    assert.equal(run.leaks, 1);
    assert.equal(run.traceLog, logic.defaultTraceLog(s.ws, path.join(s.ws, "leak.py")));
    const kinds = s.progress.filter((p) => p.token === "kiln-run-1").map((p) => p.value.kind);
    assert.equal(kinds[0], "begin");
    assert.equal(kinds[kinds.length - 1], "end");
    // The server asks for the lenses again, without waiting for the reply.
    await within(new Promise((resolve) => {
      const poll = () => (s.lensRefreshes > 0 ? resolve() : setTimeout(poll, 20));
      poll();
    }), 20000, "workspace/codeLens/refresh after the run");
  });

  it("publishes the ResourceWarning at the allocating line", async () => {
    const d = await waitDiagnostics(s, (ds) => ds.length > 0, 20000, "leak diagnostic");
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 3);
    assert.equal(d[0].severity, rpc.DiagnosticSeverity.Warning);
    assert.match(d[0].message, /^ResourceWarning: unclosed file/);
    assert.equal(d[0].source, "kiln");
  });

  it("shows the run's JIT facts and warm-up as code lenses, and the status bar summary", async () => {
    const lenses = await s.conn.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri: s.uri } });
    const titles = lenses.map((l) => `${l.range.start.line + 1}: ${l.command.title}`);
    const loop = lenses.find((l) => l.range.start.line === 10 && /^JIT: compiled after \d+ iterations in [\d.]+ ms/.test(l.command.title));
    assert.ok(loop, titles.join("\n"));
    assert.deepEqual(logic.rewriteLensCommand(loop.command), { ...loop.command, command: logic.extensionCommands.showTrace, arguments: [s.uri, 10] });
    assert.ok(lenses.some((l) => l.range.start.line === 4 && l.command.title.startsWith("JIT: not compiled")), titles.join("\n"));
    const warmup = logic.warmupSummary(lenses.map((l) => l.command.title));
    assert.match(warmup, /^[\d.]+ ms to steady state · 1 loop compiled/);
    const st = logic.statusText(path.join(s.ws, "leak.py"), run, warmup);
    assert.match(st.text, /^Kiln: ok · 1 leak · warm-up [\d.]+ ms$/);
  });

  it("hovers the loop header with the trace IR", async () => {
    const h = await s.conn.sendRequest(rpc.HoverRequest.type, { textDocument: { uri: s.uri }, position: { line: 10, character: 6 } });
    assert.equal(h.contents.kind, "markdown");
    assert.match(h.contents.value, /JIT trace IR/);
    assert.match(h.contents.value, /int_mul_ovf/);
    assert.match(h.contents.value, /# 12: total = \(total \+ i \* i\) % 1000003/);
  });

  it("returns the loop's trace for the read-only trace editor (kiln.showTrace)", async () => {
    const q = logic.parseTraceQuery(logic.traceQuery(s.uri, 10));
    const text = await s.conn.sendRequest(rpc.ExecuteCommandRequest.type, { command: logic.serverCommands.showTrace, arguments: [q.uri, q.line] });
    assert.match(text, /^# line 11: JIT: compiled after \d+ iterations/);
    assert.match(text, /# Loop 1\n/);
    await assert.rejects(s.conn.sendRequest(rpc.ExecuteCommandRequest.type,
      { command: logic.serverCommands.showTrace, arguments: [s.uri.replace("leak.py", "other.py")] }), /run it with kiln\.run first/);
  });

  it("offers the with-statement quick fix for the leak", async () => {
    const diag = s.diagnostics.get(s.uri)[0];
    const actions = await s.conn.sendRequest(rpc.CodeActionRequest.type,
      { textDocument: { uri: s.uri }, range: diag.range, context: { diagnostics: [diag] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, "quickfix");
    const edits = Object.values(actions[0].edit.changes ?? {}).flat()
      .concat((actions[0].edit.documentChanges ?? []).flatMap((c) => c.edits ?? []));
    assert.ok(edits.some((e) => e.newText.includes('with open(path, "w") as f:')), JSON.stringify(actions[0].edit));
  });

  it("takes changed settings (didChangeConfiguration) and keeps serving", async () => {
    const next = logic.serverSettings({ ...logic.defaultConfig, kilnPath: required("KILN"), runTimeout: 120, trackResources: false, jit: "threshold=1" });
    await s.conn.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: { kiln: next } });
    const argsFile = path.join(s.ws, "args");
    // Record kiln.run's arguments through a shell wrapper around kiln.
    const wrapper = path.join(s.ws, "kiln-args");
    fs.writeFileSync(wrapper, `#!/bin/sh\necho "$@" > '${argsFile}'\nexec '${required("KILN")}' "$@"\n`, { mode: 0o755 });
    await s.conn.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: { kiln: { ...next, kilnPath: wrapper } } });
    const r = await within(s.conn.sendRequest(rpc.ExecuteCommandRequest.type, { command: logic.serverCommands.run, arguments: [s.uri] }), 120000, "kiln.run");
    assert.equal(r.exitCode, 0);
    const args = fs.readFileSync(argsFile, "utf8");
    assert.ok(!args.includes("track-resources"), args);
    assert.ok(args.includes("--jit threshold=1"), args);
  });

  it("shuts down with exit code 0", async () => {
    assert.equal(await stopSession(s), 0);
    s = undefined;
  });
});

describe("kiln.run with the real kiln", () => {
  let s;
  before(async () => {
    s = await startSession(logic.serverSettings({ ...logic.defaultConfig, kilnPath: required("KILN"), runTimeout: 120 }));
    await openLeak(s);
  });
  after(async () => { if (s) await stopSession(s); });

  it("runs leak.py and writes the trace log", async () => {
    const r = await within(s.conn.sendRequest(rpc.ExecuteCommandRequest.type,
      { command: logic.serverCommands.run, arguments: [s.uri] }), 120000, "kiln.run");
    assert.equal(r.exitCode, 0, r.output);
    assert.ok(r.output.includes("5000\n42538\n"), r.output);
    assert.ok(fs.existsSync(r.traceLog), r.traceLog);
    s.run = r;
  });

  it("serves the profile with kiln-prof -http (Kiln: Open Profile)", async () => {
    const prof = required("KILN_PROF");
    assert.ok(s.run, "no run");
    assert.equal(s.run.profile, logic.profileForLog(s.run.traceLog));
    assert.ok(fs.existsSync(s.run.profile), `kiln.run wrote no profile at ${s.run.profile}`);
    const cmd = logic.profileCommand(prof, await freePort(), s.run.profile, s.run.traceLog);
    const child = spawn(cmd.command, cmd.args, { stdio: "ignore" });
    let died;
    child.on("exit", (code) => { died = `kiln-prof exited with ${code}`; });
    try {
      await waitForHTTP(cmd.url, 20000, () => died);
      const page = await (await fetch(cmd.url)).text();
      // pprof's page for this profile: a short run may have no samples, so
      // the profile's name is checked, not function names.
      assert.match(page, /<title>[^<]* cpu<\/title>/);
      assert.match(page, /leak\.py/);
    } finally {
      child.kill();
    }
  });
  it("stops a run at kiln.runTimeout and passes kiln.args to the program", async () => {
    const spin = path.join(s.ws, "spin.py");
    fs.writeFileSync(spin, "import sys\nprint(sys.argv[1:], flush=True)\nwhile True:\n    pass\n");
    const settings = logic.serverSettings({ ...logic.defaultConfig, kilnPath: required("KILN"), runTimeout: 1, args: ["a b", "c"] });
    await s.conn.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: { kiln: settings } });
    const started = Date.now();
    const r = await within(s.conn.sendRequest(rpc.ExecuteCommandRequest.type,
      { command: logic.serverCommands.run, arguments: [pathToFileURL(spin).href] }), 60000, "kiln.run of a program that never ends");
    assert.equal(r.timedOut, true, JSON.stringify(r));
    assert.ok(Date.now() - started < 30000, `the run took ${Date.now() - started} ms`);
    assert.match(r.output, /^\['a b', 'c'\]\n/);
    assert.equal(logic.statusText(spin, r, undefined).text, "Kiln: timed out");
    assert.match(logic.runReport(spin, r), /\[stopped at the time limit after [\d.]+m?s\]/);
  });
});

describe("without kiln-lsp", () => {
  it("explains how to install it", () => {
    const r = logic.serverCommand({ ...logic.defaultConfig, serverPath: "/nonexistent/kiln-lsp" }, process.env.PATH, (p) => fs.existsSync(p));
    assert.match(r.error, /kiln.serverPath names "\/nonexistent\/kiln-lsp"/);
    const found = logic.serverCommand({ ...logic.defaultConfig, serverPath: required("KILN_LSP") }, "", (p) => fs.existsSync(p));
    assert.equal(found.command, required("KILN_LSP"));
  });
});
