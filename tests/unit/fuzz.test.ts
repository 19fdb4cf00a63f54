/**
 * Property-based tests (fast-check) for the text model, the tokeniser, the recogniser and the
 * wrapper mark layer, over random DOM trees and random texts.
 *
 * Normal runs check a few hundred cases in total. `npm run fuzz` (GLOSS_FUZZ_RUNS=3000) runs each
 * property 3,000 times (12,000 cases). GLOSS_FUZZ_SEED replays a failure's seed.
 *
 * What must hold, precisely (collapse(s) = every run of ASCII whitespace [ \t\n\r\f] -> one space):
 *
 * 1. Model and ranges. The model's text equals an independent oracle: walk the root in document
 *    order, keep the data of text nodes not inside an opaque, hidden, editable or skipped element,
 *    cut the result into blocks at every block element's start and end, collapse each block and
 *    trim it, drop empty blocks and join the rest with "\n\n". Every segment copies its characters
 *    from its node (a collapsed space maps to one whitespace character of the run). For every
 *    mention the recogniser returns, `text.slice(start, end) === mention.text`, `rangeFor` gives
 *    a range, and the same oracle applied to only the part of the DOM inside that range gives
 *    exactly `mention.text`. In particular, when the range holds only collected text and no block
 *    boundary, `collapse(range.toString()) === mention.text`.
 * 2. Wrapper layer. While marked, collecting the article again gives the same text; every
 *    `<gloss-mark>` lies inside the article and wraps collected text only (never script, style,
 *    textarea, hidden, editable or skipped content); the marks of a mention within one block
 *    read `mention.text` once collapsed. After `destroy()` the whole document serialises exactly
 *    as before, and walking it yields the very same node objects, in the same order, with the
 *    same data (so adjacent and empty text nodes the page had survive, and every split is merged
 *    back into the node it came from: frameworks that keep references to text nodes keep working).
 * 3. Nothing throws: `collectText`, `tokenize`, `Recogniser.recognise` and the wrapper layer take
 *    any input. Tokens tile the text in order (`raw` and `gap` are slices, `norm === fold(raw)`);
 *    mentions are sorted, disjoint, inside the text, above the threshold, and name known entries.
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWrapperLayer } from '../../src/content/highlight/wrapper-layer';
import type { Mention } from '../../src/core/recognise/mention';
import { CONFIDENCE_THRESHOLD, type Recogniser } from '../../src/core/recognise/recogniser';
import { fold } from '../../src/core/text/fold';
import { collectText, rangeFor, segmentAt, type TextModel } from '../../src/core/text/text-model';
import { tokenize } from '../../src/core/text/tokenize';
import { realRecogniser } from './helpers';

const RUNS = Number(process.env.GLOSS_FUZZ_RUNS) || 0;
const SEED = process.env.GLOSS_FUZZ_SEED ? Number(process.env.GLOSS_FUZZ_SEED) : undefined;
/**
 * Checks a property `normal` times, or GLOSS_FUZZ_RUNS times in long runs, in chunks of 500 with a
 * turn of the event loop between them: WeakRef targets (jsdom's live ranges, and through them
 * whole documents) stay alive until the current job ends, so one long synchronous loop would
 * keep every case's DOM in memory and slow down as it goes. A failure reports its chunk's seed;
 * GLOSS_FUZZ_SEED=<seed> replays it as the first chunk.
 */
const CHUNK = 500;
async function check<Ts extends [unknown, ...unknown[]]>(prop: fc.IProperty<Ts>, normal: number) {
  const total = RUNS || normal;
  for (let done = 0, i = 0; done < total; done += CHUNK, i++) {
    fc.assert(prop, { numRuns: Math.min(CHUNK, total - done), ...(SEED !== undefined ? { seed: SEED + i } : {}) });
    await new Promise((resolve) => setImmediate(resolve));
  }
}
const TIMEOUT = RUNS ? 60_000 + RUNS * 100 : 20_000;
/** Cases run per property (printed at the end, for the record). */
const cases: Record<string, number> = {};
const count = (name: string) => {
  cases[name] = (cases[name] ?? 0) + 1;
  if (RUNS && cases[name] % 1000 === 0) process.stderr.write(`fuzz: ${name} ${cases[name]}\n`); // progress in long runs
};
afterAll(() => {
  const total = Object.values(cases).reduce((a, b) => a + b, 0);
  console.log(
    `fuzz: ${total} cases (${Object.entries(cases)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
  );
});

// ---------------------------------------------------------------------------------------------
// Random text

const NAMES = [
  'Jens Stoltenberg',
  'Stoltenberg',
  'Jens Stol\u00adten\u00adberg',
  'Jens\u00a0Stoltenberg',
  'Poetin',
  'Poetins',
  'Poe\u00adtin',
  'Vladimir Poetin',
  'Vladimir Putin',
  'Putin',
  'NAVO',
  'NAVO-landen',
  'NAVO-chef',
  'de NAVO-chef',
  'NATO',
  'NATO-landen',
  'Zelensky',
  'Volodymyr Zelensky',
  'Zelenski',
  'Mark Rutte',
  'Milošević',
  'Milosevic',
  'Karadzic',
  'Sovjettanks',
  'Srebrenica',
  'Boetsja',
  'Europese Unie',
  'rode lijn',
  'Oekraïne',
  'Rusland',
  'Joe Biden',
  'Bidens',
  'George W. Bush',
  'Geert Sciot',
  'Walter Russell Mead',
  'l’OTAN',
  'Путин',
];
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzAEJNOPSTVZ', ...'éëïöüçñłøđßæœıİ', 'ﬁ', 'e\u0301', 'Ω', 'ж', '7', '2022'];
const WHITESPACE = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\f', ' \n\t ', '\u00a0', '\u2003', '\u3000', '\u000b'];
const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069'];
const EMOJI = ['😀', '👍🏽', '👨\u200d👩\u200d👧', '🇳🇱', '𝐀', '\ud800', '\udc00'];
const RTL = ['שלום', 'نيتو', 'بوتين', 'ستولتنبرغ', '\u05d0\u05b8', 'ﷺ'];
const PUNCT = [...'.,;:!?()/&-', '’', "'", '"', '“', '”', '–', '—', '…', '«', '»', '. '];

/** A name with an invisible or whitespace character pushed in somewhere, or its case changed. */
const nameVariant = fc
  .tuple(fc.constantFrom(...NAMES), fc.nat(), fc.constantFrom('', '', '\u00ad', '\u200b', '\u00a0', '\n', '   ', 'UP', 'low'))
  .map(([name, at, extra]) => {
    if (extra === 'UP') return name.toUpperCase();
    if (extra === 'low') return name.toLowerCase();
    const i = at % (name.length + 1);
    return name.slice(0, i) + extra + name.slice(i);
  });

const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));

const piece = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 4, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: nameVariant },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
);

const textData = fc.array(piece, { maxLength: 8 }).map((a) => a.join(''));

/** Texts for the tokeniser and the recogniser: our pieces, or any string at all. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 40 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
);

// ---------------------------------------------------------------------------------------------
// Random DOM trees, as data (printed by fast-check on failure), built with DOM calls so that
// adjacent and empty text nodes occur, and sometimes re-parsed from their HTML.

type Spec =
  | { kind: 'text'; data: string }
  | { kind: 'comment'; data: string }
  | { kind: 'el'; tag: string; attrs: [string, string][]; children: Spec[] };

const INLINE_TAGS = [
  'span',
  'b',
  'i',
  'em',
  'strong',
  'a',
  'small',
  'sup',
  'q',
  'abbr',
  'time',
  'mark',
  'code',
  'bdi',
  'bdo',
  'u',
  'font',
  'x-widget',
  'wbr',
];
const BLOCK_TAGS = [
  'p',
  'div',
  'h2',
  'h3',
  'li',
  'ul',
  'section',
  'blockquote',
  'pre',
  'td',
  'tr',
  'table',
  'figure',
  'header',
  'br',
  'hr',
  'dd',
];
/** Tags whose content is never prose (the oracle's own list, kept apart from the model's). */
const OPAQUE_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'button',
  'select',
  'option',
  'label',
  'iframe',
  'svg',
  'math',
  'canvas',
  'video',
  'img',
  'title',
  'object',
];
const ORACLE_BLOCK = new Set(BLOCK_TAGS.map((t) => t.toUpperCase()));
const ORACLE_OPAQUE = new Set(OPAQUE_TAGS.map((t) => t.toUpperCase()));

const ATTRS: [string, string][] = [
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['aria-hidden', 'false'],
  ['contenteditable', ''],
  ['contenteditable', 'true'],
  ['contenteditable', 'TRUE'],
  ['contenteditable', 'false'],
  ['contenteditable', 'plaintext-only'],
  ['class', 'skip'],
  ['dir', 'rtl'],
  ['lang', 'ar'],
  ['class', 'lead'],
];
const attrs = fc.oneof(
  { weight: 6, arbitrary: fc.constant([] as [string, string][]) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...ATTRS), { minLength: 1, maxLength: 2 }) },
);

const text = (data: string): Spec => ({ kind: 'text', data });
const el = (tag: string, children: Spec[], a: [string, string][] = []): Spec => ({ kind: 'el', tag, attrs: a, children });

/** A name cut in two across a node boundary of some kind. */
const splitName = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.nat(),
    fc.nat({ max: 9 }),
    fc.constantFrom(...INLINE_TAGS),
    fc.constantFrom(...OPAQUE_TAGS),
  )
  .map(([name, at, how, inline, opaque]): Spec[] => {
    const i = 1 + (at % Math.max(1, name.length - 1));
    const [a, b] = [name.slice(0, i), name.slice(i)];
    switch (how) {
      case 0:
        return [text(a), el(inline, [text(b)])];
      case 1:
        return [text(a), text(b)];
      case 2:
        return [text(a), { kind: 'comment', data: 'x' }, text(b)];
      case 3:
        return [el(inline, [text(a)]), el('i', [text(b)])];
      case 4:
        return [text(a), el('br', []), text(b)];
      case 5:
        return [text(a), el(opaque, [text(' tussen ')]), text(b)];
      case 6:
        return [text(a), el('span', [text(' Poetin ')], [['class', 'skip']]), text(b)];
      case 7:
        return [text(a), text(''), el('span', []), text(b)];
      case 8:
        return [text(a), el('span', [text('zijn')], [['hidden', '']]), text(b)];
      default:
        return [el('p', [text(a)]), text('\n  '), el('p', [text(b)])];
    }
  });

const { fragment } = fc.letrec<{ fragment: Spec[]; element: Spec }>((tie) => ({
  fragment: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    { weight: 5, arbitrary: textData.map((d) => [text(d)]) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'Poetin', '-->').map((d): Spec[] => [{ kind: 'comment', data: d }]) },
    { weight: 2, arbitrary: splitName },
    { weight: 4, arbitrary: tie('element').map((e) => [e]) },
  ),
  element: fc
    .tuple(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...INLINE_TAGS) },
        { weight: 4, arbitrary: fc.constantFrom(...BLOCK_TAGS) },
        { weight: 1, arbitrary: fc.constantFrom(...OPAQUE_TAGS) },
      ),
      attrs,
      fc.array(tie('fragment'), { maxLength: 5 }),
    )
    .map(([tag, a, children]) => el(tag, children.flat(), a)),
}));

interface Page {
  children: Spec[];
  /** Build from the HTML serialisation instead of DOM calls (real parser output). */
  reparse: boolean;
  useSkip: boolean;
}
const page: fc.Arbitrary<Page> = fc.record({
  children: fc.array(fragment, { maxLength: 6 }).map((f) => f.flat()),
  reparse: fc.boolean(),
  useSkip: fc.boolean(),
});

// One JSDOM window for all cases (a fresh JSDOM per case would dominate the run time), and a
// fresh document from it per case: ranges stay alive until fast-check's synchronous loop ends
// (WeakRef targets are kept for the whole job), and jsdom moves the ranges of removed nodes onto
// their parent, so emptying one shared <body> per case would make every later case slower.
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  url: 'http://localhost/',
  virtualConsole: new VirtualConsole(), // page CSS in random <style> elements is not worth a warning
});
let doc: Document = dom.window.document;

function build(spec: Spec): Node {
  if (spec.kind === 'text') return doc.createTextNode(spec.data);
  if (spec.kind === 'comment') return doc.createComment(spec.data);
  const e = doc.createElement(spec.tag);
  for (const [k, v] of spec.attrs) e.setAttribute(k, v);
  for (const c of spec.children) e.appendChild(build(c));
  return e;
}

const skipFn = (e: Element) => e.classList.contains('skip');

/** A page: furniture with names outside the article, and the article built from the spec. */
function mount(p: Page): { root: Element; skip: ((e: Element) => boolean) | undefined } {
  doc = dom.window.document.implementation.createHTMLDocument('fuzz');
  const before = doc.createElement('header');
  before.textContent = 'Jens Stoltenberg buiten het artikel';
  const root = doc.createElement('article');
  for (const c of p.children) root.appendChild(build(c));
  if (p.reparse) {
    const html = root.innerHTML;
    root.innerHTML = html;
  }
  const after = doc.createElement('footer');
  after.append('Poetin', ' ', 'NAVO');
  doc.body.append(before, root, after);
  return { root, skip: p.useSkip ? skipFn : undefined };
}

// ---------------------------------------------------------------------------------------------
// The oracle: what the model's text should be, computed independently.

const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');

function editable(e: Element): boolean {
  const v = e.getAttribute('contenteditable');
  return v !== null && ['', 'true', 'plaintext-only'].includes(v.toLowerCase());
}

/** Element whose subtree is not prose (checked for every element below the root). */
function hiddenEl(e: Element, skip?: (e: Element) => boolean): boolean {
  return (
    ORACLE_OPAQUE.has(e.tagName.toUpperCase()) ||
    e.hasAttribute('hidden') ||
    e.getAttribute('aria-hidden') === 'true' ||
    editable(e) ||
    Boolean(skip?.(e))
  );
}

/** True if `n` (below `root`) is inside an element whose text is not collected. */
function insideHidden(n: Node, root: Element, skip?: (e: Element) => boolean): boolean {
  for (let p = n.nodeType === 1 ? (n as Element) : n.parentElement; p && p !== root; p = p.parentElement)
    if (hiddenEl(p, skip)) return true;
  return false;
}

/**
 * The reader's text under `root`: blocks collapsed, trimmed and joined with a blank line. With
 * `range`, only the characters inside it count.
 */
function oracleText(root: Element, skip?: (e: Element) => boolean, range?: Range): string {
  const blocks: string[] = [''];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      if (range && !range.intersectsNode(n)) return;
      let data = (n as Text).data;
      if (range && n === range.endContainer) data = data.slice(0, range.endOffset);
      if (range && n === range.startContainer) data = data.slice(range.startOffset);
      blocks[blocks.length - 1] += data;
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (e !== root && hiddenEl(e, skip)) return;
    const block = ORACLE_BLOCK.has(e.tagName.toUpperCase());
    if (block) blocks.push('');
    e.childNodes.forEach(walk);
    if (block) blocks.push('');
  };
  walk(root);
  return blocks
    .map((b) => collapse(b).replace(/^ | $/g, '')) // only ASCII whitespace: a no-break space is a character
    .filter(Boolean)
    .join('\n\n');
}

/** Every text node a range touches (with any content), in document order. */
function textNodesIn(range: Range): Text[] {
  const out: Text[] = [];
  const w = doc.createTreeWalker(doc.body, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

/**
 * The document's <gloss-mark> elements, in order. Not querySelectorAll: jsdom's selector engine
 * holds on to every document it has queried, and the run slows down case by case.
 */
function glossMarks(): Element[] {
  const out: Element[] = [];
  const w = doc.createTreeWalker(doc.documentElement, 1);
  for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Element).tagName === 'GLOSS-MARK') out.push(n as Element);
  return out;
}

/** Every node below body (not the body), as objects and data, in document order. */
function snapshot(): { node: Node; data: string | null }[] {
  const out: { node: Node; data: string | null }[] = [];
  const w = doc.createTreeWalker(doc.body, 0xffffffff);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push({ node: n, data: n.nodeType === 1 ? null : n.nodeValue });
  return out;
}

// ---------------------------------------------------------------------------------------------

let rec: Recogniser;
beforeAll(() => {
  rec = realRecogniser();
}, 60_000);

const LANGS = ['nl', 'en', 'de', 'fr', null, 'xx'] as const;
const DATES = ['2022-04-06', null, '2014-10-01', '0001-01-01', '9999-12-31'] as const;
const lang = fc.constantFrom(...LANGS);
const date = fc.constantFrom(...DATES);

function checkModel(model: TextModel, root: Element, skip?: (e: Element) => boolean) {
  const { text, segments } = model;
  expect(text).toBe(oracleText(root, skip));
  let prevEnd = 0;
  for (const s of segments) {
    expect(s.length).toBeGreaterThan(0);
    // Between segments there is nothing, or exactly one paragraph break.
    expect(['', '\n\n']).toContain(text.slice(prevEnd, s.start));
    expect(root.contains(s.node)).toBe(true);
    expect(insideHidden(s.node, root, skip)).toBe(false);
    const here = text.slice(s.start, s.start + s.length);
    const there = s.node.data.slice(s.offset, s.offset + s.length);
    if (here === ' ' && there !== ' ') expect(there).toMatch(/^[\t\n\r\f]$/);
    else expect(here).toBe(there);
    prevEnd = s.start + s.length;
  }
  expect(prevEnd).toBe(text.length);
  // Only paragraph breaks are unmapped.
  for (let p = 0; p < text.length; p++) {
    const inBreak = text.startsWith('\n\n', p) || text.startsWith('\n\n', p - 1);
    expect(segmentAt(model, p) === null).toBe(inBreak);
  }
  const breaks = text.split('\n\n');
  expect(model.blocks).toEqual(text ? breaks.map((_, i) => breaks.slice(0, i).reduce((n, b) => n + b.length + 2, 0)) : []);
}

describe('property: the text model and its ranges', () => {
  it(
    'the model is the reader’s text, and every mention’s range reads the mention',
    async () => {
      await check(
        fc.property(page, lang, date, (p, l, d) => {
          count('model');
          const { root, skip } = mount(p);
          const model = collectText([root], { skip });
          checkModel(model, root, skip);
          const mentions = rec.recognise(model.text, { lang: l, date: d });
          for (const m of mentions) {
            expect(model.text.slice(m.start, m.end)).toBe(m.text);
            const range = rangeFor(model, m.start, m.end, doc);
            expect(range).not.toBeNull();
            expect(oracleText(root, skip, range!)).toBe(m.text);
            const onlyCollected = textNodesIn(range!).every((n) => !insideHidden(n, root, skip));
            if (onlyCollected && !m.text.includes('\n\n')) expect(collapse(range!.toString())).toBe(m.text);
          }
        }),
        150,
      );
    },
    TIMEOUT,
  );
});

/** Non-overlapping spans of the text at arbitrary offsets, as mentions (the layer must take any). */
const spans = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })), { maxLength: 6 });
function spanMentions(text: string, raw: [number, number][]): Mention[] {
  if (!text) return [];
  return raw.map(([a, n]) => {
    const start = a % text.length;
    const end = Math.min(text.length, start + n);
    return {
      text: text.slice(start, end),
      start,
      end,
      category: 'term',
      entityId: null,
      confidence: 1,
      source: 'inferred',
      salience: 'normal',
    };
  });
}
function disjoint(ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of [...ms].sort((a, b) => a.start - b.start || a.end - b.end))
    if (!out.length || out[out.length - 1]!.end <= m.start) out.push(m);
  return out;
}

describe('property: the wrapper layer', () => {
  it(
    'never changes the article text, wraps only collected text, and destroy() restores every node',
    async () => {
      await check(
        fc.property(page, lang, spans, fc.boolean(), (p, l, raw, withSpans) => {
          count('wrapper');
          const { root, skip } = mount(p);
          const htmlBefore = doc.documentElement.outerHTML;
          const nodesBefore = snapshot();
          const model = collectText([root], { skip });
          const found = rec.recognise(model.text, { lang: l, date: '2022-04-06' });
          const mentions = disjoint(withSpans ? [...found, ...spanMentions(model.text, raw)] : found);

          // Ranges come from the model before marking: splitting text nodes makes the model stale.
          const wrapped = mentions.filter((m) => rangeFor(model, m.start, m.end, doc));
          const layer = createWrapperLayer(doc, model, mentions);
          expect(collectText([root], { skip }).text).toBe(model.text);
          const marks = glossMarks();
          for (const mark of marks) {
            expect(root.contains(mark)).toBe(true);
            expect(insideHidden(mark, root, skip)).toBe(false);
          }
          // Mentions are disjoint and in order, so their marks follow one another in document order.
          const starts = wrapped.map((m) => marks.indexOf(layer.elementOf(m) as Element));
          starts.forEach((from, i) => {
            expect(from).toBeGreaterThanOrEqual(i === 0 ? 0 : starts[i - 1]! + 1);
            const m = wrapped[i]!;
            const own = marks.slice(from, i + 1 < starts.length ? starts[i + 1] : marks.length);
            if (!m.text.includes('\n\n')) expect(collapse(own.map((x) => x.textContent).join(''))).toBe(m.text);
          });
          layer.setActive(mentions[0] ?? null);
          layer.setActive(null);
          layer.destroy();
          layer.destroy(); // twice is harmless

          expect(glossMarks().length).toBe(0);
          expect(doc.documentElement.outerHTML).toBe(htmlBefore);
          const nodesAfter = snapshot();
          expect(nodesAfter.length).toBe(nodesBefore.length);
          const moved = nodesAfter.findIndex((n, i) => n.node !== nodesBefore[i]!.node || n.data !== nodesBefore[i]!.data);
          expect(moved).toBe(-1);
        }),
        150,
      );
    },
    TIMEOUT,
  );
});

describe('property: nothing throws, outputs are well formed', () => {
  it(
    'tokenize tiles any text',
    async () => {
      await check(
        fc.property(anyText, (s) => {
          count('tokenize');
          let last = 0;
          for (const t of tokenize(s)) {
            expect(t.start).toBeGreaterThanOrEqual(last);
            expect(t.end).toBeGreaterThan(t.start);
            expect(t.raw).toBe(s.slice(t.start, t.end));
            expect(t.gap).toBe(s.slice(last, t.start));
            expect(t.norm).toBe(fold(t.raw));
            last = t.end;
          }
        }),
        100,
      );
    },
    TIMEOUT,
  );

  it(
    'recognise takes any text and returns sorted, disjoint mentions of known entries',
    async () => {
      await check(
        fc.property(anyText, lang, date, (s, l, d) => {
          count('recognise');
          const mentions = rec.recognise(s, { lang: l, date: d });
          let last = 0;
          for (const m of mentions) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(s.length);
            expect(m.text).toBe(s.slice(m.start, m.end));
            expect(m.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
            if (m.entityId !== null) expect(rec.entry(m.entityId)).toBeDefined();
            last = m.end;
          }
        }),
        100,
      );
    },
    TIMEOUT,
  );

  it('deep DOMs neither overflow the stack nor leave a trace', () => {
    // Detached and built inside out: jsdom itself recurses through the tree when attaching,
    // mutating or serialising one this deep, so the wrapper layer gets a shallower one.
    const deep = (depth: number) => {
      const leaf = doc.createElement('span');
      const texts = ['Jens Stoltenberg sprak met ', 'Poetin', '.'].map((t) => doc.createTextNode(t));
      leaf.append(...texts);
      let root: Element = leaf;
      for (let i = 0; i < depth; i++) {
        const parent = doc.createElement(i % 7 ? 'span' : 'div');
        parent.appendChild(root);
        root = parent;
      }
      return { root, leaf, texts };
    };
    expect(collectText([deep(10_000).root]).text).toBe('Jens Stoltenberg sprak met Poetin.');
    const { root, leaf, texts } = deep(1_000);
    const model = collectText([root]);
    expect(model.text).toBe('Jens Stoltenberg sprak met Poetin.');
    const layer = createWrapperLayer(doc, model, rec.recognise(model.text, { lang: 'nl', date: null }));
    expect(leaf.querySelectorAll('gloss-mark').length).toBe(2);
    layer.destroy();
    expect(Array.from(leaf.childNodes)).toEqual(texts);
    expect(leaf.textContent).toBe('Jens Stoltenberg sprak met Poetin.');
  }, 20_000);
});
