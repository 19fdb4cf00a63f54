/**
 * One checkbox per category (people, terms, history, places), shared by the popup and the options
 * page so both write the setting the same way.
 */
import { CATEGORY_LABELS } from '../panels/i18n';
import type { Settings } from '../shared/settings';
import { translate } from '../shared/browser-i18n';

interface Props {
  settings: Settings;
  change: (f: (s: Settings) => Settings) => void;
  /** `data-testid` prefix: `cat-` on the options page, `popup-cat-` in the popup. */
  testIdPrefix: string;
  labelClass: string;
}

export function CategorySwitches({ settings, change, testIdPrefix, labelClass }: Props) {
  return (
    <>
      {CATEGORY_LABELS.map(([cat, label]) => (
        <label key={cat} class={labelClass}>
          <input
            type="checkbox"
            data-testid={`${testIdPrefix}${cat}`}
            checked={settings.categories[cat]}
            onChange={(e) =>
              change((s) => ({ ...s, categories: { ...s.categories, [cat]: (e.target as HTMLInputElement).checked } }))
            }
          />
          {translate(label)}
        </label>
      ))}
    </>
  );
}
