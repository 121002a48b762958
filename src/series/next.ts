import type { List, ListItem, Root } from 'mdast';
import { Document } from 'yaml';
import { canonicalStringifierWith } from '../render/markdown.js';
import { frontMatterSchema } from '../schemas/schemas.js';
import type { MeetingRecord } from './record.js';
import { currentStep, type Register } from './register.js';

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth'];
const ORDINAL_WORD = new RegExp(`\\b(${ORDINALS.join('|')})\\b`, 'i');
const ORDINAL_NUMBER = /\b(\d+)(st|nd|rd|th)\b/i;
const NUMBER = /\b(\d+)\b(?!\s*(?:st|nd|rd|th)\b)(?![-/.]\d)/;

const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
const sameCase = (word: string, model: string) => (model === model.toUpperCase() ? word.toUpperCase() : model[0] === model[0]!.toLowerCase() ? word.toLowerCase() : word);

/** A title with its meeting number moved on: `Third meeting` → `Fourth meeting`, `5th meeting` → `6th`, `Meeting 5` → `Meeting 6`. */
function nextTitle(title: string): string {
  const word = ORDINAL_WORD.exec(title);
  if (word) {
    const index = ORDINALS.findIndex((ordinal) => ordinal.toLowerCase() === word[1]!.toLowerCase());
    const next = ORDINALS[index + 1];
    if (next) return title.replace(ORDINAL_WORD, sameCase(next, word[1]!));
    return title.replace(ORDINAL_WORD, `${index + 2}${suffix(index + 2)}`);
  }
  const ordinal = ORDINAL_NUMBER.exec(title);
  if (ordinal) return title.replace(ORDINAL_NUMBER, `${Number(ordinal[1]) + 1}${suffix(Number(ordinal[1]) + 1)}`);
  // A plain number that is not part of a date (`Meeting 5`, not `2024`).
  const number = NUMBER.exec(title);
  if (number && Number(number[1]) < 1000) return title.replace(NUMBER, String(Number(number[1]) + 1));
  return title;
}

/** The next value of a `meeting` key: a number (or a number written as text) plus one; otherwise none. */
function nextMeeting(meeting: MeetingRecord['meeting']): number | string | null {
  if (typeof meeting === 'number') return meeting + 1;
  if (meeting !== null && /^\d+$/.test(meeting)) return String(Number(meeting) + 1);
  return null;
}

export interface NextOptions {
  date: string;
  /** The latest meeting's front matter as written, for what carries over (actors, glossary, extends…). */
  data: Record<string, unknown>;
}

const AGENDA = ['Adoption of the agenda', 'Approval of the minutes of the previous meeting', 'Follow-up of actions', 'Any other business'];

/**
 * The skeleton of the next meeting of a series: the front matter carried over (title moved on, body,
 * location, chair, language, registries, actors, glossary, `status: draft`), an agenda that opens with its
 * adoption, the approval of the previous minutes and a follow-up item listing every open action with
 * its `{#id}` (so that identity holds from then on), owners and due date, and the deadlines still ahead.
 */
export function nextMeetingSkeleton(register: Register, options: NextOptions): string {
  const latest = register.meetings.at(-1)!;
  const data = options.data;
  const front: Record<string, unknown> = {};
  const carry = ['body', 'location', 'chair', 'secretary', 'language', 'extends', 'dates', 'actors', 'glossary', 'tags'];
  front.title = nextTitle(latest.title ?? 'Minutes');
  front.date = options.date;
  for (const key of Object.keys(frontMatterSchema.properties)) {
    if (key === 'meeting') {
      const meeting = nextMeeting(latest.meeting);
      if (meeting !== null) front.meeting = meeting;
    } else if (key === 'status') front.status = 'draft';
    else if (key === 'agenda') front.agenda = AGENDA;
    else if (carry.includes(key) && data[key] !== undefined) front[key] = data[key];
  }
  const yaml = new Document(front).toString({ lineWidth: 0, flowCollectionPadding: false });

  const open = register.actions.map(currentStep).filter((step) => step.occurrence.status === 'open');
  open.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const ahead = register.deadlines.filter((deadline) => deadline.date >= options.date);
  const task = (step: (typeof open)[number]): ListItem => {
    const owners = step.owners.length ? `${step.owners.join(', ')}: ` : '';
    const due = step.due ? ` (due ${step.due})` : '';
    return { type: 'listItem', checked: false, spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: `${owners}${step.occurrence.text}${due} {#${step.occurrence.id}}` }] }] };
  };
  const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
  const heading = (index: number, title: string) => ({ type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: `${index}. ${title}` }] });
  const followUp: Root['children'] = [];
  if (open.length) followUp.push({ type: 'paragraph', children: [{ type: 'text', value: 'Actions still open, to be updated (tick the ones done):' }] }, list(open.map(task)));
  if (ahead.length) {
    followUp.push(
      { type: 'paragraph', children: [{ type: 'text', value: 'Deadlines still ahead:' }] },
      list(ahead.map((deadline) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: deadline.text }] }] }))),
    );
  }
  const body: Root = {
    type: 'root',
    children: [heading(1, AGENDA[0]!), heading(2, AGENDA[1]!), heading(3, AGENDA[2]!), ...followUp, heading(4, AGENDA[3]!)],
  };
  return `---\n${yaml}---\n\n${canonicalStringifierWith().stringify(body)}`;
}
