/** The stylesheet embedded in every page: readable on screen, in dark mode and on paper. No external requests. */
export const STYLESHEET = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #4a5561; --bg: #ffffff; --line: #d0d7de; --accent: #0b57a4;
  --decision-bg: #eef6ee; --decision-line: #1f7a35; --deadline-bg: #fff3cd; --deadline-fg: #5c4300; --overdue: #a40e26; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #aab4be; --bg: #0d1117; --line: #3d444d; --accent: #79b8ff;
    --decision-bg: #12261a; --decision-line: #56d364; --deadline-bg: #3b2e00; --deadline-fg: #ffe08a; --overdue: #ff8e9e; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 4rem; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
header.meeting { border-bottom: 2px solid var(--line); margin-bottom: 1.5rem; }
header.meeting .body { margin: 0; color: var(--muted); font-size: .95rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: .25rem 0 1rem; }
h2 { font-size: 1.35rem; margin-top: 2.25rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
.number { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: .35rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 1.5rem; }
nav.toc li { margin: .15rem 0; }
p.decision { background: var(--decision-bg); border-left: 4px solid var(--decision-line); padding: .5rem .75rem; }
mark.deadline { background: var(--deadline-bg); color: var(--deadline-fg); padding: 0 .2rem; border-radius: 3px; font-weight: 600; }
abbr[title] { text-decoration: underline dotted; cursor: help; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: color-mix(in srgb, var(--line) 35%, transparent); }
td.status-done { color: var(--muted); }
.overdue { color: var(--overdue); font-weight: 600; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; }
pre { overflow-x: auto; padding: .75rem; border: 1px solid var(--line); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --line: #999; --accent: #000; --decision-bg: #fff; --deadline-bg: #fff; --deadline-fg: #000; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav.toc, footer { display: none; }
  a { text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
  section { break-inside: avoid-page; }
  h2, h3 { break-after: avoid; }
  mark.deadline { border: 1px solid #000; }
}
`;
