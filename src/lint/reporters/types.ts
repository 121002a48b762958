import type { Diagnostic } from '../diagnostic.js';

/** What a reporter gets: every linted file, in order, with the diagnostics left after --quiet. */
export interface ReportInput {
  results: readonly { path: string | null; diagnostics: readonly Diagnostic[] }[];
  /** Version of minutes, for SARIF's tool section. */
  version: string;
  /** Folder that relative paths are relative to (SARIF's uriBaseId). */
  cwd: string;
}
