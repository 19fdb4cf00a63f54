// Live look-ups end to end: no request leaves the machine on page load; opening a card makes
// exactly the expected requests to the (local) Wikipedia/Wikidata stand-in; the second opening,
// even after a reload, is served from the cache; switching look-ups off sends nothing.
// All non-loopback traffic goes to a recording proxy that refuses it, so "nothing left the
// machine" is measured, not assumed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { startServer } from './server.mjs';
import { launchWithExtension, setSettings } from './browser.mjs';
import { startWikiMock } from '../support/wiki-mock.mjs';

let server, wiki, proxy, browser, page;
const traffic = [];
/** Chromium's own services (updates, accounts, autofill) also try the proxy; they are not Gloss. */
const BROWSER_OWN = /\b(?:[\w-]+\.)*(?:google|googleapis|gstatic|gvt1|gvt2)\.com\b/;
const outside = () => traffic.filter((r) => !BROWSER_OWN.test(r));

function startRecordingProxy() {
  const p = createServer((req, res) => {
    traffic.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  p.on('connect', (req, socket) => {
    traffic.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((ok) => p.listen(0, '127.0.0.1', () => ok(p)));
}

const openCard = async (id) => {
  await page.locator(`button.item[data-entity="${id}"]`).click();
  await page.locator(`[data-testid="gloss-card"][data-entity="${id}"] [data-testid="gloss-live"]:not(:has-text("…"))`).waitFor();
  return page.locator(`[data-testid="gloss-card"][data-entity="${id}"] [data-testid="gloss-live"]`);
};

before(async () => {
  server = await startServer();
  wiki = await startWikiMock({ hangMs: 3000 });
  proxy = await startRecordingProxy();
  browser = await launchWithExtension({ args: [`--proxy-server=http://127.0.0.1:${proxy.address().port}`] });
  await browser.sw.evaluate((base) => chrome.storage.local.set({ glossApiBase: { ...base, timeoutMs: 1500 } }), wiki.base);
  page = await browser.ctx.newPage();
});

after(async () => {
  await browser?.ctx.close();
  await Promise.all([server?.close(), wiki?.close(), new Promise((ok) => proxy?.close(ok))]);
});

test('page load makes no request beyond the page itself', async () => {
  await page.goto(`${server.origin}/shared/fixtures/seed-article-nl.html`);
  await page.locator('[data-testid="gloss-panel"]').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(wiki.log, []);
  assert.deepEqual(outside(), []);
});

test('opening a card makes exactly the expected look-ups, in the card language', async () => {
  const live = await openCard('jens-stoltenberg');
  assert.match(await live.textContent(), /Jens Stoltenberg is een Noors politicus/);
  assert.match(await live.textContent(), /CC BY-SA 4\.0/);
  await page.screenshot({ path: resolve(import.meta.dirname, '../../docs/screenshots/seed-card-live.png') });
  assert.deepEqual(wiki.log, [
    '/wp/nl/api/rest_v1/page/summary/Jens_Stoltenberg',
    '/wd/w/api.php?action=wbgetentities&format=json&origin=*&props=claims|descriptions&languages=nl|en&ids=Q57479',
    '/wd/w/api.php?action=wbgetentities&format=json&origin=*&props=labels&languages=nl|en&ids=Q7|Q8',
  ]);
  // The only other traffic is the thumbnail the reader now sees, and it was refused by the proxy.
  assert.ok(
    outside().every((r) => r.includes('upload.wikimedia.org')),
    outside().join('\n'),
  );
});

test('the second opening, even after a reload, comes from the cache', async () => {
  const before = wiki.log.length;
  await page.keyboard.press('Escape');
  await openCard('jens-stoltenberg');
  await page.reload();
  await page.locator('[data-testid="gloss-panel"]').waitFor();
  const live = await openCard('jens-stoltenberg');
  assert.match(await live.textContent(), /Noors politicus/);
  assert.equal(wiki.log.length, before);
});

test('a missing article ends in a quiet line, not an error', async () => {
  const live = await openCard('elina-ribakova');
  assert.equal(await live.getAttribute('data-reason'), 'not-found');
  assert.equal(await page.locator('[data-testid="gloss-card"][data-entity="elina-ribakova"]').count(), 1);
});

test('with live look-ups off, cards say so and nothing is requested', async () => {
  await setSettings(browser.sw, { liveLookups: false });
  await page.reload();
  await page.locator('[data-testid="gloss-panel"]').waitFor();
  const before = wiki.log.length;
  const live = await openCard('vladimir-putin');
  assert.equal(await live.getAttribute('data-reason'), 'disabled');
  assert.equal(wiki.log.length, before);
  await setSettings(browser.sw, { liveLookups: true });
});

test('a person outside the knowledge base gets a card with offices as of the article date', async () => {
  await page.goto(`${server.origin}/fixtures/pages/inferred-person.html`);
  // This page leaves no margin beside the article, so the panel starts folded away as a tab.
  await page.getByTestId('gloss-tab').click();
  const item = page.locator('button.item[data-entity="inferred:Sofie Vermeulenhof"]');
  await item.waitFor();
  await item.click();
  const card = page.locator('[data-testid="gloss-card"][data-entity="inferred:Sofie Vermeulenhof"]');
  await card.locator('[data-testid="gloss-live"]:not(:has-text("…"))').waitFor();
  await card.locator('[data-testid="gloss-card-at-date"]').waitFor();
  const text = await card.textContent();
  assert.match(text, /On 6 April 2022/);
  assert.match(text, /Director of the Test Institute for Security since March 2019/);
  assert.match(text, /Since 1 July 2023: special adviser to the Test Ministry/);
  assert.match(text, /fictional security analyst/);
});
