import type { Diagnostic, Fix } from '../diagnostics.js';

/**
 * Applies the fixes of a file's diagnostics to its text, each once, skipping any that overlaps one already
 * applied. Returns the new text and how many fixes were applied.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const fixes = diagnostics
    .map((diagnostic) => diagnostic.fix)
    .filter((fix): fix is Fix => fix !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of fixes) {
    if (fix.start < cursor) continue;
    output += text.slice(cursor, fix.start) + fix.text;
    cursor = fix.end;
    applied++;
  }
  return { text: output + text.slice(cursor), applied };
}
