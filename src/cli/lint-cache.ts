import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../io/write.js';
import type { FileReport } from './lint-file.js';

export { DEFAULT_CACHE } from './options.js';

interface CacheFile {
  /** What the results depend on besides each file and its configuration: version, rule overrides, --quiet. */
  signature: string;
  entries: Record<string, { key: string; report: FileReport }>;
}

export const hashOf = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * `minutes lint --cache`: the diagnostics of each file, keyed by a hash of its bytes and of its
 * configuration, under a signature of everything else that changes results. A changed file, a changed
 * configuration (which holds the rule severities), other --rule options or another version of minutes
 * invalidate exactly what they affect. A missing or damaged cache file is an empty cache.
 */
export class LintCache {
  private constructor(
    private readonly location: string,
    private readonly data: CacheFile,
    private dirty = false,
  ) {}

  static async load(location: string, signature: string): Promise<LintCache> {
    let data: CacheFile = { signature, entries: {} };
    try {
      const stored = JSON.parse(await readFile(location, 'utf8')) as CacheFile;
      if (stored.signature === signature && stored.entries && typeof stored.entries === 'object') data = stored;
    } catch {
      // no cache yet, or not one we can read: start afresh
    }
    return new LintCache(location, data, data.signature !== signature);
  }

  get(file: string, key: string): FileReport | null {
    const entry = this.data.entries[path.resolve(file)];
    return entry && entry.key === key ? entry.report : null;
  }

  set(file: string, key: string, report: FileReport): void {
    this.data.entries[path.resolve(file)] = { key, report };
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (this.dirty) await writeFileAtomic(this.location, JSON.stringify(this.data));
  }
}
