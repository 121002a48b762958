// Generated from schemas/register.schema.json by scripts/gen-types.mjs: do not edit, run `npm run gen:types`.

/**
 * The register of a meeting series, written by `minutes register --format json`: its meetings with attendance, every action and deadline with its history, every decision with its meeting and item.
 */
export interface Register {
  /**
   * What names the series: its folder.
   */
  series: string;
  meetings: Meeting[];
  actions: Entry[];
  deadlines: Entry[];
  decisions: Decision[];
}
/**
 * This interface was referenced by `Register`'s JSON-Schema
 * via the `definition` "meeting".
 */
export interface Meeting {
  file: string | null;
  title: string | null;
  date: string | null;
  meeting: string | number | null;
  body: string | null;
  status: 'draft' | 'approved' | null;
  /**
   * Who attended, as the front matter lists them.
   */
  attendees: string[];
  /**
   * Who sent apologies.
   */
  apologies: string[];
}
export interface Entry {
  /**
   * An action item, or a deadline found in the prose.
   */
  kind: 'action' | 'deadline';
  /**
   * The action's id, as in the export; for a deadline, the meeting date, the item's place and d1, d2…
   */
  id: string;
  /**
   * Actor codes: the action's owners, or the actors the deadline's sentence names.
   */
  owners: string[];
  /**
   * The action's text, or the deadline's sentence.
   */
  text: string;
  due: string | null;
  /**
   * Deadlines are always open.
   */
  status: 'open' | 'done';
  /**
   * Open and due before today (or --today).
   */
  overdue: boolean;
  /**
   * The minutes file, null for standard input.
   */
  file: string | null;
  line: number;
  meeting: {
    title: string | null;
    date: string | null;
  };
  /**
   * The agenda item (or sub-item) it belongs to; null in the preamble.
   */
  item: {
    number: string | null;
    title: string;
  } | null;
  /**
   * With --owner: which owner asked for matched the entry, and through which member when it is a group (`MS` matched by `DE`).
   */
  match?: {
    owner: string;
    /**
     * The member of the group that owns the entry.
     */
    via?: string;
  };
  /**
   * With --history (and in the register): every meeting that carries the entry, oldest first.
   */
  history?: Step[];
}
/**
 * One meeting that carries the entry: what it wrote.
 */
export interface Step {
  date: string | null;
  meeting: string | number | null;
  file: string | null;
  line: number;
  status: 'open' | 'done';
  due: string | null;
  owners: string[];
  text: string;
  /**
   * The place of the agenda item it stands under (`2.1`), the key of its anchor in the HTML page (`#item-2-1`); null in the preamble and document sections.
   */
  place: string | null;
}
/**
 * This interface was referenced by `Register`'s JSON-Schema
 * via the `definition` "decision".
 */
export interface Decision {
  text: string;
  date: string | null;
  file: string | null;
  line: number;
  item: {
    number: string | null;
    title: string;
  } | null;
}
