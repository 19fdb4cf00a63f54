// A static file server on 127.0.0.1 (random port) for end-to-end tests: `/shared/...` serves
// ../shared (the seed article and corpora), `/fixtures/...` serves tests/fixtures. A sidecar
// `FILE.headers.json` ({ "header-name": "value" }) adds response headers to FILE (e.g. a CSP).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const MOUNTS = { '/shared/': resolve(ROOT, '../shared'), '/fixtures/': resolve(ROOT, 'tests/fixtures') };
const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript', '.css': 'text/css' };

export async function startServer() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
    const file = mount && normalize(join(MOUNTS[mount], path.slice(mount.length)));
    if (!file || !file.startsWith(MOUNTS[mount])) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      const extra = await readFile(`${file}.headers.json`, 'utf8').then(JSON.parse, () => ({}));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}
