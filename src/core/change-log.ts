/**
 * Changes to the page while Gloss's work is paused (sliced detection, waiting for the background's
 * recognition): offsets into text collected before a change would point at the wrong characters.
 * {@link watchChanges} records every change from the start of the work, and the caller checks it
 * in the same task that applies the result.
 */
export interface ChangeLog {
  /** Whether anything under `root` changed (or `root` left the document) since the log began. */
  changed(root: Element): boolean;
  stop(): void;
}

/** Starts recording changes to the document's text and structure. */
export function watchChanges(doc: Document): ChangeLog {
  const targets: Node[] = [];
  const keep = (records: MutationRecord[]) => {
    for (const r of records) targets.push(r.target);
  };
  const observer = new doc.defaultView!.MutationObserver(keep);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  return {
    changed(root) {
      keep(observer.takeRecords());
      return !root.isConnected || targets.some((t) => root.contains(t));
    },
    stop: () => observer.disconnect(),
  };
}
