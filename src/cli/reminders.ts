import { mkdir } from 'node:fs/promises';
import type { Entry } from '../actions/entries.js';
import { renderReminder } from '../actions/formats/eml.js';
import { inside } from '../io/output-dir.js';
import type { ActorRegistry } from '../model/actors.js';
import { type CliIO, UsageError } from './context.js';
import { writeFile } from './output.js';

export interface ReminderOptions {
  from: string | undefined;
  today: string;
  output: string | undefined;
}

/**
 * `minutes actions --format eml -o OUTBOX/`: one message per owner with an e-mail address in the
 * registry, holding their open entries (the overdue first). Nothing is sent; owners without an address
 * are listed on stderr.
 */
export async function writeReminders(entries: readonly Entry[], registry: ActorRegistry, options: ReminderOptions, io: CliIO): Promise<void> {
  if (!options.output) throw new UsageError('--format eml writes one message per owner: give the folder with -o OUTBOX/');
  if (!options.from) throw new UsageError('--format eml needs a sender: --from-address ADDRESS, or `reminders: { from: ADDRESS }` in minutes.config.yaml');
  const byOwner = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.status !== 'open') continue;
    for (const owner of entry.owners) {
      const list = byOwner.get(owner);
      if (list) list.push(entry);
      else byOwner.set(owner, [entry]);
    }
  }
  await mkdir(options.output, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot create ${options.output}: ${error.code ?? error.message}`);
  });
  const withoutAddress: string[] = [];
  let written = 0;
  for (const [owner, list] of [...byOwner].sort(([a], [b]) => a.localeCompare(b))) {
    const actor = Object.hasOwn(registry, owner) ? registry[owner] : undefined;
    if (!actor?.email) {
      withoutAddress.push(owner);
      continue;
    }
    const name = `${owner.replace(/[^\p{L}\p{N}_-]+/gu, '-')}.eml`;
    await writeFile(inside(options.output, name), renderReminder({ code: owner, name: actor.name, email: actor.email }, list, { from: options.from, today: options.today }));
    written++;
  }
  io.stderr.write(`minutes: ${written} ${written === 1 ? 'reminder' : 'reminders'} written to ${options.output}\n`);
  if (withoutAddress.length) io.stderr.write(`minutes: no e-mail address in the registry for ${withoutAddress.join(', ')}: add \`email:\` to their actors\n`);
}
