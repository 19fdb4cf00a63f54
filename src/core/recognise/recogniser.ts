/**
 * The recogniser: article text in, {@link Mention}s out. Knowledge-base matching, then
 * resolution of each matched span to one entry by the evidence in `score.ts`.
 *
 * Deterministic and free of browser APIs: the extension's background, the `explain` CLI and the tests
 * run exactly this code.
 */
import type { CompiledForm, IndexEntry, KbIndex } from '../../kb/compiled';
import type { Lang } from '../../kb/schema';
import { GAP_SPACE } from '../text/gaps';
import { TokenBuffer, tokenizeText } from '../text/tokenize';
import { addressTokens, webAddresses } from '../text/web-addresses';
import { startsUpper } from '../text/fold';
import { titleBefore } from './title-before';
import { inOtherName, type SpanSurroundings } from './other-name';
import { locativeBefore } from './place-cue';
import { roleMentions } from './role-reference';
import { matchForms, type MatchOptions } from './match-forms';
import type { Mention } from './mention';
import { eventsNamed, type Evidence } from './score';
import { ContextWords } from './context-words';
import { resolveSpan } from './resolve-span';
import type { Trie } from './trie';
import { LazyTrie } from './lazy-trie';
import { AMBIGUOUS_GIVEN, ROLE_CUES as TITLE_CUES } from './name-cues';
import { GivenNamesOf } from './given-names-of';
import type { NameFinderLexicon } from './name-finder';
import { addInferredPeople } from './inferred-people';
import { personAfterPlace } from './place-as-given';
import { runSteps, type Steps } from '../steps';

/** Mentions scoring below this are dropped (not marked, not listed). */
export const CONFIDENCE_THRESHOLD = 0.6;

export interface RecogniseOptions {
  /** Page language; null = unknown (every language's forms apply). */
  lang: string | null;
  /** Article date as YYYY-MM-DD, or null when unknown. */
  date: string | null;
  /**
   * Entity ids already named earlier in the same article, when a long article is recognised in
   * slices: a bare surname in a later slice still links to the person named in an earlier one.
   */
  named?: ReadonlySet<string>;
}

const GENITIVE_LANGS = new Set(['nl', 'de']);
/** Forms indexed between pause points of {@link Recogniser.prepareSteps}. */
const FORMS_PER_STEP = 4096;

interface FormIndex {
  /** Names and surnames. */
  trie: Trie;
  /** Role nouns. */
  roles: Trie;
  /** Forms with a language list: the only ones a page's language can rule out. */
  langForms: number[];
  /** Compound-head forms. */
  headForms: number[];
  /** Folded one-word names of places and organisations, as every page's forms write them. */
  notPerson: Set<string>;
  /** The same of forms that apply only on pages in one language, by language. */
  langNotPerson: Map<string, Set<string>>;
}

export class Recogniser {
  private readonly byLang = new Map<string, MatchOptions>();
  private readonly rolesByLang = new Map<string, MatchOptions>();
  private readonly lexicons = new Map<string | null, NameFinderLexicon>();
  private givenNames: ReadonlySet<string> | null = null;
  private ids: Map<string, number> | null = null;
  private formIndex: FormIndex | null = null;
  /** Every context word of every entry, folded (built when scoring first asks for one). */
  private asked: ContextWords | null = null;
  private givenNamesOf: GivenNamesOf | null = null;
  /** Token objects reused from one call to the next (recognise is synchronous and keeps no token). */
  private readonly buffer = new TokenBuffer();

  constructor(readonly kb: KbIndex) {}

  entry(id: string): IndexEntry | undefined {
    const i = this.entryIndex(id);
    return i < 0 ? undefined : this.kb.entries[i];
  }

  /** The position of an entry in the index, or -1. */
  private entryIndex(id: string): number {
    this.ids ??= new Map(this.kb.entries.map((e, i) => [e.id, i]));
    return this.ids.get(id) ?? -1;
  }

  /**
   * Everything about the forms that does not depend on the page, in one pass over them (the
   * background pays for it once per life, in code the engine has not optimised yet): the
   * tries (names and surnames; role nouns), the forms a page's language can rule out, the compound
   * heads, and the one-word places and organisations.
   */
  private index(): FormIndex {
    return this.formIndex ?? runSteps(this.indexSteps());
  }

  /** {@link index} with pause points. */
  private *indexSteps(): Steps<FormIndex> {
    const { forms, entries } = this.kb;
    // Forms are only filed here; a text's words add those they may open (see lazy-trie.ts).
    const trie = new LazyTrie(forms);
    const roles = new LazyTrie(forms);
    const langForms: number[] = [];
    const headForms: number[] = [];
    const notPerson = new Set<string>();
    const langNotPerson = new Map<string, Set<string>>();
    for (let i = 0; i < forms.length; i++) {
      if (i > 0 && i % FORMS_PER_STEP === 0) yield;
      const f = forms[i]!;
      const kind = f.kind;
      const key = f.key;
      if (kind === 'head') headForms.push(i);
      else (kind === 'role' ? roles : trie).defer(i);
      if (f.langs) langForms.push(i);
      const cat = entries[f.entry]!.category;
      // Not an organisation whose name needs context ("Leonardo", "Wagner"): "Leonardo DiCaprio" is a person.
      if ((cat === 'place' || (cat === 'org' && !entries[f.entry]!.match?.context)) && !key.includes(' ')) {
        // A form of one language's pages only (English "Jordan", German "Malta") is no place elsewhere:
        // "Eddie Jordan" in Dutch news is a person.
        if (f.langs) for (const l of f.langs) langNotPerson.set(l, (langNotPerson.get(l) ?? new Set()).add(key));
        else notPerson.add(key);
      }
    }
    return (this.formIndex = { trie, roles, langForms, headForms, notPerson, langNotPerson });
  }

  /** Given names, and one-word place and organisation names that must not start a person's name on a page in `lang`. */
  private names(lang: string | null = null): NameFinderLexicon {
    let lexicon = this.lexicons.get(lang);
    if (!lexicon) {
      const given = (this.givenNames ??= new Set(this.kb.givenNames ?? []));
      const { notPerson, langNotPerson } = this.index();
      // Forms that apply on every page, and, on a page in a language, that language's own.
      const own = lang === null ? undefined : langNotPerson.get(lang);
      lexicon = { given, notPerson: own ? { has: (norm) => notPerson.has(norm) || own.has(norm) } : notPerson };
      this.lexicons.set(lang, lexicon);
    }
    return lexicon;
  }

  /** Which forms apply on a page in `lang`: per form index, 1 or 0; null when every form does. */
  private allowed(lang: string | null): Uint8Array | null {
    if (lang === null) return null;
    const forms = this.kb.forms;
    const out = new Uint8Array(forms.length).fill(1);
    for (const i of this.index().langForms) if (!forms[i]!.langs!.includes(lang as Lang)) out[i] = 0;
    return out;
  }

  private options(lang: string | null): MatchOptions {
    const key = lang ?? '*';
    let opts = this.byLang.get(key);
    if (!opts) {
      const { trie, headForms } = this.index();
      const allowed = this.allowed(lang);
      const heads = new Map<string, number[]>();
      for (const i of headForms) {
        if (allowed && !allowed[i]) continue;
        const head = this.kb.forms[i]!.key;
        const list = heads.get(head);
        if (list) list.push(i);
        else heads.set(head, [i]);
      }
      const headPrefixes = new Map<string, string[]>();
      const headStarts = new Set<number>();
      // Longest heads first, so "sovjetunie" would win over "sovjet".
      for (const head of [...heads.keys()].sort((a, b) => b.length - a.length)) {
        const prefix = head.slice(0, 3);
        const list = headPrefixes.get(prefix);
        if (list) list.push(head);
        else headPrefixes.set(prefix, [head]);
        headStarts.add((head.charCodeAt(0) << 16) | head.charCodeAt(1));
      }
      const genitiveS = lang === null || GENITIVE_LANGS.has(lang);
      opts = { forms: this.kb.forms, trie, allowed, heads, headPrefixes, headStarts, genitiveS };
      this.byLang.set(key, opts);
    }
    return opts;
  }

  /** Matcher over role nouns only ("de NAVO-chef", "der Kanzler"): they refer back, never introduce. */
  private roleOptions(lang: string | null): MatchOptions {
    const key = lang ?? '*';
    let opts = this.rolesByLang.get(key);
    if (!opts) {
      const none = new Map();
      opts = {
        forms: this.kb.forms,
        trie: this.index().roles,
        allowed: this.options(lang).allowed,
        heads: none,
        headPrefixes: none,
        headStarts: new Set(),
        genitiveS: false,
      };
      this.rolesByLang.set(key, opts);
    }
    return opts;
  }

  /** Build the indexes for a language ahead of time. */
  prepare(lang: string | null): void {
    runSteps(this.prepareSteps(lang));
  }

  /**
   * {@link prepare} with pause points (see `core/steps.ts`), for a caller that shares its thread:
   * indexing the forms is the longest part. (The background runs it in one go.)
   */
  *prepareSteps(lang: string | null): Steps<void> {
    if (!this.formIndex) yield* this.indexSteps();
    yield;
    this.options(lang);
    yield;
    this.roleOptions(lang);
    this.names();
    this.entry('');
  }

  recognise(text: string, options: RecogniseOptions): Mention[] {
    const tokenized = tokenizeText(text, this.buffer);
    const { norms, word, gaps } = tokenized;
    // No mark inside a web address the page printed, and no name taken from one.
    const inAddress = addressTokens(webAddresses(text), tokenized.starts, tokenized.ends);
    let matches = matchForms(tokenized, this.options(options.lang));
    if (inAddress) matches = matches.filter((m) => !(inAddress[m.first] && inAddress[m.last]));
    const forms = this.kb.forms;
    const entries = this.kb.entries;

    // Pass 1: entities named unambiguously by a full name (not a bare surname) anchor the rest.
    const firstNamed = new Map<number, number>();
    if (options.named?.size) this.kb.entries.forEach((e, i) => options.named!.has(e.id) && firstNamed.set(i, -1));
    // People named by a surname that is theirs alone ("Hitler"): of their time, with those named in full.
    const namedBySurname: number[] = [];
    for (const m of matches) {
      const e = soleNamed(forms, m.forms);
      if (e >= 0) {
        if (!firstNamed.has(e)) firstNamed.set(e, m.start);
      } else {
        const s = soleSurnameAlone(forms, entries, m.forms);
        if (s >= 0) namedBySurname.push(s);
      }
    }
    const present = new Set([...firstNamed.keys()].map((e) => entries[e]!.id));
    const events = eventsNamed([...firstNamed.keys()].map((e) => entries[e]!));
    for (const e of namedBySurname) events.people.add(entries[e]!.id);
    // The context words of the knowledge base that the text holds: found on first use (most
    // spans need none) among the text's distinct words, not its tokens.
    let inText: ((w: string) => boolean) | null = null;
    const hasWord = (w: string) => (inText ??= this.contextWords().inText(norms))(w);

    let mentions: Mention[] = [];
    // Entities in the order they were mentioned, for role nouns ("de NAVO-chef", "het
    // bondgenootschap"): those of earlier slices first.
    const seen: { start: number; entry: number }[] = [];
    if (options.named?.size)
      for (const id of options.named) {
        const e = this.entryIndex(id);
        if (e >= 0) seen.push({ start: -1, entry: e });
      }
    // One evidence object for every candidate of every span (scoring keeps none of it): `resolve`
    // sets the fields that differ.
    const ev: Evidence = {
      date: options.date,
      hasWord,
      present,
      events,
      lang: options.lang,
      title: null,
      kind: 'name',
      how: 'exact',
      namedBefore: false,
    };
    let matchStarts: Set<number> | null = null;
    const lexicon = this.names(options.lang);
    /** People whose given name is a place (tokens `first`..`last`), found in the loop below. */
    let placeNames: { first: number; last: number }[] | null = null;
    // Like `ev`, one object for every span: only the given name before it differs.
    const around: SpanSurroundings = {
      tokenized,
      lang: options.lang,
      given: null,
      isGiven: (n) => this.names().given.has(n),
      startsMatch: (k) => (matchStarts ??= new Set(matches.map((x) => x.first))).has(k),
      hasWord,
    };
    for (const m of matches) {
      // A title right before the span ("President Bush"): evidence for whoever held it on the date.
      const w = m.first > 0 ? word[m.first - 1]! : -1;
      const spaced = w >= 0 && (gaps[m.first]! & GAP_SPACE) !== 0;
      const title = titleBefore(tokenized, m.first, TITLE_CUES);
      // Not a word marked as something else ("Israel Hamas": the place, then the organisation).
      const afterMention = mentions.length > 0 && mentions[mentions.length - 1]!.end === tokenized.ends[m.first - 1];
      const given = spaced && !title && !afterMention ? this.givenBefore(tokenized.raws[w]!, norms[w]!) : null;
      ev.title = title;
      ev.locative = locativeBefore(tokenized, m.first, options.lang);
      const givenNames = given ? (this.givenNamesOf ??= new GivenNamesOf(this.kb.forms, this.kb.entries)) : null;
      const best = resolveSpan(this.kb, m, ev, firstNamed, givenNames, given);
      if (!best || best.confidence < CONFIDENCE_THRESHOLD) continue;
      const entry = entries[best.entry]!;
      // "the carrier Charles de Gaulle", "George Washington", "Congress of Deputies", "Leonardo DiCaprio".
      around.given = given;
      if (inOtherName(entry, m.first, m.last, around)) continue;
      // "Paris Hilton", "Cuba Gooding Jr.": the person is marked instead (after the name finder).
      if (entry.category === 'place' && m.first === m.last) {
        const last = personAfterPlace(tokenized, m.first, options.lang, lexicon, around.startsMatch);
        if (last >= 0) {
          (placeNames ??= []).push({ first: m.first, last });
          continue;
        }
      }
      // A person recognised by a surname the article date or a title made safe ("Poetin", "President
      // Bush") is named from here on: a later bare "Bush" or "de president" links back to them.
      if (entry.category === 'person' && !firstNamed.has(best.entry)) {
        firstNamed.set(best.entry, m.start);
        present.add(entry.id);
      }
      // "Valery Zaluzhnyi" where the knowledge base writes "Valerii": the given name joins the mark.
      const start = given && givenNames!.spells(best.entry, given) ? tokenized.starts[m.first - 1]! : m.start;
      seen.push({ start, entry: best.entry });
      mentions.push({
        text: text.slice(start, m.end),
        start,
        end: m.end,
        category: entry.category,
        entityId: entry.id,
        confidence: Math.round(best.confidence * 100) / 100,
        source: 'kb',
        salience: entry.match?.salience ?? 'normal',
        ...(best.alternatives.length ? { alternatives: best.alternatives } : {}),
      });
    }
    // Role nouns only refer back to entities already named that declare them: skip the pass otherwise.
    const roleCandidates = [...firstNamed.keys()].some((e) => entries[e]!.match?.roleNouns);
    const roles = roleCandidates
      ? roleMentions(
          text,
          tokenized,
          matchForms(tokenized, this.roleOptions(options.lang)),
          this.kb,
          options.date,
          seen,
          mentions,
          options.lang,
        )
      : [];
    if (roles.length) {
      const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;
      mentions = [...mentions.filter((x) => !roles.some((r) => overlaps(r, x))), ...roles].sort((a, b) => a.start - b.start);
    }

    // People the knowledge base does not know, in the text the knowledge base left free.
    addInferredPeople(tokenized, mentions, inAddress, placeNames, lexicon, options.lang, CONFIDENCE_THRESHOLD);
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** Every context word of the knowledge base (built when scoring first asks for one). */
  private contextWords(): ContextWords {
    return (this.asked ??= new ContextWords(this.kb.entries));
  }

  /** A known given name (not one that is often a word: "Will Trump win?"), folded, or null. */
  private givenBefore(raw: string, norm: string): string | null {
    if (!startsUpper(raw) || AMBIGUOUS_GIVEN.has(norm) || !this.names().given.has(norm)) return null;
    return norm;
  }
}

/**
 * The person a span names by a surname that is theirs alone ("Hitler", "Churchill"), or -1: what
 * the text names besides full names, for tying a bare surname of the same time to its bearer.
 */
function soleSurnameAlone(forms: readonly CompiledForm[], entries: readonly IndexEntry[], list: readonly number[]): number {
  let entry = -1;
  for (const f of list) {
    const form = forms[f]!;
    if (entry >= 0 && form.entry !== entry) return -1;
    if (form.kind !== 'surname' || !entries[form.entry]!.match?.surnameAlone) return -1;
    entry = form.entry;
  }
  return entry;
}

/** The one entry that the name forms (not surnames or heads) among `list` belong to; -1 when none or several. */
function soleNamed(forms: readonly CompiledForm[], list: readonly number[]): number {
  let entry = -1;
  for (const f of list) {
    const form = forms[f]!;
    if (form.kind !== 'name') continue;
    if (entry >= 0 && form.entry !== entry) return -1;
    entry = form.entry;
  }
  return entry;
}
