/**
 * The two knowledge-base files the extension bundles, as stored.
 *
 * `kb/index.json`: the {@link KbIndex} in columns of strings, 40% of its plain JSON size, so the
 * content script reads, decodes and parses less on every article page.
 * `decodeIndex` rebuilds exactly the in-memory {@link KbIndex} the recogniser receives (the
 * round-trip test checks `decodeIndex(encodeIndex(x))` deep-equals `x`); nothing else reads this
 * format. The file is pure ASCII (other characters are written as `\uXXXX`), which the browser
 * decodes on its fast path.
 *
 * Separators inside the columns: `\n` between entries or forms, `\t` between languages (in
 * {@link LANGS} order), `|` between the items of a list, a space between facts or related ids.
 * `encodeIndex` refuses a value that contains one of them, so the format cannot silently corrupt.
 */
import { runSteps, type Steps } from '../core/steps';
import type { CompiledForm, FormKind, IndexEntry, IndexFact, KbEntriesFile, KbIndex } from './compiled';
import { CATEGORIES, LANGS, MATCH_HINTS, type Fact, type Localized, type MatchHints } from './schema';

export interface KbIndexFile {
  format: 3;
  reviewed: string;
  /** Entry ids, `\n`-joined. */
  ids: string;
  /** One digit per entry: the index of its category in {@link CATEGORIES}. */
  categories: string;
  /** Labels, one line per entry (see `localized`). */
  labels: string;
  /** Related entries as entry indexes, space-separated; one line per entry. */
  related: string;
  /** Facts with their dates only (roles and events lose their labels in the index), one line per entry. */
  facts: string;
  /** Match hints: sparse, [entry index, encoded hints] pairs. */
  match: [number, EncodedMatch][];
  /** Forms: folded keys, `\n`-joined, grouped by entry in entry order. */
  formKeys: string;
  /** How many forms each entry has. */
  formCounts: number[];
  /** One letter per form: n(ame), s(urname), h(ead), r(ole). */
  formKinds: string;
  /** Capital-letter masks, one per form. */
  formUpper: number[];
  /** One character per form: `*` for every language, else the digit of its one language in {@link LANGS}. */
  formLangs: string;
  /** Sparse [form index, joins] pairs (most forms are joined by spaces only). */
  formJoins: [number, string][];
  /** Sparse [form index, `CompiledForm.caps`] pairs (abbreviations in capitals: "UN", "EU"; with one inside: "AfD"). */
  formCaps: [number, number][];
  /** Given names, `\n`-joined. */
  givenNames: string;
}

interface EncodedMatch {
  surname?: string;
  surnameAlone?: 0 | 1;
  compoundHeads?: string;
  context?: string;
  needsContext?: string;
  roleNouns?: string;
  salience?: 'low' | 'normal';
}

const KINDS: Record<FormKind, string> = { name: 'n', surname: 's', head: 'h', role: 'r' };
/** Written for a language whose value equals the first language's (most names are the same in all four). */
const SAME = '^';
const SEPARATORS = /[\n\t| ^]/;

function check(value: string, where: string, allowSpace = false): string {
  if (value === '' || (allowSpace ? /[\n\t|^]/ : SEPARATORS).test(value) || value === SAME)
    throw new Error(`kb index: cannot encode ${JSON.stringify(value)} (${where})`);
  return value;
}

/** `nl\ten\tfr\tde`; a missing language is empty, one equal to the first language's value is `^`. */
function localized(loc: Localized<string>, where: string): string {
  const first = loc[LANGS[0]];
  const fields = LANGS.map((l, i) => {
    const v = loc[l];
    if (v === undefined) return '';
    return i > 0 && v === first ? SAME : check(v, where, true);
  });
  return trimTabs(fields.join('\t'));
}

// The decoders below run cold on every article page, in V8's interpreter: plain indexed loops, no
// destructuring, iterators or callbacks, which cost many times more there.

function unlocalized(line: string): Localized<string> {
  const out: Localized<string> = {};
  const fields = line.split('\t');
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f !== '') out[LANGS[i]!] = f === SAME ? fields[0]! : f;
  }
  return out;
}

/** Like `localized`, for lists: items `|`-joined; a list equal to the first language's is `^`. */
function localizedLists(loc: Localized<string[]>, where: string): string {
  const first = loc[LANGS[0]]?.join('|');
  const fields = LANGS.map((l, i) => {
    const v = loc[l];
    if (v === undefined) return '';
    if (v.length === 0) throw new Error(`kb index: empty list (${where})`);
    const joined = v.map((x) => check(x, where, true)).join('|');
    return i > 0 && joined === first ? SAME : joined;
  });
  return trimTabs(fields.join('\t'));
}

function unlocalizedLists(line: string): Localized<string[]> {
  const out: Localized<string[]> = {};
  const fields = line.split('\t');
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f !== '') out[LANGS[i]!] = (f === SAME ? fields[0]! : f).split('|');
  }
  return out;
}

const trimTabs = (s: string) => s.replace(/\t+$/, '');

/** The match hints the index carries: all but `ownLanguage`, which compiling folds into the forms' languages. */
const MATCH_KEYS = new Set<string>(MATCH_HINTS.filter((k) => k !== 'ownLanguage'));

function encodeMatch(m: MatchHints, where: string): EncodedMatch {
  for (const k of Object.keys(m)) if (!MATCH_KEYS.has(k)) throw new Error(`kb index: unknown match hint ${k} (${where})`);
  const out: EncodedMatch = {};
  if (m.surname) out.surname = localized(m.surname, where);
  if (m.surnameAlone !== undefined) out.surnameAlone = m.surnameAlone ? 1 : 0;
  if (m.compoundHeads) out.compoundHeads = localizedLists(m.compoundHeads, where);
  if (m.context) out.context = localizedLists(m.context, where);
  if (m.needsContext) out.needsContext = m.needsContext.join('\t');
  if (m.roleNouns) out.roleNouns = localizedLists(m.roleNouns, where);
  if (m.salience) out.salience = m.salience;
  return out;
}

function decodeMatch(e: EncodedMatch): MatchHints {
  const out: MatchHints = {};
  if (e.surname !== undefined) out.surname = unlocalized(e.surname);
  if (e.surnameAlone !== undefined) out.surnameAlone = e.surnameAlone === 1;
  if (e.compoundHeads !== undefined) out.compoundHeads = unlocalizedLists(e.compoundHeads);
  if (e.context !== undefined) out.context = unlocalizedLists(e.context);
  if (e.needsContext !== undefined) out.needsContext = e.needsContext.split('\t');
  if (e.roleNouns !== undefined) out.roleNouns = unlocalizedLists(e.roleNouns);
  if (e.salience) out.salience = e.salience;
  return out;
}

/** `r<start>/<end>[/<title>,<title>]`, `e<date>/<end>`, `b<date>`, `d<date>`: what the index keeps of a fact. */
function encodeFact(f: IndexFact, where: string): string {
  const d = (x: string | undefined) => {
    if (x !== undefined && (x === '' || /[\s/|^]/.test(x))) throw new Error(`kb index: cannot encode date ${x} (${where})`);
    return x ?? '';
  };
  const keys = Object.keys(f).filter((k) => (f as unknown as Record<string, unknown>)[k] !== undefined);
  const only = (...allowed: string[]) => {
    for (const k of keys)
      if (!allowed.includes(k)) throw new Error(`kb index: fact field ${k} is not kept in the index (${where})`);
  };
  if (f.type === 'role') {
    only('type', 'role', 'start', 'end', 'titles');
    if (Object.keys(f.role).length) throw new Error(`kb index: role labels belong in entries.json (${where})`);
    if (!f.titles?.length) return `r${d(f.start)}/${d(f.end)}`;
    for (const t of f.titles) if (!/^[\p{L}\p{N}]+$/u.test(t)) throw new Error(`kb index: cannot encode title ${t} (${where})`);
    return `r${d(f.start)}/${d(f.end)}/${f.titles.join(',')}`;
  }
  if (f.type === 'event') {
    only('type', 'label', 'date', 'end');
    if (Object.keys(f.label).length) throw new Error(`kb index: event labels belong in entries.json (${where})`);
    return `e${d(f.date)}/${d(f.end)}`;
  }
  only('type', 'date');
  return `${f.type === 'born' ? 'b' : 'd'}${d(f.date)}`;
}

/**
 * The localized label or role an index fact leaves empty (cards read the full entries): one shared,
 * frozen object instead of one per fact.
 */
const NO_TEXT: Localized<string> = Object.freeze({});

/**
 * One string per distinct value while a file is decoded: the same title words ("minister") and
 * dates ("2024-07-02") recur across hundreds of facts, and split or sliced copies would each take
 * heap of their own.
 */
type Interner = (s: string) => string;

function interner(): Interner {
  const seen = new Map<string, string>();
  return (s) => {
    const had = seen.get(s);
    if (had !== undefined) return had;
    seen.set(s, s);
    return s;
  };
}

function decodeFact(s: string, intern: Interner): IndexFact {
  const type = s.charCodeAt(0);
  if (type === 98 /* b */) return { type: 'born', date: intern(s.slice(1)) };
  if (type === 100 /* d */) return { type: 'died', date: intern(s.slice(1)) };
  const slash = s.indexOf('/');
  const a = slash > 1 ? intern(s.slice(1, slash)) : undefined;
  const rest = s.slice(slash + 1);
  const titled = rest.indexOf('/');
  const b = (titled < 0 ? rest : rest.slice(0, titled)) || undefined;
  const end = b === undefined ? undefined : intern(b);
  if (type !== 114 /* r */) return { type: 'event', label: NO_TEXT, date: a!, end };
  if (titled < 0) return { type: 'role', role: NO_TEXT, start: a, end };
  const titles = rest.slice(titled + 1).split(',');
  return { type: 'role', role: NO_TEXT, start: a, end, titles: titles.map(intern) };
}

const ENTRY_KEYS = new Set(['id', 'category', 'label', 'match', 'related', 'facts']);

/** The index in columns. Throws on anything the format cannot carry exactly. */
export function encodeIndex(kb: KbIndex): KbIndexFile {
  const index = new Map(kb.entries.map((e, i) => [e.id, i]));
  const match: [number, EncodedMatch][] = [];
  const rows = kb.entries.map((e, i) => {
    const where = `entry ${e.id}`;
    for (const k of Object.keys(e))
      if (!ENTRY_KEYS.has(k) && (e as unknown as Record<string, unknown>)[k] !== undefined)
        throw new Error(`kb index: entry field ${k} has no column (${where})`);
    if (e.match) match.push([i, encodeMatch(e.match, where)]);
    const related = (e.related ?? []).map((id) => {
      const j = index.get(id);
      if (j === undefined) throw new Error(`kb index: related id ${id} is not an entry (${where})`);
      return j;
    });
    if (e.related && related.length === 0) throw new Error(`kb index: empty related list (${where})`);
    if (e.facts && e.facts.length === 0) throw new Error(`kb index: empty facts list (${where})`);
    return {
      id: check(e.id, where),
      category: CATEGORIES.indexOf(e.category),
      label: localized(e.label, where),
      related: related.join(' '),
      facts: (e.facts ?? []).map((f) => encodeFact(f, where)).join(' '),
    };
  });

  const counts = new Array<number>(kb.entries.length).fill(0);
  let last = 0;
  kb.forms.forEach((f, i) => {
    if (f.entry < last || f.entry >= kb.entries.length) throw new Error(`kb index: forms are not grouped by entry (form ${i})`);
    last = f.entry;
    counts[f.entry]!++;
    if (f.langs && f.langs.length !== 1) throw new Error(`kb index: a form has one language or all (form ${i})`);
    if (f.key === '' || /[\n]/.test(f.key)) throw new Error(`kb index: bad form key (form ${i})`);
  });
  return {
    format: 3,
    reviewed: kb.reviewed,
    ids: rows.map((r) => r.id).join('\n'),
    categories: rows.map((r) => r.category).join(''),
    labels: rows.map((r) => r.label).join('\n'),
    related: rows.map((r) => r.related).join('\n'),
    facts: rows.map((r) => r.facts).join('\n'),
    match,
    formKeys: kb.forms.map((f) => f.key).join('\n'),
    formCounts: counts,
    formKinds: kb.forms.map((f) => KINDS[f.kind]).join(''),
    formUpper: kb.forms.map((f) => f.upper),
    formLangs: kb.forms.map((f) => (f.langs ? String(LANGS.indexOf(f.langs[0]!)) : '*')).join(''),
    formJoins: kb.forms.flatMap((f, i): [number, string][] => (f.joins !== undefined ? [[i, f.joins]] : [])),
    formCaps: kb.forms.flatMap((f, i): [number, number][] => (f.caps ? [[i, f.caps]] : [])),
    givenNames: kb.givenNames.map((g) => check(g, 'given names', true)).join('\n'),
  };
}

/** JSON with every non-ASCII character escaped (`\u00eb`): the browser decodes ASCII fastest. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function indexJson(file: KbIndexFile): string {
  return asciiJson(file);
}

/**
 * `kb/entries.json`: plain JSON (the popup and options page read it with `JSON.parse`) written one
 * entry per line, so the content script can parse it a few entries at a time ({@link entryLine})
 * instead of in one long task. JSON escapes line breaks inside strings, so a raw line break only
 * ever separates entries.
 */
export function entriesJson(file: KbEntriesFile): string {
  const { entries, ...rest } = file;
  const head = `${asciiJson(rest).slice(0, -1)},"entries":[`;
  return [head, ...entries.map((e, i) => asciiJson(e) + (i < entries.length - 1 ? ',' : '')), ']}'].join('\n');
}

/**
 * Parses the lines of {@link entriesJson} as they arrive: `line` is one line without its line
 * break. Returns the entry on an entry line, `null` on the first and last lines; throws on a file
 * in another shape.
 */
export function entryLine(line: string, first: boolean): KbEntriesFile['entries'][number] | null {
  if (first) {
    const head = JSON.parse(`${line}]}`) as KbEntriesFile;
    if (head.format !== 1 || !Array.isArray(head.entries)) throw new Error('kb/entries.json: unknown format');
    return null;
  }
  if (line === ']}' || line === '') return null;
  return JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as KbEntriesFile['entries'][number];
}

export function isIndexFile(v: unknown): v is KbIndexFile {
  const f = v as KbIndexFile | null;
  return (
    f?.format === 3 &&
    typeof f.ids === 'string' &&
    typeof f.formKeys === 'string' &&
    Array.isArray(f.formCounts) &&
    Array.isArray(f.formCaps)
  );
}

/** The in-memory index from its columns: the same objects `toIndex` produces. */
export function decodeIndex(file: KbIndexFile): KbIndex {
  return runSteps(decodeIndexSteps(file));
}

/** Entries and forms decoded between pause points. */
const ENTRIES_PER_STEP = 256;
const FORMS_PER_STEP = 2048;

/** {@link decodeIndex} with pause points (see `core/steps.ts`). */
export function* decodeIndexSteps(file: KbIndexFile): Steps<KbIndex> {
  const ids = file.ids.split('\n');
  const labels = file.labels.split('\n');
  const related = file.related.split('\n');
  const facts = file.facts.split('\n');
  const intern = interner();
  const entries: IndexEntry[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    if (i > 0 && i % ENTRIES_PER_STEP === 0) yield;
    const e: IndexEntry = {
      id: ids[i]!,
      category: CATEGORIES[file.categories.charCodeAt(i) - 48]!,
      label: unlocalized(labels[i]!),
    };
    const rel = related[i];
    if (rel) {
      const js = rel.split(' ');
      const out: string[] = new Array(js.length);
      for (let k = 0; k < js.length; k++) out[k] = ids[+js[k]!]!;
      e.related = out;
    }
    const fs = facts[i];
    if (fs) {
      const parts = fs.split(' ');
      const out: Fact[] = new Array(parts.length);
      for (let k = 0; k < parts.length; k++) out[k] = decodeFact(parts[k]!, intern);
      e.facts = out;
    }
    entries[i] = e;
  }
  for (let k = 0; k < file.match.length; k++) {
    const pair = file.match[k]!;
    entries[pair[0]]!.match = decodeMatch(pair[1]);
  }

  const keys = file.formKeys.split('\n');
  const kinds = file.formKinds;
  const langs = file.formLangs;
  const upper = file.formUpper;
  // One shared one-language list per language: nothing modifies them.
  const langLists = LANGS.map((l) => [l]);
  const forms: CompiledForm[] = new Array(keys.length);
  let f = 0;
  for (let entry = 0; entry < file.formCounts.length; entry++) {
    for (const end = f + file.formCounts[entry]!; f < end; f++) {
      if (f > 0 && f % FORMS_PER_STEP === 0) yield;
      const k = kinds.charCodeAt(f);
      const kind: FormKind = k === 110 ? 'name' : k === 115 ? 'surname' : k === 104 ? 'head' : 'role';
      const form: CompiledForm = { key: keys[f]!, entry, kind, upper: upper[f]! };
      const l = langs.charCodeAt(f);
      if (l !== 42 /* * */) form.langs = langLists[l - 48];
      forms[f] = form;
    }
  }
  for (let k = 0; k < file.formJoins.length; k++) {
    const pair = file.formJoins[k]!;
    forms[pair[0]]!.joins = pair[1];
  }
  for (let k = 0; k < file.formCaps.length; k++) {
    const pair = file.formCaps[k]!;
    forms[pair[0]]!.caps = pair[1];
  }
  yield;
  return { format: 1, reviewed: file.reviewed, entries, forms, givenNames: file.givenNames.split('\n') };
}
