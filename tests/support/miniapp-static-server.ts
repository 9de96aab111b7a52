/**
 * Serves the built mini app (miniapp/www) on loopback and forwards /api/… to the running
 * server, as Zalo's hosting plus the ward's API would look to the app: one origin, real HTTP.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { REPO_ROOT } from "./factories";

export const MINIAPP_WWW = join(REPO_ROOT, "miniapp", "www");

const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".ttf": "font/ttf" };

/** `dropApi` may make an API request fail as a dropped line would (the connection is cut, no response). */
export async function startMiniappServer(apiUrl: string, hooks: { dropApi?: (method: string, url: string) => boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(MINIAPP_WWW, "index.html"))) throw new Error("miniapp/www is missing: run `npm run build` first");
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? "/";
    if (url.startsWith("/api/")) {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      if (hooks.dropApi?.(req.method ?? "GET", url)) {
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string" && k !== "host" && k !== "connection") headers[k] = v;
      const upstream = await fetch(`${apiUrl}${url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
      res.statusCode = upstream.status;
      upstream.headers.forEach((v, k) => {
        if (k !== "content-encoding" && k !== "transfer-encoding" && k !== "content-length") res.setHeader(k, v);
      });
      res.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    const path = normalize(decodeURIComponent(url.split("?")[0]!)).replace(/^(\.\.[/\\])+/, "");
    let file = join(MINIAPP_WWW, path);
    if (!file.startsWith(MINIAPP_WWW) || !existsSync(file) || path.endsWith("/")) file = join(MINIAPP_WWW, "index.html");
    res.setHeader("content-type", types[extname(file)] ?? "application/octet-stream");
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    // "localhost": the app's zmp-sdk wrapper uses its desktop mode only there
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
