// The extension's own logic, kept apart from the `vscode` module so that
// Node's test runner can check it without VS Code: which kiln-lsp to start,
// the settings sent to the server, the code lens commands it rewrites, the
// status-bar text of a run and the kiln-prof command line.

import * as path from "node:path";

/** Where the README tells users how to install kiln-lsp. */
export const readmeURL = "https://github.com/kilnpy/kiln/blob/main/editors/vscode/README.md#installing-kiln-lsp";

/** The extension's settings (the `kiln.*` section). */
export interface KilnConfig {
  serverPath: string;
  kilnPath: string;
  profPath: string;
  runTimeout: number;
  jit: string;
  trackResources: boolean;
  args: string[];
}

export const defaultConfig: KilnConfig = {
  serverPath: "",
  kilnPath: "",
  profPath: "",
  runTimeout: 30,
  jit: "",
  trackResources: true,
  args: [],
};

/** readConfig fills a KilnConfig from a getter such as WorkspaceConfiguration.get. */
export function readConfig(get: (key: string) => unknown): KilnConfig {
  const str = (key: keyof KilnConfig): string => {
    const v = get(key);
    return typeof v === "string" ? v.trim() : (defaultConfig[key] as string);
  };
  const timeout = Number(get("runTimeout"));
  const track = get("trackResources");
  const args = get("args");
  return {
    serverPath: str("serverPath"),
    kilnPath: str("kilnPath"),
    profPath: str("profPath"),
    runTimeout: Number.isFinite(timeout) && timeout > 0 ? timeout : defaultConfig.runTimeout,
    jit: str("jit"),
    trackResources: typeof track === "boolean" ? track : defaultConfig.trackResources,
    args: Array.isArray(args) ? args.map(String) : [],
  };
}

/**
 * serverSettings is what kiln-lsp reads as initializationOptions and from
 * workspace/didChangeConfiguration. Empty values are left out: the server
 * takes a given "kilnPath": "" literally, which would lose its default
 * (the kiln next to kiln-lsp).
 */
export function serverSettings(c: KilnConfig): Record<string, unknown> {
  const s: Record<string, unknown> = {
    runTimeout: c.runTimeout,
    trackResources: c.trackResources,
    args: c.args,
  };
  if (c.kilnPath !== "") s.kilnPath = c.kilnPath;
  if (c.jit !== "") s.jit = c.jit;
  return s;
}

/** isExecutableFile is the file test findExecutable uses; tests pass their own. */
export type FileTest = (p: string) => boolean;

/**
 * findExecutable resolves a program as a shell would: a name with a slash
 * is taken as a path, anything else is looked up on PATH.
 */
export function findExecutable(name: string, pathEnv: string | undefined, isExecutable: FileTest): string | undefined {
  if (name.includes("/") || name.includes(path.sep)) {
    return isExecutable(name) ? name : undefined;
  }
  for (const dir of (pathEnv ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** serverCommand is the kiln-lsp to start, or the message to show when there is none. */
export function serverCommand(c: KilnConfig, pathEnv: string | undefined, isExecutable: FileTest):
  { command: string; args: string[] } | { error: string } {
  const wanted = c.serverPath !== "" ? c.serverPath : "kiln-lsp";
  const found = findExecutable(wanted, pathEnv, isExecutable);
  if (found === undefined) {
    const where = c.serverPath !== ""
      ? `the setting kiln.serverPath names "${c.serverPath}", which is not an executable file`
      : "kiln-lsp is not on PATH";
    return {
      error: `Kiln: cannot start the language server: ${where}. ` +
        "Install it with `go install github.com/kilnpy/kiln/cmd/kiln-lsp@latest` or set kiln.serverPath.",
    };
  }
  return { command: found, args: [] };
}

/** The commands of kiln-lsp (workspace/executeCommand) and of the extension. */
export const serverCommands = { run: "kiln.run", showTrace: "kiln.showTrace" } as const;
export const extensionCommands = {
  run: "kiln.runFile",
  showTrace: "kiln.showTraceForLoop",
  openProfile: "kiln.openProfile",
} as const;

export interface LensCommand {
  title: string;
  command: string;
  arguments?: unknown[];
}

/**
 * rewriteLensCommand points a server code lens at the extension's command
 * of the same meaning, so that clicking "▶ Run with Kiln" shows the run's
 * output and status, and clicking a JIT lens opens the trace beside the
 * code, instead of running the bare server command and dropping its result.
 */
export function rewriteLensCommand(c: LensCommand): LensCommand {
  switch (c.command) {
    case serverCommands.run:
      return { ...c, command: extensionCommands.run, arguments: c.arguments };
    case serverCommands.showTrace:
      return { ...c, command: extensionCommands.showTrace, arguments: c.arguments };
  }
  return c;
}

/** RunResult is kiln.run's answer (lsp/run.go). */
export interface RunResult {
  exitCode: number;
  timedOut?: boolean;
  cancelled?: boolean;
  output: string;
  truncated?: boolean;
  traceLog: string;
  profile: string;
  leaks: number;
  duration: string;
}

const warmupPrefix = "Warm-up: ";

/** warmupSummary finds the warm-up lens among the titles of a file's lenses. */
export function warmupSummary(titles: string[]): string | undefined {
  const t = titles.find((title) => title.startsWith(warmupPrefix));
  return t?.slice(warmupPrefix.length);
}

/** statusText is the status-bar item after a run: how it ended, leaks, warm-up. */
export function statusText(file: string, r: RunResult, warmup: string | undefined): { text: string; tooltip: string } {
  let outcome: string;
  if (r.timedOut) outcome = "timed out";
  else if (r.cancelled) outcome = "cancelled";
  else outcome = r.exitCode === 0 ? "ok" : `exit ${r.exitCode}`;
  const parts = [`Kiln: ${outcome}`];
  if (r.leaks > 0) parts.push(`${r.leaks} ${r.leaks === 1 ? "leak" : "leaks"}`);
  // The short form of "4.0 ms to steady state · 1 loop compiled · ...".
  if (warmup !== undefined) parts.push(`warm-up ${warmup.split(" · ")[0].replace(" to steady state", "")}`);
  const tooltip = [
    `${path.basename(file)}: ${outcome} in ${r.duration}`,
    warmup !== undefined ? `Warm-up: ${warmup}` : "No loop compiled",
    `${r.leaks} leaked ${r.leaks === 1 ? "resource" : "resources"}`,
    r.profile !== "" ? "Kiln: Open Profile shows the flame graph" : "No profile was written",
  ].join("\n");
  return { text: parts.join(" · "), tooltip };
}

/** runReport is what the output channel shows after a run. */
export function runReport(file: string, r: RunResult): string {
  const lines = [`$ kiln ${file}`];
  if (r.output !== "") lines.push(r.output.replace(/\n$/, ""));
  if (r.truncated) lines.push("[output truncated]");
  let end = `[exit ${r.exitCode} in ${r.duration}]`;
  if (r.timedOut) end = `[stopped at the time limit after ${r.duration}]`;
  if (r.cancelled) end = `[cancelled after ${r.duration}]`;
  lines.push(end);
  if (r.leaks > 0) lines.push(`${r.leaks} leaked ${r.leaks === 1 ? "resource" : "resources"}: see the Problems panel`);
  if (r.traceLog !== "") lines.push(`trace log: ${r.traceLog}`);
  if (r.profile !== "") lines.push(`profile: ${r.profile}`);
  return lines.join("\n") + "\n";
}

/** The scheme of the read-only trace documents. */
export const traceScheme = "kiln-trace";

/**
 * tracePath names the trace document of a loop: "/prog.py, line 5.jit".
 * The name is what the editor tab shows; the source URI and line travel in
 * the query so that the document can be produced again.
 */
export function traceQuery(sourceURI: string, line: number | undefined): string {
  const q = new URLSearchParams({ uri: sourceURI });
  if (line !== undefined) q.set("line", String(line));
  return q.toString();
}

export function traceTitle(sourceFile: string, line: number | undefined): string {
  const base = path.basename(sourceFile);
  return line === undefined ? `${base} (all loops).jit` : `${base}, line ${line + 1}.jit`;
}

/** parseTraceQuery reverses traceQuery. */
export function parseTraceQuery(query: string): { uri: string; line: number | undefined } | undefined {
  const q = new URLSearchParams(query);
  const uri = q.get("uri");
  if (uri === null || uri === "") return undefined;
  const l = q.get("line");
  const line = l === null ? undefined : Number(l);
  return { uri, line: line === undefined || Number.isInteger(line) ? line : undefined };
}

/** profPathFor resolves kiln-prof: the setting, else next to kiln, else on PATH. */
export function profPathFor(c: KilnConfig, kilnResolved: string | undefined, pathEnv: string | undefined, isExecutable: FileTest): string | undefined {
  if (c.profPath !== "") return findExecutable(c.profPath, pathEnv, isExecutable);
  if (kilnResolved !== undefined) {
    const sibling = path.join(path.dirname(kilnResolved), "kiln-prof");
    if (isExecutable(sibling)) return sibling;
  }
  return findExecutable("kiln-prof", pathEnv, isExecutable);
}

/** profileCommand is the kiln-prof command line serving a profile's web view. */
export function profileCommand(kilnProf: string, port: number, profile: string, traceLog: string | undefined): { command: string; args: string[]; url: string } {
  const args = [`-http=127.0.0.1:${port}`, "-no_browser"];
  if (traceLog !== undefined && traceLog !== "") args.push("--log", traceLog);
  args.push(profile);
  return { command: kilnProf, args, url: `http://127.0.0.1:${port}/ui/flamegraph` };
}

/** profileForLog names the profile kiln.run writes beside a trace log. */
export function profileForLog(traceLog: string): string {
  return traceLog.replace(/\.[^./]*$/, "") + ".pb.gz";
}

/** defaultTraceLog is where kiln.run writes the trace log of a file. */
export function defaultTraceLog(workspaceRoot: string | undefined, file: string): string {
  const root = workspaceRoot ?? path.dirname(file);
  return path.join(root, ".kiln", path.basename(file).replace(/\.[^.]*$/, "") + ".jsonl");
}
