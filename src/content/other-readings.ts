/**
 * "Not this one?" on a page: the other readings the background listed with a mention
 * (`core/recognise/other-readings.ts`), now that the reader may have chosen one of them.
 */
import { MAX_READINGS } from '../core/recognise/other-readings';
import type { RecognisedMention } from '../shared/kb-answers';

/** Entry ids `mention` may mean besides `current` (the reading shown), without muted entries. */
export function otherReadings(mention: RecognisedMention, current: string, muted: readonly string[]): string[] {
  // The reading the recogniser chose is one of the others once the reader picked another.
  const ids = new Set([...(mention.readings ?? []), ...(mention.entityId ? [mention.entityId] : [])]);
  ids.delete(current);
  return [...ids].filter((id) => !muted.includes(id)).slice(0, MAX_READINGS);
}
