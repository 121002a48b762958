import type { Nodes, Paragraph } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { Range } from '../../model/build.js';
import type { ParsedMinutes } from '../../model/parse.js';
import { FlatText, sentencesOf } from '../../model/text.js';
import type { Rule } from '../rule.js';

/** The front matter key an imported file carries (`minutes import` writes it): the rule checks such files. */
const IMPORTED_KEY = 'x-imported-from';

/** A sentence that records a follow-up, with the owners it names and the task it suggests. */
export interface FollowUp {
  owners: string[];
  /** The action's words, from the verb on: `Share all the relevant materials`. */
  text: string;
  /** The sentence as written, white space folded. */
  sentence: string;
  /** The sentence's range in the file. */
  range: Range;
  /** Where the top-level block that holds the sentence ends in the file (where a task list may follow it). */
  blockEnd: number;
}

const DETERMINER = String.raw`(?:(?:the|all|some|several|interested|each|both|relevant|concerned)\s+)?`;
const ADVERBS = String.raw`(?:(?:also|further|kindly|therefore|then|again|each|jointly|accordingly)\s+)*`;
/** `were invited to`, `was asked to`, `were encouraged to`, … */
const INVITED = String.raw`(?:is|are|was|were)\s+${ADVERBS}(?:invited|asked|requested|encouraged|called upon|urged|expected|tasked|mandated|reminded)\s+to`;
/** `will`, `shall`, `undertook to`, `agreed to`, `offered to`, `to` (at the start of a sentence), … */
const COMMITS = String.raw`(?:will|shall|undert(?:ook|akes?)\s+to|agreed\s+to|offered\s+to|promised\s+to|committed\s+(?:itself\s+|themselves\s+)?to|volunteered\s+to|(?:is|are)\s+to|(?:is|are)\s+going\s+to|intends?\s+to|(?:has|have)\s+to)`;
const PREDICATE = new RegExp(String.raw`^\s*,?\s*${ADVERBS}(?:${INVITED}|${COMMITS})\s+${ADVERBS}(?!be\b|have\b|like\b|take place\b)(\p{Ll}[\p{L}-]*)`, 'u');
const BARE_TO = /^\s+to\s+(?!be\b)(\p{Ll}[\p{L}-]*)/u;
const AGREED_THAT = /\b(?:agreed|decided|concluded|noted)\s+that\s+$/;

/**
 * The follow-ups recorded in the prose of a file: sentences whose subject is an actor and whose verb
 * commits it (`Member States were invited to share …`, `COM will circulate …`, `EEAS undertook to …`,
 * `It was agreed that the Commission would …`, `COM to send …`). Text in task items, quotes and code is
 * not prose.
 */
function followUpsIn(parsed: ParsedMinutes): FollowUp[] {
  const found: FollowUp[] = [];
  const top = new Map<Nodes, number>();
  for (const node of parsed.tree.children) top.set(node as Nodes, node.position?.end.offset ?? 0);
  visitParents(parsed.tree as Nodes, 'paragraph', (node: Paragraph, ancestors) => {
    if (ancestors.some((ancestor) => ancestor.type === 'blockquote' || (ancestor.type === 'listItem' && typeof ancestor.checked === 'boolean'))) return;
    const block = ancestors[1] ?? node;
    const blockEnd = top.get(block as Nodes) ?? node.position?.end.offset ?? 0;
    const flat = new FlatText(node, parsed.text);
    if (flat.text.length > 100_000) return;
    for (const sentence of sentencesOf(flat.text)) {
      const followUp = readSentence(sentence.raw, parsed);
      if (!followUp) continue;
      found.push({ ...followUp, sentence: sentence.text, range: flat.range(sentence.index, sentence.raw.length), blockEnd });
    }
  });
  return found;
}

function readSentence(sentence: string, parsed: ParsedMinutes): Pick<FollowUp, 'owners' | 'text'> | null {
  for (const match of parsed.actors.matches(sentence)) {
    const before = sentence.slice(0, match.start);
    const atStart = new RegExp(`^\\s*${DETERMINER}$`, 'i').test(before);
    const afterThat = AGREED_THAT.test(before) || new RegExp(`\\b(?:agreed|decided|concluded)\\s+that\\s+${DETERMINER}$`, 'i').test(before);
    if (!atStart && !afterThat) continue;
    const rest = sentence.slice(match.end).replace(/^['’]s\b/, '');
    const predicate = PREDICATE.exec(rest) ?? (afterThat ? /^\s+(?:would|should)\s+(\p{Ll}[\p{L}-]*)/u.exec(rest) : null) ?? (atStart ? BARE_TO.exec(rest) : null);
    if (!predicate) continue;
    // Further actors joined to the subject: `COM and EEAS will …`.
    const owners = [match.value];
    const verbAt = match.end + predicate.index + predicate[0].length - predicate[1]!.length;
    const text = sentence.slice(verbAt).replace(/\s+/g, ' ').replace(/[.;:]\s*$/, '').trim();
    if (text.split(' ').length < 2) continue;
    return { owners, text: text[0]!.toUpperCase() + text.slice(1) };
  }
  return null;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

/** Whether an action of the file already tracks the follow-up: one of its owners, and most of the words of the shorter text. */
function isTracked(followUp: FollowUp, parsed: ParsedMinutes): boolean {
  const wanted = words(followUp.text);
  return parsed.actions.some(({ action }) => {
    if (!followUp.owners.some((owner) => action.owners.includes(owner))) return false;
    const have = words(action.text);
    const [small, large] = wanted.size <= have.size ? [wanted, have] : [have, wanted];
    if (small.size === 0) return false;
    let shared = 0;
    for (const word of small) if (large.has(word)) shared++;
    return shared / small.size >= 0.5;
  });
}

/** The follow-ups of a file that no action item tracks. */
export function untrackedFollowUps(parsed: ParsedMinutes): FollowUp[] {
  return followUpsIn(parsed).filter((followUp) => !isTracked(followUp, parsed));
}

/** The task line that tracks a follow-up. */
export function suggestedTask(followUp: Pick<FollowUp, 'owners' | 'text'>): string {
  return `- [ ] ${followUp.owners.join(', ')}: ${followUp.text}`;
}

const IMPORTED = `---\ntitle: Network meeting\ndate: 2019-04-04\nextends: [eu-institutions, eu-member-states]\n${IMPORTED_KEY}:\n  file: minutes.pdf\n  reader: pdf\n---\n\n## 6. Closing remarks\n\n`;
const NATIVE = '---\ntitle: Network meeting\ndate: 2019-04-04\nextends: [eu-institutions, eu-member-states]\n---\n\n## 6. Closing remarks\n\n';
const shorten = (sentence: string) => (sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence);

export const untrackedFollowUp: Rule = {
  id: 'untracked-follow-up',
  description: 'A sentence that commits an actor to do something ("Member States were invited to share …") has a task item that tracks it.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `Minutes that reach minutes from a PDF or a Word document record follow-ups in prose: "Member States were invited to
share all the relevant materials", "COM will circulate the list", "EEAS undertook to report back", "It was agreed that the
Commission would …", "COM to send the slides". Nobody tracks such a sentence until it is an action item. The rule reads
sentences whose subject is an actor (a code, name or alias of the registry in force, \`the\` or \`all\` allowed before it)
and whose verb commits it (\`will\`, \`shall\`, \`is/are/was/were invited, asked, requested, encouraged … to\`,
\`undertook, agreed, offered, promised, committed … to\`, \`to\` at the start of the sentence), and reports each one that
no task item of the file tracks (one of its owners, and half the words of the shorter text), with the owner it reads and
the task line to add. \`minutes import --infer-actions\` writes these lines itself.

It checks the files that \`minutes import\` wrote, which carry \`${IMPORTED_KEY}\` in their front matter: a secretary who
writes the minutes format records actions as task items, and the rule would only second-guess them. Set its option
\`files\` to \`all\` to check every file (\`rules: { untracked-follow-up: [warn, { files: all }] }\`), or switch it \`off\`.
Once an imported file is reviewed, delete \`${IMPORTED_KEY}\` to stop the checks.`,
  options: {
    schema: { type: 'object', additionalProperties: false, properties: { files: { enum: ['imported', 'all'] } } },
    defaults: { files: 'imported' },
  },
  examples: [
    {
      title: 'an imported file whose follow-up is tracked',
      text: `${IMPORTED}Member States were invited to share all the relevant materials.\n\n- [ ] MS: Share all the relevant materials (due 2019-04-30)\n`,
      messages: [],
    },
    {
      title: 'an imported file with a follow-up in prose only',
      text: `${IMPORTED}COM reminded about the grant call. Member States were invited to share all the relevant materials.\n`,
      messages: [
        '12:36 "Member States were invited to share all the relevant materials." records a follow-up of MS that no action item tracks: add `- [ ] MS: Share all the relevant materials`',
      ],
    },
    {
      title: 'commitments by will and undertook to',
      text: `${IMPORTED}The Commission will circulate the contact list. EEAS undertook to report back at the next meeting.\n`,
      messages: [
        '12:1 "The Commission will circulate the contact list." records a follow-up of COM that no action item tracks: add `- [ ] COM: Circulate the contact list`',
        '12:49 "EEAS undertook to report back at the next meeting." records a follow-up of EEAS that no action item tracks: add `- [ ] EEAS: Report back at the next meeting`',
      ],
    },
    { title: 'a native file is not checked by default', text: `${NATIVE}Member States were invited to share all the relevant materials.\n`, messages: [] },
    {
      title: 'every file, with the option `files: all`',
      text: `${NATIVE}Member States were invited to share all the relevant materials.\n`,
      options: { files: 'all' },
      messages: [
        '9:1 "Member States were invited to share all the relevant materials." records a follow-up of MS that no action item tracks: add `- [ ] MS: Share all the relevant materials`',
      ],
    },
    { title: 'what is done or said is no follow-up', text: `${IMPORTED}COM presented the campaign. The next meeting will take place in June. MS welcomed the package.\n`, messages: [] },
  ],
  check(context) {
    const { parsed, options } = context;
    if (options.files !== 'all' && !Object.hasOwn(parsed.data, IMPORTED_KEY)) return;
    for (const followUp of untrackedFollowUps(parsed)) {
      context.report({
        message: `"${shorten(followUp.sentence)}" records a follow-up of ${followUp.owners.join(', ')} that no action item tracks: add \`${suggestedTask(followUp)}\``,
        range: followUp.range,
        subject: null,
      });
    }
  },
};
