// Long articles, which Gloss detects, reads and recognises in slices that give the page the main
// thread back in between: the marks land on the right words, also when the page edits the
// article's text while Gloss is paused between slices (offsets from before the edit must never be
// applied).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './server.mjs';
import { launchWithExtension } from './browser.mjs';

const NAMES = ['Jens Stoltenberg', 'Volodymyr Zelensky', 'Emmanuel Macron', 'Srebrenica'];

function longArticle(paragraphs, script = '') {
  const p = (i) =>
    `<p>Alinea ${i}: volgens ${NAMES[i % NAMES.length]} moeten de bondgenoten de steun aan het land snel opvoeren, <em>zeiden</em> diplomaten dinsdag.</p>`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Lang artikel</title><meta property="og:type" content="article"></head><body><main><article><h1>Lang artikel</h1>${Array.from({ length: paragraphs }, (_, i) => p(i)).join('\n')}</article></main>${script}</body></html>`;
}

const DIR = resolve(import.meta.dirname, '../fixtures/generated');
let server, browser, page;
const errors = [];

before(async () => {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(resolve(DIR, 'long-article.html'), longArticle(4000));
  // Every 15 ms for 2 s, a character is inserted at the start of the first paragraph: every offset
  // Gloss collected before the edit now points one character too far.
  writeFileSync(
    resolve(DIR, 'long-article-editing.html'),
    longArticle(
      4000,
      `<script>
        const first = document.querySelector('article p').firstChild;
        const timer = setInterval(() => first.insertData(0, '»'), 15);
        setTimeout(() => clearInterval(timer), 2000);
      </script>`,
    ),
  );
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.ctx.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
after(async () => {
  await browser?.ctx.close();
  await server?.close();
});

/** The text under every mark Gloss registered. */
const markedTexts = () =>
  page.evaluate(() =>
    ['person', 'term', 'history', 'place'].flatMap((cat) =>
      [...(CSS.highlights.get(`gloss-${cat}`) ?? [])].map((r) => r.toString()),
    ),
  );

test('a 4,000-paragraph article is marked on the right words', async () => {
  await page.goto(`${server.origin}/fixtures/generated/long-article.html`);
  await page.getByTestId('gloss-tab').or(page.getByTestId('gloss-panel')).first().waitFor({ timeout: 60000 });
  const texts = await markedTexts();
  assert.ok(texts.length >= NAMES.length, texts.join(', '));
  for (const t of texts) assert.ok(NAMES.includes(t), `mark on "${t}"`);
});

test('edits to the article while Gloss works never leave marks on shifted text', async () => {
  await page.goto(`${server.origin}/fixtures/generated/long-article-editing.html`);
  // Sample the marks all the while: a run whose text went stale must never show.
  const seen = new Set();
  const end = Date.now() + 8000;
  while (Date.now() < end) {
    for (const t of await markedTexts()) seen.add(t);
    await page.waitForTimeout(40);
  }
  await page.getByTestId('gloss-tab').or(page.getByTestId('gloss-panel')).first().waitFor({ timeout: 30000 });
  for (const t of await markedTexts()) seen.add(t);
  assert.ok(seen.size > 0, 'no marks at all');
  for (const t of seen) assert.ok(NAMES.includes(t), `mark on "${t}"`);
  assert.deepEqual(errors, []);
});
