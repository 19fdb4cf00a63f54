/**
 * The recogniser: article text in, {@link Mention}s out. Knowledge-base matching, then
 * resolution of each matched span to one entry by the evidence in `score.ts`.
 *
 * Deterministic and free of browser APIs: the content script, the `explain` CLI and the tests
 * run exactly this code.
 */
import type { CompiledForm, IndexEntry, KbIndex } from '../../kb/compiled';
import type { Lang } from '../../kb/schema';
import { tokenize, type Token } from '../text/tokenize';
import { matchForms, type FormMatch, type MatchOptions } from './match-forms';
import type { Mention } from './mention';
import { scoreCandidate, type Evidence } from './score';
import { buildTrie } from './trie';
import { findNames, type NameFinderLexicon } from './name-finder';

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

export class Recogniser {
  private readonly byLang = new Map<string, MatchOptions>();
  private readonly rolesByLang = new Map<string, MatchOptions>();
  private lexicon: NameFinderLexicon | null = null;
  private ids: Map<string, IndexEntry> | null = null;

  constructor(readonly kb: KbIndex) {}

  entry(id: string): IndexEntry | undefined {
    this.ids ??= new Map(this.kb.entries.map((e) => [e.id, e]));
    return this.ids.get(id);
  }

  /** Given names, and one-word place and organisation names that must not start a person's name. */
  private names(): NameFinderLexicon {
    if (!this.lexicon) {
      const notPerson = new Set<string>();
      for (const f of this.kb.forms) {
        const cat = this.kb.entries[f.entry]!.category;
        if ((cat === 'place' || cat === 'org') && !f.key.includes(' ')) notPerson.add(f.key);
      }
      this.lexicon = { given: new Set(this.kb.givenNames ?? []), notPerson };
    }
    return this.lexicon;
  }

  private options(lang: string | null): MatchOptions {
    const key = lang ?? '*';
    let opts = this.byLang.get(key);
    if (!opts) {
      const applies = (f: CompiledForm) => !f.langs || lang === null || f.langs.includes(lang as Lang);
      const heads = new Map<string, number[]>();
      this.kb.forms.forEach((f, i) => {
        if (f.kind === 'head' && applies(f)) heads.set(f.key, [...(heads.get(f.key) ?? []), i]);
      });
      const trie = buildTrie(this.kb.forms, (f) => f.kind !== 'head' && f.kind !== 'role' && applies(f));
      const headPrefixes = new Map<string, string[]>();
      // Longest heads first, so "sovjetunie" would win over "sovjet".
      for (const head of [...heads.keys()].sort((a, b) => b.length - a.length))
        headPrefixes.set(head.slice(0, 3), [...(headPrefixes.get(head.slice(0, 3)) ?? []), head]);
      opts = { forms: this.kb.forms, trie, heads, headPrefixes, genitiveS: lang === null || GENITIVE_LANGS.has(lang) };
      this.byLang.set(key, opts);
    }
    return opts;
  }

  /** Matcher over role nouns only ("de NAVO-chef", "der Kanzler"): they refer back, never introduce. */
  private roleOptions(lang: string | null): MatchOptions {
    const key = lang ?? '*';
    let opts = this.rolesByLang.get(key);
    if (!opts) {
      const trie = buildTrie(
        this.kb.forms,
        (f) => f.kind === 'role' && (lang === null || !f.langs || f.langs.includes(lang as Lang)),
      );
      opts = { forms: this.kb.forms, trie, heads: new Map(), headPrefixes: new Map(), genitiveS: false };
      this.rolesByLang.set(key, opts);
    }
    return opts;
  }

  /**
   * Role nouns after their person was named link to that person ("de NAVO-chef" after "Jens
   * Stoltenberg"), unless the name itself follows (apposition: "NAVO-chef Stoltenberg").
   */
  private roleMentions(
    text: string,
    tokens: Token[],
    lang: string | null,
    firstNamed: Map<number, number>,
    mentions: Mention[],
  ): Mention[] {
    const out: Mention[] = [];
    for (const m of matchForms(tokens, this.roleOptions(lang))) {
      const next = tokens[m.last + 1];
      if (next && /^[ \u00a0]$/.test(next.gap) && mentions.some((x) => x.start === next.start && x.category === 'person'))
        continue;
      let best: { entry: number; at: number } | null = null;
      for (const f of m.forms) {
        const e = this.kb.forms[f]!.entry;
        const at = firstNamed.get(e);
        if (at !== undefined && at < m.start && (!best || at > best.at)) best = { entry: e, at };
      }
      if (!best) continue;
      const entry = this.kb.entries[best.entry]!;
      out.push({
        text: text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        category: entry.category,
        entityId: entry.id,
        confidence: 0.8,
        source: 'kb',
        salience: 'normal',
      });
    }
    return out;
  }

  /** Build the indexes for a language ahead of time (the content script does it in its own task). */
  prepare(lang: string | null): void {
    this.options(lang);
    this.names();
    this.entry('');
  }

  recognise(text: string, options: RecogniseOptions): Mention[] {
    const tokens = tokenize(text);
    const matches = matchForms(tokens, this.options(options.lang));
    const forms = this.kb.forms;
    const entries = this.kb.entries;

    // Pass 1: entities named unambiguously by a full name (not a bare surname) anchor the rest.
    const firstNamed = new Map<number, number>();
    if (options.named?.size) this.kb.entries.forEach((e, i) => options.named!.has(e.id) && firstNamed.set(i, -1));
    for (const m of matches) {
      const named = new Set(m.forms.filter((f) => forms[f]!.kind === 'name').map((f) => forms[f]!.entry));
      if (named.size === 1) {
        const e = [...named][0]!;
        if (!firstNamed.has(e)) firstNamed.set(e, m.start);
      }
    }
    const present = new Set([...firstNamed.keys()].map((e) => entries[e]!.id));
    let words: Set<string> | null = null;
    const hasWord = (w: string) => (words ??= new Set(tokens.map((t) => t.norm))).has(w);

    let mentions: Mention[] = [];
    for (const m of matches) {
      const best = this.resolve(m, { date: options.date, hasWord, present, lang: options.lang }, firstNamed);
      if (!best || best.confidence < CONFIDENCE_THRESHOLD) continue;
      const entry = entries[best.entry]!;
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
    const roles = roleCandidates ? this.roleMentions(text, tokens, options.lang, firstNamed, mentions) : [];
    if (roles.length) {
      const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;
      mentions = [...mentions.filter((x) => !roles.some((r) => overlaps(r, x))), ...roles].sort((a, b) => a.start - b.start);
    }

    // People the knowledge base does not know, in the text the knowledge base left free.
    const covered = new Uint8Array(tokens.length);
    let k = 0;
    for (const m of mentions) {
      // Mentions are in text order: one pass over the tokens marks the ones they cover.
      while (k < tokens.length && tokens[k]!.end <= m.start) k++;
      for (let i = k; i < tokens.length && tokens[i]!.start < m.end; i++) covered[i] = 1;
    }
    for (const n of findNames(tokens, text, (i) => covered[i] === 1, this.names())) {
      if (n.confidence < CONFIDENCE_THRESHOLD) continue;
      mentions.push({
        text: text.slice(n.start, n.end),
        start: n.start,
        end: n.end,
        category: 'person',
        entityId: null,
        name: n.name,
        confidence: n.confidence,
        source: 'inferred',
        salience: 'normal',
      });
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** The best entry for one span, with a confidence that drops when candidates are close. */
  private resolve(
    m: FormMatch,
    ctx: Omit<Evidence, 'kind' | 'how' | 'namedBefore'>,
    firstNamed: Map<number, number>,
  ): { entry: number; confidence: number; alternatives: string[] } | null {
    const byEntry = new Map<number, CompiledForm['kind']>();
    for (const f of m.forms) {
      const form = this.kb.forms[f]!;
      const prev = byEntry.get(form.entry);
      // A name beats a surname beats a compound head for the same entry.
      if (!prev || rank(form.kind) > rank(prev)) byEntry.set(form.entry, form.kind);
    }
    const scored = [...byEntry].map(([entry, kind]) => {
      const named = firstNamed.get(entry);
      const namedBefore = named !== undefined && named < m.start;
      return { entry, score: scoreCandidate(this.kb.entries[entry]!, { ...ctx, kind, how: m.how, namedBefore }) };
    });
    scored.sort((a, b) => b.score - a.score);
    const [top, second] = scored;
    if (!top) return null;
    const confidence = second && top.score - second.score < 0.1 ? top.score - 0.3 : top.score;
    // Other plausible readings, for the card's "Not this one?".
    const alternatives = scored
      .slice(1)
      .filter((s) => s.score >= 0.5 && top.score - s.score < 0.35)
      .map((s) => this.kb.entries[s.entry]!.id);
    return { entry: top.entry, confidence, alternatives };
  }
}

const rank = (k: CompiledForm['kind']) => (k === 'name' ? 2 : k === 'surname' ? 1 : 0);
