import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

export const STDIN = '-';

export interface ExpandedInputs {
  /** Files to read, in a stable order, without repeats; `-` stands for standard input. */
  files: string[];
  /** Inputs that matched nothing: a missing path, or a glob without matches. */
  missing: string[];
  /** Inputs whose every match is ignored by a configuration's `ignore` patterns. */
  ignored: string[];
}

/** The usage error for inputs that gave no file; null when every input gave some. */
export function noFilesMessage({ missing, ignored }: Pick<ExpandedInputs, 'missing' | 'ignored'>): string | null {
  const lines = [
    ...missing.map((input) => `no minutes files match "${input}"`),
    ...ignored.map((input) => `every file matching "${input}" is ignored by the \`ignore\` patterns of minutes.config.yaml`),
  ];
  return lines.length ? lines.join('\nminutes: ') : null;
}

export interface ExpandOptions {
  /** Whether a file found by walking a folder or a glob should be skipped (ignore patterns of the config). */
  isIgnored?: (file: string) => Promise<boolean> | boolean;
  /**
   * Whether a text, log or document file (`.txt`, `.log`, `.pdf`, `.docx`) found in a folder is minutes to
   * read: yes when it is read through a reader (`--from`, or `from:` in its configuration). `*.md` always is.
   */
  acceptsDocument?: (file: string) => Promise<boolean> | boolean;
}

const MARKDOWN = /\.(?:md|markdown)$/i;
/** Files that readers of other conventions take: text minutes, IRC logs, PDF and Word documents. */
const DOCUMENT = /\.(?:txt|text|log|pdf|docx)$/i;

/**
 * Files named on the command line: a file as it is, a folder walked for `*.md` (skipping node_modules and
 * dot-folders), a glob matched below its static base, `-` for standard input.
 */
export async function expandInputs(inputs: readonly string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const files: string[] = [];
  const missing: string[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = file === STDIN ? STDIN : path.resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const input of inputs) {
    if (input === STDIN) {
      add(STDIN);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isFile()) {
      add(input);
    } else if (info?.isDirectory()) {
      const { found, skipped } = await walk(input, () => true, options);
      if (found.length === 0) (skipped > 0 ? ignored : missing).push(input);
      found.forEach(add);
    } else if (picomatch.scan(input).isGlob) {
      const { base } = picomatch.scan(input);
      const matches = picomatch(input.replace(/^\.\//, ''), { dot: false });
      const { found, skipped } = await walk(base || '.', (file) => matches(path.posix.normalize(file.split(path.sep).join('/'))), options);
      if (found.length === 0) (skipped > 0 ? ignored : missing).push(input);
      found.forEach(add);
    } else {
      missing.push(input);
    }
  }
  return { files, missing, ignored };
}

async function walk(root: string, accept: (file: string) => boolean, options: ExpandOptions): Promise<{ found: string[]; skipped: number }> {
  const found: string[] = [];
  let skipped = 0;
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        await visit(full);
      } else if (entry.isFile() && (MARKDOWN.test(entry.name) || (DOCUMENT.test(entry.name) && (await options.acceptsDocument?.(full)))) && accept(full)) {
        if (await options.isIgnored?.(full)) skipped++;
        else found.push(full);
      }
    }
  };
  await visit(root);
  return { found, skipped };
}
