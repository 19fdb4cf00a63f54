/** The reader's "Not this one?" corrections on a page, and the stand-ins for people the knowledge base lacks. */
import { describe, expect, it } from 'vitest';
import { Corrections } from '../../src/content/corrections';
import { withStandIns } from '../../src/content/inferred-entry';
import { measureDock } from '../../src/content/dock';
import type { Entry } from '../../src/kb/schema';
import type { RecognisedMention } from '../../src/shared/kb-answers';

const mention = (
  start: number,
  text: string,
  entityId: string | null,
  extra: Partial<RecognisedMention> = {},
): RecognisedMention => ({
  text,
  start,
  end: start + text.length,
  category: 'person',
  entityId,
  confidence: 0.9,
  source: entityId ? 'kb' : 'inferred',
  salience: 'normal',
  ...extra,
});
const entries: Record<string, Entry> = {
  'george-h-w-bush': {
    id: 'george-h-w-bush',
    category: 'person',
    label: { en: 'George H. W. Bush' },
    description: {},
    explanation: {},
    sources: {},
  },
  'bush-band': { id: 'bush-band', category: 'org', label: { en: 'Bush' }, description: {}, explanation: {}, sources: {} },
};
const entryOf = (id: string) => entries[id];

describe("the reader's corrections", () => {
  const page = [mention(0, 'Bush', 'george-w-bush', { readings: ['george-h-w-bush'] }), mention(20, 'Rutte', 'mark-rutte')];

  it('change nothing, and copy nothing, while the reader has corrected nothing', () => {
    expect(new Corrections().apply(page, entryOf)).toBe(page);
  });

  it("give a mark the reading the reader chose, keeping the recogniser's choice as another reading", () => {
    const c = new Corrections();
    c.set(0, 'george-h-w-bush');
    const [bush, rutte] = c.apply(page, entryOf);
    expect(bush).toMatchObject({
      entityId: 'george-h-w-bush',
      category: 'person',
      readings: ['george-w-bush', 'george-h-w-bush'],
    });
    expect(rutte).toBe(page[1]);
    c.set(0, 'bush-band');
    expect(c.apply(page, entryOf)[0]).toMatchObject({ entityId: 'bush-band', category: 'org' });
  });

  it('hide a mark the reader hid, and one whose chosen entry is unknown', () => {
    const c = new Corrections();
    c.set(20, null);
    expect(c.apply(page, entryOf).map((m) => m.start)).toEqual([0]);
    c.set(0, 'no-such-entry');
    expect(c.apply(page, entryOf)).toEqual([]);
  });

  it('follow their mentions when the article is recognised again, and drop those whose mention went', () => {
    const c = new Corrections();
    c.set(0, 'george-h-w-bush');
    c.set(20, null);
    c.follow(new Map([[0, 5]]));
    const moved = [mention(5, 'Bush', 'george-w-bush'), mention(25, 'Rutte', 'mark-rutte')];
    expect(c.apply(moved, entryOf).map((m) => [m.start, m.entityId])).toEqual([
      [5, 'george-h-w-bush'],
      [25, 'mark-rutte'],
    ]);
  });
});

describe('stand-in entries for people the knowledge base lacks', () => {
  it('point every mention of one name at one stand-in, made once, and leave known entities alone', () => {
    const inferred = new Map<string, Entry>();
    const out = withStandIns(
      [
        mention(0, 'Walter Russell Mead', null, { name: 'Walter Russell Mead' }),
        mention(30, 'Mead', null, { name: 'Walter Russell Mead' }),
        mention(40, 'Rutte', 'mark-rutte'),
      ],
      inferred,
      'not in the knowledge base',
    );
    expect(out.map((m) => m.entityId)).toEqual(['inferred:Walter Russell Mead', 'inferred:Walter Russell Mead', 'mark-rutte']);
    expect([...inferred.keys()]).toEqual(['inferred:Walter Russell Mead']);
    expect(inferred.get('inferred:Walter Russell Mead')?.description.nl).toBe('not in the knowledge base');
  });
});

describe("the panel's dock", () => {
  const win = { innerWidth: 1400 } as Window;
  const root = (right: number) => ({ getBoundingClientRect: () => ({ right }) }) as Element;
  it('sits in the article margin when it has room, no wider than a card', () => {
    expect(measureDock(root(700), win)).toEqual({ left: 724, width: 340 });
    expect(measureDock(root(1050), win)).toEqual({ left: 1074, width: 302 });
  });
  it('floats when the margin is too narrow or there is no article', () => {
    expect(measureDock(root(1150), win)).toBeNull();
    expect(measureDock(null, win)).toBeNull();
  });
});
