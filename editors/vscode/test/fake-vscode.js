// A stand-in for the `vscode` module, for running the packaged extension
// (dist/extension.js, with vscode-languageclient bundled in it) under
// Node's test runner: VS Code itself cannot be downloaded on the build
// machines. It implements the part of VS Code's API that the extension and
// its language client use, as plain objects, and records what the
// extension shows (messages, the status bar, output, editors opened, URLs
// opened) so that tests can check it. Anything it does not model is a
// permissive placeholder, so that the language client's registrations of
// features this test does not look at still succeed.
"use strict";

const path = require("node:path");
const fs = require("node:fs");
const { pathToFileURL, fileURLToPath } = require("node:url");

/** placeholder is a callable, constructible object with every property. */
function placeholder(name) {
  const fn = function () { return placeholder(`${name}()`); };
  return new Proxy(fn, {
    get(target, prop) {
      if (prop === "dispose") return () => {};
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === "then") return undefined; // not a promise
      if (prop in target) return target[prop];
      return placeholder(`${name}.${String(prop)}`);
    },
    construct() { return placeholder(`new ${name}`); },
  });
}

/** lenient gives obj a placeholder for every property it lacks. */
function lenient(name, obj) {
  return new Proxy(obj, {
    get(target, prop) {
      if (prop in target || typeof prop === "symbol" || prop === "then") return target[prop];
      return placeholder(`${name}.${prop}`);
    },
  });
}

class Disposable {
  constructor(fn) { this.fn = fn; }
  dispose() { if (this.fn) this.fn(); this.fn = undefined; }
  static from(...ds) { return new Disposable(() => ds.forEach((d) => d && d.dispose && d.dispose())); }
}

class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener, thisArg, disposables) => {
      const l = thisArg ? listener.bind(thisArg) : listener;
      this.listeners.add(l);
      const d = new Disposable(() => this.listeners.delete(l));
      if (Array.isArray(disposables)) disposables.push(d);
      return d;
    };
  }
  fire(e) { for (const l of [...this.listeners]) l(e); }
  dispose() { this.listeners.clear(); }
}

/** event is an Event that never fires. */
const event = () => new Disposable();

class Position {
  constructor(line, character) { this.line = line; this.character = character; }
}

class Range {
  constructor(a, b, c, d) {
    if (typeof a === "number") { this.start = new Position(a, b); this.end = new Position(c, d); } else { this.start = a; this.end = b; }
  }
}

class Selection extends Range {
  constructor(anchor, active) { super(anchor, active); this.anchor = anchor; this.active = active; }
}

class Uri {
  constructor(scheme, authority, p, query, fragment) {
    this.scheme = scheme; this.authority = authority || ""; this.path = p || ""; this.query = query || ""; this.fragment = fragment || "";
  }
  static parse(s) {
    const u = new URL(s);
    return new Uri(u.protocol.replace(/:$/, ""), u.host, decodeURIComponent(u.pathname), u.search.replace(/^\?/, ""), u.hash.replace(/^#/, ""));
  }
  static file(p) { return Uri.parse(pathToFileURL(p).href); }
  static from(c) { return new Uri(c.scheme, c.authority, c.path, c.query, c.fragment); }
  get fsPath() { return this.scheme === "file" ? fileURLToPath(this.toString()) : this.path; }
  with(change) { return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment); }
  toString() {
    if (this.scheme === "file") return pathToFileURL(this.path).href;
    const enc = this.path.split("/").map(encodeURIComponent).join("/");
    return `${this.scheme}:${this.authority ? "//" + this.authority : ""}${enc}${this.query ? "?" + this.query : ""}${this.fragment ? "#" + this.fragment : ""}`;
  }
  toJSON() { return { scheme: this.scheme, path: this.path, query: this.query }; }
}

class MarkdownString {
  constructor(value = "", supportThemeIcons) { this.value = value; this.supportThemeIcons = supportThemeIcons; }
  appendMarkdown(s) { this.value += s; return this; }
  appendText(s) { this.value += s; return this; }
  appendCodeblock(s, lang) { this.value += "\n```" + (lang || "") + "\n" + s + "\n```\n"; return this; }
}

class Diagnostic {
  constructor(range, message, severity) { this.range = range; this.message = message; this.severity = severity; }
}

class CodeLens {
  constructor(range, command) { this.range = range; this.command = command; }
  get isResolved() { return this.command !== undefined; }
}

class Hover {
  constructor(contents, range) { this.contents = Array.isArray(contents) ? contents : [contents]; this.range = range; }
}

class CodeActionKind {
  constructor(value) { this.value = value; }
  append(part) { return new CodeActionKind(this.value ? `${this.value}.${part}` : part); }
  contains(other) { return this.value === other.value || other.value.startsWith(this.value + "."); }
  intersects(other) { return this.contains(other) || other.contains(this); }
}
CodeActionKind.Empty = new CodeActionKind("");
CodeActionKind.QuickFix = new CodeActionKind("quickfix");
CodeActionKind.Refactor = new CodeActionKind("refactor");
CodeActionKind.Source = new CodeActionKind("source");

class CodeAction {
  constructor(title, kind) { this.title = title; this.kind = kind; }
}

class WorkspaceEdit {
  constructor() { this.edits = []; }
  replace(uri, range, newText) { this.edits.push({ uri, range, newText }); }
  insert(uri, position, newText) { this.edits.push({ uri, range: new Range(position, position), newText }); }
  delete(uri, range) { this.edits.push({ uri, range, newText: "" }); }
  set(uri, edits) { for (const e of edits) this.edits.push({ uri, ...e }); }
  entries() { return []; }
}

class TextEdit {
  constructor(range, newText) { this.range = range; this.newText = newText; }
  static replace(range, newText) { return new TextEdit(range, newText); }
}

class CancellationTokenSource {
  constructor() {
    const emitter = new EventEmitter();
    this.token = { isCancellationRequested: false, onCancellationRequested: emitter.event };
    this.emitter = emitter;
  }
  cancel() { this.token.isCancellationRequested = true; this.emitter.fire(); }
  dispose() {}
}

class Location {
  constructor(uri, rangeOrPosition) { this.uri = uri; this.range = rangeOrPosition; }
}

class RelativePattern {
  constructor(base, pattern) { this.base = base; this.pattern = pattern; }
}

const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };

/**
 * createHost returns a fresh `vscode` module and its recorder.
 * settings: the kiln.* configuration; folder: the workspace folder.
 */
function createHost({ settings, folder, answers = {} }) {
  const rec = {
    errors: [], warnings: [], infos: [], opened: [], shown: [], executed: [],
    output: "", status: { text: "", tooltip: "", command: undefined, visible: false },
    commands: new Map(), providers: { codeLens: [], hover: [], codeAction: [] },
    contentProviders: new Map(), diagnostics: new Map(), progress: [], configListeners: [],
  };
  // The buttons a test's user clicks: answers[messageStart] = button.
  const answer = (msg, items) => {
    for (const [start, button] of Object.entries(answers)) {
      if (msg.startsWith(start) && items.includes(button)) return Promise.resolve(button);
    }
    return Promise.resolve(undefined);
  };

  const documents = new Map();
  function textDocument(uri, text, languageId) {
    let lines = text.split("\n");
    const doc = {
      uri, languageId, version: 1, isDirty: false, isClosed: false, isUntitled: false, eol: 1,
      fileName: uri.scheme === "file" ? uri.fsPath : uri.path,
      get lineCount() { return lines.length; },
      getText: () => text,
      save: async () => true,
      lineAt: (l) => ({ text: lines[typeof l === "number" ? l : l.line], lineNumber: l }),
      offsetAt: (p) => lines.slice(0, p.line).reduce((n, s) => n + s.length + 1, 0) + p.character,
      positionAt: (o) => { let line = 0; while (line < lines.length - 1 && o > lines[line].length) { o -= lines[line].length + 1; line++; } return new Position(line, o); },
      getWordRangeAtPosition: () => undefined,
      validateRange: (r) => r, validatePosition: (p) => p,
      setText(t) { text = t; lines = t.split("\n"); },
    };
    documents.set(uri.toString(), doc);
    return doc;
  }
  const openHandlers = new EventEmitter();
  const closeHandlers = new EventEmitter();
  const configEmitter = new EventEmitter();

  const workspaceFolder = { uri: Uri.file(folder), name: path.basename(folder), index: 0 };
  const config = (section) => lenient("WorkspaceConfiguration", {
    get: (key, dflt) => {
      const full = section ? `${section}.${key}` : key;
      if (full.startsWith("kiln.")) {
        const v = settings[full.slice(5)];
        return v === undefined ? dflt : v;
      }
      if (full === "kiln") return { ...settings };
      return dflt;
    },
    has: () => false,
    inspect: () => undefined,
    update: async () => {},
  });

  const window = lenient("window", {
    activeTextEditor: undefined,
    visibleTextEditors: [],
    tabGroups: lenient("tabGroups", { all: [], onDidChangeTabs: event, onDidChangeTabGroups: event }),
    onDidChangeActiveTextEditor: event,
    onDidChangeVisibleTextEditors: event,
    onDidChangeTextEditorSelection: event,
    createOutputChannel: (name, opts) => lenient("OutputChannel", {
      name,
      append: (s) => { if (name === "Kiln") rec.output += s; },
      appendLine: (s) => { if (name === "Kiln") rec.output += s + "\n"; },
      replace: () => {}, clear: () => {}, show: () => {}, hide: () => {}, dispose: () => {},
      trace: () => {}, debug: () => {}, info: () => {}, warn: () => {}, error: () => {},
      logLevel: opts && opts.log ? 2 : undefined, onDidChangeLogLevel: event,
    }),
    createStatusBarItem: () => {
      const item = rec.status;
      item.show = () => { item.visible = true; };
      item.hide = () => { item.visible = false; };
      item.dispose = () => {};
      return item;
    },
    showErrorMessage: (msg, ...items) => { rec.errors.push({ msg, items }); return answer(msg, items); },
    showWarningMessage: (msg, ...items) => { rec.warnings.push({ msg, items }); return answer(msg, items); },
    showInformationMessage: (msg, ...items) => { rec.infos.push({ msg, items }); return answer(msg, items); },
    withProgress: async (opts, task) => {
      const cts = new CancellationTokenSource();
      const reports = [];
      rec.progress.push({ opts, reports, cancel: () => cts.cancel() });
      return task({ report: (v) => reports.push(v) }, cts.token);
    },
    showTextDocument: async (doc, opts) => {
      rec.shown.push({ doc, opts });
      return { document: doc, viewColumn: opts && opts.viewColumn };
    },
  });

  const workspace = lenient("workspace", {
    workspaceFolders: [workspaceFolder],
    name: workspaceFolder.name,
    get textDocuments() { return [...documents.values()].filter((d) => d.uri.scheme === "file"); },
    getConfiguration: config,
    getWorkspaceFolder: (uri) => (uri.fsPath.startsWith(folder) ? workspaceFolder : undefined),
    asRelativePath: (u) => path.relative(folder, typeof u === "string" ? u : u.fsPath),
    onDidOpenTextDocument: openHandlers.event,
    onDidCloseTextDocument: closeHandlers.event,
    onDidChangeTextDocument: event,
    onDidSaveTextDocument: event,
    onWillSaveTextDocument: event,
    onDidChangeWorkspaceFolders: event,
    onDidChangeConfiguration: configEmitter.event,
    onDidCreateFiles: event, onDidRenameFiles: event, onDidDeleteFiles: event,
    onWillCreateFiles: event, onWillRenameFiles: event, onWillDeleteFiles: event,
    onDidChangeNotebookDocument: event, onDidOpenNotebookDocument: event, onDidCloseNotebookDocument: event,
    onDidSaveNotebookDocument: event,
    notebookDocuments: [],
    createFileSystemWatcher: () => lenient("FileSystemWatcher", { onDidCreate: event, onDidChange: event, onDidDelete: event, dispose: () => {} }),
    registerTextDocumentContentProvider: (scheme, provider) => {
      rec.contentProviders.set(scheme, provider);
      return new Disposable(() => rec.contentProviders.delete(scheme));
    },
    openTextDocument: async (uri) => {
      const known = documents.get(uri.toString());
      if (known) return known;
      const provider = rec.contentProviders.get(uri.scheme);
      if (provider) {
        const text = await provider.provideTextDocumentContent(uri, new CancellationTokenSource().token);
        // Documents of a content provider are read-only in VS Code.
        const doc = textDocument(uri, text, "plaintext");
        doc.readOnly = true;
        return doc;
      }
      if (uri.scheme === "file") {
        const doc = textDocument(uri, fs.readFileSync(uri.fsPath, "utf8"), uri.fsPath.endsWith(".py") ? "python" : "plaintext");
        openHandlers.fire(doc);
        return doc;
      }
      throw new Error(`cannot open ${uri}`);
    },
    fs: placeholder("workspace.fs"),
  });

  const languages = lenient("languages", {
    match: (selector, doc) => ([].concat(selector).some((s) => (typeof s === "string" ? s === doc.languageId
      : (!s.language || s.language === doc.languageId) && (!s.scheme || s.scheme === doc.uri.scheme))) ? 10 : 0),
    createDiagnosticCollection: (name) => lenient("DiagnosticCollection", {
      name,
      set: (uri, diags) => { if (uri !== undefined) rec.diagnostics.set(uri.toString(), diags || []); },
      delete: (uri) => rec.diagnostics.delete(uri.toString()),
      clear: () => rec.diagnostics.clear(),
      get: (uri) => rec.diagnostics.get(uri.toString()),
      forEach: () => {},
      dispose: () => {},
    }),
    registerCodeLensProvider: (selector, provider) => { rec.providers.codeLens.push({ selector, provider }); return new Disposable(); },
    registerHoverProvider: (selector, provider) => { rec.providers.hover.push({ selector, provider }); return new Disposable(); },
    registerCodeActionsProvider: (selector, provider) => { rec.providers.codeAction.push({ selector, provider }); return new Disposable(); },
    getLanguages: async () => ["python"],
  });

  const commands = lenient("commands", {
    registerCommand: (id, fn) => {
      rec.commands.set(id, fn);
      return new Disposable(() => rec.commands.delete(id));
    },
    executeCommand: async (id, ...args) => {
      rec.executed.push({ id, args });
      const fn = rec.commands.get(id);
      return fn ? fn(...args) : undefined;
    },
    getCommands: async () => [...rec.commands.keys()],
  });

  const env = lenient("env", {
    openExternal: async (uri) => { rec.opened.push(uri.toString()); return true; },
    language: "en", appName: "Visual Studio Code (test stand-in)", machineId: "test", sessionId: "test",
    uiKind: 1, remoteName: undefined,
  });

  const vscode = lenient("vscode", {
    version: "1.91.0",
    Disposable, EventEmitter, Position, Range, Selection, Uri, MarkdownString, Diagnostic, DiagnosticSeverity,
    CodeLens, Hover, CodeActionKind, CodeAction, WorkspaceEdit, TextEdit, CancellationTokenSource, Location,
    RelativePattern,
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2, Three: 3 },
    DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
    TextDocumentSaveReason: { Manual: 1, AfterDelay: 2, FocusOut: 3 },
    window, workspace, languages, commands, env,
    extensions: lenient("extensions", { all: [], getExtension: () => undefined, onDidChange: event }),
    l10n: lenient("l10n", { t: (msg, ...args) => (typeof msg === "string" ? msg.replace(/\{(\d+)\}/g, (_, i) => String(args[i])) : msg.message) }),
  });

  /** openEditor opens a file as the active editor with the cursor on line (0-based). */
  async function openEditor(file, line) {
    const doc = await workspace.openTextDocument(Uri.file(file));
    window.activeTextEditor = { document: doc, selection: new Selection(new Position(line, 0), new Position(line, 0)), viewColumn: 1 };
    window.visibleTextEditors = [window.activeTextEditor];
    return doc;
  }

  /** changeSettings changes kiln.* settings and tells the extension. */
  function changeSettings(next) {
    Object.assign(settings, next);
    configEmitter.fire({ affectsConfiguration: (s) => s === "kiln" || Object.keys(next).some((k) => s === `kiln.${k}`) });
  }

  return { vscode, rec, openEditor, changeSettings, documents };
}

module.exports = { createHost, Uri, Position, CancellationTokenSource };
