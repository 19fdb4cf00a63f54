// Pages that change after load: a paragraph that arrives later is picked up (and dropped again when
// it is removed) without rebuilding the panel or closing the open card, a single-page
// navigation (new URL, new article, no reload) replaces the panel's contents, and a ticker outside
// the article that changes every 50 ms does not make Gloss rescan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchWithExtension } from './browser.mjs';

let server, browser, page;
const errors = [];
before(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.ctx.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
after(async () => {
  await browser?.ctx.close();
  await server?.close();
});

const item = (id) => page.locator(`[data-testid="gloss-panel"] button.item[data-entity="${id}"]`);

test('a paragraph added after load is explained; navigation without reload starts over', async () => {
  await page.goto(`${server.origin}/fixtures/pages/dynamic.html`);
  await page.getByTestId('gloss-tab').or(page.getByTestId('gloss-panel')).first().waitFor();
  if (await page.getByTestId('gloss-tab').isVisible()) await page.getByTestId('gloss-tab').click();
  await item('nato').waitFor();
  assert.equal(await item('jens-stoltenberg').count(), 0);
  // The reader has a card open while the page changes.
  await item('nato').click();
  const natoCard = page.locator('[data-testid="gloss-card"][data-entity="nato"]');
  await natoCard.waitFor();
  const panel = await page.evaluateHandle(() =>
    document.getElementById('gloss-host').shadowRoot.querySelector('[data-testid="gloss-panel"]'),
  );

  // The late paragraph arrives after 3 s; once the article settles only it is recognised, and the
  // session is updated in place: same panel, the open card stays.
  await item('jens-stoltenberg').waitFor({ timeout: 10000 });
  const marked = await page.evaluate(() => [...(CSS.highlights.get('gloss-person') ?? [])].map((r) => r.toString()));
  assert.ok(marked.includes('Jens Stoltenberg'), marked.join(', '));
  assert.ok(await page.evaluate((p) => p.isConnected, panel), 'the panel was updated, not rebuilt');
  assert.equal(await natoCard.count(), 1, 'the open card stayed open');

  // The paragraph goes again: its marks and its entity go with it, the rest stays.
  await page.evaluate(() => window.removeLastParagraph());
  await item('jens-stoltenberg').waitFor({ state: 'detached', timeout: 10000 });
  assert.deepEqual(await page.evaluate(() => [...(CSS.highlights.get('gloss-person') ?? [])].map((r) => r.toString())), []);
  assert.ok(await page.evaluate((p) => p.isConnected, panel));
  assert.equal(await natoCard.count(), 1);
  await page.keyboard.press('Escape');

  // Single-page navigation: the old article's entities go, the new one's come.
  await page.evaluate(() => window.goToNextStory());
  if (
    await page
      .getByTestId('gloss-tab')
      .isVisible({ timeout: 3000 })
      .catch(() => false)
  )
    await page.getByTestId('gloss-tab').click();
  await item('volodymyr-zelensky').waitFor({ timeout: 10000 });
  assert.equal(await item('jens-stoltenberg').count(), 0);
  const after = await page.evaluate(() => [...(CSS.highlights.get('gloss-person') ?? [])].map((r) => r.toString()));
  assert.deepEqual(after, ['Volodymyr Zelensky']);

  // The ticker keeps changing outside the article; the panel stays put (no rescans, no errors).
  const before = await page.evaluateHandle(() =>
    document.getElementById('gloss-host').shadowRoot.querySelector('[data-testid="gloss-panel"]'),
  );
  await page.waitForTimeout(1500);
  assert.ok(await page.evaluate((p) => p.isConnected, before), 'the panel was not rebuilt while the ticker ran');
  assert.deepEqual(errors, []);
});
