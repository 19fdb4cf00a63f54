// `npm run demo`: builds Gloss, serves the bundled sample article on 127.0.0.1 and opens it in
// Chromium with the extension loaded. Without a display it runs headless, prints what was marked
// and writes a screenshot (docs/screenshots/demo.png); with one, the window stays open until Ctrl+C.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { launchWithExtension } from '../tests/e2e/browser.mjs';

ensureChromium();
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const headless = !process.env.DISPLAY || process.env.CI === 'true';
const server = await startServer();
const url = `${server.origin}/shared/fixtures/seed-article-nl.html`;
const { ctx } = await launchWithExtension({ headless });
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.goto(url);
await page.waitForFunction(() => document.getElementById('gloss-host')?.shadowRoot?.querySelector('[data-testid="gloss-panel"]'));

const summary = await page.evaluate(() => {
  const root = document.getElementById('gloss-host').shadowRoot;
  const groups = [...root.querySelectorAll('section.group')].map((g) => ({
    group: g.querySelector('h2').textContent,
    items: [...g.querySelectorAll('.item')].map(
      (b) =>
        b.querySelector('.name').textContent + (b.querySelector('.count') ? ` (${b.querySelector('.count').textContent}×)` : ''),
    ),
  }));
  const marks = ['person', 'term', 'history', 'place'].flatMap((c) =>
    [...(CSS.highlights.get(`gloss-${c}`) ?? [])].map((r) => `${c}: ${r.toString()}`),
  );
  return { groups, marks };
});
console.log(`Gloss on ${url}\n`);
for (const g of summary.groups) console.log(`${g.group}: ${g.items.join(', ')}`);
console.log(`\n${summary.marks.length} marks in the text:\n  ${summary.marks.join('\n  ')}`);
const shot = resolve('docs/screenshots/demo.png');
await page.screenshot({ path: shot });
console.log(`\nscreenshot: ${shot}`);

if (headless) {
  await ctx.close();
  await server.close();
} else {
  console.log('\nChromium is open with Gloss loaded; press Ctrl+C to quit.');
  process.on('SIGINT', async () => {
    await ctx.close();
    await server.close();
    process.exit(0);
  });
}
