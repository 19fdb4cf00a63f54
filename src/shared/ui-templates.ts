/**
 * UI messages as templates, so that a content script can have them from the background instead of
 * asking the browser's i18n API itself: in a content script the first `i18n.getMessage` call waits
 * for the extension's message bundle from the browser process (3.8 ms median on the seed page in
 * Chromium 156, during the panel's first render), where the background asks once per life.
 *
 * A template is the message with a marker where each substitution goes: the background asks
 * `getMessage(key, SLOT_MARKERS)`, so the browser's own placeholder rules ($1, named placeholders,
 * `$$`) have already been applied, and {@link fillTemplate} only puts the substitutions in.
 */

/** Marks substitution n (1-9, the most `getMessage` takes): a control character no message holds, then n. */
export const SLOT = '\u0001';
export const SLOT_MARKERS: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => SLOT + n);

// eslint-disable-next-line no-control-regex -- the marker is a control character on purpose (see SLOT)
const SLOTS = /\u0001([1-9])/g;

/** The template with its substitutions in place (a missing one is empty, as with `getMessage`). */
export function fillTemplate(template: string, subs: readonly string[] = []): string {
  return template.includes(SLOT) ? template.replace(SLOTS, (_, n: string) => subs[Number(n) - 1] ?? '') : template;
}

type GetMessage = (key: string, subs: string[]) => string;

/**
 * The templates of `keys` as `getMessage` gives them; a key it has no message for is left out (the
 * content script then asks for that one itself).
 */
export function templatesOf(keys: readonly string[], getMessage: GetMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const text = getMessage(key, [...SLOT_MARKERS]);
    if (text) out[key] = text;
  }
  return out;
}

/** Most templates an answer may hold, and longest template: a bound on what a content script keeps. */
const MAX_TEMPLATES = 500;
const MAX_LENGTH = 2000;

/** Whether an answer is a table of templates (message key -> template). */
export function isTemplates(v: unknown): v is Record<string, string> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const entries = Object.entries(v);
  return entries.length <= MAX_TEMPLATES && entries.every(([, t]) => typeof t === 'string' && t.length <= MAX_LENGTH);
}
