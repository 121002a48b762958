import type { Location, Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ActionOccurrence, MeetingRecord } from '../series/record.js';
import { buildRegister, type ActionStep } from '../series/register.js';
import type { Series } from '../series/series.js';
import { placeRange, positionInPlace } from './positions.js';
import type { Analysis, Workspace } from './workspace.js';

/** `{#id}`, as action items write their id (src/model/action-item.ts). */
const ID_TOKEN = /\{#([A-Za-z0-9][\w.:-]*)\}/g;

/** The text of one line, without its line break. */
export function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/(?:\r\n|\r|\n)$/, '');
}

/** The `{#id}` under the cursor, with its range. */
export function idTokenAt(document: TextDocument, position: Position): { id: string; range: Range } | null {
  const text = lineText(document, position.line);
  for (const match of text.matchAll(ID_TOKEN)) {
    const end = match.index + match[0].length;
    if (match.index <= position.character && position.character <= end) {
      return { id: match[1]!, range: { start: { line: position.line, character: match.index }, end: { line: position.line, character: end } } };
    }
  }
  return null;
}

/** The meetings to follow an action through: the document's series, or the document alone outside a series. */
export function meetingsOf(analysis: Analysis, series: Series | null): readonly MeetingRecord[] {
  return series?.meetings ?? (analysis.record ? [analysis.record] : []);
}

/** Every meeting's word on an action id, in meeting order. */
export function stepsOf(meetings: readonly MeetingRecord[], id: string): { steps: ActionStep[]; meetings: readonly MeetingRecord[] } {
  const register = buildRegister(meetings);
  return { steps: register.actions.find((action) => action.id === id)?.steps ?? [], meetings };
}

/** Where one meeting writes an action: its `{#id}` when written, else the action's text. */
function locationOf(workspace: Workspace, record: MeetingRecord, occurrence: ActionOccurrence): Location | null {
  if (!record.file) return null;
  const { place } = occurrence;
  const token = `{#${occurrence.id}}`;
  const index = place.text?.lastIndexOf(token) ?? -1;
  const range = index >= 0 ? { start: positionInPlace(place, index), end: positionInPlace(place, index + token.length) } : placeRange(place);
  return { uri: workspace.uriOf(record.file), range };
}

/** The action id at the cursor: a `{#id}`, or the action item the cursor is in. */
function actionIdAt(analysis: Analysis, position: Position): string | null {
  const token = idTokenAt(analysis.document, position);
  if (token) return token.id;
  const offset = analysis.document.offsetAt(position);
  const action = analysis.parsed?.actions.find((record) => record.range[0] <= offset && offset <= record.range[1]);
  return action?.action.id ?? null;
}

/** Go to definition: where the series first records the action (the meeting that gave it). */
export function definition(workspace: Workspace, analysis: Analysis, series: Series | null, position: Position): Location | null {
  const id = actionIdAt(analysis, position);
  if (id === null) return null;
  const { steps, meetings } = stepsOf(meetingsOf(analysis, series), id);
  const first = steps[0];
  return first ? locationOf(workspace, meetings[first.meeting]!, first.occurrence) : null;
}

/** Find references: every meeting of the series that records the action, the first one when `includeDeclaration`. */
export function references(workspace: Workspace, analysis: Analysis, series: Series | null, position: Position, includeDeclaration: boolean): Location[] {
  const id = actionIdAt(analysis, position);
  if (id === null) return [];
  const { steps, meetings } = stepsOf(meetingsOf(analysis, series), id);
  return steps
    .slice(includeDeclaration ? 0 : 1)
    .map((step) => locationOf(workspace, meetings[step.meeting]!, step.occurrence))
    .filter((location): location is Location => location !== null);
}
