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
import { roleMentions } from './role-reference';
import { matchForms, type MatchOptions } from './match-forms';
import type { Mention } from './mention';
import { contextVocabulary, eventsNamed, type Evidence } from './score';
import { resolveSpan } from './resolve-span';
import type { Trie } from './trie';
import { LazyTrie } from './lazy-trie';
import { AMBIGUOUS_GIVEN, ROLE_CUES as TITLE_CUES } from './name-cues';
import { GivenNamesOf } from './given-names-of';
import { findNames, type NameFinderLexicon } from './name-finder';
import { peopleNamedLikePlaces, personAfterPlace } from './place-as-given';
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
/** Languages the name finder has cues and given names for. */
const NAME_FINDER_LANGS = new Set(['nl', 'en', 'fr', 'de']);

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
  private asked: { words: Set<string>; shapes: Uint8Array } | null = null;
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
    for (const m of matches) {
      const e = soleNamed(forms, m.forms);
      if (e >= 0 && !firstNamed.has(e)) firstNamed.set(e, m.start);
    }
    const present = new Set([...firstNamed.keys()].map((e) => entries[e]!.id));
    const events = eventsNamed([...firstNamed.keys()].map((e) => entries[e]!));
    // The context words of the knowledge base that the text holds: found on first use (most
    // spans need none) among the text's distinct words, not its tokens.
    let words: Set<string> | null = null;
    const hasWord = (w: string) => {
      const asked = this.contextWords();
      if (!asked.words.has(w)) return norms.includes(w); // never the case: scoring asks only context words
      if (!words) {
        words = new Set();
        // A word whose shape no context word has needs no set lookup (and its string no hash).
        const bits = asked.shapes;
        // An index loop: this runs once per text, often before the engine optimises it, and an
        // array iterator then allocated one result object per distinct word (1 MB per MB of text).
        for (let k = 0; k < norms.length; k++) {
          const norm = norms[k]!;
          const b = shapeBit(norm);
          if ((bits[b >> 3]! & (1 << (b & 7))) !== 0 && asked.words.has(norm)) words.add(norm);
        }
      }
      return words.has(w);
    };

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
      const givenNames = given ? (this.givenNamesOf ??= new GivenNamesOf(this.kb.forms, this.kb.entries)) : null;
      const best = resolveSpan(this.kb, m, ev, firstNamed, givenNames, given);
      if (!best || best.confidence < CONFIDENCE_THRESHOLD) continue;
      const entry = entries[best.entry]!;
      // "the carrier Charles de Gaulle", "George Washington", "Congress of Deputies", "Leonardo DiCaprio".
      around.given = given;
      if (inOtherName(entry, m.first, m.last, around)) continue;
      // "Paris Hilton", "Cuba Gooding Jr.": the person is marked instead (after the name finder).
      if (entry.category === 'place' && m.first === m.last) {
        const last = personAfterPlace(tokenized, m.first, options.lang, this.names(options.lang), around.startsMatch);
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
      seen.push({ start: m.start, entry: best.entry });
      mentions.push({
        text: text.slice(m.start, m.end),
        start: m.start,
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
    const { starts, ends, length } = tokenized;
    const covered = new Uint8Array(length);
    let k = 0;
    for (const m of mentions) {
      // Mentions are in text order: one pass over the tokens marks the ones they cover.
      while (k < length && ends[k]! <= m.start) k++;
      for (let i = k; i < length && starts[i]! < m.end; i++) covered[i] = 1;
    }
    if (inAddress) for (let i = 0; i < length; i++) covered[i]! |= inAddress[i]!;
    // People named after a place ("Paris Hilton"): theirs, and their surnames to their names.
    const placePeople = placeNames ? peopleNamedLikePlaces(tokenized, placeNames, covered, mentions) : null;
    // Its cues and given names are Dutch, English, French and German: on a page in another
    // language ("Nabi Islam" in Indonesian) they would guess, so only the knowledge base speaks there.
    const names =
      options.lang === null || NAME_FINDER_LANGS.has(options.lang)
        ? findNames(tokenized, text, covered, this.names(options.lang), options.lang)
        : [];
    for (const n of names) {
      if (n.confidence < CONFIDENCE_THRESHOLD) continue;
      mentions.push({
        text: text.slice(n.start, n.end),
        start: n.start,
        end: n.end,
        category: 'person',
        entityId: null,
        name: placePeople?.get(n.name) ?? n.name,
        confidence: n.confidence,
        source: 'inferred',
        salience: 'normal',
      });
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** Every context word of the knowledge base, and a bitmap of their {@link shapeBit}s. */
  private contextWords(): { words: Set<string>; shapes: Uint8Array } {
    if (!this.asked) {
      const words = contextVocabulary(this.kb.entries);
      const shapes = new Uint8Array(1 << 13);
      for (const w of words) {
        const b = shapeBit(w);
        shapes[b >> 3]! |= 1 << (b & 7);
      }
      this.asked = { words, shapes };
    }
    return this.asked;
  }

  /** A known given name (not one that is often a word: "Will Trump win?"), folded, or null. */
  private givenBefore(raw: string, norm: string): string | null {
    if (!startsUpper(raw) || AMBIGUOUS_GIVEN.has(norm) || !this.names().given.has(norm)) return null;
    return norm;
  }
}

/** A word's length and first and last characters, as one of 65,536 bits (no hash of the whole string). */
function shapeBit(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return (Math.imul((n * 31 + w.charCodeAt(0)) * 31 + w.charCodeAt(n - 1), 0x9e3779b1) >>> 16) & 0xffff;
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
