import { ConfigResolver } from '../../config/config.js';
import { renderRegisterCsv, renderRegisterMarkdown } from '../../render/register.js';
import { renderRegisterHtml } from '../../render/register-html.js';
import { registerJson } from '../../series/entries.js';
import { buildRegister } from '../../series/register.js';
import { EXIT, type CliIO } from '../context.js';
import { findFiles } from '../files.js';
import { checkFromOption } from '../from-option.js';
import { emit } from '../output.js';
import { loadSeries } from '../series-files.js';
import { dateOption, localToday } from '../today.js';

export interface RegisterOptions {
  format: 'json' | 'md' | 'html' | 'csv';
  today?: string;
  output?: string;
  config?: string;
  /** `--from`: read the files through a reader. */
  from?: string;
}

/**
 * `minutes register [DIR|FILE...]`: the register of each series read: every action and deadline with its
 * history, every decision with its meeting and item, and attendance (schemas/register.schema.json).
 */
export async function registerCommand(paths: string[], options: RegisterOptions, io: CliIO): Promise<number> {
  const today = dateOption('--today', options.today) ?? localToday();
  await checkFromOption(options.from);
  const configs = new ConfigResolver(options.config);
  const files = await findFiles(paths.length ? paths : ['.'], configs, options.from);
  const { series, failed } = await loadSeries(files, configs, io, options.from);
  const registers = series.map((one) => registerJson(one, buildRegister(one.meetings), today));
  let text: string;
  switch (options.format) {
    case 'json':
      text = `${JSON.stringify(registers.length === 1 ? registers[0] : registers, null, 2)}\n`;
      break;
    case 'md':
      text = registers.map(renderRegisterMarkdown).join('\n');
      break;
    case 'csv':
      text = registers.map((register, index) => (index === 0 ? renderRegisterCsv(register) : renderRegisterCsv(register).split('\r\n').slice(1).join('\r\n'))).join('');
      break;
    case 'html':
      text = renderRegisterHtml(registers, () => null);
      break;
  }
  await emit(text, options.output, io);
  return failed ? EXIT.problems : EXIT.ok;
}
