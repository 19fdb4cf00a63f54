import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const files = { '/v1.json': readFileSync('/tmp/speed/v1.json'), '/v2.json': readFileSync('/tmp/speed/v2.json'), '/decode.js': readFileSync('/tmp/speed/decode.js'), '/rec.js': readFileSync('/tmp/speed/rec.js'), '/v3.json': readFileSync('/tmp/speed/v3.json'), '/v3dec.js': readFileSync('/tmp/speed/v3dec.js') };
const page_ = (v) => `<!doctype html><html><body><p>x</p><script src="/decode.js"></script><script src="/rec.js"></script><script src="/v3dec.js"></script><script>
(async () => {
  const text = await (await fetch('/${v}.json')).text();
  await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.now();
  let kb = JSON.parse(text);
  if ('${v}' === 'v2') kb = KBF.decodeIndex(kb); if ('${v}' === 'v3') kb = V3.decode(kb);
  const t1 = performance.now();
  const r = new REC.Recogniser(kb); r.prepare('nl');
  const t2 = performance.now();
  window.result = { load: t1 - t0, prepare: t2 - t1 };
})();
</script></body></html>`;
const server = createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/page') return res.writeHead(200, { 'content-type': 'text/html' }).end(page_(u.searchParams.get('v')));
  const f = files[u.pathname];
  if (!f) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': u.pathname.endsWith('.js') ? 'text/javascript' : 'application/json' }).end(f);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
const page = await browser.newPage();
const res = { v1: [], v2: [], v3: [] };
for (let i = 0; i < Number(process.env.N ?? 15); i++)
  for (const v of i % 2 ? ['v3', 'v2', 'v1'] : ['v1', 'v2', 'v3']) {
    await page.goto(`${origin}/page?v=${v}&i=${i}`);
    let r; for (let k = 0; k < 400 && !r; k++) { r = await page.evaluate(() => window.result); if (!r) await new Promise((ok) => setTimeout(ok, 25)); }
    res[v].push(r);
  }
const stat = (xs) => { const s = [...xs].sort((a, b) => a - b); return `min ${s[0].toFixed(1)} med ${s[Math.floor(s.length / 2)].toFixed(1)}`; };
for (const v of ['v1', 'v2', 'v3']) console.log(v, ['load', 'prepare'].map((k) => `${k}: ${stat(res[v].map((r) => r[k]))}`).join(' | '));
await browser.close(); server.close();
