/**
 * Toolbar popup: what this page shows, and the two switches a reader reaches for most
 * (everywhere, this site). Writes settings; every open tab follows through `storage.onChanged`.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser';
import type { KbEntriesFile } from '../../kb/compiled';
import { searchEntries } from '../../kb/search';
import type { Entry } from '../../kb/schema';
import { Card } from '../../panels/Card';
import { TranslateContext } from '../../panels/i18n';
import { SearchBox } from '../../panels/SearchBox';
import { PANEL_CSS } from '../../panels/styles';
import type { Message, PageStatus, ToContent } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { loadSettings, updateSettings } from '../../shared/storage';
import { translate, uiLanguage } from '../../shared/browser-i18n';
import { CategorySwitches } from '../CategorySwitches';

const t = translate;
const uiLang = uiLanguage();

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [host, setHost] = useState<string | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [shortcut, setShortcut] = useState<string>('');
  const [kb, setKb] = useState<KbEntriesFile | null>(null);
  const [chosen, setChosen] = useState<Entry | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings);
    fetch(browser.runtime.getURL('kb/entries.json'))
      .then((r) => r.json() as Promise<KbEntriesFile>)
      .then(setKb)
      .catch(() => undefined);
    browser.commands.getAll().then((cmds) => setShortcut(cmds.find((c) => c.name === 'toggle-gloss')?.shortcut ?? ''));
    activeTab().then(async (tab) => {
      try {
        setHost(tab?.url ? new URL(tab.url).hostname || null : null);
      } catch {
        setHost(null);
      }
      if (tab?.id === undefined) return;
      const ask: Message<ToContent, 'pageStatus'> = { type: 'pageStatus' };
      const reply = (await browser.tabs.sendMessage(tab.id, ask).catch(() => null)) as PageStatus | null;
      setStatus(reply);
    });
  }, []);

  if (!settings) return null;
  const change = async (f: (s: Settings) => Settings) => setSettings(await updateSettings(f));
  const siteOn = host !== null && !settings.disabledSites.includes(host);

  return (
    <main>
      <h1>Gloss</h1>
      <p class="status" data-testid="popup-status">
        {status === null
          ? t('popupUnavailable')
          : !status.article
            ? t('popupNoArticle')
            : t('popupCount', [String(status.count)])}
      </p>
      <label class="row">
        <span>{t('popupEverywhere')}</span>
        <input
          type="checkbox"
          data-testid="toggle-everywhere"
          checked={settings.enabled}
          onChange={(e) => change((s) => ({ ...s, enabled: (e.target as HTMLInputElement).checked }))}
        />
      </label>
      {host && (
        <label class="row">
          <span>
            {t('popupOnSite')} <strong>{host}</strong>
          </span>
          <input
            type="checkbox"
            data-testid="toggle-site"
            checked={siteOn}
            onChange={(e) =>
              change((s) => {
                const on = (e.target as HTMLInputElement).checked;
                const rest = s.disabledSites.filter((h) => h !== host);
                return { ...s, disabledSites: on ? rest : [...rest, host] };
              })
            }
          />
        </label>
      )}
      <fieldset class="cats">
        <legend class="sr-only">{t('optCategories')}</legend>
        <CategorySwitches settings={settings} change={change} testIdPrefix="popup-cat-" labelClass="cat" />
      </fieldset>
      {kb && (
        <TranslateContext.Provider value={t}>
          <div class="gloss lookup">
            <style>{PANEL_CSS.replace(':host { all: initial !important; }', '')}</style>
            <SearchBox
              lang={uiLang}
              idPrefix="popup-search"
              search={(q) => searchEntries(kb.entries, q, uiLang).map((h) => h.entry)}
              onChoose={(id) => setChosen(kb.entries.find((e) => e.id === id) ?? null)}
            />
            {chosen && (
              <Card
                entry={chosen}
                lang={uiLang}
                day={null}
                today={new Date().toISOString().slice(0, 10)}
                reviewed={kb.reviewed}
                pinned
                nameOf={(id) => kb.entries.find((e) => e.id === id)?.label[uiLang] ?? null}
                onClose={() => setChosen(null)}
              />
            )}
          </div>
        </TranslateContext.Provider>
      )}
      <p class="hint">
        {shortcut && <>{t('popupShortcut', [shortcut])} · </>}
        <a href="#" onClick={(e) => (e.preventDefault(), browser.runtime.openOptionsPage())}>
          {t('openOptions')}
        </a>
      </p>
    </main>
  );
}
