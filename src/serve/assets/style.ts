/**
 * The app's stylesheet, served as /assets/app.css. It lives in a .ts file because the build is plain
 * tsc, which copies no other files into dist/; the CSP allows styles from the app's own origin only.
 */
export const APP_CSS = `
:root {
  --ink: #1d232b; --muted: #5b6572; --line: #d9dee5; --bg: #f6f7f9; --card: #fff; --link: #1a56c4;
  --speaker: #dbe8ff; --speaker-edge: #2f6fdb; --cue: #ffe7a3; --content: #e3f4e7; --quote: #bfe6c8;
  --mark: #d9480f;
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
header.top { background: #18202b; color: #fff; padding: 0 24px; display: flex; gap: 28px; align-items: center; height: 48px; }
header.top .brand { font-weight: 700; color: #fff; letter-spacing: .02em; }
header.top nav a { color: #c9d4e3; margin-right: 18px; }
header.top nav a.current { color: #fff; font-weight: 600; }
main { max-width: 1400px; margin: 0 auto; padding: 20px 24px 48px; }
h1 { font-size: 22px; margin: 4px 0 12px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
.muted { color: var(--muted); }
.small { font-size: 13px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.grid { display: grid; gap: 12px; }
.stats { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
.stat .n { font-size: 24px; font-weight: 700; }
.two { grid-template-columns: 1fr 1fr; }
table.list { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
table.list th, table.list td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.list th { background: #eef1f5; font-size: 13px; color: var(--muted); font-weight: 600; }
table.list td.num, table.list th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.list tr:last-child td { border-bottom: 0; }
td.content { max-width: 640px; }
td.content a.claim-link { color: var(--ink); }
td.content a.claim-link:hover { color: var(--link); }
table.claims th:nth-child(1) { width: 118px; } table.claims th:nth-child(2) { width: 20%; } table.claims th:nth-child(3) { width: 10%; }
table.claims th:nth-child(5) { width: 18%; }
.nowrap { white-space: nowrap; }
.badge { display: inline-block; font-size: 12px; padding: 0 7px; border-radius: 10px; background: #e8ecf2; color: #2c3947; margin-right: 4px; white-space: nowrap; }
.badge.kind-direct { background: #d8f0dd; } .badge.kind-mixed { background: #f1e5c9; } .badge.kind-indirect { background: #e3e7fb; }
form.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 10px 14px; align-items: end; margin-bottom: 14px; }
form.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 3px; }
form.filters input, form.filters select { font: inherit; padding: 5px 8px; border: 1px solid #c3cad4; border-radius: 5px; background: #fff; color: var(--ink); }
form.filters .actions { display: flex; gap: 10px; align-items: center; }
button, .button { font: inherit; padding: 6px 14px; border-radius: 5px; border: 1px solid #1a56c4; background: #1a56c4; color: #fff; cursor: pointer; }
.pager { display: flex; gap: 18px; align-items: center; margin: 14px 0; }
.formats a { margin-left: 10px; font-size: 13px; }
.error { border-left: 4px solid #c92a2a; }
mark { background: #ffe066; padding: 0 1px; }

/* Article page: text on the left, its claims on the right. */
.article-layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 20px; align-items: start; }
.article-text { white-space: pre-wrap; font: 17px/1.75 Georgia, "Times New Roman", serif; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; overflow-wrap: anywhere; }
.claims-panel { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; padding-right: 4px; }
.claims-panel ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.claim-card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; cursor: pointer; }
.claim-card:hover { border-color: #9fb3cf; }
.claim-card.selected { border-color: var(--mark); box-shadow: 0 0 0 2px rgba(217, 72, 15, .35); background: #fff8f3; }
.claim-card:focus { outline: none; }
.claim-card:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.claim-card.selected:focus-visible { outline: none; }
.claim-card .who { font-weight: 600; }
.claim-card .what { margin-top: 4px; }
.claim-card dl { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.claim-card dt { font-weight: 600; }
.claim-card dd { margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 14px; font-size: 13px; margin: 8px 0 12px; align-items: center; }
.hl-speaker { background: var(--speaker); box-shadow: inset 0 -2px 0 var(--speaker-edge); font-weight: 600; }
.hl-content { background: var(--content); }
.hl-quote { background: var(--quote); font-style: italic; }
.hl-cue { background: var(--cue); font-weight: 600; }
.ent { border-bottom: 2px dotted #7a5cc2; }
.ent-person { border-bottom-color: #7a5cc2; } .ent-org { border-bottom-color: #0f8a8a; } .ent-gpe { border-bottom-color: #d9480f; }
.ent-norp { border-bottom-color: #ae3ec9; } .ent-date, .ent-cardinal { border-bottom-color: #868e96; }
.hl[data-claims] { cursor: pointer; }
.hl.marked { background-image: linear-gradient(rgba(255, 120, 20, .30), rgba(255, 120, 20, .30)); box-shadow: inset 0 2px 0 var(--mark), inset 0 -2px 0 var(--mark); }
.anchor { scroll-margin-top: 80px; }
.legend .hl { padding: 0 4px; border-radius: 3px; }

/* Entity chart. */
svg.chart { display: block; max-width: 100%; height: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
svg.chart .said { fill: #2f6fdb; } svg.chart .about { fill: #f59f00; }
svg.chart text { font-size: 11px; fill: var(--muted); }
svg.chart .axis { stroke: #aab4c2; stroke-width: 1; }
.key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px; }
.key.said { background: #2f6fdb; } .key.about { background: #f59f00; }
@media (max-width: 900px) { .article-layout, .two { grid-template-columns: 1fr; } .claims-panel { position: static; max-height: none; } }
`;
