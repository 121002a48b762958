import type { Diagnostic } from '../diagnostic.js';

export interface Counts {
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  fatalErrorCount: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, fatalErrorCount: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 2) {
      counts.errorCount++;
      if (diagnostic.fix) counts.fixableErrorCount++;
      if (diagnostic.fatal) counts.fatalErrorCount++;
    } else {
      counts.warningCount++;
      if (diagnostic.fix) counts.fixableWarningCount++;
    }
  }
  return counts;
}

export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce(
    (sum, counts) => ({
      errorCount: sum.errorCount + counts.errorCount,
      warningCount: sum.warningCount + counts.warningCount,
      fixableErrorCount: sum.fixableErrorCount + counts.fixableErrorCount,
      fixableWarningCount: sum.fixableWarningCount + counts.fixableWarningCount,
      fatalErrorCount: sum.fatalErrorCount + counts.fatalErrorCount,
    }),
    countDiagnostics([]),
  );
}
