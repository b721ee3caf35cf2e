// A small static file server for dist/ on 127.0.0.1, used by `scripts/serve` and the
// end-to-end tests. Serves .wasm as application/wasm (needed for streaming compile).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Starts serving `root`; resolves to { server, url }. Port 0 picks a free one. `mounts`
 * maps URL prefixes ("/bench/") to other folders.
 */
export function serve(root, { port = 0, host = "127.0.0.1", headers = {}, mounts = {} } = {}) {
  const roots = [...Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]), ["/", resolve(root)]];
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      const [prefix, base] = roots.find(([prefix]) => path.startsWith(prefix));
      let file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(base)) throw Object.assign(new Error("outside root"), { code: "ENOENT" });
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        ...headers,
      });
      res.end(body);
    } catch (err) {
      res.writeHead(err.code === "ENOENT" || err.code === "ENOTDIR" ? 404 : 500, { "content-type": "text/plain" });
      res.end(err.code === "ENOENT" ? "not found" : "error");
    }
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      done({ server, url: `http://${host}:${bound}/` });
    });
  });
}

// `node e2e/serve.mjs DIR PORT`: serve until interrupted.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await serve(root, { port: Number(port) });
  console.log(`tactful is served at ${url} (Ctrl+C stops it)`);
}
