/**
 * The title words a role's labels hold ("president", "premier", "kanzler"): what a title right
 * before a surname is checked against ("President Bush" on the article's date). Only words the
 * recogniser can see as a title are kept, so the index can carry them instead of the labels.
 */
import type { Localized } from '../../kb/schema';
import { fold } from '../text/fold';
import { ROLE_CUES } from './name-cues';

export function roleTitles(role: Localized<string>): string[] {
  const out = new Set<string>();
  for (const label of Object.values(role))
    for (const word of fold(label ?? '').split(/[^\p{L}\p{N}]+/u)) if (ROLE_CUES.has(word)) out.add(word);
  return [...out].sort();
}
