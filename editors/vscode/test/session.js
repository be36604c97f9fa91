// A language-client session for the end-to-end tests: starts kiln-lsp over
// stdio and talks to it with vscode-languageserver-protocol, the library
// vscode-languageclient is built on (same framing, same typed requests),
// announcing the client capabilities the extension relies on.
"use strict";

const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const rpc = require("vscode-languageserver-protocol/node");

const testdata = path.resolve(__dirname, "..", "..", "testdata");

function required(name) {
  const v = process.env[name];
  const binary = { KILN_LSP: "kiln-lsp", KILN: "kiln", KILN_PROF: "kiln-prof" }[name] ?? name;
  if (!v) throw new Error(`${name} must name the built ${binary} binary (editors/test.sh sets it)`);
  return v;
}

/** within rejects when p takes longer than ms. */
function within(p, ms, what) {
  let timer;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms); }),
  ]);
}

/**
 * startSession copies leak.py into a fresh workspace, starts kiln-lsp and
 * initializes it with settings (the extension's serverSettings output).
 */
async function startSession(settings, env = {}) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-vscode-"));
  fs.copyFileSync(path.join(testdata, "leak.py"), path.join(ws, "leak.py"));
  const proc = spawn(required("KILN_LSP"), [], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let stderr = "";
  proc.stderr.on("data", (b) => { stderr += b.toString(); });
  const exited = new Promise((resolve) => proc.on("exit", (code) => resolve(code)));
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const s = {
    ws, proc, conn, exited,
    stderr: () => stderr,
    diagnostics: new Map(), // uri -> latest diagnostics
    diagWaiters: [],
    progress: [],
    lensRefreshes: 0,
    uri: pathToFileURL(path.join(ws, "leak.py")).href,
  };
  conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    s.diagnostics.set(p.uri, p.diagnostics);
    s.diagWaiters = s.diagWaiters.filter((w) => !w());
  });
  conn.onNotification("$/progress", (p) => { s.progress.push(p); });
  conn.onRequest(rpc.WorkDoneProgressCreateRequest.type, () => null);
  conn.onRequest(rpc.CodeLensRefreshRequest.type, () => { s.lensRefreshes++; return null; });
  conn.listen();
  s.init = await within(conn.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(ws).href,
    workspaceFolders: [{ uri: pathToFileURL(ws).href, name: "ws" }],
    initializationOptions: settings,
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { codeLens: { refreshSupport: true }, configuration: true },
      textDocument: { hover: { contentFormat: ["markdown", "plaintext"] }, codeLens: {}, publishDiagnostics: { relatedInformation: true } },
    },
  }), 10000, "initialize");
  await conn.sendNotification(rpc.InitializedNotification.type, {});
  return s;
}

/** waitDiagnostics resolves when pred holds for the document's diagnostics. */
function waitDiagnostics(s, pred, ms, what) {
  return within(new Promise((resolve) => {
    const check = () => {
      const d = s.diagnostics.get(s.uri);
      if (d !== undefined && pred(d)) { resolve(d); return true; }
      return false;
    };
    if (!check()) s.diagWaiters.push(check);
  }), ms, what);
}

async function openLeak(s) {
  const text = fs.readFileSync(path.join(s.ws, "leak.py"), "utf8");
  await s.conn.sendNotification(rpc.DidOpenTextDocumentNotification.type,
    { textDocument: { uri: s.uri, languageId: "python", version: 1, text } });
}

async function stopSession(s) {
  try {
    await within(s.conn.sendRequest(rpc.ShutdownRequest.type), 5000, "shutdown");
    await s.conn.sendNotification(rpc.ExitNotification.type);
    return await within(s.exited, 5000, "exit");
  } finally {
    s.conn.dispose();
    s.proc.kill();
    fs.rmSync(s.ws, { recursive: true, force: true });
  }
}

module.exports = { rpc, testdata, within, startSession, waitDiagnostics, openLeak, stopSession, required };
