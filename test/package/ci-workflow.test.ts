// The GitHub Actions workflow of docs/ci.md (and its excerpt in the README): it is a complete workflow,
// and every `minutes` command in it runs — on a repository of minutes laid out as it expects — with the
// exit code the job relies on and the output the next steps consume (annotations, a SARIF file, a summary).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, runBin } from '../helpers.js';
import { bash, codeBlocks, readRootFile, SEED_ERRORS, SEED_NAME, section, show, USING_HEADING, userEnv, writeMinutes } from './project.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
interface Job {
  if?: string;
  'runs-on': string;
  permissions?: Record<string, string>;
  steps: Step[];
}

const doc = await readRootFile('docs/ci.md');
const [WORKFLOW_TEXT, PRE_COMMIT_TEXT] = codeBlocks(doc, 'yaml');
const workflow = parse(WORKFLOW_TEXT!) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };
const lint = workflow.jobs.lint!;
const overdue = workflow.jobs.overdue!;

/** The steps that run minutes, with the job they belong to. */
const minutesSteps = Object.entries(workflow.jobs).flatMap(([job, { steps }]) =>
  steps.filter((step) => /\bnpx minutes\b/.test(step.run ?? '')).map((step) => ({ job, run: step.run!.trim() })),
);

// The scheduled job's option comes with another change: its command runs once `actions --help` lists it.
const failOnOverdue = (await runBin(['actions', '--help'])).stdout.includes('--fail-on-overdue');
if (!failOnOverdue) console.warn('ci workflow: `minutes actions --fail-on-overdue` is not in this version; its step is not run');

const uploadStep = () => lint.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));

describe('the workflow of docs/ci.md', () => {
  it('lints on pushes and pull requests, uploads SARIF, and checks overdue follow-ups on a schedule', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'schedule', 'workflow_dispatch']));
    expect((workflow.on.schedule as { cron: string }[])[0]!.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of [lint, overdue]) {
      expect(job['runs-on']).toBe('ubuntu-latest');
      const uses = job.steps.map((step) => step.uses ?? step.run);
      expect(uses.slice(0, 3)).toEqual([expect.stringMatching(/^actions\/checkout@v\d+$/), expect.stringMatching(/^actions\/setup-node@v\d+$/), 'npm ci']);
      expect(job.steps[1]!.with).toMatchObject({ 'node-version': 20 });
    }
    expect(lint.if).toBe("github.event_name != 'schedule'");
    expect(overdue.if).toContain("github.event_name == 'schedule'");
    expect(lint.permissions).toMatchObject({ 'security-events': 'write' });
    // The SARIF step may fail (the annotation step fails the job); the upload runs after either.
    const sarifStep = lint.steps.find((step) => step.run?.includes('--format sarif'))!;
    expect(sarifStep['continue-on-error']).toBe(true);
    expect(sarifStep.if).toMatch(/^\$\{\{ !cancelled\(\) \}\}$/);
    expect(uploadStep()?.if).toMatch(/^\$\{\{ !cancelled\(\) \}\}$/);
    expect(uploadStep()?.uses).toMatch(/@v\d+$/);
  });

  it('is the workflow the README shows, and the pre-commit configuration too', async () => {
    const readme = section(await readRootFile('README.md'), USING_HEADING);
    const [excerpt, preCommit] = codeBlocks(readme, 'yaml');
    // The README shows the lint job: the same lines as docs/ci.md, from `jobs:` on.
    expect(excerpt).toMatch(/^jobs:\n {2}lint:\n/);
    expect(`\n${WORKFLOW_TEXT}`).toContain(`\n${excerpt}`);
    expect(excerpt).toContain('--format github');
    expect(preCommit).toBe(PRE_COMMIT_TEXT);
  });

  it('runs minutes in exactly these commands', () => {
    expect(minutesSteps).toEqual([
      { job: 'lint', run: 'npx minutes lint minutes/ --format github' },
      { job: 'lint', run: 'npx minutes lint minutes/ --format sarif -o minutes.sarif' },
      { job: 'overdue', run: 'npx minutes actions minutes/ --overdue --format md >> "$GITHUB_STEP_SUMMARY"' },
      { job: 'overdue', run: 'npx minutes actions minutes/ --overdue --fail-on-overdue' },
    ]);
  });
});

describe.each([
  { layout: 'with the faulty seed minutes', seed: true },
  { layout: 'with clean minutes', seed: false },
])('the workflow on a repository $layout', ({ seed }) => {
  let repo: string;
  let summary: string;

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'minutes-ci-'));
    await writeMinutes(repo, { seed });
    summary = path.join(repo, '..', `${path.basename(repo)}-summary.md`);
    await writeFile(summary, '');
  });

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
    await rm(summary, { force: true });
  });

  /** Runs a step's script as the runner would, with the built command in place of the installed one. */
  const step = (run: string) => {
    const script = run.replaceAll('npx minutes', `node '${BIN.replaceAll("'", `'\\''`)}'`);
    return bash(script, { cwd: repo, env: userEnv({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }) });
  };

  it('annotates each problem on its file and line, and fails the job on errors', async () => {
    const result = await step(minutesSteps[0]!.run);
    expect(result.code, show(minutesSteps[0]!.run, result)).toBe(seed ? 1 : 0);
    const lines = result.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(seed ? 4 : 0);
    for (const [index, line] of lines.entries()) {
      const match = line.match(/^::error file=([^,]+),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=([a-z-]+)::(.+)$/);
      expect(match, line).not.toBeNull();
      const [, file, lineNumber, column, rule, message] = match!;
      // The path is relative to the repository root, where the runner checks it out.
      expect(file).toBe(`minutes/${SEED_NAME}`);
      expect(existsSync(path.join(repo, file!))).toBe(true);
      expect(`${lineNumber}:${column}  error  ${message}  ${rule}`).toBe(SEED_ERRORS[index]);
    }
  });

  it('writes the SARIF file the upload step reads, with paths in the repository', async () => {
    const result = await step(minutesSteps[1]!.run);
    expect(result.code, show(minutesSteps[1]!.run, result)).toBe(seed ? 1 : 0);
    const file = uploadStep()!.with!.sarif_file as string;
    expect(minutesSteps[1]!.run).toContain(`-o ${file}`);
    const sarif = JSON.parse(await readFile(path.join(repo, file), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const results = sarif.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    expect(results.map((r) => `${r.ruleId} ${r.level} ${r.locations[0]!.physicalLocation.region.startLine}`)).toEqual(
      seed ? ['numbering error 128', 'numbering error 140', 'numbering error 163', 'numbering error 174'] : [],
    );
    for (const r of results) {
      const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
      expect(uri).toBe(`minutes/${SEED_NAME}`);
      expect(existsSync(path.join(repo, uri))).toBe(true);
    }
    // Code scanning needs every reported rule described.
    const rules = (sarif.runs[0].tool.driver.rules as { id: string }[]).map((rule) => rule.id);
    for (const r of results) expect(rules).toContain(r.ruleId);
  });

  it("lists the overdue follow-ups in the run's summary", async () => {
    const result = await step(minutesSteps[2]!.run);
    expect(result.code, show(minutesSteps[2]!.run, result)).toBe(0);
    expect(result.stdout).toBe('');
    // Every due date of the fixtures is in 2019: all open entries are overdue.
    const text = await readFile(summary, 'utf8');
    expect(text).toContain('- [ ] MS: Nominate national contact points (due 2019-02-15)');
    expect(text).toContain('- [ ] COM, EP: Publish the joint election information leaflet (due 2019-04-30)');
  });

  it.skipIf(!failOnOverdue)('fails the scheduled job when a follow-up is overdue', async () => {
    const result = await step(minutesSteps[3]!.run);
    expect(result.code, show(minutesSteps[3]!.run, result)).toBe(1);
    expect(result.stdout).toContain('Nominate national contact points');
  });
});
