/**
 * Which person a role noun ("de NAVO-chef", "the president") refers back to.
 *
 * A reader takes the nearest fitting person: after "Jens Stoltenberg … Mark Rutte", "the NATO chief"
 * is Rutte. Someone else mentioned in between who holds a role with the same title word makes the
 * noun ambiguous ("Joe Biden met Xi Jinping. The president said …": Xi is a president too), and then
 * Gloss marks nothing rather than guess. A role noun used as a predicate ("Rutte werd NAVO-chef",
 * "el-Sisi became president") names an office, not a person already in the story.
 */
import type { KbIndex } from '../../kb/compiled';
import { capitalThenLower, fold, startsUpper } from '../text/fold';
import type { TokenizedText } from '../text/tokenize';
import { GAP_APOSTROPHE, GAP_CLAUSE_END, GAP_HYPHEN, GAP_SENTENCE_END, GAP_SPACE, spacedInSentence } from '../text/gaps';
import { holdsTitle, isTitleWord } from './role-titles';
import type { FormMatch } from './match-forms';
import type { Mention } from './mention';

/** How many mentions back a role noun looks for its entity: only a bound on the work, not on meaning. */
const MAX_ROLE_LOOKBACK = 1000;

/** Words after which a role noun is a predicate: copulas, "as", "elected", in nl, en, fr and de. */
const PREDICATE_WORDS = new Set(
  [
    'als werd wordt worden werden is was waren zijn blijft bleef gekozen benoemd verkozen',
    'as became become becomes becoming is was were be been being elected named appointed remains remained',
    'comme devient devenu devenue devenir devenait devint deviendra est était élu élue nommé nommée reste restait',
    'wurde wird werden ist war sind waren bleibt blieb gewählt ernannt',
  ]
    .join(' ')
    .split(' ')
    .map(fold),
);

/** Words that may stand between the predicate word and the noun ("was the new president"). */
const BETWEEN_WORDS = new Set(
  [
    'de het een nieuwe volgende toekomstige huidige eerste voormalige vorige eerder ook nog opnieuw weer alsnog',
    'the a an new next future current first former also still again',
    'le la les l un une nouveau nouvelle nouvel prochain prochaine futur future ancien ancienne aussi encore',
    'der die das den dem des ein eine einen einem einer neue neuer neuen nächste nächster künftige künftiger',
    'ehemalige ehemaliger erste erster auch noch wieder erneut',
  ]
    .join(' ')
    .split(' ')
    .map(fold),
);

/**
 * Whether the role noun ending at token `last` is a title before a name ("President Joe Biden",
 * "President Park Geun-hye", "minister Anna Peeters"): it names that person, not one before it.
 * `mentionAt` gives the category of the knowledge-base mention starting at an offset, if any: a
 * word the knowledge base took for something else ("der Kanzler Deutschlands") is no name.
 */
export function titleBeforeName(
  tokenized: TokenizedText,
  last: number,
  mentionAt: (start: number) => string | undefined,
): boolean {
  const next = last + 1;
  if (next >= tokenized.length || (tokenized.gaps[next]! & GAP_SPACE) === 0) return false;
  const category = mentionAt(tokenized.starts[next]!);
  if (category !== undefined) return category === 'person';
  return capitalThenLower(tokenized.raws[tokenized.word[next]!]!);
}

/**
 * Copulas that close a Dutch or German subordinate clause after its predicate ("Rutte, die eerder
 * premier was, ...", "Merz, der damals noch nicht Kanzler war, ...").
 */
const CLAUSE_FINAL_COPULAS = new Set(
  'was waren is zijn werd wordt geweest geworden war ist wurde wird gewesen geworden'.split(' '),
);

/**
 * Determiners that make a role noun a reference to someone ("de premier", "onze minister", "this
 * president"), folded. A noun without one is an office ("Rutte was veertien jaar premier").
 */
const DETERMINERS = new Set(
  [
    'de het deze die dit dat onze ons zijn haar hun mijn jullie',
    'the this that our his her their my your',
    'le la les l ce cet cette notre nos son sa ses leur leurs',
    'der die das den dem des dieser diese dieses diesen unser unsere unseren unserem sein seine seinen seinem ihr ihre ihren ihrem',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Whether the role noun from token `first` to `last` is a predicate ("Rutte werd de nieuwe NAVO-chef").
 * Names may stand in between, as in Dutch and German word order ("Daarna werd Trump opnieuw
 * president"), and in their subordinate clauses the copula comes after it ("die eerder premier was,").
 * A noun with no determiner before it may stand further from its copula ("Rutte was zelf veertien
 * jaar premier"): any words may then come in between.
 */
export function isPredicate(tokenized: TokenizedText, first: number, last: number): boolean {
  const { word, norms, raws, gaps, length } = tokenized;
  const bare =
    first > 0 && spacedInSentence(gaps, first) && tokenized.lower[first] === 1 && !DETERMINERS.has(norms[word[first - 1]!]!);
  const copula = last + 1;
  if (
    spacedInSentence(gaps, copula) &&
    CLAUSE_FINAL_COPULAS.has(norms[word[copula]!]!) &&
    (copula + 1 === length || (gaps[copula + 1]! & (GAP_CLAUSE_END | GAP_SENTENCE_END)) !== 0)
  )
    return true;
  for (let k = first - 1, skipped = 0; k >= 0 && skipped <= 4; k--, skipped++) {
    // Only within one sentence and one phrase: "… werd gekozen. De president …" is no predicate.
    if (!spacedInSentence(gaps, k + 1)) return false;
    const norm = norms[word[k]!]!;
    if (PREDICATE_WORDS.has(norm)) return true;
    if (!bare && !BETWEEN_WORDS.has(norm) && !startsUpper(raws[word[k]!]!)) return false;
  }
  return false;
}

/**
 * Words before a role noun that make it no one in the story: a generic or indefinite use ("every
 * president", "een premier"), or another office ("vice president", "executive vice president").
 */
const NOT_THE_ONE_BEFORE = new Set(
  [
    'a an every each any no another vice deputy executive assistant associate acting first',
    'een elke iedere ieder geen andere ander vice eerste',
    'ein eine einen einem einer jeder jede jeden kein keine keinen vize erste ersten erster',
    'un une chaque aucun aucune autre vice premier premiere',
  ]
    .join(' ')
    .split(' '),
);
/** After a role noun, what it is the role of ("president of the Brookings Institution", "premier van Japan"). */
const OF_WORDS = new Set(['of', 'van', 'von', 'de', 'du', 'des']);

/**
 * Whether the role noun from token `first` to `last` is someone else's office, not a reference to
 * a person named before: a compound ("Vice-president", "ex-premier", "President-elect"), a
 * generic or indefinite use ("every president"), another country's or body's ("Sudan's president",
 * "president of the Brookings Institution"), or a title in apposition to the name that follows
 * ("the president, Omar al-Bashir").
 */
export function someoneElsesRole(tokenized: TokenizedText, first: number, last: number): boolean {
  const { word, norms, raws, gaps, length } = tokenized;
  if ((gaps[first]! & GAP_HYPHEN) !== 0) return true;
  if (first > 0 && (gaps[first]! & GAP_SENTENCE_END) === 0) {
    const before = norms[word[first - 1]!]!;
    if (NOT_THE_ONE_BEFORE.has(before)) return true;
    // "Sudan's president": the possessive "s" after an apostrophe.
    if (before === 's' && (gaps[first - 1]! & GAP_APOSTROPHE) !== 0) return true;
  }
  const next = last + 1;
  if (next >= length || (gaps[next]! & GAP_SENTENCE_END) !== 0) return false;
  if ((gaps[next]! & GAP_HYPHEN) !== 0) return true;
  const nextRaw = raws[word[next]!]!;
  // ", Omar al-Bashir": a comma and a capitalised word.
  if ((gaps[next]! & GAP_CLAUSE_END) !== 0 && tokenized.text.slice(tokenized.ends[last], tokenized.starts[next]).trim() === ',')
    return capitalThenLower(nextRaw);
  if ((gaps[next]! & GAP_SPACE) === 0 || !OF_WORDS.has(norms[word[next]!]!)) return false;
  // "of the Brookings Institution", "van Japan": the domain named after "of" (and an article).
  for (let k = next + 1; k < length && k <= next + 2; k++) {
    if ((gaps[k]! & GAP_SPACE) === 0) return false;
    if (startsUpper(raws[word[k]!]!)) return true;
  }
  return false;
}

/**
 * French adjectives written after an office: "le Premier ministre sortant", "le président
 * américain", "la chancelière allemande". Nationalities by their endings.
 */
const FRENCH_AFTER_OFFICE =
  /^(?:sortante?|élue?|actuelle?|démissionnaire|intérimaire|nouvelle|[a-zàâçéèêëîïôûù]{2,}(?:aine?|aise?|ienne?|ande?|oise?|ole?|ique|que|ec|ecque|urc|urque|sse|ge|te|be|ne))$/u;

/**
 * The last token of the role noun ending at `last` with the French adjectives after it (up to
 * two), so that what follows them is read as what follows the noun ("le Premier ministre sortant,
 * Alexander De Croo"). Other languages put such adjectives first: `last` itself.
 */
export function officeEnd(tokenized: TokenizedText, last: number, lang: string | null): number {
  if (lang !== 'fr') return last;
  const { word, raws, gaps, length } = tokenized;
  let end = last;
  for (let k = last + 1; k < length && k <= last + 2; k++) {
    if ((gaps[k]! & GAP_SPACE) === 0 || (gaps[k]! & (GAP_SENTENCE_END | GAP_CLAUSE_END)) !== 0) break;
    if (!FRENCH_AFTER_OFFICE.test(raws[word[k]!]!)) break;
    end = k;
  }
  return end;
}

/**
 * What stands between a name and a role noun in apposition to it: a comma, perhaps an adverb of
 * time ("Trump, then president,", "Rutte, toen premier,"), and perhaps an article, definite or not
 * ("John Major, a former prime minister,"). A word that makes
 * the noun a past office may follow ("Rutte, de voormalige premier,"): see {@link formerWordBefore}.
 */
const APPOSITION =
  /^,\s+(?:(?:then|now|still|toen|nu|nog|inmiddels|alors|désormais|encore|damals|jetzt|inzwischen|noch)\s+)?(?:(?:the|a|an|de|het|een|le|la|les|un|une|der|die|das|ein|eine)\s+|l['’])?$/iu;

/**
 * Whether a role noun starting at token `nounStart` stands in apposition ({@link APPOSITION}) to two
 * or more capitalised words that no mention covers (none ends after `coveredUpTo`): a full name of
 * someone the knowledge base does not know.
 */
function unknownNameBefore(t: TokenizedText, nounStart: number, coveredUpTo: number): boolean {
  for (let j = nounStart - 1; j >= 1 && j >= nounStart - 3; j--) {
    if (!APPOSITION.test(t.text.slice(t.ends[j]!, t.starts[nounStart]!))) continue;
    return (
      t.ends[j]! > coveredUpTo &&
      capitalThenLower(t.raws[t.word[j]!]!) &&
      spacedInSentence(t.gaps, j) &&
      capitalThenLower(t.raws[t.word[j - 1]!]!)
    );
  }
  return false;
}

/** Words that make a role noun a past office ("the former president", "oud-premier"), folded as token norms are. */
const FORMER_WORDS = new Set(
  'former ex previous late voormalig voormalige oud gewezen vorige ehemalige ehemaliger ehemaligen fruherer fruhere fruheren ancien ancienne'.split(
    ' ',
  ),
);

/** The token of a word among the two before the role noun at token `first` that makes it a past office, or -1. */
export function formerWordBefore(tokenized: TokenizedText, first: number): number {
  const { word, norms, gaps } = tokenized;
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    if ((gaps[k + 1]! & GAP_SENTENCE_END) !== 0) return -1;
    if (FORMER_WORDS.has(norms[word[k]!]!)) return k;
  }
  return -1;
}

/**
 * The title words a role noun holds ("president" in "de Amerikaanse president", "navo" and "chef"
 * in "NAVO-chef"), and whether it says whose office it is with a word besides them ("de Russische
 * president", "le président américain"; not "de president"). A qualified noun is not someone
 * else's because that person holds a presidency too: Obama named in between is no "Russische
 * president".
 */
function nounTitles(noun: string): { titles: string[]; qualified: boolean } {
  const words = fold(noun)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const titles = words.filter(isTitleWord);
  return { titles, qualified: titles.length < words.length };
}

/**
 * Role nouns after their person was named link to that person ("de NAVO-chef" after "Jens
 * Stoltenberg"), unless the name itself follows (apposition: "NAVO-chef Stoltenberg"), the noun is
 * a predicate ("Rutte werd NAVO-chef") or someone else who could be meant was named in between.
 * `nouns` are the role nouns the matcher found in the text; `seen` the entities recognised so far,
 * in text order, those named in earlier slices first (start -1); `mentions` the mentions so far.
 */
export function roleMentions(
  text: string,
  tokenized: TokenizedText,
  nouns: readonly FormMatch[],
  kb: KbIndex,
  date: string | null,
  seen: readonly { start: number; entry: number }[],
  mentions: readonly Mention[],
  lang: string | null = null,
): Mention[] {
  const out: Mention[] = [];
  const entries = kb.entries;
  /** Entries in the order they were last mentioned before the current noun (most recent last). */
  const recent: number[] = [];
  // The category of the mention starting at an offset (asked once per noun: a scan of every mention was quadratic).
  const categoryAt = new Map<number, string>();
  for (const x of mentions) categoryAt.set(x.start, x.category);
  // Whether an entry holds one of the noun's titles, per title list, on the article's date (`then`)
  // and at any time (`ever`), worked out once per entry: the walk back asks it of the same few
  // people for noun after noun (2 = not worked out yet).
  const holds = new Map<string, { then: Uint8Array; ever: Uint8Array }>();
  let p = 0;
  // Mentions in text order, walked along with the nouns: a noun inside a longer name ("Kamer" of
  // "Tweede Kamer", "Eerste Kamer") is part of that name. (A noun that holds a mention, as "NAVO-chef"
  // holds "NAVO", replaces it.)
  let q = 0;
  for (const m of nouns) {
    while (p < seen.length && seen[p]!.start < m.start) recent.push(seen[p++]!.entry);
    while (q < mentions.length && mentions[q]!.end <= m.start) q++;
    const x = mentions[q];
    if (x && x.start <= m.start && x.end >= m.end && (x.start < m.start || x.end > m.end)) continue;
    // In apposition right after the name ("Mme Kallas, cheffe de la diplomatie", "Rutte, the NATO
    // chief,"): it describes the mention before it, which already names the person.
    const before = q > 0 ? mentions[q - 1]! : null;
    const formerAt = formerWordBefore(tokenized, m.first);
    const nounStart = formerAt >= 0 ? formerAt : m.first;
    // (Not after a place: "In Kyiv, the president said" refers back.)
    if (before && before.category !== 'place' && APPOSITION.test(text.slice(before.end, tokenized.starts[nounStart]!))) continue;
    // The same after a full name the knowledge base does not know ("John Major, a former prime
    // minister,"): the name finder marks it later, so no mention stands for it yet.
    if (unknownNameBefore(tokenized, nounStart, before?.end ?? 0)) continue;
    const end = officeEnd(tokenized, m.last, lang);
    if (titleBeforeName(tokenized, end, (start) => categoryAt.get(start))) continue;
    if (someoneElsesRole(tokenized, m.first, end)) continue;
    if (isPredicate(tokenized, m.first, m.last)) continue;
    const candidates = new Set(m.forms.map((f) => kb.forms[f]!.entry));
    const { titles, qualified } = nounTitles(text.slice(m.start, m.end));
    const key = titles.join(' ');
    let cache = holds.get(key);
    if (!cache) {
      const unknown = () => new Uint8Array(entries.length).fill(2);
      holds.set(key, (cache = { then: unknown(), ever: unknown() }));
    }
    const { then, ever } = cache;
    // holdsTitle, remembered per entry in `known`.
    const held = (known: Uint8Array, e: number, when: string | null) => {
      if (known[e] === 2) known[e] = holdsTitle(entries[e]!, titles, when) ? 1 : 0;
      return known[e] === 1;
    };
    // Someone who holds an office with this title word only at other times is not meant (Trump and
    // "the president" in December 2016, when he was president-elect and Obama president); when the
    // noun says "former", someone who holds it on the date is not meant (the sitting premier is no
    // "voormalige premier"). A person with no dated office under that title (a role noun the entry
    // declares for another reason) fits.
    const former = formerAt >= 0;
    const fitsOnDate = (e: number) => !date || (former ? !held(then, e, date) : !held(ever, e, null) || held(then, e, date));
    let best = -1;
    // Walk back to the nearest person who fits; stop at one who could be meant instead.
    for (let k = recent.length - 1; k >= 0 && recent.length - k <= MAX_ROLE_LOOKBACK; k--) {
      const e = recent[k]!;
      if (candidates.has(e) && fitsOnDate(e)) {
        best = e;
        break;
      }
      // Someone named in between who held the office on the date could be meant. (Not someone who
      // held it at another time: at a NATO summit "de secretaris-generaal" is Rutte, although Dick
      // Schoof, named in between, was a ministry's secretary-general before.)
      // A noun that says whose office it is ("de Russische president") is not someone else's who
      // does not declare it.
      if (held(then, e, date) && (!qualified || candidates.has(e))) break;
    }
    if (best < 0) continue;
    recent.push(best);
    const entry = entries[best]!;
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
