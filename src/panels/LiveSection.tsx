/**
 * What Wikipedia and Wikidata add to a card, on the reader's request: a plain-text extract with
 * attribution and licence, or a quiet line saying why there is none. Remote text is rendered as
 * text (never as HTML), and links point only at the wiki the text came from.
 */
import type { LiveResult } from '../lib/wiki/types';
import { useT } from './i18n';

export type LiveState = 'loading' | LiveResult;

export interface LiveSectionProps {
  state: LiveState;
  onChoose?: (title: string) => void;
}

export function LiveSection({ state, onChoose }: LiveSectionProps) {
  const t = useT();
  if (state === 'loading')
    return (
      <p class="live notice" role="status" data-testid="gloss-live">
        {t('liveLoading')}
      </p>
    );
  if (state.status === 'failed') {
    const key = state.reason === 'disabled' ? 'liveOff' : state.reason === 'not-found' ? 'liveNotFound' : 'liveUnavailable';
    return (
      <p class="live notice" role="status" data-testid="gloss-live" data-reason={state.reason}>
        {t(key)}
      </p>
    );
  }
  if (state.status === 'choose')
    return (
      <div class="live" data-testid="gloss-live">
        <span class="label">{t('liveChoose')}</span>
        <ul>
          {state.candidates.map((title) => (
            <li key={title}>
              <button type="button" class="link" onClick={() => onChoose?.(title)}>
                {title}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  const s = state.summary;
  return (
    <div class="live" data-testid="gloss-live" lang={s.lang}>
      <span class="label">{t('liveFrom')}</span>
      <div class="live-body">
        {s.thumbnail && (
          <img class="thumb" src={s.thumbnail} alt="" width={56} height={56} loading="lazy" referrerpolicy="no-referrer" />
        )}
        <p class="live-extract">{s.extract}</p>
      </div>
      <p class="live-credit">
        <a href={s.url} target="_blank" rel="noopener noreferrer">
          {s.title}
        </a>{' '}
        · {t('liveLicence')}
      </p>
    </div>
  );
}
