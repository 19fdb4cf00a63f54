/**
 * A person's name that names a thing called after them: the carrier "Charles de Gaulle", "USS
 * Ronald Reagan", "John F. Kennedy International Airport", "luchthaven Charles de Gaulle", the
 * "Konrad Adenauer Foundation", German compounds ("Konrad-Adenauer-Stiftung", "Helmut-Schmidt-Flughafen")
 * and French names of places and schools ("lycée Victor-Hugo"). A card about the person would be
 * wrong there, so such spans are not marked as the person. "The Merkel government", "het
 * kabinet-Rutte" or "die Helmut-Kohl-Ära" still are: they are about the person's own office or time.
 */
import { startsUpper } from '../text/fold';
import { GAP_HYPHEN, GAP_SENTENCE_END, GAP_SPACE, spacedInSentence } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';

const words = (...lines: string[]) => new Set(lines.join(' ').split(' '));

/** Nouns before a name for things named after people, in nl, en, fr and de (folded; "porte-avions" by its second half). */
const THING_BEFORE = words(
  'airport luchthaven vliegveld aeroport flughafen carrier vliegdekschip avions flugzeugtrager',
  'ship schip navire schiff frigate fregat fregate fregatte destroyer submarine onderzeeer',
  'battleship warship cruiser corvette slagschip oorlogsschip kruiser korvet schlachtschiff kriegsschiff kreuzer korvette',
  'cuirasse croiseur',
  'stichting fondation stiftung universiteit universite bridge brug pont street straat rue strasse',
  'avenue laan square plein platz ziekenhuis hopital stadion stade',
  // French schools, stations and streets take the name hyphened ("lycée Victor-Hugo", "gare Charles-de-Gaulle").
  'lycee college ecole gare boulevard quai allee',
);
/**
 * Nouns after a name ("Kennedy International Airport", "Adenauer Foundation"). Not "carrier" or
 * "rue": in French a "carrier" works a quarry ("M. Leteuil, carrier").
 */
const THING_AFTER = words(
  'airport luchthaven aeroport flughafen foundation stichting stiftung memorial institute instituut',
  'institut university universiteit universitat bridge brug brucke street straat strasse avenue laan',
  'square plein platz centre center centrum zentrum hospital ziekenhuis krankenhaus school college',
  'schule stadium stadion international airbase',
  // Science named after people ("the Rayleigh quotient", "a Nash equilibrium", "the Gini coefficient").
  'quotient theorem equation equations conjecture inequality algorithm scattering constant paradox',
  'principle lemma equilibrium coefficient distribution ratio formula',
);
/** "Nur Khan Air Base", "Andrews Air Force Base": after "air" (not "base" alone: "the Trump base" is his voters). */
const AFTER_AIR = words('base force station');

/**
 * Articles before a full name that name a thing, not the person: French "le Charles de Gaulle",
 * "au Charles de Gaulle" (the carrier), English "the Abraham Lincoln". French news puts no article
 * before a person's full name (an office comes first: "le général de Gaulle").
 */
const THING_ARTICLE_FR = words('le au du');
/**
 * Words after "the" and a full name that keep it the person's whatever their ending: their office,
 * time or camp ("the Joe Biden administration", "the Donald Trump years"), or a clause about them.
 */
const PERSON_NOUN_AFTER = words(
  'administration campaign era presidency government years doctrine camp wing cabinet agenda plan',
  'legacy playbook style way approach effect presidential white family of i who whom that',
);
/**
 * Firms named after their founders ("Kellogg Company", "Ford Motor Company", "Rothschild Bank") and
 * works and museums ("The Truman Show", "the Churchill War Rooms", one word further on): only
 * capitalised, as part of the name ("Mourinho holding up a shirt" is the man).
 */
const NAME_AFTER = words(
  'company corporation inc motor motors bank brothers holding holdings show rooms organization organisation tower',
);

/**
 * Family nouns before or after a bare surname: "the Kennedy family", "de familie Kennedy", "la
 * famille Le Pen", "der Bush-Clan" are the family, not the one person of that name in the story.
 */
const FAMILY = words('family families familie famille clan dynasty dynastie');

/**
 * Heads of German compounds named after someone, besides those of {@link THING_AFTER}: "Willy-Brandt-Haus",
 * "Karlspreis" written "Karl-der-Große-Preis", "Julius-Leber-Kaserne". Not "Ära", "Regierung", "Jahre".
 */
const COMPOUND_HEADS = words('haus preis kaserne gymnasium allee ring bahnhof halle saal denkmal museum bibliothek park ufer');

/** Whether token k is hyphened to the token before it and heads a compound named after someone ("-Stiftung", "-Flughafen"). */
function compoundHead(t: TokenizedText, k: number): boolean {
  if (k >= t.length || (t.gaps[k]! & GAP_HYPHEN) === 0) return false;
  const w = t.word[k]!;
  const norm = t.norms[w]!;
  return (THING_AFTER.has(norm) || COMPOUND_HEADS.has(norm)) && startsUpper(t.raws[w]!);
}

/**
 * Whether the span from `first` to `last` is the middle of a compound named after a person, for
 * entries of any kind: "Rosa-Luxemburg-Stiftung" is neither Luxembourg nor a card about the country.
 * A capitalised word hyphened before the span, and a compound head hyphened after it.
 */
export function insideNamedCompound(t: TokenizedText, first: number, last: number): boolean {
  return (
    first > 0 && (t.gaps[first]! & GAP_HYPHEN) !== 0 && startsUpper(t.raws[t.word[first - 1]!]!) && compoundHead(t, last + 1)
  );
}

/** Prefixes of warships' names ("USS Ronald Reagan", "HMS Prince of Wales", "INS Vikramaditya"). */
const SHIP_PREFIXES = new Set(['USS', 'HMS', 'HMAS', 'HMCS', 'HNLMS', 'INS', 'FS', 'RFS', 'ARA', 'TCG']);

/** Dutch and Belgian warships are "Zr.Ms." or "Hr.Ms." ("Zijner/Harer Majesteits"), tokenised as two words. */
const DUTCH_SHIP_FIRST = new Set(['Zr', 'Hr']);

/** Capitalised words a ship's name may hold before the person it is named after ("HMS Queen Elizabeth", "USS Gerald R. Ford"). */
const SHIP_NAME_LOOKBACK = 2;

/** Whether token k is a warship's prefix: "USS", "HMS", or the "Ms" of "Zr.Ms.". */
function shipPrefix(t: TokenizedText, k: number): boolean {
  const raw = t.raws[t.word[k]!]!;
  if (SHIP_PREFIXES.has(raw)) return true;
  return raw === 'Ms' && k > 0 && (t.gaps[k]! & GAP_SPACE) === 0 && DUTCH_SHIP_FIRST.has(t.raws[t.word[k - 1]!]!);
}

/** Whether the span from token `first` to `last` is the name of something named after a person. */
export function namedAfter(t: TokenizedText, first: number, last: number, lang: string | null): boolean {
  const { word, norms, raws, gaps } = t;
  if (thingBefore(t, first)) return true;
  if (last > first && articleBefore(t, first, last, lang)) return true;
  // "USS Ronald Reagan", "Zr.Ms. Karel Doorman" (its full stop and space are no plain space), and
  // "Elizabeth" of "HMS Queen Elizabeth".
  for (let k = first - 1; k >= 0 && k >= first - 1 - SHIP_NAME_LOOKBACK; k--) {
    if (shipPrefix(t, k)) return true;
    if (!startsUpper(raws[word[k]!]!) || (gaps[k]! & GAP_SPACE) === 0) break;
  }
  const next = last + 1;
  // "Adenauer" of "Konrad-Adenauer-Stiftung"; the name finder's "Helmut-Schmidt-Flughafen", head and all.
  if (compoundHead(t, next) || (last > first && compoundHead(t, last))) return true;
  // A bare surname beside "&" is a firm's ("Johnson & Johnson", "Procter & Gamble"); a full name
  // is a person's ("het duo Jean-Marc Ibos & Myrto Vitart").
  if (first === last && (ampersand(t, first) || ampersand(t, next))) return true;
  if (next >= t.length || (gaps[next]! & GAP_SPACE) === 0) return false;
  const after = word[next]!;
  if (norms[after] === 'air' && next + 1 < t.length && AFTER_AIR.has(norms[word[next + 1]!]!)) return true;
  return THING_AFTER.has(norms[after]!) || (startsUpper(raws[after]!) && (nameWordAt(t, next) || nameWordAt(t, next + 1)));
}

/**
 * Whether a {@link THING_BEFORE} noun stands right before token `first`, or before a capitalised
 * rank that opens the ship's name: "het vliegdekschip Admiraal Koeznetsov", "the carrier Admiral
 * Kuznetsov", where the run judged starts after the rank.
 */
function thingBefore(t: TokenizedText, first: number): boolean {
  const { word, norms, raws, gaps } = t;
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    if ((gaps[k + 1]! & GAP_SPACE) === 0) return false;
    if (THING_BEFORE.has(norms[word[k]!]!)) return true;
    if (!SHIP_RANKS.has(norms[word[k]!]!) || !startsUpper(raws[word[k]!]!)) return false;
  }
  return false;
}

/** Ranks a ship's name may open with, folded ("Admiral Kuznetsov", "Admiraal Nachimov", "Général Leclerc"). */
const SHIP_RANKS = words(
  'admiral admiraal amiral general generaal marshal maarschalk marechal marschall kapitan kapitein captain',
);

/** Words after a ship's name that make it the subject of a clause ("the Charles de Gaulle sailed", "the Abraham Lincoln is"). */
const AUXILIARIES = words('is was has had will would can could may might must should does did remains remained left');

/**
 * Whether an article stands right before the full name from `first` to `last` and makes it a thing's
 * name: {@link THING_ARTICLE_FR}; English "the" when the name ends its clause or a verb follows it
 * ("the Charles de Gaulle sailed east", "aboard the Abraham Lincoln."). A lowercase noun after it
 * is about the person ("the Joe Biden administration", "the Joe Welch quote"), unless it is plural
 * or past like a verb; {@link PERSON_NOUN_AFTER} words are the person's whatever their ending.
 */
function articleBefore(t: TokenizedText, first: number, last: number, lang: string | null): boolean {
  // A lowercase title owns the article ("le roi Charles III" is the king); a capitalised one may be
  // part of a ship's name ("the Queen Elizabeth" is the carrier).
  if (first === 0 || (t.gaps[first]! & GAP_SPACE) === 0 || !startsUpper(t.raws[t.word[first]!]!)) return false;
  // Folded: "Le Charles de Gaulle rentre" opens a sentence.
  const article = t.norms[t.word[first - 1]!]!;
  if (THING_ARTICLE_FR.has(article)) return true;
  // Only on Dutch pages: French, Spanish and Portuguese "de" is "of" ("le parti de Marine Le Pen").
  if (lang === 'nl' && (article === 'de' || article === 'het')) return dutchThingArticle(t, first - 1, last);
  if (article !== 'the') return false;
  const next = last + 1;
  if (!spacedInSentence(t.gaps, next)) return true;
  const after = t.norms[t.word[next]!]!;
  if (PERSON_NOUN_AFTER.has(after)) return false;
  if (t.lower[next] !== 1) return true;
  return AUXILIARIES.has(after) || after.endsWith('ed') || (after.length > 3 && after.endsWith('s') && !after.endsWith('ss'));
}

/**
 * Whether Dutch "de" or "het" at token `article`, right before the full name ending at `last`, makes
 * it a thing's name: "De Karel Doorman keerde terug", "aan boord van de Johan de Witt". Dutch puts no
 * article before a person's name, except to compare ("de Donald Trump van Brazilië") or in a
 * compound about them ("de Mark Rutte-jaren"). A capitalised "De" inside a sentence is a particle
 * ("Bart De Wever"), not an article.
 */
function dutchThingArticle(t: TokenizedText, article: number, last: number): boolean {
  if (t.lower[article] !== 1 && article > 0 && (t.gaps[article]! & GAP_SENTENCE_END) === 0) return false;
  const next = last + 1;
  if (next >= t.length) return true;
  if ((t.gaps[next]! & GAP_HYPHEN) !== 0) return false;
  return !(spacedInSentence(t.gaps, next) && DUTCH_COMPARISON.has(t.norms[t.word[next]!]!));
}

/** Words after "de" and a full name that make it a comparison with the person: "de Donald Trump van Brazilië". */
const DUTCH_COMPARISON = words('van uit onder');

/**
 * Whether a {@link FAMILY} noun stands right before or after the surname at token k (a space or a
 * hyphen between). Asked for knowledge-base people only: the family is not the one person the
 * card is about, but a person the name finder infers from "la famille Rousselot" is the family's
 * name, and news corpora mark it so.
 */
export function familyBeside(t: TokenizedText, k: number): boolean {
  const joined = (j: number) => (t.gaps[j]! & (GAP_SPACE | GAP_HYPHEN)) !== 0;
  if (k > 0 && joined(k) && FAMILY.has(t.norms[t.word[k - 1]!]!)) return true;
  return k + 1 < t.length && joined(k + 1) && FAMILY.has(t.norms[t.word[k + 1]!]!);
}

/** Whether token k is a capitalised {@link NAME_AFTER} word after a space ("Company", "Show", "Rooms"). */
function nameWordAt(t: TokenizedText, k: number): boolean {
  return (
    k < t.length && (t.gaps[k]! & GAP_SPACE) !== 0 && NAME_AFTER.has(t.norms[t.word[k]!]!) && startsUpper(t.raws[t.word[k]!]!)
  );
}

/** Whether the gap before token k (k > 0, k < length) holds "&". */
function ampersand(t: TokenizedText, k: number): boolean {
  return k > 0 && k < t.length && t.text.slice(t.ends[k - 1]!, t.starts[k]!).includes('&');
}
