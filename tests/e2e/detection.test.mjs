// A page with no article markup at all: the content script's quick detection cannot decide, so it
// loads the Readability/franc chunk on demand, and the article is still found and explained.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchWithExtension } from './browser.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.ctx.close();
  await server?.close();
});

test('a page without article markup is found through the lazily loaded detection chunk', async () => {
  const page = await browser.ctx.newPage();
  const scripts = [];
  page.on('request', (r) => r.url().includes('/assets/') && scripts.push(r.url().split('/').pop()));
  await page.goto(`${server.origin}/fixtures/pages/no-markup.html`);
  await page.locator('[data-testid="gloss-panel"], [data-testid="gloss-tab"]').first().waitFor();
  const marked = await page.evaluate(() =>
    ['person', 'term', 'history', 'place'].flatMap((c) => [...(CSS.highlights.get(`gloss-${c}`) ?? [])].map((r) => r.toString())),
  );
  for (const name of ['Josep Borrell', 'Jens Stoltenberg', 'Volodymyr Zelensky', 'oil embargo'])
    assert.ok(marked.includes(name), `${name} marked (${marked.join(', ')})`);
  assert.ok(!marked.some((t) => /Most read|Home/.test(t)));
  assert.ok(
    scripts.some((s) => s.startsWith('heavy-')),
    `the detection chunk was loaded (${scripts.join(', ')})`,
  );

  // The seed article, by contrast, is settled by its markup: no detection chunk.
  const seed = await browser.ctx.newPage();
  const seedScripts = [];
  seed.on('request', (r) => r.url().includes('/assets/') && seedScripts.push(r.url().split('/').pop()));
  await seed.goto(`${server.origin}/shared/fixtures/seed-article-nl.html`);
  await seed.locator('[data-testid="gloss-panel"]').waitFor();
  assert.ok(!seedScripts.some((s) => s.startsWith('heavy-')), seedScripts.join(', '));
});
