import { type CompletionItem, CompletionItemKind, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ActorRegistry } from '../model/actors.js';
import type { MeetingRecord } from '../series/record.js';
import { buildRegister, currentStep } from '../series/register.js';
import { compareMeetings, type Series } from '../series/series.js';
import { lineText } from './navigation.js';

/** Characters after which the editor asks for completions by itself: `{#`, and the space or comma before an owner or attendee. */
export const TRIGGER_CHARACTERS = ['#', ' ', ',', '['];

export interface CompletionInput {
  /** The document as it is now. */
  document: TextDocument;
  position: Position;
  /** The actors in force: of the latest parse of the document that succeeded (a keystroke behind, maybe), else of its configuration. */
  registry: ActorRegistry;
  glossary: Record<string, string>;
  record: MeetingRecord | null;
  series: Series | null;
  /** The character that triggered the request, if one did. */
  trigger: string | undefined;
}

/** Before the colon of a task item: `- [ ] COM, EE|`. */
const OWNERS = /^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]\s+([^:]*)$/;
/** After `{#` of an action id being written. */
const ID_START = /\{#([\w.:-]*)$/;
const ATTENDEE_KEY = /^(attendees|apologies|chair)\s*:/;
const LIST_KEY = /^(attendees|apologies)\s*:\s*$/;

/**
 * Completion: actor codes after `- [ ] ` (the owners of an action) and in `attendees`, `apologies` and
 * `chair`; glossary terms and actor codes in the text; after `{#`, the ids of the actions the series left
 * open before this meeting.
 */
export function complete(input: CompletionInput): CompletionItem[] {
  const { document, position, registry, glossary, trigger } = input;
  const before = lineText(document, position.line).slice(0, position.character);
  const range = (length: number): Range => ({ start: { line: position.line, character: position.character - length }, end: position });

  const id = ID_START.exec(before);
  if (id) return openActionIds(input, range(id[1]!.length));
  if (trigger === '#') return [];

  const owners = OWNERS.exec(before);
  if (owners) {
    const prefix = /[^,;&]*$/.exec(owners[1]!)![0].trimStart();
    return actorItems(registry, range(prefix.length));
  }
  if (inFrontMatter(document, position.line)) {
    if (!attendeeContext(document, position.line, before)) return [];
    const prefix = /[^\s,[\]'"]*$/.exec(before)![0];
    return actorItems(registry, range(prefix.length));
  }
  if (trigger !== undefined) return [];
  const prefix = /[\p{L}\p{N}_/&-]*$/u.exec(before)![0];
  return [...glossaryItems(glossary, range(prefix.length)), ...actorItems(registry, range(prefix.length))];
}

function actorItems(registry: ActorRegistry, range: Range): CompletionItem[] {
  return Object.entries(registry).map(([code, actor]) => ({
    label: code,
    kind: CompletionItemKind.EnumMember,
    detail: actor.name,
    ...(actor.aliases.length ? { documentation: `also written ${actor.aliases.join(', ')}` } : {}),
    textEdit: { range, newText: code },
  }));
}

function glossaryItems(glossary: Record<string, string>, range: Range): CompletionItem[] {
  return Object.entries(glossary).map(([term, expansion]) => ({
    label: term,
    kind: CompletionItemKind.Text,
    detail: expansion,
    textEdit: { range, newText: term },
  }));
}

/** The ids of the actions open after the meetings before this one (all the others when this one has no date), not yet named here. */
function openActionIds({ document, position, record, series }: CompletionInput, range: Range): CompletionItem[] {
  if (!series || !record) return [];
  const earlier = series.meetings.filter((meeting) => meeting !== record && (record.date === null || compareMeetings(meeting, record) < 0));
  const register = buildRegister(earlier);
  // Ids this meeting names already, except on the line being written (the analysis may be a keystroke old).
  const named = new Set(record.actions.filter((action) => action.explicit && action.place.line - 1 !== position.line).map((action) => action.id));
  const closed = lineText(document, position.line).charAt(position.character) === '}';
  const items: CompletionItem[] = [];
  for (const action of register.actions) {
    const step = currentStep(action);
    if (step.occurrence.status !== 'open' || named.has(action.id)) continue;
    const meeting = earlier[step.meeting]!;
    items.push({
      label: action.id,
      kind: CompletionItemKind.Reference,
      detail: `${step.owners.length ? `${step.owners.join(', ')}: ` : ''}${step.occurrence.text}`,
      documentation: `open after the meeting of ${meeting.date ?? 'an unknown date'}${step.due ? `, due ${step.due}` : ''}`,
      textEdit: { range, newText: closed ? action.id : `${action.id}}` },
    });
  }
  return items;
}

/** Whether a line is inside the front matter (between the `---` of the first line and the next). */
function inFrontMatter(document: TextDocument, line: number): boolean {
  if (line === 0 || !/^---\s*$/.test(lineText(document, 0))) return false;
  for (let index = 1; index < line; index++) if (/^(?:---|\.\.\.)\s*$/.test(lineText(document, index))) return false;
  return !/^(?:---|\.\.\.)\s*$/.test(lineText(document, line));
}

/** Whether the cursor is on the value of `attendees`, `apologies` or `chair`: on the key's line, or in its block list. */
function attendeeContext(document: TextDocument, line: number, before: string): boolean {
  if (ATTENDEE_KEY.test(before)) return true;
  if (!/^(?:\s+|\s*-\s)/.test(before)) return false;
  for (let index = line - 1; index > 0; index--) {
    const text = lineText(document, index);
    if (/^[^\s-]/.test(text)) return LIST_KEY.test(text);
  }
  return false;
}
