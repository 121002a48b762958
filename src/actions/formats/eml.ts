import { createHash } from 'node:crypto';
import type { Entry } from '../entries.js';

export interface Recipient {
  code: string;
  name: string;
  email: string;
}

/** A header value in RFC 2047 encoded words when it is not plain ASCII. */
function headerText(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/** A mailbox: `"Name" <address>`, the name encoded when it needs to be. */
function mailbox(name: string, email: string): string {
  const safe = /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : headerText(name);
  return `${safe} <${email}>`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date for a day (at 08:00 UTC, when reminders go out). */
function mailDate(iso: string): string {
  const date = new Date(`${iso}T08:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]}, ${String(date.getUTCDate()).padStart(2, '0')} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} 08:00:00 +0000`;
}

/**
 * One reminder (RFC 5322, UTF-8 text in base64 so that any line and any character travel safely) to an
 * owner of their open actions and deadlines, the overdue first.
 */
export function renderReminder(to: Recipient, entries: readonly Entry[], options: { from: string; today: string }): string {
  const overdue = entries.filter((entry) => entry.overdue);
  const rest = entries.filter((entry) => !entry.overdue);
  const line = (entry: Entry) =>
    `- ${entry.text}${entry.due ? ` (due ${entry.due})` : ''} [${entry.id}]\n  from ${entry.meeting.title ?? 'the minutes'}${entry.meeting.date ? ` of ${entry.meeting.date}` : ''}${entry.file ? `, ${entry.file}:${entry.line}` : ''}`;
  const body = [
    `Dear ${to.name},`,
    '',
    `these are your open follow-ups as of ${options.today}:`,
    ...(overdue.length ? ['', `Overdue (${overdue.length}):`, ...overdue.map(line)] : []),
    ...(rest.length ? ['', `Open (${rest.length}):`, ...rest.map(line)] : []),
    '',
    'This reminder was written by minutes from the minutes of the meetings; reply to the secretariat to update it.',
    '',
  ].join('\n');
  const id = createHash('sha1').update(`${to.code}\0${options.today}\0${entries.map((entry) => entry.id).join(',')}`).digest('hex').slice(0, 20);
  const subject = `Open follow-ups: ${entries.length} for ${to.name}${overdue.length ? `, ${overdue.length} overdue` : ''}`;
  const headers = [
    `From: ${options.from}`,
    `To: ${mailbox(to.name, to.email)}`,
    `Subject: ${headerText(subject)}`,
    `Date: ${mailDate(options.today)}`,
    `Message-ID: <${id}@minutes>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
  ];
  const encoded = Buffer.from(body, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return `${headers.join('\r\n')}\r\n\r\n${encoded}\r\n`;
}
