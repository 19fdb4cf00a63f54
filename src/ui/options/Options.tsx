/**
 * The options page: what to explain, how densely to mark, card language, live look-ups, theme,
 * entities the reader muted (with undo) and sites where Gloss is off. Every change is saved at
 * once and reaches open tabs through `storage.onChanged`.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser';
import type { KbEntriesFile } from '../../kb/compiled';
import { LANGS, type Entry } from '../../kb/schema';
import { pick } from '../../kb/card-facts';
import type { Density, Settings } from '../../shared/settings';
import { loadSettings, updateSettings, watchSettings } from '../../shared/storage';
import { translate, uiLanguage } from '../../shared/browser-i18n';
import { CategorySwitches } from '../CategorySwitches';
import type { MessageKey } from '../../panels/i18n';

const t = (key: MessageKey, subs?: string[]) => translate(key, subs);
const uiLang = uiLanguage();

const DENSITIES: [Density, MessageKey][] = [
  ['first', 'densityFirst'],
  ['all', 'densityAll'],
  ['none', 'densityNone'],
];
const LANG_NAMES: Record<string, string> = { nl: 'Nederlands', en: 'English', fr: 'Français', de: 'Deutsch' };

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // null until the entries are read: the muted list waits for them, so it shows names, not ids.
  const [entries, setEntries] = useState<Map<string, Entry> | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings);
    const stop = watchSettings(setSettings);
    fetch(browser.runtime.getURL('kb/entries.json'))
      .then((r) => r.json() as Promise<KbEntriesFile>)
      .then((kb) => setEntries(new Map(kb.entries.map((e) => [e.id, e]))))
      .catch(() => setEntries(new Map()));
    return stop;
  }, []);

  if (!settings) return null;
  const change = async (f: (s: Settings) => Settings) => setSettings(await updateSettings(f));

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optCategories')}</legend>
        <CategorySwitches settings={settings} change={change} testIdPrefix="cat-" labelClass="choice" />
      </fieldset>
      <fieldset>
        <legend>{t('optDensity')}</legend>
        {DENSITIES.map(([d, label]) => (
          <label class="choice" key={d}>
            <input
              type="radio"
              name="density"
              data-testid={`density-${d}`}
              checked={settings.density === d}
              onChange={() => change((s) => ({ ...s, density: d }))}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optCardLanguage')}</legend>
        <select
          aria-label={t('optCardLanguage')}
          value={settings.cardLanguage}
          onChange={(e) =>
            change((s) => ({ ...s, cardLanguage: (e.target as HTMLSelectElement).value as Settings['cardLanguage'] }))
          }
        >
          <option value="article">{t('cardLangArticle')}</option>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('optTheme')}</legend>
        {(['auto', 'light', 'dark'] as const).map((th) => (
          <label class="choice" key={th}>
            <input
              type="radio"
              name="theme"
              checked={settings.theme === th}
              onChange={() => change((s) => ({ ...s, theme: th }))}
            />
            {t(th === 'auto' ? 'themeAuto' : th === 'light' ? 'themeLight' : 'themeDark')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Wikipedia · Wikidata</legend>
        <label class="choice">
          <input
            type="checkbox"
            data-testid="live-lookups"
            checked={settings.liveLookups}
            onChange={(e) => change((s) => ({ ...s, liveLookups: (e.target as HTMLInputElement).checked }))}
          />
          {t('optLive')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optMuted')}</legend>
        {settings.muted.length === 0 ? (
          <p class="muted">{t('noneYet')}</p>
        ) : entries === null ? null : (
          <ul class="plain" data-testid="muted-list">
            {settings.muted.map((id) => (
              <li key={id}>
                <span>{entries.get(id) ? pick(entries.get(id)!.label, uiLang) : id.replace(/^inferred:/, '')}</span>
                <button
                  type="button"
                  class="small"
                  onClick={() => change((s) => ({ ...s, muted: s.muted.filter((m) => m !== id) }))}
                >
                  {t('undo')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optSites')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('noneYet')}</p>
        ) : (
          <ul class="plain">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button
                  type="button"
                  class="small"
                  onClick={() => change((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }))}
                >
                  {t('turnOnSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p class="muted">{t('optShortcuts')}</p>
    </main>
  );
}
