/**
 * The mark categories, one `::highlight(gloss-<category>)` each. How marks look is in
 * `marks.css`, which the manifest adds to pages before they are first styled (see there why it is
 * not adopted at run time); everything else Gloss shows lives in the panel's shadow root.
 */
export const MARK_CATEGORIES = ['person', 'term', 'history', 'place'] as const;
