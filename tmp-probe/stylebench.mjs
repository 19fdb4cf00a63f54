import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
const page = await browser.newPage();
const CAT = ['person', 'term', 'history', 'place'];
const hl = CAT.map((c) => `::highlight(gloss-${c}) { text-decoration: underline 2px dotted var(--gloss-${c}, #2f6fd6); text-underline-offset: 3px; }`).join('\n');
const hlroot = CAT.map((c) => `:root::highlight(gloss-${c}) { text-decoration: underline 2px dotted #2f6fd6; }`).join('\n');
const hlart = CAT.map((c) => `article ::highlight(gloss-${c}) { text-decoration: underline 2px dotted #2f6fd6; }`).join('\n');
const hlid = CAT.map((c) => `#nonexistent ::highlight(gloss-${c}) { text-decoration: underline 2px dotted #2f6fd6; }`).join('\n');
const variants = {
  hlroot, hlart, hlid,
  current: `:root { --gloss-person: #2f6fd6; --gloss-term: #b8590b; --gloss-history: #8a3fc4; --gloss-place: #1c8a5a; --gloss-active-bg: rgba(255,214,10,.35); }\n${hl}\ngloss-mark { all: unset; display: inline; }`,
  //noroot: `${hl}\ngloss-mark { all: unset; display: inline; }`,
  onlyhl: hl,
  //onlymark: `gloss-mark { all: unset; display: inline; }`,
  none: '',
};
const res = {};
for (let i = 0; i < 5; i++)
  for (const [k, css] of Object.entries(variants)) {
    await page.goto(`${server.origin}/fixtures/generated/big-article.html`);
    await page.evaluate(() => document.body.getBoundingClientRect());
    await page.waitForTimeout(300);
    const ms = await page.evaluate((css) => {
      const t = performance.now();
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
      const host = document.createElement('gloss-root');
      document.documentElement.appendChild(host);
      host.getBoundingClientRect();
      return performance.now() - t;
    }, css);
    (res[k] ??= []).push(ms);
  }
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(10), v.map((x) => x.toFixed(0)).join(' '));
await browser.close(); await server.close();
