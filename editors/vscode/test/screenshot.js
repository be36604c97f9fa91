// Makes media/screenshot.png for the README. VS Code cannot run on the
// build machines, so this is not a capture of VS Code: it drives the real
// kiln-lsp exactly as the end-to-end test does (kiln.run with the
// real kiln, code lenses, diagnostics, hover, kiln.showTrace), lays
// the answers out the way VS Code shows them (lenses above lines, the
// warning squiggle and its hover, the trace editor beside the code, the
// extension's status-bar text from logic.statusText) in an HTML page, and
// photographs that page with headless Chromium.
//   KILN_LSP=... KILN=... node test/screenshot.js [out.png]
"use strict";

const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const logic = require("../out/logic.js");
const { rpc, testdata, startSession, waitDiagnostics, openLeak, stopSession, required } = require("./session.js");

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function main() {
  const png = path.resolve(process.argv[2] || path.join(__dirname, "..", "media", "screenshot.png"));
  const s = await startSession(logic.serverSettings({ ...logic.defaultConfig, kilnPath: required("KILN") }));
  await openLeak(s);
  const run = await s.conn.sendRequest(rpc.ExecuteCommandRequest.type, { command: "kiln.run", arguments: [s.uri] });
  const diags = await waitDiagnostics(s, (d) => d.length > 0, 10000, "diagnostics");
  const lenses = await s.conn.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri: s.uri } });
  const hover = await s.conn.sendRequest(rpc.HoverRequest.type, { textDocument: { uri: s.uri }, position: { line: 3, character: 8 } });
  const trace = await s.conn.sendRequest(rpc.ExecuteCommandRequest.type, { command: "kiln.showTrace", arguments: [s.uri, 10] });
  const source = fs.readFileSync(path.join(testdata, "leak.py"), "utf8").replace(/\n$/, "").split("\n");
  await stopSession(s);

  // As much of the trace as the picture has room for beside the code.
  const traceLines = trace.split("\n");
  if (traceLines.length > 30) traceLines.splice(29, traceLines.length, "…");
  const status = logic.statusText("leak.py", run, logic.warmupSummary(lenses.map((l) => l.command.title)));
  const d = diags[0];
  let code = "";
  source.forEach((text, i) => {
    const titles = lenses.filter((l) => l.range.start.line === i).map((l) => esc(l.command.title));
    if (titles.length > 0) code += `<div class="lens"><span class="n"></span>${" ".repeat(text.search(/\S|$/))}${titles.join(" | ")}</div>`;
    let body = esc(text);
    if (i === d.range.start.line) {
      const a = d.range.start.character, b = d.range.start.line === d.range.end.line ? d.range.end.character : text.length;
      body = esc(text.slice(0, a)) + `<span class="squiggle">${esc(text.slice(a, b))}</span>` + esc(text.slice(b));
    }
    code += `<div class="line"><span class="n">${i + 1}</span>${body}</div>`;
    if (i === d.range.start.line) {
      const hv = hover && hover.contents ? hover.contents.value : "";
      code += `<div class="hover"><div class="warn">⚠ ${esc(d.message)} <span class="src">${esc(d.source)}</span></div>` +
        (hv ? `<div class="md">${esc(hv).replace(/```python\n([^`]*)```/g, "<code>$1</code>").replace(/\n/g, "<br>")}</div>` : "") +
        `<div class="fix">Quick Fix… (use a with statement)</div></div>`;
    }
  });
  const html = `<!doctype html><meta charset="utf-8"><style>
  body{margin:0;background:#1e1e1e;color:#d4d4d4;font:13px/19px "DejaVu Sans Mono",monospace;width:1400px}
  .title{background:#3c3c3c;color:#ccc;padding:6px 12px;font-family:"DejaVu Sans",sans-serif}
  .tabs{display:flex;background:#252526}.tab{padding:7px 16px;color:#969696;font-family:"DejaVu Sans",sans-serif}.tab.on{background:#1e1e1e;color:#fff}
  .panes{display:flex}.pane{flex:1;padding:8px 0;min-height:420px;overflow:hidden;white-space:pre}.pane+.pane{border-left:1px solid #444}
  .n{display:inline-block;width:40px;text-align:right;margin-right:18px;color:#858585}
  .lens{color:#999;font-size:12px;line-height:17px}
  .squiggle{text-decoration:underline wavy #cca700}
  .hover{margin:2px 0 4px 70px;width:640px;white-space:normal;background:#252526;border:1px solid #454545;padding:6px 10px;color:#ccc}
  .warn{color:#cca700}.src{color:#888}.md{margin-top:6px;border-top:1px solid #454545;padding-top:6px}.fix{margin-top:6px;color:#3794ff}
  code{color:#9cdcfe}
  .status{background:#007acc;color:#fff;padding:3px 12px;font-family:"DejaVu Sans",sans-serif;font-size:12px}
  .note{color:#888;padding:6px 12px;font-family:"DejaVu Sans",sans-serif;font-size:12px;background:#181818}
  </style>
  <div class="title">leak.py — Kiln Runtime Insights (rendering of kiln-lsp's answers in VS Code's layout)</div>
  <div class="tabs"><div class="tab on">leak.py</div><div class="tab">⚠ 1</div><div class="tab on" style="margin-left:auto">${esc(logic.traceTitle("leak.py", 10))} (read-only)</div></div>
  <div class="panes"><div class="pane">${code}</div><div class="pane">${traceLines.map((l, i) => `<div><span class="n">${i + 1}</span>${esc(l)}</div>`).join("")}</div></div>
  <div class="status">⚙ ${esc(status.text)}</div>
  <div class="note">Not a capture of VS Code (it cannot run on the build machines): kiln-lsp's real answers after "Kiln: Run File with Runtime Insights" on leak.py, laid out by editors/vscode/test/screenshot.js.</div>`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-shot-"));
  fs.writeFileSync(path.join(dir, "index.html"), html);
  fs.mkdirSync(path.dirname(png), { recursive: true });
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", `--screenshot=${png}`,
    "--window-size=1400,706", `file://${dir}/index.html`], { stdio: "ignore", timeout: 60000 });
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(png);
}

main().catch((e) => { console.error(e); process.exit(1); });
