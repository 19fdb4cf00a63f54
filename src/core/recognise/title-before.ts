/**
 * The title right before a name: evidence for whoever held that office on the article's date
 * ("President Bush" in 2003 is George W. Bush). A title is one cue word ("President", "premier") or
 * a title phrase that ends in the office's domain ("Secretary of State Kerry", "Minister van
 * Buitenlandse Zaken Hoekstra", "ministre des Affaires étrangères Lavrov"): then the cue word opening
 * the phrase is the title.
 */
import { startsUpper } from '../text/fold';
import { spacedInSentence } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';

/** Words that join a title to its domain ("of State", "van Defensie", "des Armées", "für Verteidigung"). */
const JOINS = new Set(['of', 'for', 'van', 'voor', 'de', 'des', 'du', 'der', 'für', 'fur']);
/** Articles that may stand before the domain ("for the Middle East", "de la Défense"). */
const ARTICLES = new Set(['the', 'la', 'l', 'het', 'den', 'die']);
/** Capitalised words a domain may have ("Foreign Affairs", "the Middle East", "Buitenlandse Zaken"). */
const MAX_DOMAIN_WORDS = 3;

/** The folded title word before token `first`, or null. `cues`: the title words (folded). */
export function titleBefore(t: TokenizedText, first: number, cues: ReadonlySet<string>): string | null {
  const { word, norms, raws, gaps } = t;
  if (first === 0 || !spacedInSentence(gaps, first)) return null;
  const norm = (k: number) => norms[word[k]!]!;
  if (cues.has(norm(first - 1))) return norm(first - 1);
  // Back over the domain's capitalised words ("State", "Buitenlandse Zaken"), then its article and join.
  let k = first - 1;
  let domain = 0;
  while (k > 0 && domain < MAX_DOMAIN_WORDS && startsUpper(raws[word[k]!]!) && spacedInSentence(gaps, k)) {
    domain++;
    k--;
  }
  if (domain === 0 || startsUpper(raws[word[k]!]!)) return null;
  if (ARTICLES.has(norm(k)) && k > 0 && spacedInSentence(gaps, k)) k--;
  if (!JOINS.has(norm(k)) || k === 0 || !spacedInSentence(gaps, k)) return null;
  // Dutch and French write the title in lower case ("minister van Defensie Brekelmans").
  return cues.has(norm(k - 1)) ? norm(k - 1) : null;
}
