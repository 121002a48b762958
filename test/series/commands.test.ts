import { mkdtemp, readdir, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/schemas/validator.js';
import { FIXTURES, runCli } from '../helpers.js';

const SERIES = path.join(FIXTURES, 'series');
const json = async (args: string[]) => {
  const { code, stdout, stderr } = await runCli(args);
  expect(stderr, args.join(' ')).toBe('');
  return { code, data: JSON.parse(stdout) };
};

describe('minutes actions over a series', () => {
  it('lists each action once, in its current state, with its history on request', async () => {
    const { data } = await json(['actions', SERIES, '--status', 'all', '--kind', 'action', '--format', 'json', '--history', '--today', '2024-04-01']);
    expect(validatorFor('actions')(data)).toBe(true);
    const byId = new Map(data.map((entry: { id: string }) => [entry.id, entry]));
    expect([...byId.keys()].sort()).toEqual(['2024-01-18-2-a4', '2024-01-18-2-a2', 'campaigns', 'contact-points', 'leaflet', 'ras-handbook', 'scenario'].sort());
    const contact = byId.get('contact-points') as { status: string; overdue: boolean; due: string; history: { date: string; status: string; due: string }[] };
    // Opened, carried with a later date, closed in the third meeting: done, not overdue, three steps.
    expect([contact.status, contact.overdue, contact.due]).toEqual(['done', false, '2024-03-15']);
    expect(contact.history.map((step) => [step.date, step.status, step.due])).toEqual([
      ['2024-01-18', 'open', '2024-02-15'],
      ['2024-02-22', 'open', '2024-03-15'],
      ['2024-03-21', 'done', '2024-03-15'],
    ]);
    // Carried without a due date or owners: inherited.
    const leaflet = byId.get('leaflet') as { owners: string[]; due: string };
    expect([leaflet.owners, leaflet.due]).toEqual([['EP'], '2024-04-30']);
  });

  it('the same deadline in later minutes is one entry', async () => {
    const { data } = await json(['actions', SERIES, '--kind', 'deadline', '--format', 'json', '--history', '--today', '2024-03-01']);
    expect(data.map((entry: { due: string; history: unknown[] }) => [entry.due, entry.history.length])).toEqual([['2024-04-11', 2]]);
  });

  it('--fail-on-overdue exits 1 when an entry listed is overdue, for a scheduled CI job', async () => {
    expect((await runCli(['actions', SERIES, '--fail-on-overdue', '--today', '2024-05-01'])).code).toBe(0);
    const late = await runCli(['actions', SERIES, '--fail-on-overdue', '--today', '2024-06-02']);
    expect([late.code, late.stderr]).toEqual([1, 'minutes: 1 open action is overdue\n']);
  });

  it('--owner takes names and aliases, in any case', async () => {
    const { data } = await json(['actions', SERIES, '--owner', 'european external action service', '--status', 'all', '--format', 'json', '--today', '2024-04-01']);
    expect(data.map((entry: { id: string }) => entry.id).sort()).toEqual(['ras-handbook', 'scenario']);
  });

  it('calendars: one VTODO per action in its current state, closed ones COMPLETED; --ics-events all-day events; undated entries counted', async () => {
    const { stdout, stderr } = await runCli(['actions', SERIES, '--status', 'all', '--format', 'ics', '--today', '2024-04-01']);
    expect(stderr).toBe('');
    const todos = new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vtodo');
    const uids = todos.map((todo) => String(todo.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    const contact = todos.find((todo) => todo.getFirstPropertyValue('uid') === 'contact-points@minutes')!;
    expect(contact.getFirstPropertyValue('status')).toBe('COMPLETED');
    const events = await runCli(['actions', SERIES, '--format', 'ics', '--ics-events', '--today', '2024-04-01']);
    const vevents = new ICAL.Component(ICAL.parse(events.stdout)).getAllSubcomponents('vevent');
    expect(vevents.length).toBeGreaterThan(0);
    const start = vevents[0]!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    const undated = await runCli(['actions', '-', '--format', 'ics'], { input: '---\ntitle: T\ndate: 2024-01-01\nactors:\n  COM: European Commission\n---\n\n## 1. A\n\n- [ ] COM: Someday\n' });
    expect(undated.stderr).toBe('minutes: 1 entry has no due date and is not in the calendar\n');
  });

  it('reminders: one message per owner with an address, read back by a mail parser; owners without one listed', async () => {
    const outbox = await mkdtemp(path.join(tmpdir(), 'minutes-outbox-'));
    // The series as it stood after its third meeting.
    const three = ['2024-01-18.md', '2024-02-22.md', '2024-03-21.md'].map((name) => path.join(SERIES, name));
    const { code, stderr } = await runCli(['actions', ...three, '--format', 'eml', '-o', outbox, '--today', '2024-04-12']);
    expect(code).toBe(0);
    expect(stderr).toBe(`minutes: 2 reminders written to ${outbox}\nminutes: no e-mail address in the registry for EP: add \`email:\` to their actors\n`);
    expect((await readdir(outbox)).sort()).toEqual(['COM.eml', 'EEAS.eml']);
    const mail = await PostalMime.parse(await readFile(path.join(outbox, 'EEAS.eml')));
    expect(mail.from).toEqual({ address: 'secretariat@elections-network.example.eu', name: 'Secretariat of the network' });
    expect(mail.to).toEqual([{ address: 'stratcom@eeas.europa.eu', name: 'European External Action Service' }]);
    expect(mail.subject).toBe('Open follow-ups: 2 for European External Action Service, 2 overdue');
    expect(new Date(mail.date!).toISOString()).toBe('2024-04-12T08:00:00.000Z');
    expect(mail.text).toContain('- Share the RAS handbook with the network (due 2024-04-05) [ras-handbook]');
    const missing = await runCli(['actions', SERIES, '--format', 'eml']);
    expect([missing.code, missing.stderr]).toEqual([2, 'minutes: --format eml writes one message per owner: give the folder with -o OUTBOX/\n']);
  });
});

describe('minutes next', () => {
  it('writes the skeleton of the next meeting, which lints with exit 0 in its series and reads back with the same open actions', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutes-next-'));
    await cp(SERIES, dir, { recursive: true });
    const { code, stdout, stderr } = await runCli(['next', dir, '--date', '2024-05-30']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^---\ntitle: Ninth meeting of the European cooperation network on elections\ndate: 2024-05-30\nbody: European cooperation network on elections\nmeeting: 9\nlocation: Brussels\nchair: COM\nstatus: draft\n/);
    expect(stdout).toContain('## 1. Adoption of the agenda\n\n## 2. Approval of the minutes of the previous meeting\n\n## 3. Follow-up of actions');
    expect(stdout).toContain('- [ ] MS: Report on national awareness campaigns (due 2024-06-01) {#campaigns}');
    await writeFile(path.join(dir, '2024-05-30.md'), stdout);
    const lint = await runCli(['lint', dir, '--format', 'json']);
    expect(lint.code).toBe(0);
    const messages = JSON.parse(lint.stdout).flatMap((file: { messages: { ruleId: string }[] }) => file.messages.map((m) => m.ruleId));
    expect(messages.filter((id: string) => !['empty-item', 'minutes-not-approved', 'action-dropped', 'action-reopened'].includes(id))).toEqual([]);
    const after = await json(['actions', dir, '--format', 'json', '--today', '2024-05-30']);
    expect(after.data.filter((entry: { kind: string }) => entry.kind === 'action').map((entry: { id: string; file: string }) => [entry.id, path.basename(entry.file)])).toEqual([['campaigns', '2024-05-30.md']]);
  });

  it('needs a date after the latest meeting', async () => {
    expect(await runCli(['next', SERIES])).toMatchObject({ code: 2, stderr: 'minutes: minutes next needs the date of the next meeting: --date YYYY-MM-DD\n' });
    expect(await runCli(['next', SERIES, '--date', '2024-04-01'])).toMatchObject({ code: 2, stderr: 'minutes: --date 2024-04-01 is not after the latest meeting of the series (2024-04-25)\n' });
  });
});

describe('minutes register', () => {
  it('writes the register of the series: actions and deadlines with history, decisions, attendance', async () => {
    const { data } = await json(['register', SERIES, '--today', '2024-04-01']);
    expect(validatorFor('register')(data)).toBe(true);
    expect(data.meetings.map((m: { date: string; apologies: string[] }) => [m.date, m.apologies])).toEqual([
      ['2024-01-18', ['PRES']],
      ['2024-02-22', ['EP']],
      ['2024-03-21', ['PL']],
      ['2024-04-25', []],
    ]);
    expect(data.decisions.map((d: { date: string; text: string }) => d.date)).toEqual(['2024-01-18', '2024-03-21']);
    expect(data.actions.find((a: { id: string }) => a.id === 'ras-handbook').history).toHaveLength(3);
    for (const format of ['md', 'csv', 'html']) {
      const { code, stdout } = await runCli(['register', SERIES, '--format', format, '--today', '2024-04-01']);
      expect(code).toBe(0);
      expect(stdout).toContain('Share the RAS handbook with the network');
    }
  });
});

describe('the follow-up workflow of the issue', () => {
  it('pasting `actions --format md` into the next minutes lints clean, and a closed action is no longer listed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutes-workflow-'));
    const front = (date: string) => `---\ntitle: Network\ndate: ${date}\nbody: Network\nactors:\n  MS: Member States\n  COM: European Commission\n---\n\n`;
    await writeFile(path.join(dir, '1.md'), `${front('2024-01-10')}## 1. A\n\n- [ ] MS: Nominate contact points (due 2024-02-01) {#contact-points}\n- [ ] COM: Draft the report (due 2024-01-20)\n`);
    const md = await runCli(['actions', dir, '--format', 'md', '--today', '2024-03-01']);
    await writeFile(path.join(dir, '2.md'), `${front('2024-03-01')}## 1. Follow-up\n\n${md.stdout}`);
    const lint = await runCli(['lint', dir]);
    expect([lint.code, lint.stdout]).toEqual([0, '']);
    await writeFile(path.join(dir, '3.md'), `${front('2024-04-01')}## 1. Follow-up\n\n- [x] MS: Nominate contact points {#contact-points}\n- [x] COM: Draft the report {#2024-01-10-1-a2}\n`);
    const open = await json(['actions', dir, '--format', 'json', '--today', '2024-04-01']);
    expect(open.data).toEqual([]);
  });
});

describe('register and next through a reader', () => {
  it('follow the actions of W3C minutes read with --from, and refuse an unknown reader', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutes-w3c-series-'));
    for (const name of ['jsonld-wg-2019-04-05.md', 'jsonld-cg-2022-07-20.md']) await cp(path.join(FIXTURES, 'readers', 'w3c', name), path.join(dir, name));
    const { data } = await json(['register', dir, '--from', 'w3c', '--today', '2022-08-01']);
    expect(validatorFor('register')(data)).toBe(true);
    expect(data.meetings.map((meeting: { date: string }) => meeting.date)).toEqual(['2019-04-05', '2022-07-20']);
    expect(data.actions.map((action: { id: string }) => action.id).sort()).toEqual(['2019-04-05-action1', '2022-07-20-action1', '2022-07-20-action2']);
    const next = await runCli(['next', path.join(dir, 'jsonld-cg-2022-07-20.md'), '--from', 'w3c', '--date', '2022-08-03']);
    expect([next.code, next.stderr]).toEqual([0, '']);
    expect(next.stdout).toContain('- [ ] RA: contribute section on the basic profile');
    expect(next.stdout).toContain('{#2019-04-05-action1}');
    const wrong = await runCli(['register', dir, '--from', 'w3cc']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--from .*w3c/);
  });
});
