// The reading experience in real Chromium: look-ups (search box, selection "Explain"),
// "Don't explain this again" with undo in the options page, density, keyboard stepping
// through marks, dark pages, and axe-core on the panel, a card, the popup and the options page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { startServer } from './server.mjs';
import { launchWithExtension, setSettings } from './browser.mjs';
import { axeViolations } from './a11y.mjs';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const PANEL = [['#gloss-host', '[data-testid="gloss-panel"]']];
let server, browser, page;
const pageErrors = [];

const panelReady = () => page.locator('[data-testid="gloss-panel"]').waitFor();
const markCount = () =>
  page.evaluate(() =>
    ['person', 'term', 'history', 'place'].reduce((n, c) => n + (CSS.highlights.get(`gloss-${c}`)?.size ?? 0), 0),
  );

before(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.origin}/shared/fixtures/seed-article-nl.html`);
  await panelReady();
});

after(async () => {
  await browser?.ctx.close();
  await server?.close();
});

test('the panel and a card pass axe-core', async () => {
  assert.deepEqual(await axeViolations(page, { include: PANEL }), []);
  await page.locator('button.item[data-entity="vladimir-putin"]').click();
  await page.locator('[data-testid="gloss-card"][data-entity="vladimir-putin"]').waitFor();
  assert.deepEqual(await axeViolations(page, { include: PANEL }), []);
  await page.keyboard.press('Escape');
});

test('the search box looks things up in the knowledge base', async () => {
  const box = page.getByTestId('gloss-search');
  await box.fill('Gorbat');
  await page.locator('[role="option"]', { hasText: 'Gorbatsjov' }).first().waitFor();
  await box.press('Enter');
  const card = page.locator('[data-testid="gloss-card"][data-entity="mikhail-gorbachev"]');
  await card.waitFor();
  assert.match(await card.textContent(), /Sovjet-Unie/);
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
});

test('selecting text offers "Explain", which opens the card or says nothing was found', async () => {
  const selectText = (text) =>
    page.evaluate((t) => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent.includes(t));
      const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.data.includes(t));
      const r = document.createRange();
      r.setStart(node, node.data.indexOf(t));
      r.setEnd(node, node.data.indexOf(t) + t.length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(r);
    }, text);
  await selectText('Europa');
  await page.getByTestId('gloss-explain-selection').click();
  await page.locator('[data-testid="gloss-card"][data-entity="europe"]').waitFor();
  await page.keyboard.press('Escape');
  await selectText('bloeddorst');
  await page.getByTestId('gloss-explain-selection').click();
  assert.match(await page.getByTestId('gloss-notice').textContent(), /bloeddorst/);
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.getSelection().removeAllRanges());
});

test('keyboard stepping opens each marked term in turn', async () => {
  // Tab URLs are hidden from the extension (no "tabs" permission): send to every tab, as the
  // background's command handler does for the active one.
  const step = (direction) =>
    browser.sw.evaluate(async (d) => {
      for (const tab of await chrome.tabs.query({}))
        await chrome.tabs.sendMessage(tab.id, { type: 'step', direction: d }).catch(() => {});
    }, direction);
  await step(1);
  const first = await page.locator('[data-testid="gloss-card"]').getAttribute('data-entity');
  await step(1);
  await page.waitForFunction(
    (id) => document.getElementById('gloss-host').shadowRoot.querySelector('[data-testid="gloss-card"]')?.dataset.entity !== id,
    first,
  );
  await step(-1);
  await page.waitForFunction(
    (id) => document.getElementById('gloss-host').shadowRoot.querySelector('[data-testid="gloss-card"]')?.dataset.entity === id,
    first,
  );
  assert.equal(first, 'nato');
  await page.keyboard.press('Escape');
});

test('"Don\'t explain this again" mutes an entity; the options page undoes it', async () => {
  await page.locator('button.item[data-entity="walter-russell-mead"]').click();
  await page.getByTestId('gloss-mute').click();
  await page.locator('button.item[data-entity="walter-russell-mead"]').waitFor({ state: 'detached' });

  const options = await browser.ctx.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
  const muted = options.getByTestId('muted-list');
  await muted.waitFor();
  assert.match(await muted.textContent(), /Walter Russell Mead/);
  assert.deepEqual(await axeViolations(options), []);
  await options.screenshot({ path: resolve(SHOTS, 'options.png'), fullPage: true });
  await muted.getByRole('button').first().click();
  await page.locator('button.item[data-entity="walter-russell-mead"]').waitFor();
  await options.close();
});

test('density: every mention, or none (panel only)', async () => {
  const first = await markCount();
  await setSettings(browser.sw, { density: 'all' });
  await page.waitForFunction(
    (n) => ['person', 'term', 'history', 'place'].reduce((s, c) => s + (CSS.highlights.get(`gloss-${c}`)?.size ?? 0), 0) > n,
    first,
  );
  await setSettings(browser.sw, { density: 'none' });
  await page.waitForFunction(() => ['person', 'term', 'history', 'place'].every((c) => !CSS.highlights.get(`gloss-${c}`)?.size));
  await panelReady();
  await setSettings(browser.sw, { density: 'first' });
  await page.waitForFunction(
    (n) => ['person', 'term', 'history', 'place'].reduce((s, c) => s + (CSS.highlights.get(`gloss-${c}`)?.size ?? 0), 0) === n,
    first,
  );
});

test('the popup passes axe-core and looks things up', async () => {
  const popup = await browser.ctx.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/index.html`);
  await popup.getByTestId('toggle-everywhere').waitFor();
  const search = popup.getByTestId('gloss-search');
  await search.waitFor();
  await search.fill('Stoltenb');
  await search.press('Enter');
  await popup.locator('[data-testid="gloss-card"][data-entity="jens-stoltenberg"]').waitFor();
  assert.deepEqual(await axeViolations(popup), []);
  // Per-category switch: people off, the panel's People group goes; back on, it returns.
  await popup.getByTestId('popup-cat-person').uncheck();
  await page.locator('[data-testid="gloss-panel"] section[data-category="person"]').waitFor({ state: 'detached' });
  await popup.getByTestId('popup-cat-person').check();
  await page.locator('[data-testid="gloss-panel"] section[data-category="person"]').waitFor();
  await popup.screenshot({ path: resolve(SHOTS, 'popup-lookup.png'), fullPage: true });
  await popup.close();
});

test('dark pages get a dark panel', async () => {
  const dark = await browser.ctx.newPage();
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.goto(`${server.origin}/fixtures/pages/seed-dark.html`);
  await dark.locator('[data-testid="gloss-panel"]').waitFor();
  assert.equal(
    await dark.evaluate(() => document.getElementById('gloss-host').shadowRoot.querySelector('.gloss').className),
    'gloss dark',
  );
  await dark.locator('button.item[data-entity="jens-stoltenberg"]').click();
  assert.deepEqual(await axeViolations(dark, { include: PANEL }), []);
  await dark.screenshot({ path: resolve(SHOTS, 'seed-dark.png') });
  await dark.close();
  assert.deepEqual(pageErrors, []);
});

test('choosing an entry scrolls to its mention and back; the card names related entries in the article', async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
  // Milošević is first named far down the article.
  await page.locator('button.item[data-entity="slobodan-milosevic"]').click();
  await page.locator('[data-testid="gloss-card"][data-entity="slobodan-milosevic"]').waitFor();
  await page.waitForFunction(() => window.scrollY > 100);
  await page.getByTestId('gloss-scroll-back').click();
  await page.waitForFunction(() => window.scrollY === 0);
  await page.getByTestId('gloss-scroll-back').waitFor({ state: 'detached' });

  await page.locator('button.item[data-entity="jens-stoltenberg"]').click();
  const card = page.locator('[data-testid="gloss-card"][data-entity="jens-stoltenberg"]');
  await card.waitFor();
  // Stoltenberg's entry is related to NATO, which this article names too; the name opens its card.
  assert.match(await card.getByTestId('gloss-card-also').textContent(), /NAVO/);
  await card.getByTestId('gloss-card-also').getByRole('button', { name: 'NAVO' }).click();
  await page.locator('[data-testid="gloss-card"][data-entity="nato"]').waitFor();
  await page.keyboard.press('Escape');
  assert.deepEqual(pageErrors, []);
});
