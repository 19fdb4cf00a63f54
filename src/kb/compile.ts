/**
 * Sources -> compiled knowledge base. Pure, so the build script, the CLI and tests share it.
 * Every surface form an entry declares becomes a {@link CompiledForm}; derived forms (genitives,
 * compounds, case and diacritic variants) are not stored: the matcher derives them.
 */
import { germanDeclensions } from './german-declension';
import { formTokens, tokenize } from '../core/text/tokenize';
import { fold, startsUpper } from '../core/text/fold';
import {
  ALL_CAPS_BIT,
  MIXED_CAPS,
  MIXED_CAPS_BIT,
  type CompiledForm,
  type CompiledKb,
  type FormKind,
  type IndexEntry,
  type KbIndex,
} from './compiled';
import { roleTitles } from '../core/recognise/role-titles';
import { LANGS, type Entry, type KbSourceFile, type Lang, type Localized, type MatchHints } from './schema';

/** Titles that open some people's labels ("Lord Carrington", "Mullah Omar"): never given names. */
const HONORIFICS = new Set([
  'lord',
  'lady',
  'sir',
  'dame',
  'mullah',
  'mollah',
  'ayatollah',
  'sheikh',
  'emir',
  'king',
  'queen',
  'pope',
]);

/** A gap that joins two words of one compound ("nazi-Duitsland"). */
export const HYPHEN = /^[-\u2010\u2011\u00ad]$/;

/** One letter per gap between the words of a form: "h" hyphen, "s" space, else the character itself ("9/11"). */
export function joinOf(gap: string): string {
  if (HYPHEN.test(gap)) return 'h';
  if (/^['\u2019]$/.test(gap)) return 'a'; // "l'Atlantique": straight and typographic apostrophes alike
  if (/^%[\s\u00a0]$/.test(gap)) return 'p'; // "2% guideline"
  if (/^[\s\u00a0]+$/.test(gap) || gap.length !== 1) return 's';
  return gap;
}

const CAPITALS = /^\p{Lu}+$/u;

/**
 * Bit i set: token i is a short abbreviation in capitals ("UN", "EU", "US", "GRU") and must be in
 * capitals in the text too: "Un" opens French sentences and "Us" English ones. Longer ones are left
 * to the capital-letter mask, since style guides write "Nato", "Navo", "Opec".
 */
function capsMask(form: string): number {
  const tokens = tokenize(form);
  let mask = 0;
  tokens.forEach((t, i) => {
    if (i < MIXED_CAPS_BIT && t.raw.length >= 2 && t.raw.length <= 3 && CAPITALS.test(t.raw)) mask |= 1 << i;
  });
  if (tokens.length !== 1) return mask;
  const raw = tokens[0]!.raw;
  // A one-word abbreviation with a capital inside ("AfD", "PiS", "PfP") is written so only in its
  // own sense: "AFD" is a French agency, "Pis" French for "worse".
  if (MIXED_CAPS.test(raw)) mask |= 1 << MIXED_CAPS_BIT;
  // A longer one in capitals ("PVDA", the Belgian party) is not the one written with inner
  // capitals ("PvdA", the Dutch party): longer ones otherwise match any case ("Nato").
  else if (raw.length >= 4 && CAPITALS.test(raw)) mask |= 1 << ALL_CAPS_BIT;
  return mask;
}

function upperMask(form: string): number {
  let mask = 0;
  tokenize(form).forEach((t, i) => {
    if (i < 31 && startsUpper(t.raw)) mask |= 1 << i;
  });
  return mask;
}

/**
 * @param files      validated source files
 * @param givenNames a given-name lexicon (any case, any language) for the name finder
 */
export function compileKb(files: KbSourceFile[], givenNames: readonly string[] = []): CompiledKb {
  const entries: Entry[] = files.flatMap((f) => f.entries);
  const forms: CompiledForm[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const add = (raw: string, lang: Lang, kind: FormKind) => {
      const tokens = formTokens(raw);
      if (tokens.length === 0) return;
      const key = tokens.join(' ');
      const upper = upperMask(raw);
      const caps = capsMask(raw);
      const joins = tokenize(raw)
        .slice(1)
        .map((t) => joinOf(t.gap))
        .join('');
      // A lowercase form is a common noun of its own language ("rode lijn"); a capitalised one
      // is a name, and names appear across languages (a Dutch article may write "Putin"), unless
      // the entry's names are ordinary words elsewhere (`ownLanguage`).
      const own = upper === 0 || kind === 'head' || kind === 'role' || entry.match?.ownLanguage === true;
      const langs: Lang[] | undefined = own ? [lang] : undefined;
      const dedupe = `${key}|${index}|${kind}|${upper}|${caps}|${joins}|${langs?.[0] ?? '*'}`;
      if (seen.has(dedupe)) return;
      seen.add(dedupe);
      forms.push({
        key,
        entry: index,
        kind,
        upper,
        ...(caps ? { caps } : {}),
        ...(/[^s]/.test(joins) ? { joins } : {}),
        ...(langs ? { langs } : {}),
      });
    };
    // German names of things in every case ("vor dem Internationalen Strafgerichtshof"): `german-declension.ts`.
    const addName = (raw: string, lang: Lang) => {
      add(raw, lang, 'name');
      if (lang === 'de' && entry.category !== 'person') for (const v of germanDeclensions(raw)) add(v, lang, 'name');
    };
    for (const lang of LANGS) {
      const label = entry.label[lang];
      if (label) addName(label, lang);
      const surname = entry.match?.surname?.[lang];
      // A bare surname among the aliases is still a surname: `surnameAlone` decides how far it is trusted.
      const surnameKey = surname ? formTokens(surname).join(' ') : null;
      for (const alias of entry.aliases?.[lang] ?? []) if (formTokens(alias).join(' ') !== surnameKey) addName(alias, lang);
      if (surname) add(surname, lang, 'surname');
      for (const head of entry.match?.compoundHeads?.[lang] ?? []) add(head, lang, 'head');
      for (const noun of entry.match?.roleNouns?.[lang] ?? []) add(noun, lang, 'role');
    }
  });
  const reviewed = files.map((f) => f.reviewed).sort()[0] ?? '';
  const given = new Set(givenNames.map(fold));
  for (const e of entries)
    if (e.category === 'person') {
      // Family name first ("Xi Jinping", "Kim Jong Un") or a title ("Lord Ismay", "Mullah Omar"):
      // the label's first word is then no given name, and taking it for one would make the name
      // finder read "Xi", "Kim" or "Lord" as the start of any name.
      const surnames = new Set(Object.values(e.match?.surname ?? {}).map((s) => formTokens(s)[0]));
      for (const label of Object.values(e.label)) {
        const words = tokenize(label);
        const first = words[0];
        if (first && words.length > 1 && first.norm.length > 1 && !surnames.has(first.norm) && !HONORIFICS.has(first.norm))
          given.add(first.norm);
      }
    }
  return { format: 1, reviewed, entries, forms, givenNames: [...given].sort() };
}

/** The match hints recognition reads: `ownLanguage` is already in the forms' languages. */
function indexMatch(m: MatchHints): MatchHints {
  if (m.ownLanguage === undefined) return m;
  const out = { ...m };
  delete out.ownLanguage;
  return out;
}

/**
 * The index the background reads first: entries cut to what recognition and the panel's list
 * need. Facts keep only their dates; aliases are left out (recognition has them as forms; search
 * runs over the full entries, see `background/kb-service.ts`).
 */
export function toIndex(kb: CompiledKb): KbIndex {
  const entries: IndexEntry[] = kb.entries.map((e) => ({
    id: e.id,
    category: e.category,
    label: e.label,
    ...(e.match ? { match: indexMatch(e.match) } : {}),
    ...(e.related ? { related: e.related } : {}),
    ...(e.facts
      ? {
          facts: e.facts.map((f) =>
            f.type === 'role'
              ? { type: 'role' as const, role: {}, start: f.start, end: f.end, ...titlesOf(f.role) }
              : f.type === 'event'
                ? { type: 'event' as const, label: {}, date: f.date, end: f.end }
                : f,
          ),
        }
      : {}),
  }));
  return { format: 1, reviewed: kb.reviewed, entries, forms: kb.forms, givenNames: kb.givenNames };
}

function titlesOf(role: Localized<string>): { titles?: string[] } {
  const titles = roleTitles(role);
  return titles.length ? { titles } : {};
}
