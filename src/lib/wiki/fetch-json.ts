/**
 * One JSON GET with a timeout, mapping every way it can fail to a {@link LiveFailure}: the caller
 * never sees an exception, only data or a reason.
 */
import type { LiveFailure } from './types';

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;
export type JsonResult = { ok: true; data: unknown } | { ok: false; reason: LiveFailure };

/** Identifies Gloss to Wikimedia, as its API etiquette asks (a browser may not set User-Agent). */
export const API_USER_AGENT = 'Gloss/0.1 (browser extension; context for news readers)';

export async function fetchJson(url: string, fetcher: Fetcher, timeoutMs: number): Promise<JsonResult> {
  let response: Response;
  try {
    response = await fetcher(url, {
      headers: { Accept: 'application/json', 'Api-User-Agent': API_USER_AGENT },
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (err) {
    const name = (err as { name?: string }).name;
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'offline' };
  }
  if (response.status === 404) return { ok: false, reason: 'not-found' };
  if (response.status === 429) return { ok: false, reason: 'rate-limited' };
  if (!response.ok) return { ok: false, reason: 'bad-response' };
  try {
    return { ok: true, data: await response.json() };
  } catch (err) {
    const name = (err as { name?: string }).name;
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'bad-response' };
  }
}
