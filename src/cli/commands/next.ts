import path from 'node:path';
import { ConfigResolver } from '../../config/config.js';
import { loadMinutes } from '../../io/load.js';
import { buildRegister } from '../../series/register.js';
import { nextMeetingSkeleton } from '../../series/next.js';
import { EXIT, type CliIO, UsageError } from '../context.js';
import { findFiles } from '../files.js';
import { checkFromOption } from '../from-option.js';
import { emit } from '../output.js';
import { loadSeries } from '../series-files.js';
import { dateOption } from '../today.js';

export interface NextOptions {
  date?: string;
  output?: string;
  config?: string;
  /** `--from`: read the series' files through a reader. */
  from?: string;
}

/**
 * `minutes next [DIR|FILE] --date YYYY-MM-DD [-o FILE]`: the skeleton of the next meeting of a series (a
 * folder, or the series of a file), from its latest minutes and its register.
 */
export async function nextCommand(target: string | undefined, options: NextOptions, io: CliIO): Promise<number> {
  const date = dateOption('--date', options.date);
  if (!date) throw new UsageError('minutes next needs the date of the next meeting: --date YYYY-MM-DD');
  await checkFromOption(options.from);
  const configs = new ConfigResolver(options.config);
  const input = target ?? '.';
  // A file stands for its series: the files of its folder, or what the configuration's `series:` names.
  const files = await findFiles([input], configs, options.from);
  const wanted = files.length === 1 && input.endsWith(files[0]!) ? (await configs.forFile(files[0]!)).seriesOf(files[0]!) : null;
  const folderFiles = wanted ? await findFiles([wanted === path.resolve(wanted) ? path.relative(process.cwd(), wanted) || '.' : wanted], configs, options.from) : files;
  const { series, failed } = await loadSeries(folderFiles, configs, io, options.from);
  const candidates = wanted ? series.filter((one) => one.key === wanted) : series;
  if (candidates.length !== 1) {
    throw new UsageError(candidates.length ? `${input} holds ${candidates.length} series (${candidates.map((one) => one.key).join(', ')}): name one folder or one file` : `no minutes to follow in ${input}`);
  }
  const one = candidates[0]!;
  const latest = one.meetings.at(-1)!;
  if (latest.date && date <= latest.date) throw new UsageError(`--date ${date} is not after the latest meeting of the series (${latest.date})`);
  const parsed = latest.file ? await loadMinutes(latest.file, configs, io.stdin, undefined, options.from) : null;
  const data = parsed?.ok ? parsed.data : {};
  await emit(nextMeetingSkeleton(buildRegister(one.meetings), { date, data }), options.output, io);
  return failed ? EXIT.problems : EXIT.ok;
}
