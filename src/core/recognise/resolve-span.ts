/**
 * Which entry a matched span means: every entry its forms belong to is scored on the evidence
 * around the span (`score.ts`), and the best one wins, with a confidence that drops when the
 * runner-up is close. The runners-up are kept for the card's "Not this one?".
 */
import type { CompiledForm, KbIndex } from '../../kb/compiled';
import type { GivenNamesOf } from './given-names-of';
import type { FormMatch } from './match-forms';
import { scoreCandidate, type Evidence } from './score';

export interface Resolved {
  entry: number;
  confidence: number;
  alternatives: string[];
}

/**
 * The best entry for span `m`, or null. `firstNamed`: where each entry was first named in the text.
 * `givenNames`, with `given`: a given name right before the span rules out people with other given
 * names.
 */
export function resolveSpan(
  kb: KbIndex,
  m: FormMatch,
  ev: Evidence,
  firstNamed: Map<number, number>,
  givenNames: GivenNamesOf | null,
  given: string | null,
): Resolved | null {
  const byEntry = new Map<number, CompiledForm['kind']>();
  for (const f of m.forms) {
    const form = kb.forms[f]!;
    // Strict for a bare surname of someone the text named ("Jill Biden" after "Joe Biden").
    if (givenNames && given && givenNames.rulesOut(form.entry, given, form.kind === 'surname' && firstNamed.has(form.entry)))
      continue;
    const prev = byEntry.get(form.entry);
    // A name beats a surname beats a compound head for the same entry.
    if (!prev || rank(form.kind) > rank(prev)) byEntry.set(form.entry, form.kind);
  }
  ev.how = m.how;
  const scored: { entry: number; score: number }[] = [];
  for (const [entry, kind] of byEntry) {
    const named = firstNamed.get(entry);
    ev.kind = kind;
    ev.namedBefore = named !== undefined && named < m.start;
    scored.push({ entry, score: scoreCandidate(kb.entries[entry]!, ev) });
  }
  scored.sort((a, b) => b.score - a.score);
  const [top, second] = scored;
  if (!top) return null;
  const confidence = second && top.score - second.score < 0.1 ? top.score - 0.3 : top.score;
  // Other plausible readings, for the card's "Not this one?".
  const alternatives = scored
    .slice(1)
    .filter((s) => s.score >= 0.5 && top.score - s.score < 0.35)
    .map((s) => kb.entries[s.entry]!.id);
  return { entry: top.entry, confidence, alternatives };
}

const rank = (k: CompiledForm['kind']) => (k === 'name' ? 2 : k === 'surname' ? 1 : 0);
