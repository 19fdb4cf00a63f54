/**
 * Long article texts arrive in pieces (`kbUpload`), each its own message: a content script pays
 * for serialising a message in one task (~0.1 ms per kB in Chromium), so 1 MB in one message
 * would block the page for ~100 ms. The pieces wait here, per tab, until the recognition request
 * that names them takes them. Only a few wait at once, and none grows past the largest text.
 */
export const MAX_TEXT = 8_000_000;
/** Unclaimed uploads kept at once; the oldest goes first (a tab navigated away mid-upload). */
const MAX_PENDING = 8;

export class Uploads {
  private readonly pending = new Map<string, { parts: string[]; size: number }>();

  /** Adds a piece to upload `key` of `scope` (the sending tab); false when it would be too large. */
  add(scope: string, key: string, text: string): boolean {
    const id = `${scope}\u0000${key}`;
    let upload = this.pending.get(id);
    if (!upload) {
      if (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
      this.pending.set(id, (upload = { parts: [], size: 0 }));
    }
    if (upload.size + text.length > MAX_TEXT) {
      this.pending.delete(id);
      return false;
    }
    upload.parts.push(text);
    upload.size += text.length;
    return true;
  }

  /** The text uploaded under `key`, removed from here; null if there is none. */
  take(scope: string, key: string): string | null {
    const id = `${scope}\u0000${key}`;
    const upload = this.pending.get(id);
    this.pending.delete(id);
    return upload ? upload.parts.join('') : null;
  }
}
