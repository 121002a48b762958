import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../lint/fix.js';
import { formatText } from '../render/format.js';
import { toLspDiagnostic } from './diagnostics.js';
import { diagnosticRange, offsetRange, rangesTouch } from './positions.js';
import type { Analysis } from './workspace.js';

/** The kind of the "fix all" source action: `source.fixAll` for minutes, as ESLint's is `source.fixAll.eslint`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.minutes`;

/** Whether an action kind is one the client asked for (`only`), kinds being hierarchical (`source.fixAll` takes `source.fixAll.minutes`). */
const wanted = (kind: string, only: readonly string[] | undefined) => !only?.length || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));

/**
 * The code actions at a range: a quick fix for each fixable diagnostic there (the rule's own edit, as
 * `--fix` applies it), and "fix all", which is `lintText(…, { fix: true })`: the one fix path of the library,
 * in passes, the file never left broken.
 */
export function codeActions(analysis: Analysis, params: CodeActionParams, versioned: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = params.context.only;
  if (!analysis.parsed || !analysis.config) return actions;
  const text = analysis.document.getText();
  const fixable = analysis.own.filter((diagnostic) => diagnostic.fix);
  if (wanted(CodeActionKind.QuickFix, only)) {
    for (const diagnostic of fixable) {
      if (!rangesTouch(diagnosticRange(diagnostic), params.range)) continue;
      const fix = diagnostic.fix!;
      const was = text.slice(fix.range[0], fix.range[1]);
      actions.push({
        title: was ? `Replace \`${was}\` with \`${fix.text}\` (${diagnostic.ruleId})` : `Insert \`${fix.text}\` (${diagnostic.ruleId})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toLspDiagnostic(diagnostic)],
        isPreferred: true,
        edit: workspaceEdit(analysis, [{ range: offsetRange(analysis.document, fix.range), newText: fix.text }], versioned),
      });
    }
  }
  if (fixable.length && wanted(FIX_ALL_KIND, only)) {
    const fixed = lintText(text, { path: analysis.path, config: analysis.config, fix: true });
    const edits = fixed.fixed ? minimalEdits(analysis.document, text, fixed.output) : [];
    if (edits.length) actions.push({ title: 'Fix all fixable minutes problems', kind: FIX_ALL_KIND, edit: workspaceEdit(analysis, edits, versioned) });
  }
  return actions;
}

/** Document formatting: what `minutes fmt` prints, as one edit of the part that changes; none for a document that does not parse. */
export function formatEdits(document: TextDocument, path: string | null, config: Analysis['config']): TextEdit[] {
  if (!config) return [];
  const text = document.getText();
  const result = formatText(text, { path, config });
  return result.ok ? minimalEdits(document, text, result.output) : [];
}

/** Edits of one document, versioned when the client takes them (so that an edit made for an older version is refused). */
function workspaceEdit(analysis: Analysis, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  if (versioned) return { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits }] };
  return { changes: { [analysis.uri]: edits } };
}

/**
 * One edit turning `before` into `after`: the span between their common start and their common end, so
 * that the cursor and the folds outside it stay where they are. Never cuts a CRLF or a surrogate pair.
 */
function minimalEdits(document: TextDocument, before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  const splits = (text: string, at: number) => at > 0 && at < text.length && ((text[at - 1] === '\r' && text[at] === '\n') || /[\uD800-\uDBFF]/.test(text[at - 1]!));
  while (start > 0 && (splits(before, start) || splits(after, start))) start--;
  while (end > 0 && (splits(before, before.length - end) || splits(after, after.length - end))) end--;
  return [{ range: offsetRange(document, [start, before.length - end]), newText: after.slice(start, after.length - end) }];
}
