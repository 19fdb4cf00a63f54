/**
 * An article of some other text: "Article 5 of the contract", "artikel 5 van de Grondwet", "article
 * 5 du Code civil". The knowledge base's "Article 5" is the North Atlantic Treaty's; named with the
 * text it belongs to, it is that text's unless the text is the treaty ("Article 5 of the Washington
 * Treaty", "artikel 5 van het NAVO-verdrag"), whose longer names are often forms of their own.
 */
import { GAP_SENTENCE_END, spacedInSentence } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';

/** The word of an article's name, folded. */
const ARTICLE = new Set(['article', 'artikel', 'art', 'artikels']);
/** "of" in the four languages, folded. */
const OF = new Set(['of', 'van', 'du', 'de', 'des', 'der', 'von']);
/** Articles between "of" and the text's name, folded. */
const DETERMINERS = new Set(['the', 'het', 'de', 'la', 'le', 'l', 'des', 'du', 'der', 'den', 'dem', 'this', 'that']);
/** Words of the North Atlantic Treaty's names, folded: the article is the treaty's after all. */
const TREATY = new Set(
  'nato navo otan treaty verdrag traite vertrag vertrags vertrages handvest washington atlantic atlantisch atlantique nordatlantikvertrag nordatlantikvertrags alliance bondgenootschap'.split(
    ' ',
  ),
);

/** Whether the span `first`..`last` ("Article 5") is followed by "of" and a text other than the North Atlantic Treaty. */
export function articleOfAnother(t: TokenizedText, first: number, last: number): boolean {
  if (!ARTICLE.has(t.norms[t.word[first]!]!) || !/^\d+$/.test(t.raws[t.word[last]!]!)) return false;
  let k = last + 1;
  if (k >= t.length || !spacedInSentence(t.gaps, k) || !OF.has(t.norms[t.word[k]!]!)) return false;
  k++;
  while (k < t.length && DETERMINERS.has(t.norms[t.word[k]!]!)) k++;
  // The text's name: its next few words (joined by spaces or hyphens: "NAVO-verdrag").
  for (let n = 0; n < 4 && k < t.length && (t.gaps[k]! & GAP_SENTENCE_END) === 0; n++, k++)
    if (TREATY.has(t.norms[t.word[k]!]!)) return false;
  return true;
}
