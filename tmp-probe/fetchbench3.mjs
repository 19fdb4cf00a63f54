import { startServer } from '../tests/e2e/server.mjs';
import { launchWithExtension, setSettings } from '../tests/e2e/browser.mjs';
const server = await startServer();
const { ctx, sw, extensionId } = await launchWithExtension();
await setSettings(sw, { enabled: false });
const page = await ctx.newPage();
const res = {};
const url = `chrome-extension://${extensionId}/kb/index.json`;
for (let i = 0; i < 12; i++) {
  for (const how of ['text', 'ab', 'chunks', 'blobs']) {
    await page.goto(server.origin + '/shared/fixtures/seed-article-nl.html');
    await page.waitForTimeout(150);
    const r = await page.evaluate(async ([url, how]) => {
      const t0 = performance.now();
      const r = await fetch(url);
      const t1 = performance.now();
      let text;
      if (how === 'text') text = await r.text();
      else if (how === 'ab') text = new TextDecoder().decode(await r.arrayBuffer());
      else if (how === 'blobs') { const b = []; const rd = r.body.getReader(); for (;;) { const { done, value } = await rd.read(); if (done) break; b.push(value); } text = new TextDecoder().decode(await new Blob(b).arrayBuffer()); }
      else { const parts = []; const rd = r.body.getReader(); const d = new TextDecoder(); for (;;) { const { done, value } = await rd.read(); if (done) break; parts.push(d.decode(value, { stream: true })); } text = parts.join(''); }
      const t2 = performance.now();
      return [t1 - t0, t2 - t1, text.length];
    }, [url, how]);
    (res[how] ??= []).push(r);
  }
}
const st = (xs) => { const s = [...xs].sort((a, b) => a - b); return `min ${s[0].toFixed(1)} med ${s[Math.floor(s.length / 2)].toFixed(1)}`; };
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(7), 'headers', st(v.map((x) => x[0])), '| body', st(v.map((x) => x[1])), v[0][2]);
await ctx.close(); await server.close();
