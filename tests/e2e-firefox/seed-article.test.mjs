// End to end in Firefox (Debian's firefox-esr over WebDriver BiDi, puppeteer-core) with the Firefox
// build installed as a temporary add-on: the Dutch seed article is explained, nothing outside the
// article is marked, choosing an entry or hovering a mark opens a card, the background sets the
// badge, switching Gloss off restores the DOM exactly and switching it on brings everything back;
// the toolbar popup's switch works too. Saves docs/screenshots/firefox-seed.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { startServer } from '../e2e/server.mjs';
import { launchWithExtension, openExtensionPage, setSettings } from './firefox.mjs';

const GOLD = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../shared/eval/seed-article-nl.gold.json'), 'utf8'));
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const PANEL = '#gloss-host >>> [data-testid="gloss-panel"]';
const cardSelector = (id) => `#gloss-host >>> [data-testid="gloss-card"][data-entity="${id}"]`;
// `visible: true` also makes puppeteer poll every frame: its default (a MutationObserver on the
// document) never sees changes inside the panel's shadow root.
const shown = { visible: true };
let server, ext, page, popup;
const pageErrors = [];

const panelShown = () => page.waitForSelector(PANEL, shown);
const panelGone = () => page.waitForFunction(() => !document.getElementById('gloss-host'));
const articleHtml = () => page.evaluate(() => document.querySelector('article').innerHTML);
/**
 * Every marked range, read from the page's highlight registry. The content script's Highlight
 * objects are registered on the page's own CSS.highlights in Firefox too, so the page sees them.
 */
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
  ext = await launchWithExtension();
  // The extension's popup, open in a background tab: the realm the tests write settings from.
  popup = await openExtensionPage(ext, 'src/ui/popup/index.html');
  page = await ext.browser.newPage();
  await page.setViewport({ width: 1360, height: 900 });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

after(async () => {
  await ext?.browser.close();
  await server?.close();
});

test('seed article in Firefox: panel, marks, card, off and on', { timeout: 120_000 }, async () => {
  // The article's DOM as the site serves it, with Gloss off.
  await setSettings(popup, { enabled: false });
  await page.goto(`${server.origin}/shared/fixtures/seed-article-nl.html`, { waitUntil: 'load' });
  const pristine = await articleHtml();
  const pristineBody = await page.evaluate(() => document.body.innerHTML);

  await setSettings(popup, { enabled: true });
  await panelShown();

  // The panel lists the 8 people of the gold file under People.
  const people = await page.$$eval(`${PANEL} section[data-category="person"] .name`, (els) => els.map((e) => e.textContent));
  const goldPeople = GOLD.required.filter((e) => e.category === 'person');
  assert.equal(goldPeople.length, 8);
  for (const person of goldPeople) {
    const label = person.wikipedia.nl ?? person.name;
    assert.ok(
      people.some((p) => p === label || p === person.name),
      `panel lists ${person.name} (has: ${people.join(', ')})`,
    );
  }

  // Marks sit on the right words and only inside the article; the article's DOM is untouched.
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
  assert.equal(await articleHtml(), pristine);

  await page.screenshot({ path: resolve(SHOTS, 'firefox-seed.png') });

  // The background script runs too: the content script's count reached the toolbar badge.
  const badges = () =>
    popup.evaluate(async () => {
      const { tabs, action } = globalThis.browser;
      return Promise.all((await tabs.query({})).map((tab) => action.getBadgeText({ tabId: tab.id })));
    });
  for (let tries = 0; !(await badges()).some((b) => Number(b) > 0); tries++) {
    assert.ok(tries < 50, `no tab got a badge count (badges: ${JSON.stringify(await badges())})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }

  // Choosing an entry pins its card: the role as of the article's date.
  await page.click(`${PANEL} button.item[data-entity="jens-stoltenberg"]`);
  const card = await page.waitForSelector(cardSelector('jens-stoltenberg'), shown);
  const cardText = await card.evaluate((el) => el.textContent);
  assert.match(cardText, /Secretaris-generaal van de NAVO sinds 1 oktober 2014/);
  assert.match(cardText, /Mark Rutte/);
  await page.keyboard.press('Escape');
  await page.waitForSelector(cardSelector('jens-stoltenberg'), { hidden: true });

  // Hovering a mark opens its card after a short dwell (hit-testing the highlight's rects).
  const box = await page.evaluate(() => {
    const r = [...CSS.highlights.get('gloss-history')].find((x) => x.toString() === 'Srebrenica').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector(cardSelector('srebrenica-genocide'), shown);

  // Off: every mark and the panel go; the page's DOM is exactly as served.
  await setSettings(popup, { enabled: false });
  await panelGone();
  assert.equal((await marks()).length, 0);
  assert.equal(await articleHtml(), pristine);
  assert.equal(await page.evaluate(() => document.body.innerHTML), pristineBody);

  // On again: everything comes back.
  await setSettings(popup, { enabled: true });
  await panelShown();
  assert.equal((await marks()).length, marked.length);
  assert.deepEqual(pageErrors, []);
});

test('the toolbar popup switches Gloss off and on everywhere', { timeout: 60_000 }, async () => {
  await popup.bringToFront();
  const everywhere = await popup.waitForSelector('[data-testid="toggle-everywhere"]');
  assert.equal(await everywhere.evaluate((el) => el.checked), true);
  await everywhere.click();
  await page.bringToFront();
  await panelGone();
  await popup.bringToFront();
  await everywhere.click();
  await page.bringToFront();
  await panelShown();
  assert.deepEqual(pageErrors, []);
});
