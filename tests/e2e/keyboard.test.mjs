// Keyboard readers reach cards by the page's own means: focusing a linked name shows its card,
// moving the caret into a mark shows the card and Enter pins it; focus elsewhere closes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchWithExtension } from './browser.mjs';

let server, browser, page;
const pageErrors = [];
const card = () => page.locator('[data-testid="gloss-card"]');
const cardEntity = () =>
  page.evaluate(
    () => document.getElementById('gloss-host')?.shadowRoot.querySelector('[data-testid="gloss-card"]')?.dataset.entity ?? null,
  );
const cardPinned = () =>
  page.evaluate(() =>
    document.getElementById('gloss-host').shadowRoot.querySelector('[data-testid="gloss-card"]').classList.contains('pinned'),
  );

before(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.origin}/fixtures/pages/keyboard.html`);
  // The page leaves no margin beside the article: the panel may start folded away as a tab.
  await page.locator('[data-testid="gloss-panel"], [data-testid="gloss-tab"]').first().waitFor();
});

after(async () => {
  await browser?.ctx.close();
  await server?.close();
});

test('Tab onto a linked name shows its card; Tab away closes it; the link still works', async () => {
  await page.focus('#first-link');
  assert.equal(await cardEntity(), null);
  // Tab through the page's own links until the linked name has focus.
  for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== 'name-link'; i++)
    await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'name-link');
  await page.waitForFunction(
    () =>
      document.getElementById('gloss-host').shadowRoot.querySelector('[data-testid="gloss-card"]')?.dataset.entity ===
      'jens-stoltenberg',
  );
  assert.equal(await cardPinned(), false, 'focus shows a preview, not a pinned card');
  // Screen readers hear what the preview says (a polite live region, removed a few seconds later).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('gloss-announcer')].some((h) => /Jens Stoltenberg/.test(h.shadowRoot?.textContent ?? '')),
  );
  // Focus stays on the page's link: the card does not steal it.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'name-link');

  await page.keyboard.press('Tab'); // to "Read the communiqué": no mark inside
  await card().waitFor({ state: 'detached' });

  await page.focus('#name-link');
  await card().waitFor();
  await page.keyboard.press('Enter'); // a link's Enter follows the link, as always
  await page.waitForFunction(() => location.hash === '#stoltenberg');
  await page.keyboard.press('Escape');
  await card().waitFor({ state: 'detached' });
});

test('the caret moved into a mark by keys shows the card; Enter pins it', async () => {
  await page.evaluate(() => document.activeElement?.blur());
  // Caret browsing: put the caret just before "Joe Biden", then move it into the name with a key.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('article p')].find((el) => el.textContent.includes('Joe Biden'));
    const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.data.includes('Joe Biden'));
    const at = node.data.indexOf('Joe Biden');
    document.getSelection().collapse(node, at - 1);
  });
  assert.equal(await cardEntity(), null, 'placing the caret without a key press opens nothing');
  await page.keyboard.down('Shift');
  await page.keyboard.up('Shift'); // a key press marks the caret as keyboard-driven
  await page.evaluate(() => {
    const sel = document.getSelection();
    sel.collapse(sel.anchorNode, sel.anchorOffset + 2);
  });
  await page.waitForFunction(
    () =>
      document.getElementById('gloss-host').shadowRoot.querySelector('[data-testid="gloss-card"]')?.dataset.entity ===
      'joe-biden',
  );
  assert.equal(await cardPinned(), false);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    document.getElementById('gloss-host').shadowRoot.querySelector('[data-testid="gloss-card"]')?.classList.contains('pinned'),
  );
  await page.keyboard.press('Escape');
  await card().waitFor({ state: 'detached' });
  assert.deepEqual(pageErrors, []);
});
