import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic } from '../lint/diagnostic.js';
import { diagnosticRange } from './positions.js';
import { ruleDocumentation } from './rule-docs.js';

const SOURCE = 'minutes';

/** A diagnostic of the library as the editor shows it: its exact range, severity, rule id as `code`, and a link to the rule's documentation. */
export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  const href = ruleDocumentation(diagnostic.ruleId);
  return {
    range: diagnosticRange(diagnostic),
    severity: diagnostic.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: diagnostic.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: diagnostic.message,
  };
}

/** The one diagnostic of a document whose configuration cannot be used: nothing else is checked until it is fixed. */
export function configDiagnostic(message: string): LspDiagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'config',
    source: SOURCE,
    message: `the configuration cannot be used, so this file is not checked: ${message}`,
  };
}

/** The one diagnostic of a document minutes failed on (a bug): says so instead of crashing the server. */
export function internalDiagnostic(error: unknown): LspDiagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'internal-error',
    source: SOURCE,
    message: `minutes could not check this file (a bug; please report it): ${error instanceof Error ? error.message : String(error)}`,
  };
}
