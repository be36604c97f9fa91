// Bundles the extension (dist/extension.js, loaded by VS Code) and the
// VS Code-free modules the tests load (out/logic.js, out/net.js).
import * as esbuild from "esbuild";

const common = { bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" };
await esbuild.build({ ...common, entryPoints: ["src/extension.ts"], external: ["vscode"], outfile: "dist/extension.js", minify: true });
await esbuild.build({ ...common, entryPoints: ["src/logic.ts", "src/net.ts"], outdir: "out" });
