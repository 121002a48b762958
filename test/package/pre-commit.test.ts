// The hooks of .pre-commit-hooks.yaml, run by the pre-commit framework on minutes staged in a Git
// repository: with `pre-commit try-repo`, and with the configuration the README and docs/ci.md show.
// pre-commit installs this project with npm (`language: node`), so this needs the npm registry, and
// Debian's pre-commit: without it the tests are skipped with a warning, except in CI, where they fail.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT } from '../helpers.js';
import { codeBlocks, readRootFile, run, SEED_ERRORS, SEED_NAME, section, show, USING_HEADING, userEnv, writeMinutes } from './project.js';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
}

const hooks = parse(await readRootFile('.pre-commit-hooks.yaml')) as Hook[];
const version = await run('pre-commit', ['--version'], { cwd: ROOT });
const available = version.code === 0;
if (!available && !process.env.CI) console.warn('pre-commit tests skipped: pre-commit is missing (apt-get install pre-commit)');

describe('.pre-commit-hooks.yaml', () => {
  it('has a lint hook and a fmt --check hook on Markdown files, installed with npm', () => {
    expect(hooks.map(({ id, entry, language, files }) => ({ id, entry, language, files }))).toEqual([
      { id: 'minutes-lint', entry: 'minutes lint', language: 'node', files: '\\.md$' },
      { id: 'minutes-fmt', entry: 'minutes fmt --check', language: 'node', files: '\\.md$' },
    ]);
  });
});

describe.skipIf(!available && !process.env.CI)('pre-commit', () => {
  let tmp: string;
  let hookRepo: string;
  let repo: string;
  let env: NodeJS.ProcessEnv;

  const git = async (cwd: string, ...args: string[]) => {
    const result = await run('git', ['-c', 'user.name=minutes tests', '-c', 'user.email=tests@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, env });
    expect(result.code, show(`git ${args.join(' ')}`, result)).toBe(0);
    return result.stdout.trim();
  };
  const preCommit = (...args: string[]) => run('pre-commit', args, { cwd: repo, env, timeout: 300_000 });

  beforeAll(async () => {
    if (!available) throw new Error(`pre-commit is missing (${version.stderr.trim()}): install Debian's pre-commit (apt-get install pre-commit), as .ci/run does`);
    tmp = await mkdtemp(path.join(tmpdir(), 'minutes-pre-commit-'));
    // pre-commit's store of environments, kept inside the test's folder.
    env = userEnv({ PRE_COMMIT_HOME: path.join(tmp, 'cache'), PRE_COMMIT_COLOR: 'never' });

    // The hook repository: this project as it is on disk (committed or not, without what Git ignores),
    // committed in a repository of its own, as pre-commit clones hook repositories.
    hookRepo = path.join(tmp, 'minutes');
    const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, env });
    expect(listed.code, show('git ls-files', listed)).toBe(0);
    for (const file of listed.stdout.split('\0').filter(Boolean)) {
      await mkdir(path.dirname(path.join(hookRepo, file)), { recursive: true });
      await copyFile(path.join(ROOT, file), path.join(hookRepo, file)).catch((error) => {
        if (error.code !== 'ENOENT') throw error; // deleted but not yet staged
      });
    }
    await git(hookRepo, 'init', '-q');
    await git(hookRepo, 'add', '-A');
    await git(hookRepo, 'commit', '-q', '-m', 'minutes');

    // The repository of minutes: the committee's and the faulty seed staged, and a README without front matter.
    repo = path.join(tmp, 'secretariat');
    await mkdir(repo);
    await git(repo, 'init', '-q');
    await writeMinutes(repo, { seed: true });
    await writeFile(path.join(repo, 'README.md'), '# Minutes of the committee\n');
    await git(repo, 'add', '-A');
  }, 120_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('try-repo: both hooks fail on the staged minutes that need it', { timeout: 300_000 }, async () => {
    const result = await preCommit('try-repo', hookRepo);
    const report = show('pre-commit try-repo', result);
    expect(result.code, report).toBe(1);
    expect(result.stdout, report).toMatch(/^minutes lint\.+Failed$/m);
    expect(result.stdout, report).toMatch(/^minutes fmt --check\.+Failed$/m);
    for (const line of SEED_ERRORS) expect(result.stdout, report).toContain(`  ${line}\n`);
    // By default the hooks take every staged *.md file, the README too: hence `files:` in the configuration.
    expect(result.stdout, report).toContain('README.md\n  1:1  error  the file has no front matter');
    const fmt = result.stdout.slice(result.stdout.search(/^minutes fmt --check\.+Failed$/m));
    expect(fmt, report).toContain(`minutes/${SEED_NAME}\n`);
    expect(fmt, report).not.toContain('minutes/2019-');
  });

  it('the documented configuration: the minutes only, failing, then passing once they are right', { timeout: 300_000 }, async () => {
    const readme = section(await readRootFile('README.md'), USING_HEADING);
    const documented = parse(codeBlocks(readme, 'yaml')[1]!) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    expect(documented.repos[0]!.hooks.map((hook) => hook.id)).toEqual(hooks.map((hook) => hook.id));
    documented.repos[0]!.repo = hookRepo;
    documented.repos[0]!.rev = await git(hookRepo, 'rev-parse', 'HEAD');
    await writeFile(path.join(repo, '.pre-commit-config.yaml'), stringify(documented));
    await git(repo, 'add', '.pre-commit-config.yaml');

    const failing = await preCommit('run');
    const report = show('pre-commit run', failing);
    expect(failing.code, report).toBe(1);
    expect(failing.stdout, report).toMatch(/^minutes lint\.+Failed$/m);
    expect(failing.stdout, report).toMatch(/^minutes fmt --check\.+Failed$/m);
    for (const line of SEED_ERRORS) expect(failing.stdout, report).toContain(`  ${line}\n`);
    expect(failing.stdout, report).not.toContain('README.md');

    // Renumbered with `minutes fmt --write` (the same fixes as `lint --fix`), staged again: both hooks pass.
    const seed = path.join(repo, 'minutes', SEED_NAME);
    const fixed = await run(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), 'fmt', '--write', seed], { cwd: repo, env });
    expect(fixed.code, show('minutes fmt --write', fixed)).toBe(0);
    expect(await readFile(seed, 'utf8')).toContain('\n## 10. ');
    await git(repo, 'add', '-A');
    const passing = await preCommit('run');
    expect(passing.code, show('pre-commit run', passing)).toBe(0);
    expect(passing.stdout).toMatch(/^minutes lint\.+Passed$/m);
    expect(passing.stdout).toMatch(/^minutes fmt --check\.+Passed$/m);
  });
});
