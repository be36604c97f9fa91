// Small network helpers for "Kiln: Open Profile", free of the `vscode`
// module so that tests can use them: a free local port, and waiting until
// kiln-prof's web server answers.

import * as http from "node:http";
import * as net from "node:net";

/** freePort asks the system for a free TCP port on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * waitForHTTP polls url until it answers with a status below 500, or
 * rejects after timeoutMs (or at once when stop() reports the server died).
 */
export async function waitForHTTP(url: string, timeoutMs: number, stopped: () => string | undefined = () => undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const why = stopped();
    if (why !== undefined) throw new Error(why);
    const status = await new Promise<number>((resolve) => {
      const req = http.get(url, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", () => resolve(0));
      req.setTimeout(2000, () => {
        req.destroy();
        resolve(0);
      });
    });
    if (status > 0 && status < 500) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
