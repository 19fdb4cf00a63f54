// "Not this one?": a mark that may mean someone else offers the other readings (the recogniser's
// runners-up and every entry named the same), choosing one re-labels the mark, the card and the
// panel; "Hide this mark" removes the mark on this page only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchWithExtension, setSettings } from './browser.mjs';

let server, browser, page;
const pageErrors = [];
const markCount = () =>
  page.evaluate(() =>
    ['person', 'term', 'history', 'place'].reduce((n, c) => n + (CSS.highlights.get(`gloss-${c}`)?.size ?? 0), 0),
  );

before(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  await setSettings(browser.sw, { density: 'all' });
  page = await browser.ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.origin}/fixtures/pages/ambiguous.html`);
  await page.locator('[data-testid="gloss-panel"], [data-testid="gloss-tab"]').first().waitFor();
});

after(async () => {
  await browser?.ctx.close();
  await server?.close();
});

test('"Not this one?" offers the other Kaczyński and switches to him', async () => {
  const before = await markCount();
  const box = await page.locator('#second').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const card = page.locator('[data-testid="gloss-card"]');
  await page.locator('[data-testid="gloss-card"][data-entity="jaroslaw-kaczynski"]').waitFor();
  await card.getByRole('button', { name: /not this one/i }).click();
  const other = card.getByRole('button', { name: /Lech Kaczyński/ });
  await other.click();
  await page.locator('[data-testid="gloss-card"][data-entity="lech-kaczynski"]').waitFor();
  // The panel now lists both twins: the first mention is still Jarosław.
  await page.locator('button.item[data-entity="lech-kaczynski"]').waitFor();
  await page.locator('button.item[data-entity="jaroslaw-kaczynski"]').waitFor();
  assert.equal(await markCount(), before);

  await card.getByRole('button', { name: /not this one/i }).click();
  await page.getByTestId('gloss-hide-mark').click();
  await page.waitForFunction(
    (n) =>
      ['person', 'term', 'history', 'place'].reduce((s, c) => s + (CSS.highlights.get(`gloss-${c}`)?.size ?? 0), 0) === n - 1,
    before,
  );
  await page.locator('button.item[data-entity="lech-kaczynski"]').waitFor({ state: 'detached' });
  assert.deepEqual(pageErrors, []);
});
