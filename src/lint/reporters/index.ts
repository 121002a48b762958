import type { ChalkInstance } from 'chalk';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { ReportInput } from './types.js';

export const REPORTERS = {
  stylish: (input: ReportInput, chalk: ChalkInstance) => stylish(input, chalk),
  json: (input: ReportInput) => json(input),
  sarif: (input: ReportInput) => sarif(input),
  github: (input: ReportInput) => github(input),
} as const;

export type ReporterName = keyof typeof REPORTERS;
export type { ReportInput };
