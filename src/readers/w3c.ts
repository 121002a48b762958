/**
 * The `w3c` reader: minutes of W3C groups, as scribejs writes them in Markdown and as text (the raw
 * RRSAgent IRC log, and scribe.perl's text output).
 *
 * Read into the minutes (see docs/readers.md):
 * - title: the front matter's `title`, else the H1, else `meeting:`, else the file name; date: the
 *   front matter's `date`, `**Date:**`, `date:`, RRSAgent's log address, else the file name;
 * - `**Present:**` and `**Guests:**` (`present+`, Zakim's attendee list) to attendees, `**Regrets:**`
 *   (`regrets+`) to apologies, `**Chair:**` (`chair:`) to chair, `**Scribe(s):**` (`scribe:`,
 *   `scribenick:`, `scribe+`) to secretary; all of them, with their nicks as aliases, to the actor
 *   registry (codes: initials of a name, a one-word nick in capitals);
 * - `### N. Topic` to agenda items `## N.`, `#### N.M` to sub-items `### N.M` (as numbered in the
 *   source); `topic:` lines and Zakim's `agendum N -- … -- taken up` to items, `subtopic:` to sub-items;
 * - `> ***Action #N: text (Name)***`, `ACTION: nick to text` (with `[DONE]`, `[PENDING]`, `[NEW]`) to
 *   task items with the owner resolved through the registry; per-meeting numbers become ids qualified by
 *   the meeting date (`{#2019-05-06-action3}`), trackbot's global `ACTION-14` stays as it is (with its
 *   due date);
 * - `> ***Resolution #N: text***`, `RESOLUTION:`, `RESOLVED:` to decisions (`**Resolution:** text`);
 *   proposed resolutions and summaries stay text;
 * - the closing recaps (`### N. Resolutions`, `### N. Action Items`, `Summary of Action Items`) to
 *   document sections, their entries not counted again;
 * - other front-matter keys (Jekyll's `layout`, the JSON-LD block) to extension keys `x-…`.
 */
import { readIrc, ircConfidence } from './w3c-irc.js';
import { readScribejs, scribejsConfidence } from './w3c-scribejs.js';
import type { Reader } from './reader.js';

export const w3cReader: Reader = {
  name: 'w3c',
  description: 'W3C group minutes: scribejs Markdown, RRSAgent IRC logs and scribe.perl text (Present/Chair/Scribe, Action #N, RESOLUTION:)',
  furniture: [
    'kramdown attribute lists ({: #section1}, {: .no_toc}) and the table of contents',
    'IRC timestamps, joins and parts, the speaker queue (q+, ack), commands to Zakim, RRSAgent and trackbot',
    'present+/regrets+/chair:/scribe:/meeting:/date: lines (read into the front matter), agenda+ lines',
    'RRSAgent and Zakim lines (their attendee list and agenda are read), scribe corrections (s/old/new/)',
    'the numbers of Resolution #N (a per-meeting counter) and of the recap headings',
    "scribe.perl's text header (W3C, - DRAFT -, Contents), [recorded in …] and [End of minutes] onwards",
  ],
  labels: 'topics `### N.` to items, `#### N.M` to sub-items (deeper headings stay content); IRC topics are numbered in order',
  detect({ text }) {
    if (text === null) return 0;
    return Math.max(scribejsConfidence(text), ircConfidence(text));
  },
  read({ text, path }, options = {}) {
    const source = text ?? '';
    return scribejsConfidence(source) >= ircConfidence(source) ? readScribejs(source, path, options) : readIrc(source, path, options);
  },
};
