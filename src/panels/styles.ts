/** Panel and card styles, scoped to the shadow root. `:host { all: initial }` keeps page CSS out. */
export const PANEL_CSS = `
:host { all: initial !important; }
.gloss {
  --bg: #ffffff; --fg: #1d2330; --muted: #5b6475; --line: #dde2ea; --accent: #2f5fb3; --hover: #f2f5fa;
  --person: #2f6fd6; --term: #b8590b; --history: #8a3fc4; --place: #1c8a5a;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .gloss:not(.light) { --bg: #1b1f27; --fg: #e6e9ef; --muted: #a4adbd; --line: #343b48; --accent: #8fb4ff; --hover: #252b36;
    --person: #7aa7ff; --term: #f0a35e; --history: #c99bf0; --place: #5fd3a0; }
}
.gloss.dark { --bg: #1b1f27; --fg: #e6e9ef; --muted: #a4adbd; --line: #343b48; --accent: #8fb4ff; --hover: #252b36;
  --person: #7aa7ff; --term: #f0a35e; --history: #c99bf0; --place: #5fd3a0; }
* { box-sizing: border-box; }
.panel {
  position: fixed; top: 72px; max-height: calc(100vh - 96px); overflow: auto; z-index: 2147483646;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.12); padding: 10px 12px 12px;
}
.panel-head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 4px; }
.panel-title { font-size: 13px; font-weight: 600; letter-spacing: 0.02em; text-transform: uppercase; color: var(--muted); margin: 0; }
.group h2 { font-size: 12px; font-weight: 600; color: var(--muted); margin: 10px 0 2px; }
ul { list-style: none; margin: 0; padding: 0; }
.item {
  all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 8px; width: 100%;
  padding: 4px 6px; border-radius: 6px; cursor: pointer; color: var(--fg);
}
.item:hover, .item.current { background: var(--hover); }
.item:focus-visible, button:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.item .name { flex: 1; }
.count { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; }
.dot.person { background: var(--person); } .dot.term { background: var(--term); }
.dot.history { background: var(--history); } .dot.place { background: var(--place); }
.icon {
  all: unset; cursor: pointer; width: 24px; height: 24px; line-height: 24px; text-align: center;
  border-radius: 6px; color: var(--muted); font-size: 18px;
}
.icon:hover { background: var(--hover); color: var(--fg); }
.tab {
  all: unset; position: fixed; right: 0; top: 96px; z-index: 2147483646; cursor: pointer;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-right: none;
  border-radius: 8px 0 0 8px; padding: 8px 10px; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.12);
  font-weight: 600;
}
.tab .count { margin-left: 6px; }
.card {
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  padding: 10px 12px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.16); z-index: 2147483647;
  max-height: 70vh; overflow: auto;
}
.card.pinned { box-shadow: none; margin: 6px 0 10px; border-color: var(--accent); }
.card-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.card-name { font-size: 16px; font-weight: 650; margin: 0; }
.card-desc { margin: 2px 0 8px; color: var(--muted); }
.card-when, .card-since { margin: 6px 0; }
.card-when li, .card-since li { margin: 2px 0; }
.card-since { border-left: 3px solid var(--accent); padding-left: 8px; }
.label { font-size: 12px; font-weight: 600; color: var(--muted); }
.card-expl { margin: 8px 0; }
.card-also { margin: 8px 0; font-size: 12px; }
.card-also .link { font-size: inherit; }
.back { display: block; margin: 0 0 8px; }
.card-dates summary { cursor: pointer; font-size: 12px; color: var(--muted); }
.card-dates li { font-size: 13px; }
.card-sources { font-size: 12px; margin-top: 8px; display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.card-sources a { color: var(--accent); }
.official { color: var(--muted); }
@media (prefers-reduced-motion: no-preference) { .card:not(.pinned) { animation: gloss-in 120ms ease-out; } }
@keyframes gloss-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
.card-checked { font-size: 11px; color: var(--muted); margin: 6px 0 0; }
.card-actions { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-top: 6px; border-top: 1px solid var(--line); padding-top: 6px; }
.card-other { flex-basis: 100%; }
.card-other li { margin: 2px 0; }
.link { all: unset; cursor: pointer; color: var(--accent); font-size: 12px; text-decoration: underline; text-underline-offset: 2px; }
.link:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.search { position: relative; margin: 4px 0 6px; }
.search input {
  box-sizing: border-box; width: 100%; font: inherit; font-size: 13px; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 6px; padding: 5px 8px;
}
.search input:focus-visible { outline: 2px solid var(--accent); outline-offset: 0; }
.suggestions { margin-top: 2px; border: 1px solid var(--line); border-radius: 6px; }
.suggestions .item { padding: 4px 8px; }
.suggestions .desc { color: var(--muted); font-size: 12px; }
.notice { font-size: 13px; color: var(--muted); margin: 6px 0; }
.item.in-view .name { font-weight: 650; }
.explain-btn {
  all: unset; position: fixed; z-index: 2147483647; cursor: pointer; background: var(--accent); color: #fff;
  font-size: 12px; font-weight: 600; padding: 3px 8px; border-radius: 6px; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
}
.gloss.dark .explain-btn { color: #10131a; }
.explain-btn:focus-visible { outline: 2px solid var(--fg); outline-offset: 1px; }
.live { margin: 8px 0 4px; padding-top: 6px; border-top: 1px dashed var(--line); }
.live-body { display: flex; gap: 8px; align-items: flex-start; }
.live-extract { margin: 4px 0; font-size: 13px; }
.thumb { border-radius: 6px; object-fit: cover; flex: none; }
.live-credit { font-size: 11px; color: var(--muted); margin: 2px 0 0; }
.live-credit a { color: var(--accent); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
