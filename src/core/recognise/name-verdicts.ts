/**
 * The name finder's first-pass verdicts (`name-finder.ts`), which its second pass reuses: per saved
 * candidate (by its index in the candidate store), the token to go on after (-1: the next one) and
 * the name found. Kept between calls and written over by the next one, like the candidate store.
 */
import type { FoundName } from './name-judge';

let nextAt = new Int32Array(1024);
/** Overwritten by the next call, not cut (a cut array gave its room back and grew again by copies). */
const foundAt: (FoundName | null)[] = [];

/** Keeps the verdict on candidate `at`. */
export function keepVerdict(at: number, next: number, found: FoundName | null): void {
  if (at >= nextAt.length) {
    const grown = new Int32Array(Math.max(at + 1, nextAt.length * 2));
    grown.set(nextAt);
    nextAt = grown;
  }
  nextAt[at] = next;
  foundAt[at] = found;
}

/** The token to go on after candidate `at` (-1: the next one). */
export const verdictNext = (at: number): number => nextAt[at]!;

/** The name found for candidate `at`, or null. */
export const verdictFound = (at: number): FoundName | null => foundAt[at]!;

/** Forgets the names of the first `count` verdicts, so that no name of the last text stays alive. */
export function clearVerdicts(count: number): void {
  foundAt.fill(null, 0, count);
}
