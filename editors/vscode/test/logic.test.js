// Unit tests of the extension's own logic (src/logic.ts), without VS Code.
"use strict";

const { test } = require("node:test");
const assert = require("node:assert/strict");
const logic = require("../out/logic.js");

const files = (...paths) => (p) => paths.includes(p);

test("readConfig falls back to the defaults for missing or malformed values", () => {
  const c = logic.readConfig((k) => ({ serverPath: " /opt/kiln-lsp ", runTimeout: -3, trackResources: "yes", args: ["a", 1] })[k]);
  assert.deepEqual(c, { ...logic.defaultConfig, serverPath: "/opt/kiln-lsp", args: ["a", "1"] });
  assert.deepEqual(logic.readConfig(() => undefined), logic.defaultConfig);
});

test("serverSettings uses kiln-lsp's names and leaves out empty paths and options", () => {
  assert.deepEqual(logic.serverSettings(logic.defaultConfig), { runTimeout: 30, trackResources: true, args: [] });
  assert.deepEqual(logic.serverSettings({ ...logic.defaultConfig, kilnPath: "/k/kiln", jit: "off", trackResources: false, runTimeout: 5 }),
    { runTimeout: 5, trackResources: false, args: [], kilnPath: "/k/kiln", jit: "off" });
});

test("findExecutable searches PATH in order and takes paths with a slash as they are", () => {
  const isExec = files("/b/kiln-lsp", "/c/kiln-lsp", "./rel/kiln-lsp");
  assert.equal(logic.findExecutable("kiln-lsp", "/a::/b:/c", isExec), "/b/kiln-lsp");
  assert.equal(logic.findExecutable("kiln-lsp", "", isExec), undefined);
  assert.equal(logic.findExecutable("kiln-lsp", undefined, isExec), undefined);
  assert.equal(logic.findExecutable("./rel/kiln-lsp", "/b", isExec), "./rel/kiln-lsp");
  assert.equal(logic.findExecutable("/b/other", "/b", isExec), undefined);
});

test("serverCommand explains a missing kiln-lsp with the install command", () => {
  const none = logic.serverCommand(logic.defaultConfig, "/usr/bin", files());
  assert.match(none.error, /kiln-lsp is not on PATH/);
  assert.match(none.error, /go install github\.com\/kilnpy\/kiln\/cmd\/kiln-lsp@latest/);
  assert.deepEqual(logic.serverCommand(logic.defaultConfig, "/usr/bin:/go/bin", files("/go/bin/kiln-lsp")), { command: "/go/bin/kiln-lsp", args: [] });
  assert.match(logic.readmeURL, /editors\/vscode\/README\.md#installing-kiln-lsp$/);
});

test("the README link of the missing-server message lands on a heading of this README", () => {
  const readme = require("node:fs").readFileSync(require("node:path").join(__dirname, "..", "README.md"), "utf8");
  // GitHub's anchors: lower case, spaces to hyphens, punctuation dropped.
  const anchors = [...readme.matchAll(/^#+ (.*)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-"));
  const anchor = logic.readmeURL.split("#")[1];
  assert.ok(anchors.includes(anchor), `#${anchor} is not among ${anchors.join(", ")}`);
  assert.match(readme, /go install .*github\.com\/kilnpy\/kiln\/cmd\/kiln-lsp@latest/);
});

test("rewriteLensCommand maps the server's commands to the extension's and keeps the rest", () => {
  assert.deepEqual(logic.rewriteLensCommand({ title: "▶ Run with Kiln", command: "kiln.run", arguments: ["file:///p.py"] }),
    { title: "▶ Run with Kiln", command: "kiln.runFile", arguments: ["file:///p.py"] });
  assert.deepEqual(logic.rewriteLensCommand({ title: "JIT: never hot", command: "kiln.showTrace", arguments: ["file:///p.py", 4] }),
    { title: "JIT: never hot", command: "kiln.showTraceForLoop", arguments: ["file:///p.py", 4] });
  const other = { title: "x", command: "editor.action.showReferences" };
  assert.equal(logic.rewriteLensCommand(other), other);
});

const result = { exitCode: 0, output: "5000\n", traceLog: "/w/.kiln/p.jsonl", profile: "/w/.kiln/p.pb.gz", leaks: 0, duration: "41ms" };

test("warmupSummary and statusText summarise a run", () => {
  const w = logic.warmupSummary(["▶ Run with Kiln", "Warm-up: 45 ms to steady state · 3 loops compiled · 12% of time interpreted before compilation"]);
  assert.equal(w, "45 ms to steady state · 3 loops compiled · 12% of time interpreted before compilation");
  assert.equal(logic.warmupSummary(["▶ Run with Kiln"]), undefined);
  assert.equal(logic.statusText("/w/p.py", result, w).text, "Kiln: ok · warm-up 45 ms");
  assert.equal(logic.statusText("/w/p.py", { ...result, exitCode: 1, leaks: 2 }, undefined).text, "Kiln: exit 1 · 2 leaks");
  assert.equal(logic.statusText("/w/p.py", { ...result, exitCode: -1, timedOut: true }, undefined).text, "Kiln: timed out");
  assert.equal(logic.statusText("/w/p.py", { ...result, exitCode: -1, cancelled: true }, undefined).text, "Kiln: cancelled");
  const tip = logic.statusText("/w/p.py", { ...result, leaks: 1 }, w).tooltip.split("\n");
  assert.deepEqual(tip, ["p.py: ok in 41ms", "Warm-up: " + w, "1 leaked resource", "Kiln: Open Profile shows the flame graph"]);
  assert.equal(logic.warmupSummary(["Warm-up: no loop compiled in 3.0 ms"]), "no loop compiled in 3.0 ms");
});

test("runReport shows output, outcome and where the facts went", () => {
  assert.equal(logic.runReport("/w/p.py", { ...result, leaks: 1 }),
    "$ kiln /w/p.py\n5000\n[exit 0 in 41ms]\n1 leaked resource: see the Problems panel\ntrace log: /w/.kiln/p.jsonl\nprofile: /w/.kiln/p.pb.gz\n");
  assert.equal(logic.runReport("/w/p.py", { ...result, output: "", timedOut: true, truncated: true, traceLog: "", profile: "" }),
    "$ kiln /w/p.py\n[output truncated]\n[stopped at the time limit after 41ms]\n");
});

test("trace documents carry the source URI and line through their query", () => {
  const uri = "file:///w/my%20prog.py";
  assert.deepEqual(logic.parseTraceQuery(logic.traceQuery(uri, 4)), { uri, line: 4 });
  assert.deepEqual(logic.parseTraceQuery(logic.traceQuery(uri, undefined)), { uri, line: undefined });
  assert.equal(logic.parseTraceQuery("line=3"), undefined);
  assert.equal(logic.parseTraceQuery("uri=x&line=1.5").line, undefined);
  assert.equal(logic.traceTitle("/w/prog.py", 4), "prog.py, line 5.jit");
  assert.equal(logic.traceTitle("/w/prog.py", undefined), "prog.py (all loops).jit");
});

test("kiln-prof is found from the setting, beside kiln, or on PATH, and serves the flame graph", () => {
  const c = logic.defaultConfig;
  assert.equal(logic.profPathFor(c, "/k/kiln", "/usr/bin", files("/k/kiln-prof", "/usr/bin/kiln-prof")), "/k/kiln-prof");
  assert.equal(logic.profPathFor(c, "/k/kiln", "/usr/bin", files("/usr/bin/kiln-prof")), "/usr/bin/kiln-prof");
  assert.equal(logic.profPathFor({ ...c, profPath: "/x/kp" }, "/k/kiln", "", files("/x/kp", "/k/kiln-prof")), "/x/kp");
  assert.equal(logic.profPathFor(c, undefined, "", files()), undefined);
  assert.deepEqual(logic.profileCommand("/k/kiln-prof", 8123, "/w/.kiln/p.pb.gz", "/w/.kiln/p.jsonl"), {
    command: "/k/kiln-prof",
    args: ["-http=127.0.0.1:8123", "-no_browser", "--log", "/w/.kiln/p.jsonl", "/w/.kiln/p.pb.gz"],
    url: "http://127.0.0.1:8123/ui/flamegraph",
  });
  assert.deepEqual(logic.profileCommand("kp", 1, "p.pb.gz", undefined).args, ["-http=127.0.0.1:1", "-no_browser", "p.pb.gz"]);
});

test("the last run's files are found where kiln.run writes them", () => {
  assert.equal(logic.defaultTraceLog("/w", "/w/src/prog.py"), "/w/.kiln/prog.jsonl");
  assert.equal(logic.defaultTraceLog(undefined, "/w/src/prog.py"), "/w/src/.kiln/prog.jsonl");
  assert.equal(logic.profileForLog("/w/.kiln/prog.jsonl"), "/w/.kiln/prog.pb.gz");
  assert.equal(logic.profileForLog("/w.d/.kiln/prog"), "/w.d/.kiln/prog.pb.gz");
});

test("package.json contributes every command and setting the extension reads", () => {
  const pkg = require("../package.json");
  const commands = pkg.contributes.commands.map((c) => c.command).sort();
  assert.deepEqual(commands, Object.values(logic.extensionCommands).sort());
  const titles = pkg.contributes.commands.map((c) => `${c.category}: ${c.title}`).sort();
  assert.deepEqual(titles, ["Kiln: Open Profile", "Kiln: Run File with Runtime Insights", "Kiln: Show JIT Trace for Loop"]);
  const settings = Object.keys(pkg.contributes.configuration.properties).sort();
  assert.deepEqual(settings, Object.keys(logic.defaultConfig).map((k) => "kiln." + k).sort());
  for (const [k, v] of Object.entries(logic.defaultConfig)) {
    assert.deepEqual(pkg.contributes.configuration.properties["kiln." + k].default, v, k);
  }
  assert.equal(pkg.devDependencies["@types/vscode"], pkg.engines.vscode.replace("^", ""));
});
