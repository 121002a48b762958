/** The library behind the `minutes` command: parse minutes into a typed model, check it, render it. */
export { parseMinutes, parseMinutesBytes, PARSE_ERROR } from './parse.js';
export type { ParseOptions, ParseResult, ParsedMinutes, FailedParse } from './parse.js';
export type { Minutes, Meta, Item, Action, Decision, Deadline, DateMention, Section, Actor } from './generated/minutes.js';
export type { FrontMatter } from './generated/front-matter.js';
export { ActorMatcher, normalizeActors } from './actors.js';
export type { ActorRegistry } from './actors.js';
export { readDate, findDates, isDeadline } from './dates.js';
export { createDiagnostic, severityOf } from './diagnostics.js';
export type { Diagnostic, Fix, Severity } from './diagnostics.js';
export { validatorFor } from './schemas.js';
export { decodeSource, SourceError } from './source.js';
