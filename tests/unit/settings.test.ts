import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../src/shared/settings';

describe('settings', () => {
  it('fall back to defaults for missing or corrupted values', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ enabled: 'yes', density: 'lots', categories: null })).toEqual(DEFAULT_SETTINGS);
  });

  it("keep the reader's per-site choices while repairing the rest", () => {
    const s = normaliseSettings({ disabledSites: ['a.nl', 3, 'a.nl', 'b.de'], muted: 'x', enabled: false });
    expect(s.disabledSites).toEqual(['a.nl', 'b.de']);
    expect(s.enabled).toBe(false);
    expect(s.muted).toEqual([]);
  });
});
