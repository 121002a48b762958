import { ConfigResolver } from '../../config.js';
import type { Minutes } from '../../generated/minutes.js';
import { STDIN } from '../../io/inputs.js';
import { loadMinutes } from '../../io/load.js';
import { renderJson } from '../../render/json.js';
import { EXIT, UsageError, type CliIO } from '../context.js';
import { emit, problemLine } from '../output.js';

export interface ExportOptions {
  format: string;
  output?: string;
  config?: string;
}

export const EXPORT_FORMATS = ['json'] as const;

export async function exportCommand(files: string[], options: ExportOptions, io: CliIO): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}": use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const inputs = files.length ? files : [STDIN];
  const configs = new ConfigResolver(options.config);
  const models: Minutes[] = [];
  let status: number = EXIT.ok;
  for (const file of inputs) {
    const result = await loadMinutes(file, configs, io.stdin);
    if (result.ok) {
      models.push(result.model);
    } else {
      const { diagnostic } = result;
      io.stderr.write(problemLine(file === STDIN ? '<stdin>' : file, diagnostic.line, diagnostic.column, diagnostic.reason));
      status = EXIT.problems;
    }
  }
  if (models.length > 0) await emit(renderJson(models, inputs.length === 1), options.output, io);
  return status;
}
