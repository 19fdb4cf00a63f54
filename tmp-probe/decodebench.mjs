import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const files = { '/v1.json': readFileSync('/tmp/speed/v1.json'), '/v2.json': readFileSync('/tmp/speed/v2.json'), '/decode.js': readFileSync('/tmp/speed/decode.js'), '/v2gz.json': readFileSync('/tmp/speed/v2.json.gz') };
const page_ = (v) => `<!doctype html><html><body><p>x</p><script src="/decode.js"></script><script>
(async () => {
  const t0 = performance.now();
  const r = await fetch('/${v}.json');
  const t1 = performance.now();
  const reader = ('${v}' === 'v2gz' ? r.body.pipeThrough(new DecompressionStream('gzip')) : r.body).getReader(); const dec = new TextDecoder(); const parts = [];
  for (;;) { const { done, value } = await reader.read(); if (done) break; parts.push(dec.decode(value, { stream: true })); }
  const text = parts.join('');
  const t2 = performance.now();
  const data = JSON.parse(text);
  const t3 = performance.now();
  if ('${v}' !== 'v1') KBF.decodeIndex(data);
  const t4 = performance.now();
  window.result = { headers: t1 - t0, body: t2 - t1, parse: t3 - t2, decode: t4 - t3 };
})();
</script></body></html>`;
const server = createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/page') return res.writeHead(200, { 'content-type': 'text/html' }).end(page_(u.searchParams.get('v')));
  const f = files[u.pathname];
  if (!f) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': u.pathname.endsWith('.js') ? 'text/javascript' : 'application/json', 'cache-control': 'max-age=3600' }).end(f);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
const page = await browser.newPage();
const res = { v1: [], v2: [], v2gz: [] };
for (let i = 0; i < Number(process.env.N ?? 15); i++)
  for (const v of ['v1', 'v2', 'v2gz']) {
    await page.goto(`${origin}/page?v=${v}&i=${i}`);
    let r; for (let k = 0; k < 200 && !r; k++) { r = await page.evaluate(() => window.result); if (!r) await new Promise((ok) => setTimeout(ok, 25)); }
    res[v].push(r);
  }
const stat = (xs) => { const s = [...xs].sort((a, b) => a - b); return `min ${s[0].toFixed(1)} med ${s[Math.floor(s.length / 2)].toFixed(1)}`; };
for (const v of ['v1', 'v2', 'v2gz']) console.log(v, ['headers', 'body', 'parse', 'decode'].map((k) => `${k}: ${stat(res[v].map((r) => r[k]))}`).join(' | '));
await browser.close(); server.close();
