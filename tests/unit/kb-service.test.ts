/**
 * The background's knowledge base (`src/background/kb-service.ts`), its request checks
 * (`kb-requests.ts`) and the content script's client of it (`src/content/kb-client.ts`), joined as
 * the extension joins them, with the message channel replaced by a function call.
 */
import { describe, expect, it } from 'vitest';
import { answerKb } from '../../src/background/kb-requests';
import { kbService, KB_ENTRIES_PATH, KB_INDEX_PATH, type ReadFile } from '../../src/background/kb-service';
import { Uploads } from '../../src/background/uploads';
import { KbClient } from '../../src/content/kb-client';
import { otherReadings } from '../../src/content/other-readings';
import { packMentions, unpackMentions } from '../../src/shared/mention-wire';
import { toIndex } from '../../src/kb/compile';
import { encodeIndex, entriesJson, indexJson } from '../../src/kb/kb-files';
import type { Message, ToBackground } from '../../src/shared/messages';
import { compileFromSources } from '../../src/node/kb-sources';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { realRecogniser } from './helpers';

const kb = compileFromSources();
const files: Record<string, string> = {
  [KB_INDEX_PATH]: indexJson(encodeIndex(toIndex(kb))),
  [KB_ENTRIES_PATH]: entriesJson({ format: 1, reviewed: kb.reviewed, entries: kb.entries }),
};
const packaged: ReadFile = async (path) => {
  const text = files[path];
  if (text === undefined) throw new Error(`${path}: not found`);
  return text;
};
const service = kbService(packaged);
/** The client as a content script has it, talking to the background through its request checks. */
/** The settings the background knows, sent to a page along with an early answer. */
const onEverywhere: Settings = { ...DEFAULT_SETTINGS, muted: ['nato'] };
const client = (scope = 'tab-1', active = true) => {
  const uploads = new Uploads();
  return new KbClient(async (m) =>
    answerKb(service, uploads, m, { scope, settingsIfActive: async () => (active ? onEverywhere : null) }),
  );
};
const tab1 = { scope: 'tab-1', settingsIfActive: async () => onEverywhere };
const text = 'NAVO-chef Jens Stoltenberg sprak met Poetin. Stoltenberg zei later dat president Bush in 1991 anders had gekozen.';

describe("the background's knowledge base", () => {
  it('recognises as the recogniser does, and sends the entries the page needs', async () => {
    const answer = await service.recognise({ runs: [{ text, named: [] }], lang: 'nl', date: '2022-04-10' });
    const plain = realRecogniser().recognise(text, { lang: 'nl', date: '2022-04-10' });
    const mentions = unpackMentions(answer.runs[0]!, text);
    // Confidence crosses as a whole number of ten-thousandths.
    const rounded = (c: number) => Math.round(c * 10_000) / 10_000;
    const withoutReadings = mentions.map((m) => {
      const copy = { ...m };
      delete copy.readings;
      return copy;
    });
    expect(withoutReadings).toEqual(plain.map((m) => ({ ...m, confidence: rounded(m.confidence) })));
    const ids = new Set(answer.entries.map((e) => e.id));
    for (const m of mentions) {
      if (m.entityId) expect(ids).toContain(m.entityId);
      for (const id of m.readings ?? []) expect(ids).toContain(id);
    }
    expect(answer.reviewed).toBe(kb.reviewed);
  });

  it('lists the other readings of a span ("Bush"), never the one it chose', async () => {
    const answer = await service.recognise({ runs: [{ text, named: [] }], lang: 'nl', date: '1991-06-01' });
    const bush = unpackMentions(answer.runs[0]!, text).find((m) => m.text === 'Bush')!;
    expect(bush.entityId).toBe('george-h-w-bush');
    expect(bush.readings).toContain('george-w-bush');
    expect(bush.readings).not.toContain('george-h-w-bush');
  });

  it('carries entities named before a run over to it (a bare surname in a paragraph added later)', async () => {
    const c = client();
    const [alone] = await c.recognise([{ text: 'Stoltenberg zei dat.', named: [] }], 'nl', null);
    const [after] = await c.recognise([{ text: 'Stoltenberg zei dat.', named: ['jens-stoltenberg'] }], 'nl', null);
    expect(after!.find((m) => m.text === 'Stoltenberg')?.entityId).toBe('jens-stoltenberg');
    expect(after!.length).toBeGreaterThanOrEqual(alone!.length);
  });

  it('hands out full entries, finds by name and explains a selection', async () => {
    const {
      entries: [e],
    } = await service.entries(['jens-stoltenberg', 'no-such-entry']);
    expect(e?.id).toBe('jens-stoltenberg');
    expect(e?.description.nl).toBeTruthy();
    expect((await service.search('stoltenb', 'nl', 8)).entries.map((x) => x.id)).toContain('jens-stoltenberg');
    expect((await service.explain('Jens Stoltenberg', 'nl', '2022-04-10', 'nl')).entries[0]?.id).toBe('jens-stoltenberg');
    expect((await service.explain('zomaar wat woorden', 'nl', null, 'nl')).entries).toEqual([]);
  });

  it("sends with a card's entry the names its card gives: successors, predecessors, related entries", async () => {
    const { entries, refs } = await service.entries(['jens-stoltenberg']);
    const named = new Set(refs.map((r) => r.id));
    const successors = entries[0]!.facts!.flatMap((f) => (f.type === 'role' && f.successor ? [f.successor] : []));
    expect(successors).toContain('mark-rutte');
    for (const id of [...successors, ...(entries[0]!.related ?? [])])
      if (kb.entries.some((e) => e.id === id)) expect(named).toContain(id);
  });

  it('a broken index file is a clear error, and the next request reads it again', async () => {
    let broken = true;
    const flaky = kbService(async (path) => (broken ? '{"format":99}' : packaged(path)));
    expect(flaky.readied()).toBe(false);
    await expect(flaky.recogniser()).rejects.toThrow(/kb\/index\.json: unknown format/);
    expect(flaky.readied()).toBe(false);
    broken = false;
    await expect(flaky.recogniser()).resolves.toBeDefined();
    expect(flaky.readied()).toBe(true);
  });
});

describe('requests to the knowledge base are checked before they are served', () => {
  const ask = (m: unknown) => answerKb(service, new Uploads(), m as Message<ToBackground>, tab1);
  it.each([
    ['runs that are not a list', { type: 'kbRecognise', runs: 'x', lang: 'nl', date: null }],
    ['a run without text', { type: 'kbRecognise', runs: [{ named: [] }], lang: 'nl', date: null }],
    ['named ids that are not strings', { type: 'kbRecognise', runs: [{ text: 'a', named: [1] }], lang: 'nl', date: null }],
    ['an odd language', { type: 'kbRecognise', runs: [{ text: 'a', named: [] }], lang: 'nl"><img', date: null }],
    ['an odd date', { type: 'kbRecognise', runs: [{ text: 'a', named: [] }], lang: 'nl', date: 'yesterday' }],
    [
      'more text than any article',
      { type: 'kbRecognise', runs: [{ text: 'a'.repeat(8_000_001), named: [] }], lang: null, date: null },
    ],
    ['ids that are not strings', { type: 'kbEntries', ids: [{}] }],
    ['a search in a language without cards', { type: 'kbSearch', query: 'nato', lang: 'xx', limit: 5 }],
    ['an explain request without text', { type: 'kbExplain', lang: 'nl', date: null, cardLang: 'nl' }],
    ['an upload without a key', { type: 'kbUpload', text: 'a' }],
    [
      'a run that names an upload never made',
      { type: 'kbRecognise', runs: [{ text: 'a', named: [], uploaded: 'k' }], lang: null, date: null },
    ],
  ])('refuses %s', async (_, message) => {
    await expect(ask(message)).resolves.toBeNull();
  });
  it('leaves other messages to other handlers', () => {
    expect(ask({ type: 'setBadge', count: 1 })).toBeUndefined();
  });
});

describe("the content script's client", () => {
  it('sends a long text in pieces, with a pause for the page between them, and gets what one message would', async () => {
    const long = Array.from({ length: 5000 }, (_, i) => `${i}. NAVO-chef Jens Stoltenberg sprak met Poetin.`).join(' ');
    expect(long.length).toBeGreaterThan(250_000);
    const sizes: number[] = [];
    const uploads = new Uploads();
    const c = new KbClient(async (m) => {
      if (m.type === 'kbUpload' || m.type === 'kbRecognise') sizes.push(JSON.stringify(m).length);
      return answerKb(service, uploads, m, tab1);
    });
    let pauses = 0;
    const [pieced] = await c.recognise([{ text: long, named: [] }], 'nl', null, async () => void pauses++);
    const whole = realRecogniser().recognise(long, { lang: 'nl', date: null });
    expect(pieced!.map((m) => [m.start, m.end, m.entityId])).toEqual(whole.map((m) => [m.start, m.end, m.entityId]));
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(Math.max(...sizes)).toBeLessThan(110_000);
  });

  it("one tab's upload is not another's", () => {
    const uploads = new Uploads();
    expect(uploads.add('tab-1', 'k', 'abc')).toBe(true);
    expect(uploads.take('tab-2', 'k')).toBeNull();
    expect(uploads.take('tab-1', 'k')).toBe('abc');
    expect(uploads.take('tab-1', 'k')).toBeNull();
  });

  it("names a card's successor though the page never mentions him", async () => {
    const c = client();
    await c.loadFull(['jens-stoltenberg']);
    expect(c.entry('mark-rutte')?.label.nl).toBe('Mark Rutte');
    expect(c.fullEntry('mark-rutte')).toBeUndefined();
  });

  it('keeps the entries it was sent, and fetches full ones for cards', async () => {
    const c = client();
    const [mentions] = await c.recognise([{ text, named: [] }], 'nl', '2022-04-10');
    const id = mentions!.find((m) => m.text === 'Jens Stoltenberg')!.entityId!;
    expect(c.entry(id)?.label.nl).toBeTruthy();
    expect(c.fullEntry(id)).toBeUndefined();
    await c.loadFull([id]);
    expect(c.fullEntry(id)?.sources).toBeTruthy();
    expect(c.reviewed).toBe(kb.reviewed);
  });

  it('recognises before the page has its settings only where Gloss is on, and sends no long text early', async () => {
    const [asked] = await client().recognise([{ text, named: [] }], 'nl', '2022-04-10');
    const early = await client('tab-1', true).recogniseIfActive(text, 'nl', '2022-04-10');
    expect(early?.mentions.map((m) => [m.start, m.end, m.entityId])).toEqual(asked!.map((m) => [m.start, m.end, m.entityId]));
    // The settings come with it, so the page need not wait for its own read of them.
    expect(early?.settings).toEqual(onEverywhere);
    expect(await client('tab-1', false).recogniseIfActive(text, 'nl', '2022-04-10')).toBeNull();
    const sent: string[] = [];
    const counting = new KbClient(async (m) => void sent.push(m.type));
    expect(await counting.recogniseIfActive('Stoltenberg. '.repeat(10_000), 'nl', null)).toBeNull();
    expect(sent).toEqual([]);
  });

  it("asks whether Gloss is on at the sender's site only for an early request", async () => {
    let asked = 0;
    const sender = { scope: 'tab-1', settingsIfActive: async () => (asked++, null) };
    const ask = (m: object) =>
      answerKb(
        service,
        new Uploads(),
        { type: 'kbRecognise', runs: [{ text, named: [] }], lang: 'nl', date: null, ...m } as Message<ToBackground>,
        sender,
      );
    await expect(ask({ ifActive: true })).resolves.toEqual({ off: true });
    expect(asked).toBe(1);
    await expect(ask({})).resolves.toHaveProperty('runs');
    expect(asked).toBe(1);
  });

  it('a broken answer is an error for the caller, not a page without marks that looks fine', async () => {
    const broken = new KbClient(async () => ({ runs: 'nope' }));
    await expect(broken.recognise([{ text, named: [] }], 'nl', null)).rejects.toThrow(/no answer/);
    await expect(new KbClient(async () => undefined).search('nato', 'nl')).rejects.toThrow(/no answer/);
  });

  it('"Not this one?" offers the recogniser\'s choice once the reader picked another reading', async () => {
    const [mentions] = await client().recognise([{ text, named: [] }], 'nl', '1991-06-01');
    const bush = mentions!.find((m) => m.text === 'Bush')!;
    expect(otherReadings(bush, 'george-h-w-bush', [])).toContain('george-w-bush');
    expect(otherReadings(bush, 'george-w-bush', [])).toContain('george-h-w-bush');
    expect(otherReadings(bush, 'george-w-bush', ['george-h-w-bush'])).not.toContain('george-h-w-bush');
  });
});

describe('mentions on the wire', () => {
  it('come back as they went, for every kind of mention on a real page', async () => {
    const [mentions] = await client().recognise([{ text, named: [] }], 'nl', '1991-06-01');
    const withName = {
      ...mentions![0]!,
      name: 'Iemand',
      source: 'inferred' as const,
      salience: 'low' as const,
      alternatives: ['nato'],
    };
    const all = [...mentions!, withName];
    expect(unpackMentions(packMentions(all), text)).toEqual(all);
    expect(JSON.stringify(packMentions(all)).length).toBeLessThan(JSON.stringify(all).length / 2);
  });
  it('a pack that does not fit its text is refused, not turned into marks on the wrong words', () => {
    const packed = packMentions([
      { text: 'NAVO', start: 0, end: 4, category: 'org', entityId: 'nato', confidence: 1, source: 'kb', salience: 'normal' },
    ]);
    expect(() => unpackMentions(packed, 'NAV')).toThrow(/malformed/);
    expect(() => unpackMentions({ ...packed, nums: [0, 4, 7, -1, 1, 0] }, 'NAVO')).toThrow(/malformed/);
  });
});
