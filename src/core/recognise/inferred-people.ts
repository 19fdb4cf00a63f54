/**
 * The recogniser's last step: people the knowledge base does not know, in the tokens its mentions
 * left free. The name finder (`name-finder.ts`) reads them, and the people named like a place that
 * the recogniser set aside (`place-as-given.ts`, "Paris Hilton") are added here too, so that a
 * later bare surname ("Ms Hilton") is named after them.
 */
import { fold } from '../text/fold';
import type { TokenizedText } from '../text/tokenize';
import type { Mention } from './mention';
import { findNames } from './name-finder';
import type { NameFinderLexicon } from './name-words';
import { peopleNamedLikePlaces } from './place-as-given';

/** Languages the name finder has cues and given names for. */
const NAME_FINDER_LANGS = new Set(['nl', 'en', 'fr', 'de']);

/**
 * Adds to `mentions` (the knowledge base's, in text order) the people found in the tokens none of
 * them covers and no web address (`inAddress`, per token) holds, at `threshold` or above.
 * `placeNames`: tokens `first`..`last` of each person named like a place.
 */
export function addInferredPeople(
  tokenized: TokenizedText,
  mentions: Mention[],
  inAddress: Uint8Array | null,
  placeNames: readonly { first: number; last: number }[] | null,
  lexicon: NameFinderLexicon,
  lang: string | null,
  threshold: number,
): void {
  const { text, starts, ends, length } = tokenized;
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
  if (lang !== null && !NAME_FINDER_LANGS.has(lang)) return;
  let kbSurnames: Map<string, string | null> | null = null;
  for (const n of findNames(tokenized, text, covered, lexicon, lang)) {
    if (n.confidence < threshold) continue;
    // A bare surname the name finder found by a cue ("sagte Frieden") of someone the knowledge base
    // named in full ("Luc Frieden", whose entry declares no surname: it is also a word): theirs.
    if (!n.name.includes(' ')) {
      const id = (kbSurnames ??= surnamesOfNamed(mentions)).get(fold(n.name));
      if (id) {
        mentions.push({ ...mentionAt(text, n), entityId: id, source: 'kb' });
        continue;
      }
    }
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
}

/** The one-word mention of a found name, before its entity is set. */
function mentionAt(text: string, n: { start: number; end: number; confidence: number }): Omit<Mention, 'entityId' | 'source'> {
  return {
    text: text.slice(n.start, n.end),
    start: n.start,
    end: n.end,
    category: 'person',
    confidence: n.confidence,
    salience: 'normal',
  };
}

/**
 * The last words (folded) of the knowledge-base people the text names in full, to their entity ids;
 * null for a word that ends two people's names.
 */
function surnamesOfNamed(mentions: readonly Mention[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.source !== 'kb' || m.category !== 'person' || !m.entityId) continue;
    const space = m.text.lastIndexOf(' ');
    if (space < 0) continue;
    const last = fold(m.text.slice(space + 1));
    const had = out.get(last);
    out.set(last, had === undefined || had === m.entityId ? m.entityId : null);
  }
  return out;
}
