// The packaged extension itself, activated as VS Code would activate it,
// with the real kiln-lsp, kiln and kiln-prof. VS Code cannot run on the
// build machines, so `vscode` is test/fake-vscode.js; everything else is
// what a user installs: dist/extension.js as built (vscode-languageclient
// bundled in it), taken from the unpacked .vsix when
// KILN_VSCODE_EXTENSION names it (editors/test.sh unpacks it as
// `code --install-extension` would), else from this folder.
"use strict";

const { describe, it, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const Module = require("node:module");
const { createHost, Position, CancellationTokenSource } = require("./fake-vscode.js");
const { testdata, within, required } = require("./session.js");

const extensionDir = process.env.KILN_VSCODE_EXTENSION || path.join(__dirname, "..");
const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, "package.json"), "utf8"));
const readmeURL = "https://github.com/kilnpy/kiln/blob/main/editors/vscode/README.md#installing-kiln-lsp";

/** load requires a fresh copy of the extension's main module with `vscode` = host.vscode. */
function load(host) {
  const main = require.resolve(path.join(extensionDir, manifest.main));
  delete require.cache[main];
  const realLoad = Module._load;
  Module._load = function (request, ...rest) {
    return request === "vscode" ? host.vscode : realLoad.call(this, request, ...rest);
  };
  try {
    return require(main);
  } finally {
    Module._load = realLoad;
  }
}

function context(dir) {
  return { subscriptions: [], extensionPath: dir, extensionUri: { fsPath: dir }, globalState: { get: () => undefined, update: async () => {} },
    workspaceState: { get: () => undefined, update: async () => {} }, storagePath: undefined, logPath: os.tmpdir(), asAbsolutePath: (p) => path.join(dir, p) };
}

function workspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-vscode-host-"));
  fs.copyFileSync(path.join(testdata, "leak.py"), path.join(ws, "leak.py"));
  return ws;
}

/** poll resolves when pred() is truthy. */
function poll(pred, ms, what) {
  return within(new Promise((resolve) => {
    const tick = () => { const v = pred(); if (v) resolve(v); else setTimeout(tick, 20); };
    tick();
  }), ms, what);
}

const token = () => new CancellationTokenSource().token;

describe("the packaged extension in a stand-in VS Code", () => {
  let ws, host, ext, doc, ctx;
  const settings = () => ({ serverPath: required("KILN_LSP"), kilnPath: required("KILN"), profPath: required("KILN_PROF"),
    runTimeout: 120, jit: "", trackResources: true, args: [] });

  before(async () => {
    ws = workspace();
    host = createHost({ settings: settings(), folder: ws });
    doc = await host.openEditor(path.join(ws, "leak.py"), 10);
    ext = load(host);
    ctx = context(extensionDir);
    await within(ext.activate(ctx), 30000, "activate");
  });
  after(async () => {
    if (ext) await within(Promise.resolve(ext.deactivate()), 10000, "deactivate").catch(() => {});
    for (const d of ctx ? ctx.subscriptions : []) d.dispose();
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  it("activates for Python files and starts kiln-lsp from kiln.serverPath", () => {
    assert.deepEqual(manifest.activationEvents, ["onLanguage:python"]);
    assert.deepEqual(host.rec.errors, []);
    // The extension's three commands; the language client adds the
    // server's own (kiln.run, kiln.showTrace), which the lenses no longer use.
    for (const c of manifest.contributes.commands.map((c) => c.command)) assert.ok(host.rec.commands.has(c), `${c} not registered`);
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), ["kiln.openProfile", "kiln.runFile", "kiln.showTraceForLoop"]);
    const lens = host.rec.providers.codeLens;
    assert.equal(lens.length, 1, "one code lens provider, the language client's");
    assert.deepEqual(lens[0].selector.map((s) => [s.scheme, s.language]), [["file", "python"]]);
    assert.equal(host.rec.status.command, "kiln.openProfile");
  });

  it("sends code lens clicks to the extension's commands", async () => {
    const lenses = await within(Promise.resolve(host.rec.providers.codeLens[0].provider.provideCodeLenses(doc, token())), 10000, "codeLens");
    const run = lenses.find((l) => l.command && l.command.title === "▶ Run with Kiln");
    assert.ok(run, JSON.stringify(lenses));
    assert.equal(run.command.command, "kiln.runFile");
  });

  it("Kiln: Run File with Runtime Insights shows progress, output, the leak and the warm-up in the status bar", async () => {
    await within(host.rec.commands.get("kiln.runFile")(), 120000, "kiln.runFile");
    assert.match(host.rec.progress[0].opts.title, /^Kiln: running leak\.py$/);
    assert.equal(host.rec.progress[0].opts.cancellable, true);
    assert.match(host.rec.output, /^\$ kiln .*leak\.py\n[^]*5000\n42538\n[^]*\[exit 0 in [^\]]+\]\n1 leaked resource: see the Problems panel\n/);
    assert.match(host.rec.status.text, /^Kiln: ok · 1 leak · warm-up [\d.]+ ms$/);
    assert.ok(host.rec.status.visible, "status bar item hidden");
    assert.match(host.rec.status.tooltip, /^leak\.py: ok in .*\nWarm-up: [\d.]+ ms to steady state · 1 loop compiled/);
    assert.deepEqual(host.rec.warnings.map((w) => w.msg), ["1 leaked resource (ResourceWarning)"]);
    const diags = await poll(() => { const d = host.rec.diagnostics.get(doc.uri.toString()); return d && d.length > 0 && d; }, 20000, "diagnostics");
    assert.equal(diags.length, 1);
    assert.equal(diags[0].range.start.line, 3);
    assert.equal(diags[0].severity, host.vscode.DiagnosticSeverity.Warning);
    assert.match(diags[0].message, /^ResourceWarning: unclosed file/);
  });

  it("hovers the loop with its trace IR", async () => {
    const h = await host.rec.providers.hover[0].provider.provideHover(doc, new Position(10, 6), token());
    const text = h.contents.map((c) => c.value ?? String(c)).join("\n");
    assert.match(text, /JIT trace IR/);
    assert.match(text, /int_mul_ovf/);
  });

  it("Kiln: Show JIT Trace for Loop opens the trace read-only beside the code", async () => {
    host.rec.shown.length = 0;
    await host.rec.commands.get("kiln.showTraceForLoop")();
    assert.equal(host.rec.shown.length, 1);
    const { doc: trace, opts } = host.rec.shown[0];
    assert.equal(opts.viewColumn, host.vscode.ViewColumn.Beside);
    assert.equal(opts.preserveFocus, true);
    assert.equal(trace.uri.scheme, "kiln-trace");
    assert.equal(trace.readOnly, true, "not a content provider's (read-only) document");
    assert.equal(trace.uri.path, "/leak.py, line 11.jit");
    assert.match(trace.getText(), /^# line 11: JIT: compiled after \d+ iterations/);
    // The JIT lens of the loop opens the same trace.
    const lenses = await host.rec.providers.codeLens[0].provider.provideCodeLenses(doc, token());
    const jit = lenses.find((l) => l.range.start.line === 10 && /^JIT: compiled/.test(l.command.title));
    assert.ok(jit, JSON.stringify(lenses.map((l) => l.command.title)));
    assert.equal(jit.command.command, "kiln.showTraceForLoop");
    await host.rec.commands.get(jit.command.command)(...jit.command.arguments);
    assert.equal(host.rec.shown[1].doc.uri.path, "/leak.py, line 11.jit");
  });

  it("Kiln: Open Profile starts kiln-prof -http on the last profile and opens its flame graph", async () => {
    await within(host.rec.commands.get("kiln.openProfile")(), 30000, "kiln.openProfile");
    const url = host.rec.opened.find((u) => u.startsWith("http://127.0.0.1:"));
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/ui\/flamegraph$/);
    assert.match(host.rec.output, new RegExp(`kiln-prof -http=127\\.0\\.0\\.1:\\d+ -no_browser --log ${ws}/\\.kiln/leak\\.jsonl ${ws}/\\.kiln/leak\\.pb\\.gz`));
    const page = await (await fetch(url)).text();
    assert.match(page, /leak\.py/);
  });

  it("sends changed settings to kiln-lsp: kiln.trackResources off", async () => {
    // With tracking, the program's output has the warning and its
    // allocation traceback; without, kiln prints neither.
    assert.match(host.rec.output, /ResourceWarning: unclosed file[^]*Created at \(most recent call last\)/);
    host.rec.output = "";
    host.changeSettings({ trackResources: false });
    await within(host.rec.commands.get("kiln.runFile")(), 120000, "kiln.runFile");
    assert.match(host.rec.output, /^\$ kiln .*leak\.py\n5000\n42538\n\[exit 0 in /);
    assert.doesNotMatch(host.rec.output, /ResourceWarning|Created at/);
  });
});

describe("the packaged extension without kiln-lsp", () => {
  for (const [what, serverPath, pathEnv, expected] of [
    ["kiln.serverPath names no file", "/nonexistent/kiln-lsp", process.env.PATH, 'the setting kiln.serverPath names "/nonexistent/kiln-lsp"'],
    ["kiln-lsp is not on PATH", "", "/nonexistent", "kiln-lsp is not on PATH"],
  ]) {
    it(`says how to install it, with a link to the README (${what})`, async () => {
      const ws = workspace();
      const host = createHost({ settings: { serverPath }, folder: ws, answers: { "Kiln: cannot start": "Open README" } });
      await host.openEditor(path.join(ws, "leak.py"), 0);
      const ext = load(host);
      const savedPath = process.env.PATH;
      process.env.PATH = pathEnv;
      try {
        await within(ext.activate(context(extensionDir)), 10000, "activate");
      } finally {
        process.env.PATH = savedPath;
        fs.rmSync(ws, { recursive: true, force: true });
      }
      assert.equal(host.rec.errors.length, 1, JSON.stringify(host.rec.errors));
      assert.ok(host.rec.errors[0].msg.includes(expected), host.rec.errors[0].msg);
      assert.match(host.rec.errors[0].msg, /go install github\.com\/kilnpy\/kiln\/cmd\/kiln-lsp@latest/);
      assert.deepEqual(host.rec.errors[0].items, ["Open README", "Open Settings"]);
      assert.deepEqual(host.rec.opened, [readmeURL]);
      await ext.deactivate();
    });
  }
});
