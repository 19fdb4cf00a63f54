// End to end, in real Chromium with the built extension: the Dutch seed article is explained,
// nothing outside the article is marked, toggling off restores the DOM exactly, toggling on
// brings everything back. Saves the screenshots README.md shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { startServer } from './server.mjs';
import { launchWithExtension, setSettings } from './browser.mjs';

const GOLD = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../shared/eval/seed-article-nl.gold.json'), 'utf8'));
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
let server, browser, page;
const pageErrors = [];

const panelText = () =>
  page.waitForFunction(
    () => document.getElementById('gloss-host')?.shadowRoot?.querySelector('[data-testid="gloss-panel"]')?.textContent,
  );
const panelGone = () => page.waitForFunction(() => !document.getElementById('gloss-host'));
const articleHtml = () => page.evaluate(() => document.querySelector('article').innerHTML);
/** Every marked range, read from the page's highlight registry. */
const marks = () =>
  page.evaluate(() =>
    ['person', 'term', 'history', 'place'].flatMap((cat) =>
      [...(CSS.highlights.get(`gloss-${cat}`) ?? [])].map((r) => ({
        cat,
        text: r.toString(),
        inArticle: !!(
          r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement
        ).closest('article'),
      })),
    ),
  );

before(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

after(async () => {
  await browser?.ctx.close();
  await server?.close();
});

test('seed article: panel, marks, cards, toggles', async () => {
  // The article's DOM as the site serves it, with Gloss off.
  await setSettings(browser.sw, { enabled: false });
  await page.goto(`${server.origin}/shared/fixtures/seed-article-nl.html`);
  await page.waitForLoadState('load');
  const pristine = await articleHtml();
  const pristineBody = await page.evaluate(() => document.body.innerHTML);

  await setSettings(browser.sw, { enabled: true });
  await panelText();
  const text = await panelText().then((h) => h.jsonValue());

  // The panel lists the 8 people of the gold file under People.
  const people = await page.locator('[data-testid="gloss-panel"] section[data-category="person"] .name').allTextContents();
  const goldPeople = GOLD.required.filter((e) => e.category === 'person');
  assert.equal(goldPeople.length, 8);
  for (const person of goldPeople) {
    const label = person.wikipedia.nl ?? person.name;
    assert.ok(
      people.some((p) => p === label || p === person.name),
      `panel lists ${person.name} (has: ${people.join(', ')})`,
    );
  }
  assert.match(text, /Geschiedenis|History/);

  // Marks sit on the right words and only inside the article.
  const marked = await marks();
  assert.ok(marked.length >= 15, `expected at least 15 marks, got ${marked.length}`);
  assert.ok(
    marked.every((m) => m.inArticle),
    'no mark outside <article>',
  );
  const markedTexts = marked.map((m) => m.text);
  for (const word of [
    'Jens Stoltenberg',
    'Zelensky',
    'Vladimir Poetin',
    'Milosevic',
    'Karadzic',
    'verdragsgebied',
    'rode lijn',
    'olieboycot',
    'Srebrenica',
    'Boetsja',
    'nazi-Duitsland',
  ])
    assert.ok(markedTexts.includes(word), `"${word}" is marked (marked: ${markedTexts.join(' | ')})`);
  assert.ok(!markedTexts.includes('Marioepol') && !markedTexts.includes('China'), 'related links and comments are not marked');
  // With the Highlight API the article's DOM is not touched at all.
  assert.equal(await articleHtml(), pristine);

  await page.screenshot({ path: resolve(SHOTS, 'seed-panel.png') });

  // The toolbar badge shows how many entries the panel lists (sent a task after the marks).
  const listed = await page.evaluate(
    () => document.getElementById('gloss-host').shadowRoot.querySelectorAll('[data-testid="gloss-panel"] button.item').length,
  );
  const badge = () =>
    browser.sw
      .evaluate(async () => (await chrome.tabs.query({ active: true })).map((t) => t.id))
      .then((ids) =>
        browser.sw.evaluate((tabIds) => Promise.all(tabIds.map((tabId) => chrome.action.getBadgeText({ tabId }))), ids),
      );
  for (let tries = 0; !(await badge()).includes(String(listed)); tries++) {
    assert.ok(tries < 50, `badge ${JSON.stringify(await badge())}, panel lists ${listed}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  // Choosing an entry pins its card: role as of the article's date, and what changed since.
  await page.locator('[data-testid="gloss-panel"] button.item[data-entity="jens-stoltenberg"]').click();
  const card = page.locator('[data-testid="gloss-card"][data-entity="jens-stoltenberg"]');
  await card.waitFor();
  const cardText = await card.textContent();
  assert.match(cardText, /Secretaris-generaal van de NAVO sinds 1 oktober 2014/);
  assert.match(cardText, /Mark Rutte/);
  // Successors are named, though the article never mentions them (the page had only the ids once).
  assert.doesNotMatch(cardText, /mark-rutte/);
  assert.match(cardText, /Wikipedia \(nl\)/);
  await page.screenshot({ path: resolve(SHOTS, 'seed-card.png') });
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });

  // Hovering a mark opens its card after a short dwell.
  const box = await page.evaluate(() => {
    const r = [...CSS.highlights.get('gloss-history')].find((x) => x.toString() === 'Srebrenica').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.locator('[data-testid="gloss-card"][data-entity="srebrenica-genocide"]').waitFor();

  // Off: every mark and the panel go; the page's DOM is exactly as served.
  await setSettings(browser.sw, { enabled: false });
  await panelGone();
  // Screen readers hear it; the announcement then leaves the DOM too.
  await page.waitForFunction(() => document.querySelector('gloss-announcer')?.shadowRoot?.textContent === 'Gloss is off');
  await page.waitForFunction(() => !document.querySelector('gloss-announcer'), null, { timeout: 8000 });
  assert.equal((await marks()).length, 0);
  assert.equal(await articleHtml(), pristine);
  assert.equal(await page.evaluate(() => document.body.innerHTML), pristineBody);

  // On again: everything comes back.
  await setSettings(browser.sw, { enabled: true });
  await panelText();
  assert.equal((await marks()).length, marked.length);

  // Per site: off for this host only.
  await setSettings(browser.sw, { disabledSites: ['127.0.0.1'] });
  await panelGone();
  await setSettings(browser.sw, { disabledSites: [] });
  await panelText();
  assert.deepEqual(pageErrors, []);
});

test('the toolbar popup switches Gloss off and on everywhere', async () => {
  const popup = await browser.ctx.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/index.html`);
  const everywhere = popup.getByTestId('toggle-everywhere');
  await everywhere.waitFor();
  assert.equal(await everywhere.isChecked(), true);
  await popup.screenshot({ path: resolve(SHOTS, 'popup.png') });
  await everywhere.uncheck();
  await page.bringToFront();
  await panelGone();
  await popup.bringToFront();
  await everywhere.check();
  await panelText();
  await popup.close();
});

test('a page loaded on a site where Gloss is off stays untouched, and is explained once the site is on', async () => {
  // The article's text goes to the background before the page has read its settings: the
  // background must decline it for a site that is off, and the page must then show nothing.
  await setSettings(browser.sw, { disabledSites: ['127.0.0.1'] });
  await page.goto(`${server.origin}/shared/fixtures/seed-article-nl.html`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => document.getElementById('gloss-host')), null);
  assert.equal((await marks()).length, 0);
  await setSettings(browser.sw, { disabledSites: [] });
  await panelText();
  assert.ok((await marks()).length >= 15);
  assert.deepEqual(pageErrors, []);
});
