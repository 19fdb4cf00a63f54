/**
 * Runtime validation of knowledge-base source files. A malformed entry must fail the build
 * with a message that names the file, the entry and the field, so every rule in `schema.ts`
 * is checked here rather than trusted.
 */
import { CATEGORIES, LANGS, MATCH_HINTS, type Entry, type KbSourceFile } from './schema';

export interface KbProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const WIKIDATA = /^Q[1-9]\d*$/;
const REQUIRED_LANGS = ['nl', 'en'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v === v.trim();

/** Validate one parsed source file; returns every problem found (empty when valid). */
export function validateSourceFile(file: string, data: unknown): KbProblem[] {
  const problems: KbProblem[] = [];
  const report = (entry: string, field: string, message: string) => problems.push({ file, entry, field, message });
  if (!isObj(data)) return [{ file, entry: '-', field: '-', message: 'file must hold a JSON object' }];
  if (!isText(data.domain)) report('-', 'domain', 'missing domain name');
  if (typeof data.reviewed !== 'string' || !DATE.test(data.reviewed))
    report('-', 'reviewed', 'needs a review date YYYY[-MM[-DD]]');
  if (!Array.isArray(data.entries)) {
    report('-', 'entries', 'must be an array');
    return problems;
  }
  data.entries.forEach((raw, i) => validateEntry(raw, `#${i}`, report));
  return problems;
}

function validateEntry(raw: unknown, position: string, report: (entry: string, field: string, message: string) => void) {
  if (!isObj(raw)) return report(position, '-', 'entry must be an object');
  const id = typeof raw.id === 'string' ? raw.id : position;
  const r = (field: string, message: string) => report(id, field, message);
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) r('id', 'must be lowercase kebab-case ASCII');
  if (!CATEGORIES.includes(raw.category as never)) r('category', `must be one of ${CATEGORIES.join(', ')}`);
  checkLocalizedText(raw.label, 'label', REQUIRED_LANGS, r);
  checkLocalizedText(raw.description, 'description', REQUIRED_LANGS, r);
  checkLocalizedText(raw.explanation, 'explanation', REQUIRED_LANGS, r);
  if (raw.aliases !== undefined) checkLocalizedList(raw.aliases, 'aliases', r);
  checkFacts(raw.facts, raw.category === 'person', r);
  if (
    raw.related !== undefined &&
    (!Array.isArray(raw.related) || !raw.related.every((x) => typeof x === 'string' && ID.test(x)))
  )
    r('related', 'must be a list of entry ids');
  checkSources(raw.sources, r);
  if (raw.match !== undefined) checkMatch(raw.match, r);
  const known = new Set([
    'id',
    'category',
    'label',
    'aliases',
    'description',
    'explanation',
    'facts',
    'related',
    'sources',
    'match',
  ]);
  for (const key of Object.keys(raw)) if (!known.has(key)) r(key, 'unknown field');
}

function checkLocalizedText(v: unknown, field: string, required: readonly string[], r: (f: string, m: string) => void) {
  if (!isObj(v)) return r(field, 'must be an object keyed by language');
  for (const lang of required) if (!isText(v[lang])) r(`${field}.${lang}`, 'required, non-empty, no surrounding spaces');
  for (const [lang, text] of Object.entries(v)) {
    if (!LANGS.includes(lang as never)) r(`${field}.${lang}`, `unknown language (use ${LANGS.join(', ')})`);
    else if (!isText(text)) r(`${field}.${lang}`, 'must be non-empty text without surrounding spaces');
  }
}

function checkLocalizedList(v: unknown, field: string, r: (f: string, m: string) => void) {
  if (!isObj(v)) return r(field, 'must be an object keyed by language');
  for (const [lang, list] of Object.entries(v)) {
    if (!LANGS.includes(lang as never)) r(`${field}.${lang}`, 'unknown language');
    else if (!Array.isArray(list) || !list.every(isText)) r(`${field}.${lang}`, 'must be a list of non-empty strings');
  }
}

function checkDate(v: unknown, field: string, r: (f: string, m: string) => void) {
  if (typeof v !== 'string' || !DATE.test(v)) r(field, `"${String(v)}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
}

function checkFacts(v: unknown, isPerson: boolean, r: (f: string, m: string) => void) {
  if (v === undefined) {
    if (isPerson) r('facts', 'a person needs dated roles');
    return;
  }
  if (!Array.isArray(v)) return r('facts', 'must be a list');
  let datedRoles = 0;
  v.forEach((fact, i) => {
    const f = `facts[${i}]`;
    if (!isObj(fact)) return r(f, 'must be an object');
    if (fact.type === 'role') {
      checkLocalizedText(fact.role, `${f}.role`, ['en'], r);
      if (fact.start !== undefined) checkDate(fact.start, `${f}.start`, r);
      if (fact.end !== undefined) checkDate(fact.end, `${f}.end`, r);
      if (fact.start === undefined && fact.end === undefined) r(f, 'a role needs a start or an end date');
      else datedRoles++;
      if (typeof fact.start === 'string' && typeof fact.end === 'string' && fact.end < fact.start)
        r(`${f}.end`, 'ends before it starts');
    } else if (fact.type === 'born' || fact.type === 'died') {
      checkDate(fact.date, `${f}.date`, r);
    } else if (fact.type === 'event') {
      checkLocalizedText(fact.label, `${f}.label`, ['en'], r);
      checkDate(fact.date, `${f}.date`, r);
      if (fact.end !== undefined) checkDate(fact.end, `${f}.end`, r);
    } else r(`${f}.type`, 'must be role, born, died or event');
  });
  if (isPerson && datedRoles === 0) r('facts', 'a person needs at least one dated role');
}

function checkSources(v: unknown, r: (f: string, m: string) => void) {
  if (!isObj(v)) return r('sources', 'every entry needs sources');
  const wiki = v.wikipedia;
  const official = v.official;
  if (wiki !== undefined) {
    if (!isObj(wiki)) r('sources.wikipedia', 'must be an object keyed by language');
    else
      for (const [lang, title] of Object.entries(wiki)) {
        if (!LANGS.includes(lang as never)) r(`sources.wikipedia.${lang}`, 'unknown language');
        if (!isText(title) || /^https?:/.test(title)) r(`sources.wikipedia.${lang}`, 'must be an article title, not a URL');
      }
  }
  if (v.wikidata !== undefined && (typeof v.wikidata !== 'string' || !WIKIDATA.test(v.wikidata)))
    r('sources.wikidata', 'must look like Q1234');
  if (official !== undefined && (!Array.isArray(official) || !official.every((o) => isObj(o) && isText(o.title))))
    r('sources.official', 'must be a list of {title, url?}');
  const count = (isObj(wiki) ? Object.keys(wiki).length : 0) + (Array.isArray(official) ? official.length : 0);
  if (count === 0) r('sources', 'needs at least one Wikipedia title or official text');
}

function checkMatch(v: unknown, r: (f: string, m: string) => void) {
  if (!isObj(v)) return r('match', 'must be an object');
  for (const key of ['compoundHeads', 'context', 'roleNouns'] as const)
    if (v[key] !== undefined) checkLocalizedList(v[key], `match.${key}`, r);
  if (v.surname !== undefined) checkLocalizedText(v.surname, 'match.surname', [], r);
  if (v.surnameAlone !== undefined && typeof v.surnameAlone !== 'boolean') r('match.surnameAlone', 'must be true or false');
  if (v.salience !== undefined && v.salience !== 'normal' && v.salience !== 'low') r('match.salience', 'must be normal or low');
  if (v.ownLanguage !== undefined && typeof v.ownLanguage !== 'boolean') r('match.ownLanguage', 'must be true or false');
  if (v.needsContext !== undefined) {
    if (!Array.isArray(v.needsContext) || !v.needsContext.every((w) => typeof w === 'string' && /^\S+$/.test(w)))
      r('match.needsContext', 'must be a list of one-word names');
    else if (v.context === undefined) r('match.needsContext', 'needs match.context');
  }
  const known = new Set<string>(MATCH_HINTS);
  for (const key of Object.keys(v)) if (!known.has(key)) r(`match.${key}`, 'unknown field');
}

/**
 * Checks that need every file at once: unique ids, related links that resolve, and predecessors
 * and successors written as a name that an entry carries as its label (they must be its id, so
 * that the card links them; a name is for someone the knowledge base does not hold).
 */
export function validateAcrossFiles(files: { file: string; data: KbSourceFile }[]): KbProblem[] {
  const problems: KbProblem[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of files)
    for (const e of data.entries) {
      const other = seen.get(e.id);
      if (other) problems.push({ file, entry: e.id, field: 'id', message: `duplicate id (also in ${other})` });
      seen.set(e.id, file);
    }
  for (const { file, data } of files)
    for (const e of data.entries as Entry[])
      for (const rel of e.related ?? [])
        if (!seen.has(rel)) problems.push({ file, entry: e.id, field: 'related', message: `unknown entry "${rel}"` });
  const byLabel = new Map<string, string>();
  for (const { data } of files)
    for (const e of data.entries as Entry[]) for (const label of Object.values(e.label)) if (label) byLabel.set(label, e.id);
  for (const { file, data } of files)
    for (const e of data.entries as Entry[])
      (e.facts ?? []).forEach((f, i) => {
        if (f.type !== 'role') return;
        for (const field of ['predecessor', 'successor'] as const) {
          const name = f[field];
          const id = name && !seen.has(name) ? byLabel.get(name) : undefined;
          if (id)
            problems.push({
              file,
              entry: e.id,
              field: `facts[${i}].${field}`,
              message: `"${name}" is entry "${id}": write its id`,
            });
        }
      });
  return problems;
}

export function formatProblem(p: KbProblem): string {
  return `${p.file}: entry "${p.entry}", field ${p.field}: ${p.message}`;
}
