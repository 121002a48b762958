import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/model/parse.js';
import { registerEntries } from '../../src/series/entries.js';
import { lintFiles } from '../../src/series/lint.js';
import { meetingRecord } from '../../src/series/record.js';
import { buildRegister } from '../../src/series/register.js';
import { groupSeries } from '../../src/series/series.js';

const runs = Number(process.env.FC_RUNS ?? 100);
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;

/** What a meeting does with an action: writes it open, writes it done, or leaves it out. */
type Move = 'open' | 'done' | 'absent';

/** A series: for each action, its first meeting and what each meeting from then on does with it. */
const seriesArbitrary = fc.integer({ min: 2, max: 6 }).chain((meetings) =>
  fc.array(
    fc.integer({ min: 0, max: meetings - 1 }).chain((start) =>
      fc.tuple(fc.constant(start), fc.array(fc.constantFrom<Move>('open', 'done', 'absent'), { minLength: meetings - start - 1, maxLength: meetings - start - 1 })),
    ),
    { minLength: 1, maxLength: 5 },
  ).map((actions) => ({ meetings, actions: actions.map(([start, moves]) => ({ start, moves: ['open' as Move, ...moves] })) })),
);

describe('the register of a series', () => {
  it('follows each action as a simple model predicts: current state, history, dropped and reopened', async () => {
    await fc.assert(
      fc.asyncProperty(seriesArbitrary, async ({ meetings, actions }) => {
        await new Promise((resolve) => setImmediate(resolve));
        const files = Array.from({ length: meetings }, (_, m) => {
          const date = `2024-${String(m + 1).padStart(2, '0')}-10`;
          const tasks = actions.flatMap(({ start, moves }, a) => {
            const move = m >= start ? moves[m - start] : 'absent';
            return move === 'absent' ? [] : [`- [${move === 'done' ? 'x' : ' '}] MS: Task number ${a} (due 2030-01-01) {#task-${a}}`];
          });
          return { path: `series/${date}.md`, text: `---\ntitle: Meeting\ndate: ${date}\nactors:\n  MS: Member States\n---\n\n## 1. Follow-up\n\n${tasks.join('\n') || 'Nothing.'}\n` };
        });
        const records = files.map(({ path, text }) => {
          const parsed = parseMinutes(text, { path });
          if (!parsed.ok) throw new Error(parsed.problem.message);
          return meetingRecord(parsed);
        });
        const [series] = groupSeries(records);
        const entries = registerEntries(buildRegister(series!.meetings), '2024-01-01', true);
        const diagnostics = lintFiles(files).flatMap((file) => file.diagnostics);

        let dropped = 0;
        let reopened = 0;
        for (const [a, { start, moves }] of actions.entries()) {
          // The model: written steps in order; the state is the last written one.
          const written = moves.map((move, k) => ({ move, meeting: start + k })).filter((step) => step.move !== 'absent');
          const entry = entries.find((e) => e.id === `task-${a}`)!;
          expect(entry.status).toBe(written.at(-1)!.move);
          expect(entry.history!.map((step) => step.status)).toEqual(written.map((step) => step.move));
          moves.forEach((move, k) => {
            if (move === 'open' && start + k + 1 < meetings && moves[k + 1] === 'absent') dropped++;
          });
          written.forEach((step, k) => {
            if (k > 0 && written[k - 1]!.move === 'done' && step.move === 'open') reopened++;
          });
        }
        expect(diagnostics.filter((d) => d.ruleId === 'action-dropped')).toHaveLength(dropped);
        expect(diagnostics.filter((d) => d.ruleId === 'action-reopened')).toHaveLength(reopened);
        expect(diagnostics.filter((d) => d.ruleId === 'due-before-meeting')).toEqual([]);
      }),
      { numRuns: runs, seed },
    );
  });
});
