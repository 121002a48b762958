/**
 * The real minutes of fixtures/readers/<convention>/, read through their reader and scored against their
 * hand annotations (score.ts). SOURCES.md marks one file of each convention `held-out: yes`: it is scored
 * apart, and never used to tune a reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMinutes, type ParsedMinutes } from '../../src/model/parse.js';
import { readDocument } from '../../src/readers/read.js';
import type { ReadResult } from '../../src/readers/reader.js';
import { fileURLToPath } from 'node:url';
import { type Annotation, type FileScore, scoreFile } from './score.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

export interface ReaderFixture {
  name: string;
  file: string;
  heldOut: boolean;
  annotation: Annotation;
}

/** The annotated files of a convention, held-out ones marked (from SOURCES.md). */
export function fixturesOf(convention: string): ReaderFixture[] {
  const dir = path.join(FIXTURES, 'readers', convention);
  const sources = readFileSync(path.join(dir, 'SOURCES.md'), 'utf8');
  const heldOut = new Set([...sources.matchAll(/^## (\S+)\s*\n+- held-out: yes/gm)].map((match) => match[1]!));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.expected.json'))
    .map((annotationName) => {
      const stem = annotationName.replace(/\.expected\.json$/, '');
      const name = readdirSync(dir).find((candidate) => candidate !== annotationName && candidate.replace(/\.[^.]+$/, '') === stem)!;
      return { name, file: path.join(dir, name), heldOut: heldOut.has(name), annotation: JSON.parse(readFileSync(path.join(dir, annotationName), 'utf8')) as Annotation };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface ReadFixture {
  read: ReadResult;
  reader: string;
  parsed: ParsedMinutes;
  score: FileScore;
}

/** Reads a fixture through the reader `from` (`auto` to test detection too) and scores it. */
export function readFixture(fixture: ReaderFixture, from: string): ReadFixture {
  const outcome = readDocument(readFileSync(fixture.file), from, fixture.file);
  if (!outcome.ok) throw new Error(`${fixture.name}: ${outcome.message}`);
  const parsed = parseMinutes(outcome.result.text, { path: fixture.file });
  if (!parsed.ok) throw new Error(`${fixture.name}: the canonical text does not parse: ${parsed.problem.message}`);
  return { read: outcome.result, reader: outcome.reader.name, parsed, score: scoreFile(parsed.model, fixture.annotation) };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** One line of the per-file table: precision and recall of actions (with owners), decisions, items and attendees. */
export function scoreLine(name: string, score: FileScore): string {
  const cell = (s: FileScore['actions']) => `${s.matched}/${s.found}/${s.expected} P${percent(s.precision)} R${percent(s.recall)}`;
  return `${name.padEnd(44)} actions+owners ${cell(score.actionsWithOwners)} | decisions ${cell(score.decisions)} | items ${cell(score.items)} | attendees ${cell(score.attendees)} | title ${score.title ? 'ok' : 'no'} date ${score.date ? 'ok' : 'no'}`;
}
