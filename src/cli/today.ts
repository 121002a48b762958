import { isIsoShaped, isValidIsoDate } from '../model/dates.js';
import { UsageError } from './context.js';

/** Today in the local time zone, as YYYY-MM-DD: what "overdue" counts from unless --today says otherwise. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A date option (`--today`, `--date`): YYYY-MM-DD naming a day of the calendar, or a usage error that says which. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoShaped(value)) throw new UsageError(`${name} takes a date as YYYY-MM-DD (got "${value}")`);
  if (!isValidIsoDate(value)) throw new UsageError(`${name} ${value} is not a day of the calendar`);
  return value;
}
