import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/schemas/generated/actions.js';
import { validatorFor } from '../../src/schemas/validator.js';
import { CORRECTED, FIXTURES, SEED, frontMatter, runBin, runCli, tempCopy } from '../helpers.js';

const COMMITTEE = path.join(FIXTURES, 'committee');
const json = async (args: string[]) => {
  const { code, stdout, stderr } = await runCli(['actions', '--format', 'json', '--today', '2019-04-01', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const entries = JSON.parse(stdout) as Entry[];
  const validate = validatorFor('actions');
  expect(validate(entries), JSON.stringify(validate.errors)).toBe(true);
  return entries;
};

describe('minutes actions on the seed', () => {
  it('lists the REC grant call closing on 2019-04-11 as a deadline owned by COM', async () => {
    const entries = await json([SEED]);
    expect(entries).toEqual([
      {
        kind: 'deadline',
        id: '2019-04-04-10-d1',
        owners: ['COM'],
        text: 'COM reminded about the REC programme grant call still being open until April 11.',
        due: '2019-04-11',
        status: 'open',
        overdue: false,
        file: SEED,
        line: 176,
        meeting: { title: 'Third meeting of the European cooperation network on elections', date: '2019-04-04' },
        item: { number: '6', title: 'Closing remarks and AOB' },
      },
    ]);
  });

  it('lists the corrected fixture’s action items with their owners, dates and status', async () => {
    const entries = await json([CORRECTED, '--status', 'all', '--kind', 'action']);
    expect(entries.map((e) => [e.id, e.owners.join(','), e.due, e.status, e.item?.number])).toEqual([
      ['2019-04-04-8-a2', 'COM', '2019-04-04', 'done', '8'],
      ['2019-04-04-5-a2', 'EEAS', '2019-04-18', 'open', '5'],
      ['share-materials', 'MS', '2019-05-10', 'open', '10'],
      ['ras-contact-point', 'MS', '2019-05-15', 'open', '5'],
      ['2019-04-04-10-a2', 'COM', '2019-05-31', 'open', '10'],
      ['2019-04-04-8-a1', 'MS', '2019-06-28', 'open', '8'],
    ]);
  });
});

describe('minutes actions on a folder of meetings', () => {
  it('lists open entries by due date, then meeting date, file and line', async () => {
    const entries = await json([COMMITTEE]);
    expect(entries.map((e) => [e.due, e.meeting.date, e.kind, e.owners.join(',')])).toEqual([
      ['2019-02-15', '2019-01-24', 'action', 'MS'],
      ['2019-02-28', '2019-01-24', 'action', 'COM'],
      ['2019-03-18', '2019-02-21', 'deadline', 'EEAS'],
      ['2019-03-18', '2019-02-21', 'action', 'EEAS'],
      ['2019-03-22', '2019-02-21', 'action', 'COM'],
      ['2019-03-29', '2019-02-21', 'action', 'EEAS,MS'.split(',').reverse().join(',')],
      ['2019-04-11', '2019-04-04', 'deadline', 'COM'],
      ['2019-04-30', '2019-04-04', 'action', 'COM,EP'],
      ['2019-05-10', '2019-04-04', 'action', 'MS'],
    ]);
  });

  it('--owner keeps entries owned by any of the codes given, including shared ones', async () => {
    const entries = await json([COMMITTEE, '--owner', 'EP', '--owner', 'EEAS']);
    expect(entries.map((e) => e.owners)).toEqual([['EEAS'], ['EEAS'], ['MS', 'EEAS'], ['COM', 'EP']]);
  });

  it('--status done and all', async () => {
    expect((await json([COMMITTEE, '--status', 'done'])).map((e) => e.id)).toEqual(['work-programme', '2019-02-21-2-a2']);
    expect(await json([COMMITTEE, '--status', 'all'])).toHaveLength(11);
  });

  it('--overdue with --today lists open entries due before that day, and marks them in JSON', async () => {
    const entries = await json([COMMITTEE, '--overdue', '--today', '2019-03-20']);
    expect(entries.map((e) => e.due)).toEqual(['2019-02-15', '2019-02-28', '2019-03-18', '2019-03-18']);
    expect(entries.every((e) => e.overdue)).toBe(true);
  });

  it('--due-before, --due-after, --kind and --no-deadlines combine', async () => {
    expect((await json([COMMITTEE, '--due-after', '2019-03-18', '--due-before', '2019-04-30'])).map((e) => e.due)).toEqual([
      '2019-03-22',
      '2019-03-29',
      '2019-04-11',
    ]);
    expect((await json([COMMITTEE, '--kind', 'deadline'])).map((e) => e.kind)).toEqual(['deadline', 'deadline']);
    expect((await json([COMMITTEE, '--no-deadlines'])).some((e) => e.kind === 'deadline')).toBe(false);
  });

  it('warns about an --owner that no file knows, and refuses bad dates with exit 2', async () => {
    const unknown = await runCli(['actions', COMMITTEE, '--owner', 'NATO', '--format', 'json']);
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toBe('minutes: warning: --owner NATO is not an actor in any file read\n');
    expect(JSON.parse(unknown.stdout)).toEqual([]);
    for (const args of [['--today', '2019-02-30'], ['--due-before', 'soon'], ['--status', 'late']]) {
      const bad = await runCli(['actions', COMMITTEE, ...args]);
      expect(bad.code, args.join(' ')).toBe(2);
    }
  });

  it('tells a date that does not exist from one not written YYYY-MM-DD', async () => {
    const cases: [string, string, string][] = [
      ['--today', '2024-13-45', 'minutes: --today 2024-13-45 is not a day of the calendar\n'],
      ['--due-before', '2019-02-29', 'minutes: --due-before 2019-02-29 is not a day of the calendar\n'],
      ['--due-after', '0000-01-01', 'minutes: --due-after 0000-01-01 is not a day of the calendar\n'],
      ['--today', '2024-1-5', 'minutes: --today takes a date as YYYY-MM-DD (got "2024-1-5")\n'],
      ['--due-before', 'soon', 'minutes: --due-before takes a date as YYYY-MM-DD (got "soon")\n'],
      ['--due-after', '5 April 2019', 'minutes: --due-after takes a date as YYYY-MM-DD (got "5 April 2019")\n'],
    ];
    for (const [option, value, message] of cases) {
      expect(await runCli(['actions', COMMITTEE, option, value]), `${option} ${value}`).toEqual({ code: 2, stdout: '', stderr: message });
    }
    expect((await runCli(['actions', COMMITTEE, '--today', '2024-02-29'])).code).toBe(0);
  });

  it('skips a file that cannot be parsed, says so with file and line, lists the rest and exits 1', async () => {
    const dir = await tempCopy('committee');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, 'committee', 'broken.md'), '---\ntitle: "unclosed\n---\n');
    const { code, stdout, stderr } = await runBin(['actions', path.join(dir, 'committee'), '--format', 'json', '--status', 'all']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.md:2:\d+: front matter is not valid YAML: .* \(skipped\)\n$/);
    expect(JSON.parse(stdout)).toHaveLength(11);
  });
});

describe('minutes actions formats', () => {
  it('table: aligned columns, overdue entries marked, a count; whole lines when piped', async () => {
    const { stdout } = await runCli(['actions', COMMITTEE, '--today', '2019-03-20']);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^ {3}DUE {9}OWNERS {3}STATUS {4}WHAT +FROM$/);
    expect(lines[1]).toMatch(/^! {2}2019-02-15 {2}MS {7}open {6}Nominate national contact points +2019-01-24 #2$/);
    expect(lines.filter((line) => line.startsWith('! '))).toHaveLength(4);
    expect(lines).toHaveLength(9 + 4);
    expect(stdout.endsWith('\n9 entries, 4 overdue (!)\n')).toBe(true);
  });

  it('table: on a terminal, the text column wraps on word boundaries to fit its width, the other columns on the first line', async () => {
    const narrow = await runCli(['actions', COMMITTEE, '--today', '2019-03-20'], { tty: true, columns: 70, env: { NO_COLOR: '1' } });
    const rows = narrow.stdout.split('\n');
    expect(rows.every((line) => line.length <= 70)).toBe(true);
    expect(narrow.stdout).not.toContain('…');
    expect(rows.slice(0, 9)).toEqual([
      '   DUE         OWNERS   STATUS    WHAT                   FROM',
      '!  2019-02-15  MS       open      Nominate national      2019-01-24 #2',
      '!                                 contact points',
      '!  2019-02-28  COM      open      Prepare a note on      2019-01-24 #2',
      '!                                 election resilience',
      '!  2019-03-18  EEAS     deadline  EEAS presented the     2019-02-21 #1',
      '!                                 RAS, which starts',
      '!                                 operating by 18 March',
      '!                                 2019.',
    ]);
    expect(rows.slice(12, 15)).toEqual([
      '   2019-03-22  COM      open      Circulate the          2019-02-21 #2',
      '                                  scenario of the',
      '                                  table-top exercise',
    ]);
    // Every word of every entry is there, in order: the WHAT cells of an entry's lines make up its text.
    const entries = await json([COMMITTEE, '--today', '2019-03-20']);
    const texts: string[] = [];
    for (const row of rows.slice(1, rows.indexOf(''))) {
      const what = row.slice(34, 34 + 21).trim();
      if (/^[! ] {2}\d/.test(row)) texts.push(what);
      else texts[texts.length - 1] += ` ${what}`;
    }
    expect(texts).toEqual(entries.filter((e) => e.status === 'open').map((e) => e.text));
    expect(narrow.stdout.endsWith('\n9 entries, 4 overdue (!)\n')).toBe(true);
  });

  it('table: a word longer than the text column is broken across lines', async () => {
    const doc = `${frontMatter()}## 1. Item\n\n- [ ] COM: Ratify the Donaudampfschifffahrtsgesellschaftskapitaensmuetzenabkommen soon (due 2019-05-01)\n`;
    const { stdout } = await runCli(['actions', '-', '--today', '2019-04-01'], { input: doc, tty: true, columns: 64, env: { NO_COLOR: '1' } });
    expect(stdout).toBe(
      [
        '   DUE         OWNERS  STATUS  WHAT                FROM',
        '   2019-05-01  COM     open    Ratify the          2019-04-04 #1',
        '                               Donaudampfschifffa',
        '                               hrtsgesellschaftsk',
        '                               apitaensmuetzenabk',
        '                               ommen soon',
        '',
        '1 entry',
        '',
      ].join('\n'),
    );
  });

  it('table: an overdue entry is marked with ! and coloured on every one of its lines', async () => {
    const { stdout } = await runCli(['actions', COMMITTEE, '--today', '2019-03-20'], { tty: true, columns: 70 });
    const rows = stdout.split('\n');
    // The third entry, overdue, takes four lines; the fifth, not overdue, three.
    const [red, plain] = ['\u001b[31m', '\u001b[39m'];
    for (const row of rows.slice(5, 9)) expect(row.startsWith(`${red}! `) && row.endsWith(plain), row).toBe(true);
    for (const row of rows.slice(12, 15)) expect(row.startsWith(red) || row.startsWith('!'), row).toBe(false);
  });

  it('table: piped, COLUMNS (a positive integer) sets the width; otherwise whole lines', async () => {
    const args = ['actions', COMMITTEE, '--today', '2019-03-20'];
    const terminal = await runCli(args, { tty: true, columns: 70, env: { NO_COLOR: '1' } });
    expect((await runCli(args, { env: { COLUMNS: '70' } })).stdout).toBe(terminal.stdout);
    const whole = (await runCli(args)).stdout;
    for (const columns of ['0', '-70', 'wide', '70px', '']) {
      expect((await runCli(args, { env: { COLUMNS: columns } })).stdout, columns).toBe(whole);
    }
    // A terminal's own width wins over COLUMNS; -o FILE writes whole lines.
    expect((await runCli(args, { tty: true, columns: 70, env: { NO_COLOR: '1', COLUMNS: '200' } })).stdout).toBe(terminal.stdout);
    const dir = await tempCopy('committee');
    const out = path.join(dir, 'table.txt');
    expect((await runCli([...args, '-o', out], { env: { COLUMNS: '70' } })).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(whole);
  });

  it('csv: RFC 4180 that round-trips through a CSV parser', async () => {
    const { stdout } = await runCli(['actions', COMMITTEE, '--status', 'all', '--format', 'csv']);
    expect(stdout.split('\r\n')[0]).toBe('kind,id,owners,text,due,status,overdue,meeting_date,meeting_title,item_number,item_title,file,line');
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    const entries = await json([COMMITTEE, '--status', 'all']);
    expect(rows).toHaveLength(11);
    rows.forEach((row, index) => {
      const entry = entries[index]!;
      expect([row.id, row.owners, row.text, row.due, row.status, row.meeting_title, row.item_title]).toEqual([
        entry.id,
        entry.owners.join(' '),
        entry.text,
        entry.due ?? '',
        entry.status,
        entry.meeting.title,
        entry.item?.title,
      ]);
    });
  });

  it('csv: --csv-delimiter sets the separator (quoting fields that hold it), \\t a tab; --csv-bom a UTF-8 byte order mark', async () => {
    const doc = `${frontMatter()}## 1. Item\n\n- [ ] COM: Draft the note; then circulate it (due 2019-05-01)\n- [ ] EEAS: Send "the list", with names (due 2019-05-02)\n`;
    const csv = async (...args: string[]) => {
      const result = await runCli(['actions', '-', '--format', 'csv', '--today', '2019-04-01', ...args], { input: doc });
      expect([result.code, result.stderr]).toEqual([0, '']);
      return result.stdout;
    };
    const comma = await csv();
    const semicolon = await csv('--csv-delimiter', ';');
    expect(semicolon.split('\r\n').slice(0, 3)).toEqual([
      'kind;id;owners;text;due;status;overdue;meeting_date;meeting_title;item_number;item_title;file;line',
      'action;2019-04-04-1-a1;COM;"Draft the note; then circulate it";2019-05-01;open;false;2019-04-04;Test meeting;1;Item;;11',
      'action;2019-04-04-1-a2;EEAS;"Send ""the list"", with names";2019-05-02;open;false;2019-04-04;Test meeting;1;Item;;12',
    ]);
    expect(parseCsv(semicolon, { delimiter: ';' })).toEqual(parseCsv(comma));
    const tab = await csv('--csv-delimiter', '\\t');
    expect(tab.split('\r\n')[0]).toBe('kind\tid\towners\ttext\tdue\tstatus\toverdue\tmeeting_date\tmeeting_title\titem_number\titem_title\tfile\tline');
    expect(parseCsv(tab, { delimiter: '\t' })).toEqual(parseCsv(comma));
    expect(await csv('--csv-delimiter', '\t')).toBe(tab);
    const bom = await csv('--csv-bom', '--csv-delimiter', ';');
    expect(bom).toBe(`\uFEFF${semicolon}`);
    expect(parseCsv(bom, { delimiter: ';', bom: true })).toEqual(parseCsv(comma));
    expect(comma.startsWith('kind,')).toBe(true);
  });

  it('csv: a delimiter that is not one character other than a quote or a line break, or csv options without --format csv, are usage errors', async () => {
    for (const value of [';;', '', '"', '\n', '\r', '\\n']) {
      const bad = await runCli(['actions', COMMITTEE, '--format', 'csv', '--csv-delimiter', value]);
      expect(bad.code, JSON.stringify(value)).toBe(2);
      expect(bad.stderr).toBe(`minutes: --csv-delimiter takes one character other than a double quote or a line break, such as ";" or \\t for a tab (got ${JSON.stringify(value)})\n`);
      expect(bad.stdout).toBe('');
    }
    const notCsv = await runCli(['actions', COMMITTEE, '--csv-bom']);
    expect(notCsv).toEqual({ code: 2, stdout: '', stderr: 'minutes: --csv-bom applies only to --format csv\n' });
    const json = await runCli(['actions', COMMITTEE, '--format', 'json', '--csv-delimiter', ';']);
    expect(json).toEqual({ code: 2, stdout: '', stderr: 'minutes: --csv-delimiter applies only to --format csv\n' });
  });

  it('ics: every dated entry imports into an iCalendar parser with its date, summary, status and a stable UID', async () => {
    const first = await runBin(['actions', 'fixtures', '--status', 'all', '--format', 'ics']);
    const entries = JSON.parse((await runBin(['actions', 'fixtures', '--status', 'all', '--format', 'json'])).stdout) as Entry[];
    const calendar = new ICAL.Component(ICAL.parse(first.stdout));
    const todos = calendar.getAllSubcomponents('vtodo');
    const dated = entries.filter((e) => e.due !== null);
    expect(todos).toHaveLength(dated.length);
    todos.forEach((todo, index) => {
      const entry = dated[index]!;
      expect(todo.getFirstPropertyValue('uid')).toBe(`${entry.id}@minutes`);
      expect(String(todo.getFirstPropertyValue('due'))).toBe(entry.due);
      expect(todo.getFirstPropertyValue('summary')).toBe(`${entry.owners.length ? `${entry.owners.join(', ')}: ` : ''}${entry.text}`);
      expect(todo.getFirstPropertyValue('status')).toBe(entry.status === 'done' ? 'COMPLETED' : 'NEEDS-ACTION');
    });
    expect(first.stdout.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect((await runBin(['actions', 'fixtures', '--status', 'all', '--format', 'ics'])).stdout).toBe(first.stdout);
  });

  it('md: a task list grouped by owners that parses back to the same actions, ids kept', async () => {
    const { stdout } = await runCli(['actions', COMMITTEE, '--kind', 'action', '--format', 'md']);
    expect(stdout.split('\n').slice(0, 4)).toEqual(['**COM**', '', '- [ ] COM: Prepare a note on election resilience (due 2019-02-28) {#2019-01-24-2-a3}', '- [ ] COM: Circulate the scenario of the table-top exercise (due 2019-03-22) {#2019-02-21-2-a1}']);
    const pasted = `---\ntitle: Next meeting\ndate: 2019-05-20\nactors:\n  COM: C\n  EP: P\n  MS: M\n  EEAS: E\n---\n\n## 1. Follow-up\n\n${stdout}`;
    const reread = JSON.parse((await runCli(['export', '-'], { input: pasted })).stdout);
    const actions = reread.items[0].actions;
    expect(reread.items[0].items).toEqual([]);
    const listed = await json([COMMITTEE, '--kind', 'action']);
    expect(actions.map((a: Entry) => [a.id, a.owners, a.text, a.due]).sort()).toEqual(listed.map((e) => [e.id, e.owners, e.text, e.due]).sort());
  });

  it('writes to a file with -o', async () => {
    const dir = await tempCopy('committee');
    const out = path.join(dir, 'actions.ics');
    expect((await runCli(['actions', COMMITTEE, '--format', 'ics', '-o', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });
});
