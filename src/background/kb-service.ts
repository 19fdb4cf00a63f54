/**
 * The knowledge base for every tab, kept by the background: it reads the bundled index once per
 * background life, recognises the article texts content scripts send, and hands out entries.
 *
 * Why here and not in the page: parsing the index, preparing its tries and recognising cost the
 * page's main thread ~50 ms of CPU on every article (cold code each time); in the background they
 * run off the page's thread, and while the background lives, with its index ready and its code
 * warm. Nothing leaves the extension: the text goes from the content script to its own background.
 * The background may be stopped at any time; the next request reads the index again.
 *
 * Free of browser APIs (the files are read through `read`), so Node tests run it as it is.
 */
import { MAX_READINGS, OtherReadings } from '../core/recognise/other-readings';
import { Recogniser } from '../core/recognise/recogniser';
import type { IndexEntry } from '../kb/compiled';
import { decodeIndex, entryLine, isIndexFile } from '../kb/kb-files';
import type { Entry, Lang } from '../kb/schema';
import { searchEntries } from '../kb/search';
import type { EntriesAnswer, Recognised, RecognisedMention } from '../shared/kb-answers';
import { packMentions } from '../shared/mention-wire';

export const KB_INDEX_PATH = 'kb/index.json';
export const KB_ENTRIES_PATH = 'kb/entries.json';

/** Reads a file of the extension's package as text. */
export type ReadFile = (path: string) => Promise<string>;

export interface RecogniseRequest {
  /** One or more runs of text, recognised in order; entities named in a run carry over to the next. */
  runs: { text: string; named: string[] }[];
  lang: string | null;
  date: string | null;
}

export interface KbService {
  /** The recogniser over the bundled index, read once (again after a failure). */
  recogniser(): Promise<Recogniser>;
  /** Whether the index has been read (or is being read). */
  readied(): boolean;
  /** Recognises each run; a run's `named` are the entity ids named before it, latest last. */
  recognise(req: RecogniseRequest): Promise<Recognised>;
  /** Full entries by id (unknown ids are left out). */
  entries(ids: readonly string[]): Promise<EntriesAnswer>;
  /** The look-up box: entries whose names start like the query, best first. */
  search(query: string, lang: Lang, limit: number): Promise<EntriesAnswer>;
  /**
   * "Explain" on a selection: the first entity recognised in it, else the best look-up hit that
   * matches the text well (a label or alias that starts like it); no entries if nothing matched.
   */
  explain(text: string, lang: string | null, date: string | null, cardLang: Lang): Promise<EntriesAnswer>;
}

/** A promise made once, made again if it failed (a file read while the extension was updated). */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () =>
    (p ??= make().catch((err: unknown) => {
      p = null;
      throw err;
    }));
}

/** A sentence per first-class language, recognised once the index is read (see below). */
const SAMPLES: [string, string][] = [
  ['nl', 'De NAVO-chef Jens Stoltenberg sprak in Brussel met minister Ollongren over Oekraïne.'],
  ['en', 'NATO Secretary General Jens Stoltenberg met Defence Minister Ben Wallace in Brussels.'],
];

export function kbService(read: ReadFile): KbService {
  /** Whether a page has asked for recognition since the index was read. */
  let asked = false;
  let reading = false;
  /** "Not this one?" readings (the table of names is built while idle, or on first use). */
  let readings: OtherReadings | null = null;
  const recogniser = once(async () => {
    reading = true;
    let r: Recogniser;
    try {
      const file: unknown = JSON.parse(await read(KB_INDEX_PATH));
      if (!isIndexFile(file)) throw new Error(`${KB_INDEX_PATH}: unknown format`);
      r = new Recogniser(decodeIndex(file));
    } catch (err) {
      reading = false;
      throw err;
    }
    // The index is mostly read before a page asks (the background wakes as a tab starts loading):
    // meanwhile, a task each, build the "Not this one?" table of names (built on first use, it made
    // a fresh background's first recognition about a third slower) and run the recogniser's code
    // once over a sample sentence per first-class language. Skipped once a page has asked.
    setTimeout(() => {
      if (asked) return;
      (readings ??= new OtherReadings(r.kb)).prepare();
      setTimeout(() => {
        for (const [lang, text] of SAMPLES) if (!asked) r.recognise(text, { lang, date: null });
      });
    });
    return r;
  });

  /**
   * The full entries (descriptions, explanations, sources, aliases), read on first need: by id, and
   * as one list for search (which runs on every keystroke of the look-up box).
   */
  const fullEntries = once(async () => {
    const byId = new Map<string, Entry>();
    (await read(KB_ENTRIES_PATH)).split('\n').forEach((line, i) => {
      const e = entryLine(line, i === 0);
      if (e) byId.set(e.id, e);
    });
    if (!byId.size) throw new Error(`${KB_ENTRIES_PATH}: empty`);
    return { byId, all: [...byId.values()] };
  });

  /** The index entries a page needs to list and mark these mentions: theirs and their readings'. */
  const entriesFor = (r: Recogniser, mentions: readonly RecognisedMention[]): IndexEntry[] => {
    const ids = new Set<string>();
    for (const m of mentions) {
      if (m.entityId) ids.add(m.entityId);
      for (const id of m.readings ?? []) ids.add(id);
    }
    return [...ids].flatMap((id) => r.entry(id) ?? []);
  };

  /** Full entries with the index entries of every entry their cards name. */
  const answer = async (list: Entry[]): Promise<EntriesAnswer> => {
    const r = await recogniser();
    const named = new Set<string>();
    for (const e of list) {
      for (const id of e.related ?? []) named.add(id);
      for (const f of e.facts ?? []) if (f.type === 'role') for (const id of [f.predecessor, f.successor]) if (id) named.add(id);
    }
    return { entries: list, refs: [...named].flatMap((id) => r.entry(id) ?? []) };
  };

  const entries = async (ids: readonly string[]) => {
    const { byId } = await fullEntries();
    return answer(ids.flatMap((id) => byId.get(id) ?? []));
  };

  return {
    recogniser,
    readied: () => reading,
    async recognise(req) {
      const t0 = performance.now();
      asked = true;
      const r = await recogniser();
      readings ??= new OtherReadings(r.kb);
      const table = readings;
      const runs = req.runs.map(({ text, named }) =>
        r.recognise(text, { lang: req.lang, date: req.date, named: new Set(named) }).map((m): RecognisedMention => {
          // One more than a card shows: the content script leaves out the reading the reader chose.
          const others = m.source === 'kb' ? table.of(m, m.entityId, [], MAX_READINGS + 1) : [];
          return others.length ? { ...m, readings: others } : m;
        }),
      );
      const entries = entriesFor(r, runs.flat());
      return { runs: runs.map(packMentions), entries, reviewed: r.kb.reviewed, took: performance.now() - t0 };
    },
    entries,
    async search(query, lang, limit) {
      return answer(searchEntries((await fullEntries()).all, query, lang, limit).map((h) => h.entry));
    },
    async explain(text, lang, date, cardLang) {
      const r = await recogniser();
      const id =
        r.recognise(text, { lang, date }).find((m) => m.entityId)?.entityId ??
        searchEntries((await fullEntries()).all, text, cardLang, 1).find((h) => h.score >= 60)?.entry.id;
      return entries(id ? [id] : []);
    },
  };
}
