// The VS Code extension: starts kiln-lsp for Python files through
// vscode-languageclient and adds what a bare LSP client lacks: running the
// file with its output, progress and a status-bar summary, the JIT trace
// of a loop in a read-only editor beside the code, and the profile's
// flame graph through kiln-prof. The decisions live in logic.ts, which
// tests can load without VS Code; this file only wires them to the editor.

import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as vscode from "vscode";
import {
  CodeLensRequest,
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  WorkDoneProgress,
} from "vscode-languageclient/node";
import {
  defaultTraceLog,
  extensionCommands,
  type KilnConfig,
  parseTraceQuery,
  profileCommand,
  profileForLog,
  profPathFor,
  readConfig,
  readmeURL,
  rewriteLensCommand,
  type RunResult,
  runReport,
  serverCommand,
  serverCommands,
  serverSettings,
  statusText,
  traceQuery,
  traceScheme,
  traceTitle,
  warmupSummary,
} from "./logic";
import { freePort, waitForHTTP } from "./net";

let client: LanguageClient | undefined;
let serverPath: string | undefined;
let output: vscode.OutputChannel; // runs and kiln-prof
let serverLog: vscode.LogOutputChannel; // the language client's log
let status: vscode.StatusBarItem;
let profServer: ChildProcess | undefined;
let lastRun: { file: string; result: RunResult } | undefined;
let runCount = 0;
const traceChanged = new vscode.EventEmitter<vscode.Uri>();
const openTraces = new Set<string>();

function config(): KilnConfig {
  const c = vscode.workspace.getConfiguration("kiln");
  return readConfig((key) => c.get(key));
}

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("Kiln");
  serverLog = vscode.window.createOutputChannel("Kiln Language Server", { log: true });
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.command = extensionCommands.openProfile;
  context.subscriptions.push(
    output,
    serverLog,
    status,
    traceChanged,
    vscode.commands.registerCommand(extensionCommands.run, runFile),
    vscode.commands.registerCommand(extensionCommands.showTrace, showTrace),
    vscode.commands.registerCommand(extensionCommands.openProfile, openProfile),
    vscode.workspace.registerTextDocumentContentProvider(traceScheme, {
      onDidChange: traceChanged.event,
      provideTextDocumentContent: traceContent,
    }),
    vscode.workspace.onDidCloseTextDocument((d) => openTraces.delete(d.uri.toString())),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration("kiln")) return;
      if (e.affectsConfiguration("kiln.serverPath")) {
        await stopClient();
        await startClient();
      } else if (client !== undefined) {
        await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { kiln: serverSettings(config()) } });
      }
    }),
    { dispose: () => stopProfServer() },
  );
  await startClient();
}

export function deactivate(): Promise<void> | undefined {
  stopProfServer();
  return stopClient();
}

async function startClient(): Promise<void> {
  const cfg = config();
  const found = serverCommand(cfg, process.env.PATH, isExecutable);
  if ("error" in found) {
    serverPath = undefined;
    const choice = await vscode.window.showErrorMessage(found.error, "Open README", "Open Settings");
    if (choice === "Open README") await vscode.env.openExternal(vscode.Uri.parse(readmeURL));
    if (choice === "Open Settings") await vscode.commands.executeCommand("workbench.action.openSettings", "kiln.serverPath");
    return;
  }
  serverPath = found.command;
  // No `transport`: with TransportKind.stdio the client appends "--stdio"
  // to the arguments, a flag kiln-lsp does not take (it exits with a usage
  // message). Without it the client still talks over stdin and stdout.
  const serverOptions: ServerOptions = { command: found.command, args: found.args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "python" }],
    initializationOptions: serverSettings(cfg),
    outputChannel: serverLog,
    middleware: {
      // Server lenses run the extension's commands, which show results.
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        for (const lens of lenses ?? []) {
          if (lens.command !== undefined) lens.command = rewriteLensCommand(lens.command);
        }
        return lenses;
      },
    },
  };
  client = new LanguageClient("kiln", "Kiln", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    void vscode.window.showErrorMessage(`Kiln: kiln-lsp (${found.command}) failed to start: ${String(err)}`, "Open README")
      .then((c) => c !== undefined ? vscode.env.openExternal(vscode.Uri.parse(readmeURL)) : undefined);
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c !== undefined && c.isRunning()) await c.stop();
}

/** targetDocument is the document a command acts on: its URI argument, else the active editor's. */
async function targetDocument(uriArg: unknown): Promise<vscode.TextDocument | undefined> {
  if (typeof uriArg === "string" && uriArg !== "") return vscode.workspace.openTextDocument(vscode.Uri.parse(uriArg));
  const doc = vscode.window.activeTextEditor?.document;
  if (doc === undefined || doc.languageId !== "python") {
    void vscode.window.showWarningMessage("Kiln: open a Python file first.");
    return undefined;
  }
  return doc;
}

function readyClient(): LanguageClient | undefined {
  if (client === undefined || !client.isRunning()) {
    void vscode.window.showErrorMessage("Kiln: the language server is not running (see the Kiln Language Server output).", "Open README")
      .then((c) => c !== undefined ? vscode.env.openExternal(vscode.Uri.parse(readmeURL)) : undefined);
    return undefined;
  }
  return client;
}

async function runFile(uriArg?: unknown): Promise<void> {
  const c = readyClient();
  const doc = await targetDocument(uriArg);
  if (c === undefined || doc === undefined) return;
  if (doc.isDirty) await doc.save();
  const uri = doc.uri.toString();
  const token = `kiln-run-${++runCount}`;
  status.text = "$(sync~spin) Kiln: running";
  status.show();
  let result: RunResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Kiln: running ${vscode.workspace.asRelativePath(doc.uri)}`, cancellable: true },
      async (progress, cancel) => {
        // The server reports on the token we give it, into this notification.
        const sub = c.onProgress(WorkDoneProgress.type, token, (v) => {
          if (v.kind === "report" && v.message !== undefined) progress.report({ message: v.message });
        });
        try {
          return await c.sendRequest(ExecuteCommandRequest.type,
            { command: serverCommands.run, arguments: [uri], workDoneToken: token }, cancel) as RunResult;
        } finally {
          sub.dispose();
        }
      });
  } catch (err) {
    status.text = "Kiln: run failed";
    void vscode.window.showErrorMessage(`Kiln: the run failed: ${String(err)}`);
    return;
  }
  lastRun = { file: doc.uri.fsPath, result };
  output.append(runReport(doc.uri.fsPath, result));
  output.show(true);
  const lenses = await c.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  const warmup = warmupSummary((lenses ?? []).map((l) => l.command?.title ?? ""));
  const st = statusText(doc.uri.fsPath, result, warmup);
  status.text = st.text;
  status.tooltip = st.tooltip;
  for (const t of openTraces) traceChanged.fire(vscode.Uri.parse(t));
  if (result.leaks > 0) {
    const choice = await vscode.window.showWarningMessage(st.tooltip.split("\n")[2] + " (ResourceWarning)", "Show Problems");
    if (choice !== undefined) await vscode.commands.executeCommand("workbench.actions.view.problems");
  }
}

async function showTrace(uriArg?: unknown, lineArg?: unknown): Promise<void> {
  const c = readyClient();
  const doc = await targetDocument(uriArg);
  if (c === undefined || doc === undefined) return;
  let line: number | undefined;
  if (typeof lineArg === "number") line = lineArg;
  else if (uriArg === undefined) line = vscode.window.activeTextEditor?.selection.active.line;
  const traceURI = vscode.Uri.from({ scheme: traceScheme, path: "/" + traceTitle(doc.uri.fsPath, line), query: traceQuery(doc.uri.toString(), line) });
  try {
    openTraces.add(traceURI.toString());
    const traceDoc = await vscode.workspace.openTextDocument(traceURI);
    await vscode.window.showTextDocument(traceDoc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  } catch (err) {
    openTraces.delete(traceURI.toString());
    void vscode.window.showWarningMessage(`Kiln: ${err instanceof Error ? err.message : String(err)}`, "Run File")
      .then((choice) => choice !== undefined ? runFile(doc.uri.toString()) : undefined);
  }
}

/** traceContent asks the server for a loop's trace; errors (no run yet) surface to showTrace. */
async function traceContent(uri: vscode.Uri): Promise<string> {
  const q = parseTraceQuery(uri.query);
  if (q === undefined || client === undefined) return "";
  const args: unknown[] = q.line === undefined ? [q.uri] : [q.uri, q.line];
  const text: unknown = await client.sendRequest(ExecuteCommandRequest.type, { command: serverCommands.showTrace, arguments: args });
  return String(text);
}

function stopProfServer(): void {
  profServer?.kill();
  profServer = undefined;
}

async function openProfile(): Promise<void> {
  const cfg = config();
  let profile = lastRun?.result.profile ?? "";
  let traceLog = lastRun?.result.traceLog;
  const active = vscode.window.activeTextEditor?.document;
  if (profile === "" && active !== undefined && active.uri.scheme === "file") {
    const root = vscode.workspace.getWorkspaceFolder(active.uri)?.uri.fsPath;
    traceLog = defaultTraceLog(root, active.uri.fsPath);
    profile = profileForLog(traceLog);
  }
  if (profile === "" || !fs.existsSync(profile)) {
    void vscode.window.showWarningMessage("Kiln: no profile yet: run the file with Kiln: Run File with Runtime Insights first.");
    return;
  }
  const kiln = cfg.kilnPath !== "" ? cfg.kilnPath : serverPath;
  const prof = profPathFor(cfg, kiln, process.env.PATH, isExecutable);
  if (prof === undefined) {
    void vscode.window.showErrorMessage("Kiln: cannot find kiln-prof: set kiln.profPath or put it on PATH.", "Open README")
      .then((c) => c !== undefined ? vscode.env.openExternal(vscode.Uri.parse(readmeURL)) : undefined);
    return;
  }
  stopProfServer();
  const cmd = profileCommand(prof, await freePort(), profile, traceLog !== undefined && fs.existsSync(traceLog) ? traceLog : undefined);
  output.appendLine(`$ ${cmd.command} ${cmd.args.join(" ")}`);
  const child = spawn(cmd.command, cmd.args, { stdio: ["ignore", "pipe", "pipe"] });
  profServer = child;
  let died: string | undefined;
  child.stderr.on("data", (b: Buffer) => output.append(b.toString()));
  child.on("exit", (code) => { died = `kiln-prof exited with status ${code}`; });
  child.on("error", (err) => { died = `kiln-prof: ${err.message}`; });
  try {
    await waitForHTTP(cmd.url, 15000, () => died);
  } catch (err) {
    void vscode.window.showErrorMessage(`Kiln: ${err instanceof Error ? err.message : String(err)} (see the Kiln output)`);
    return;
  }
  await vscode.env.openExternal(vscode.Uri.parse(cmd.url));
}
