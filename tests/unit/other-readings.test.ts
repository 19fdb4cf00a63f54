/** "Not this one?": the other entries a marked span may mean (`src/core/recognise/other-readings.ts`). */
import { describe, expect, it } from 'vitest';
import { OtherReadings } from '../../src/core/recognise/other-readings';
import type { Mention } from '../../src/core/recognise/mention';
import { realRecogniser } from './helpers';

const kb = realRecogniser().kb;
const mention = (text: string, alternatives?: string[]): Mention => ({
  text,
  start: 0,
  end: text.length,
  category: 'person',
  entityId: null,
  confidence: 1,
  source: 'kb',
  salience: 'normal',
  ...(alternatives ? { alternatives } : {}),
});

describe('other readings of a marked span', () => {
  const readings = new OtherReadings(kb);
  it('offers every person written like the span, not the one shown', () => {
    const ids = readings.of(mention('Bush'), 'george-w-bush', []);
    expect(ids).toContain('george-h-w-bush');
    expect(ids).not.toContain('george-w-bush');
  });
  it("reads a genitive like the name, puts the recogniser's runners-up first and leaves out muted entries", () => {
    expect(readings.of(mention('Bushs'), 'george-w-bush', [])).toContain('george-h-w-bush');
    expect(readings.of(mention('Bush', ['nato']), 'george-w-bush', [])[0]).toBe('nato');
    expect(readings.of(mention('Bush'), 'george-w-bush', ['george-h-w-bush'])).not.toContain('george-h-w-bush');
  });
});
