/**
 * A one-word place name that is part of another name, where a card about the place would be wrong:
 * a person's surname after a known given name ("George Washington", "Jack London", "Irving
 * Berlin"), the first word of a newspaper's name ("The Washington Post", "The Moscow Times",
 * "The Kyiv Independent"), another place's name ("Inner Mongolia"), or a team, a brand or goods
 * named after it (`named-like-places.ts`). Longer names in the knowledge base ("Berlin Wall",
 * "Washington Treaty") are matched before this is asked.
 */
import { capitalThenLower, startsUpper } from '../text/fold';
import { GAP_APOSTROPHE, GAP_HYPHEN, GAP_SPACE } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';
import { CALENDAR_WORDS } from './name-cues';
import { BRAND_BEFORE, GOODS_AFTER, TEAM_NICKNAMES, TEAM_NICKNAMES_2 } from './named-like-places';

/** Abbreviations before a city in the names of sports clubs, as written ("FC Bayern", "AS Roma"; not "As Iraq continues"). */
const CLUB_ABBREVIATIONS = new Set('FC SC AC AS AFC CF CD SV TSV FSV VfB VfL RB'.split(' '));
/** Capitalised words before a city in the names of sports clubs (folded). */
const CLUB_WORDS = new Set(
  'real atletico sporting olympique dynamo dinamo borussia bayern inter union hertha eintracht werder fortuna racing stade'.split(
    ' ',
  ),
);

/**
 * Second words of newspapers and magazines named after a city or country ("Paris Match", "USA
 * Today", "China Daily", "The New York Times"), of "Holland Casino", of "Paris Saint-Germain", of
 * rivers, deltas and valleys named like a country ("the Niger River", "the Niger Delta", "the Jordan Valley"), of
 * states named like their city ("New York State", "Washington State", which has its own entry), of
 * capitals named after their country ("Mexico City", "Kuwait City"), and of competitions ("Europa
 * League", "Africa Cup"); folded, only when capitalised.
 */
const NAME_AFTER = new Set(
  'post times herald tribune journal independent examiner observer chronicle gazette today daily match river delta valley basin saint city state casino league cup'.split(
    ' ',
  ),
);

/** Capitalised words of names that take a place after "of" ("Times of India", "Voice of America", "Bank of Japan", "Infectious Diseases Society of America", "the Church of England"), folded. */
const NAME_BEFORE_OF = new Set(['times', 'voice', 'bank', 'society', 'association', 'church']);

/**
 * Waters, universities and titles named after a place, in any case ("the Gulf of Mexico", "golfe du
 * Mexique", "the Sea of Japan", "University of Tokyo", "the Duke of Edinburgh"): the place's card
 * would be about something else. Folded; the joining words are {@link OF}.
 */
const FEATURE_BEFORE_OF = new Set(
  (
    'gulf golf golfe bay baai baie strait straat detroit meerenge sea zee mer university universiteit universite universitat ' +
    'duke duchess hertog hertogin duc duchesse herzog herzogin earl prince princess prins prinses prinz prinzessin ' +
    'archbishop aartsbisschop archeveque erzbischof bishop bisschop eveque bischof'
  ).split(' '),
);
/** "of" in the four languages, folded ("du" and "d" as in "golfe du Mexique", "golfe d'Aden"). */
const OF = new Set(['of', 'van', 'de', 'du', 'd', 'von']);

/**
 * Whether the one-word place at tokens `first`..`last` belongs to another name. `givenBefore`: the
 * known given name right before it, set by the recogniser only after a single space and no title.
 */
export function placeInOtherName(t: TokenizedText, first: number, last: number, givenBefore: string | null): boolean {
  if (compassBeforeName(t, first, last)) return true;
  // "The Washington Post", "The New York Times", "New York State".
  if (nameAfter(t, last)) return true;
  if (first !== last) return false;
  if (givenBefore) return true;
  // A currency: "US$1,000", "A$", "NZ$".
  if (t.text.charCodeAt(t.ends[last]!) === 36) return true;
  if (first > 0) {
    const gap = t.text.slice(t.ends[first - 1]!, t.starts[first]!);
    // A web address or a handle: "Football.London", "politico.eu".
    if (gap === '.' || gap === '@') return true;
    // A sports club: "FC Bayern München", "Real Madrid", "Inter Milan", "Union Berlin"; an airline
    // or a broadcaster ("Air France", "Radio Canada"); a mountain.
    const before = t.raws[t.word[first - 1]!]!;
    if (
      (t.gaps[first]! & GAP_SPACE) !== 0 &&
      (CLUB_ABBREVIATIONS.has(before) ||
        BRAND_BEFORE.has(before) ||
        // A mountain or what is named after one ("Mount Sinai Hospital", "Mount Lebanon").
        before === 'Mount' ||
        (CLUB_WORDS.has(t.norms[t.word[first - 1]!]!) && startsUpper(before)))
    )
      return true;
    if (qualifiedPlace(t, first, before)) return true;
  }
  // "Mongolie-Intérieure".
  if (
    last + 1 < t.length &&
    (t.gaps[last + 1]! & GAP_HYPHEN) !== 0 &&
    QUALIFIER_AFTER.has(t.norms[t.word[last + 1]!]!) &&
    startsUpper(t.raws[t.word[last + 1]!]!)
  )
    return true;
  // "The Times of Israel", "Voice of America", "the Bank of England"; "the Gulf of Mexico".
  if (first >= 2 && (t.gaps[first]! & (GAP_SPACE | GAP_APOSTROPHE)) !== 0 && OF.has(t.norms[t.word[first - 1]!]!)) {
    const before = t.norms[t.word[first - 2]!]!;
    if (FEATURE_BEFORE_OF.has(before)) return true;
    if (t.norms[t.word[first - 1]!] === 'of' && NAME_BEFORE_OF.has(before) && startsUpper(t.raws[t.word[first - 2]!]!))
      return true;
  }
  return false;
}

/**
 * Whether a capitalised word of {@link NAME_AFTER} or a team's nickname follows the place ending at
 * token `last`, or a lowercase word that names goods after it ("Brussels sprouts").
 */
function nameAfter(t: TokenizedText, last: number): boolean {
  const next = last + 1;
  if (next >= t.length || (t.gaps[next]! & GAP_SPACE) === 0) return false;
  const after = t.word[next]!;
  const norm = t.norms[after]!;
  if (!startsUpper(t.raws[after]!)) return GOODS_AFTER.get(t.norms[t.word[last]!]!)?.has(norm) === true;
  if (NAME_AFTER.has(norm) || TEAM_NICKNAMES.has(norm)) return true;
  return (
    next + 1 < t.length && (t.gaps[next + 1]! & GAP_SPACE) !== 0 && TEAM_NICKNAMES_2.has(`${norm} ${t.norms[t.word[next + 1]!]!}`)
  );
}

/**
 * Capitalised words that make a place name another place's: a region or state of it or beside it
 * ("Inner Mongolia" is in China, "Upper Austria" a state of Austria, "Little Italy" a quarter of New
 * York, "New Mexico" a US state, "Binnen-Mongolië", "Opper-Oostenrijk", "Klein-Azië" (Anatolia),
 * "Nieuw-Mexico", "Haute-Autriche", "Nouveau-Mexique", "Innere Mongolei"), as written, by how they
 * join the place. A card about the place would be about somewhere else, so nothing is marked.
 */
const QUALIFIER_SPACED = new Set(['Inner', 'Outer', 'Upper', 'Lower', 'Little', 'New', 'Innere', 'Inneren', 'Äußere', 'Äußeren']);
const QUALIFIER_HYPHENED = new Set([
  'Binnen',
  'Buiten',
  'Opper',
  'Neder',
  'Klein',
  'Nieuw',
  'Haute',
  'Basse',
  'Haut',
  'Bas',
  'Nouvelle',
  'Nouveau',
]);
/** Folded words after a hyphen that do the same from behind ("Mongolie-Intérieure"). */
const QUALIFIER_AFTER = new Set(['interieure', 'exterieure']);
/** Points of the compass before "Holland": the provinces "Noord-Holland", "Zuid-Holland" (folded), not the country. */
const HOLLAND_PROVINCE = new Set(['noord', 'zuid', 'north', 'south', 'nord', 'sud']);

/** Whether the word `before` the place at token `first` makes it another place (see {@link QUALIFIER_SPACED}). */
function qualifiedPlace(t: TokenizedText, first: number, before: string): boolean {
  const gap = t.gaps[first]!;
  if ((gap & GAP_SPACE) !== 0 && QUALIFIER_SPACED.has(before)) return true;
  if ((gap & GAP_HYPHEN) !== 0 && QUALIFIER_HYPHENED.has(before)) return true;
  return (
    (gap & (GAP_SPACE | GAP_HYPHEN)) !== 0 &&
    t.norms[t.word[first]!] === 'holland' &&
    startsUpper(before) &&
    HOLLAND_PROVINCE.has(t.norms[t.word[first - 1]!]!)
  );
}

/** Points of the compass that open longer names ("the West Side", "West Mercia", "het Oosten"), folded. */
const COMPASS = new Set('west east north south westen oosten noorden zuiden ouest est nord sud osten norden suden'.split(' '));

/**
 * Whether the span ending in a point of the compass at token `last` runs on into a capitalised
 * word: "the West Side", "the West Mercia police", "the East End" are not the political West.
 */
function compassBeforeName(t: TokenizedText, first: number, last: number): boolean {
  const next = last + 1;
  // Only the bare point ("the West", "het Westen"): "the Middle East" is a region whatever follows.
  if (last - first > 1 || (last > first && !ARTICLES.has(t.norms[t.word[first]!]!))) return false;
  if (!COMPASS.has(t.norms[t.word[last]!]!) || next >= t.length || (t.gaps[next]! & GAP_SPACE) === 0) return false;
  // Not a date after it ("in the West Sunday").
  const after = t.norms[t.word[next]!]!;
  return capitalThenLower(t.raws[t.word[next]!]!) && !CALENDAR_WORDS.has(after);
}

/** Articles before a point of the compass, folded. */
const ARTICLES = new Set(['the', 'het', 'de', 'l', 'le', 'der', 'den', 'dem']);
