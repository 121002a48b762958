import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { LineCounter, parseDocument } from 'yaml';
import { isPlainObject, normalizeActors, type ActorRegistry } from '../model/actors.js';
import type { ParseOptions } from '../model/parse.js';
import type { MinutesConfig } from '../schemas/generated/config.js';
import { describeSchemaError } from '../schemas/messages.js';
import { validateConfig } from '../schemas/schemas.js';
import { yamlRange } from '../syntax/yaml-range.js';

const CONFIG_NAMES = ['minutes.config.yaml', 'minutes.config.yml'];

export type RuleSetting = 'off' | 'warn' | 'error';

/** A configuration ready to use: registry and glossary normalized, ignore patterns compiled. */
export interface ResolvedConfig {
  /** The file it came from; null for the empty default. */
  path: string | null;
  /** A hash of the file's path and text, for caches. */
  hash: string;
  actors: ActorRegistry;
  glossary: Record<string, string>;
  /** Built-in registries every file extends. */
  extends: string[];
  /** The language of files whose front matter does not say. */
  language?: string;
  dateOrder?: 'dmy' | 'mdy';
  /** Heading titles that are document sections, besides the built-in ones. */
  sections: string[];
  /** How the files are written (`from:`): `auto` or a reader's name; absent for the native format. */
  from?: string;
  rules: Record<string, RuleSetting>;
  /** Options of rules that take them (`rules: { undefined-abbreviation: [warn, { common: false }] }`). */
  ruleOptions: Record<string, Record<string, unknown>>;
  /**
   * The series a file belongs to (the meetings the series rules read together): its folder, or the folder
   * `series: { folder }` names; null for a file `series: { exclude }` leaves out, or with `series: false`.
   */
  seriesOf(file: string): string | null;
  /** The sender of reminders (`reminders: { from }`), for `minutes actions --format eml`. */
  remindersFrom?: string;
  isIgnored(file: string): boolean;
}

/** A configuration file that cannot be used: says where and why. Commands exit 2 on it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const EMPTY_CONFIG: ResolvedConfig = {
  path: null,
  hash: '',
  actors: {},
  glossary: {},
  extends: [],
  sections: [],
  rules: {},
  ruleOptions: {},
  isIgnored: () => false,
  seriesOf: (file) => path.dirname(path.resolve(file)),
};

/** What a file's parse takes from its configuration. */
export function parseOptionsOf(config: Partial<ResolvedConfig> | undefined): Omit<ParseOptions, 'path'> {
  if (!config) return {};
  return { actors: config.actors, glossary: config.glossary, extends: config.extends, language: config.language, dateOrder: config.dateOrder, sections: config.sections };
}

/** Reads and validates a configuration file; throws ConfigError with file:line:column for its mistakes. */
export async function loadConfig(file: string): Promise<ResolvedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseConfig(text, file);
}

export function parseConfig(text: string, file: string): ResolvedConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const yamlError = document.errors[0];
  if (yamlError) throw new ConfigError(`${at(yamlError.pos[0])}: not valid YAML: ${yamlError.message.split('\n')[0]}`);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the configuration: ${(error as Error).message}`);
  }
  if (!isPlainObject(data)) throw new ConfigError(`${at(0)}: the configuration must be a mapping of keys`);
  const validate = validateConfig;
  if (!validate(data)) {
    const problems = (validate.errors ?? [])
      .map((error) => describeSchemaError(error, 'the configuration'))
      .filter((problem) => problem !== null)
      .map((problem) => ({ offset: yamlRange(document, problem.path, problem.target)?.[0] ?? 0, message: problem.message }))
      .sort((a, b) => a.offset - b.offset)
      .map((problem) => `${at(problem.offset)}: ${problem.message}`);
    throw new ConfigError([...new Set(problems)].join('\n'));
  }
  const config = data as MinutesConfig;
  const dir = path.dirname(path.resolve(file));
  const ignore = config.ignore?.length ? picomatch(config.ignore, { dot: true }) : null;
  return {
    path: file,
    hash: createHash('sha1').update(path.resolve(file)).update('\0').update(text).digest('hex'),
    actors: normalizeActors(config.actors),
    glossary: { ...config.glossary },
    extends: [...(config.extends ?? [])],
    ...(config.language ? { language: config.language } : {}),
    ...(config.dates?.order ? { dateOrder: config.dates.order } : {}),
    sections: [...(config.sections ?? [])],
    ...(config.from ? { from: config.from } : {}),
    ...ruleSettings(config.rules as Record<string, RuleSetting | [RuleSetting, Record<string, unknown>]> | undefined),
    isIgnored: (target) => ignore?.(path.relative(dir, path.resolve(target)).split(path.sep).join('/')) ?? false,
    seriesOf: seriesResolver(config.series, dir),
    ...(config.reminders?.from ? { remindersFrom: config.reminders.from } : {}),
  };
}

/** Finds the configuration for each file: the one given, or the nearest minutes.config.yaml upwards. */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<ResolvedConfig>>();
  private readonly explicit: Promise<ResolvedConfig> | null;

  /** `explicitPath`: the configuration every file uses (`--config`), instead of the nearest one. */
  constructor(readonly explicitPath?: string | null) {
    this.explicit = explicitPath ? loadConfig(explicitPath) : null;
  }

  forFile(file: string): Promise<ResolvedConfig> {
    if (this.explicit) return this.explicit;
    return this.forDir(path.dirname(path.resolve(file)));
  }

  private forDir(dir: string): Promise<ResolvedConfig> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = (async () => {
        for (const name of CONFIG_NAMES) {
          const candidate = path.join(dir, name);
          const text = await readFile(candidate, 'utf8').catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
            throw new ConfigError(`${candidate}: cannot read the configuration (${error.code ?? 'error'})`);
          });
          if (text !== null) return parseConfig(text, path.relative(process.cwd(), candidate) || candidate);
        }
        const parent = path.dirname(dir);
        return parent === dir ? EMPTY_CONFIG : this.forDir(parent);
      })();
      this.byDir.set(dir, found);
    }
    return found;
  }
}

/** Rule severities, and the options of rules set as `[severity, options]`. */
function ruleSettings(rules: Record<string, RuleSetting | [RuleSetting, Record<string, unknown>]> | undefined) {
  const severities: Record<string, RuleSetting> = {};
  const options: Record<string, Record<string, unknown>> = {};
  for (const [id, setting] of Object.entries(rules ?? {})) {
    if (Array.isArray(setting)) {
      severities[id] = setting[0];
      options[id] = setting[1];
    } else {
      severities[id] = setting;
    }
  }
  return { rules: severities, ruleOptions: options };
}

/** How a configuration's `series:` key places files in series (see ResolvedConfig.seriesOf). */
function seriesResolver(series: MinutesConfig['series'], dir: string): (file: string) => string | null {
  if (series === false) return () => null;
  const folder = series?.folder ? path.resolve(dir, series.folder) : null;
  const excluded = series?.exclude?.length ? picomatch(series.exclude, { dot: true }) : null;
  return (file) => {
    const absolute = path.resolve(file);
    if (excluded?.(path.relative(dir, absolute).split(path.sep).join('/'))) return null;
    if (folder && !path.relative(folder, absolute).startsWith('..')) return folder;
    return path.dirname(absolute);
  };
}
