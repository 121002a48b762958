/**
 * Checks shared by the tests of the hackmd, meetbot and apache-board readers: how every reader ranks a
 * fixture, and which lint errors of an imported file a careful secretary would call real.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../../src/lint/fix.js';
import type { ParsedMinutes } from '../../src/model/parse.js';
import { rankReaders } from '../../src/readers/index.js';
import type { ReadResult } from '../../src/readers/reader.js';
import { type Annotation, similarity } from './score.js';

const READERS_DIR = fileURLToPath(new URL('../../fixtures/readers', import.meta.url));

/** Every minutes file of fixtures/readers/*, with the convention (folder) it is written in. */
export function allReaderFixtures(): { convention: string; name: string; file: string }[] {
  return readdirSync(READERS_DIR).flatMap((convention) =>
    readdirSync(path.join(READERS_DIR, convention))
      .filter((name) => name !== 'SOURCES.md' && !name.endsWith('.json'))
      .map((name) => ({ convention, name, file: path.join(READERS_DIR, convention, name) })),
  );
}

/** The readers ranked on a file, with their confidence. */
export function ranking(file: string): { name: string; confidence: number }[] {
  const bytes = readFileSync(file);
  return rankReaders({ bytes, text: bytes.toString('utf8'), path: file }).map(({ reader, confidence }) => ({ name: reader.name, confidence }));
}

/**
 * The lint errors of an imported file that are not real: every error but an owner the reader noted as
 * not among the attendees (`unknown-actor`, the registry is the meeting's own) and an action the source
 * gives no owner (`action-owner`, checked against the annotation).
 */
export function unexplainedErrors(read: ReadResult, parsed: ParsedMinutes, annotation: Annotation): string[] {
  const lint = lintText(read.text, { path: parsed.path });
  const unexplained: string[] = [];
  for (const diagnostic of lint.diagnostics.filter((each) => each.severity === 2)) {
    if (diagnostic.ruleId === 'unknown-actor') {
      const owner = /owner "([^"]+)"/.exec(diagnostic.message)?.[1];
      if (owner && read.notes.some((note) => note.message.includes(`"${owner}"`))) continue;
    }
    if (diagnostic.ruleId === 'action-owner') {
      const action = parsed.actions.find((record) => record.range[0] <= diagnostic.range[0] && diagnostic.range[0] <= record.range[1])?.action;
      if (action && annotation.actions.some((expected) => expected.owners.length === 0 && similarity(expected.text, action.text) >= 0.5)) continue;
    }
    unexplained.push(`${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId} ${diagnostic.message}`);
  }
  return unexplained;
}
