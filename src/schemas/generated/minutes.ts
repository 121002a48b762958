// Generated from schemas/minutes.schema.json by scripts/gen-types.mjs: do not edit, run `npm run gen:types`.

/**
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string;
/**
 * Actor codes: sorted for mentions, in the order written for owners.
 *
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "codes".
 */
export type Codes = string[];
/**
 * 1-based line in the source file.
 *
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "line".
 */
export type Line = number;

/**
 * The typed model of one minutes file, as written by `minutes export --format json`.
 */
export interface Minutes {
  /**
   * Path of the source file as given, or null for standard input.
   */
  file: string | null;
  meta: Meta;
  /**
   * The actor registry in force: the configuration's, extended by the file's front matter.
   */
  actors: {
    [k: string]: Actor;
  };
  preamble: Section;
  items: Item[];
  /**
   * Headings that are parts of the document rather than agenda items (Present, Action items, Annex, …), with what they hold; not numbered.
   */
  sections: DocumentSection[];
  /**
   * Abbreviations the text defines: `the Rapid Alert System (RAS)`, `RAS (Rapid Alert System)`.
   */
  definitions: Definition[];
}
/**
 * The front matter, normalized: keys of the wrong type are left out, title and date are null when missing or unreadable.
 *
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "meta".
 */
export interface Meta {
  title: string | null;
  date: IsoDate | null;
  body?: string;
  meeting?: string | number;
  location?: string;
  chair?: string;
  secretary?: string;
  status?: 'draft' | 'approved';
  language?: string;
  attendees?: string[];
  apologies?: string[];
  agenda?: string[];
  extends?: string[];
  glossary: {
    [k: string]: string;
  };
  tags?: string[];
  dates?: {
    order?: 'dmy' | 'mdy';
  };
}
/**
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "actor".
 */
export interface Actor {
  name: string;
  aliases: string[];
  /**
   * For a group: the codes it stands for.
   */
  members?: string[];
  email?: string;
}
/**
 * Content before the first agenda item.
 *
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "section".
 */
export interface Section {
  mentions: Codes;
  actions: Action[];
  decisions: Decision[];
  deadlines: Deadline[];
  dates: DateMention[];
}
/**
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "action".
 */
export interface Action {
  /**
   * Written as {#id} at the end of the item, or derived from the meeting date and the action's place.
   */
  id: string;
  owners: Codes;
  text: string;
  due: IsoDate | null;
  /**
   * The due date as written (`11 April`, `end of April`), when the action has one.
   */
  dueWritten?: string;
  /**
   * The due date names no day (`end of April`, `mid-May`): `due` is the last or the middle day of the month.
   */
  dueApproximate?: true;
  status: 'open' | 'done';
  line: Line;
}
/**
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "decision".
 */
export interface Decision {
  /**
   * The decision, without its Decision: or Agreed: cue.
   */
  text: string;
  line: Line;
}
/**
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "deadline".
 */
export interface Deadline {
  /**
   * The meeting date, the place of the item and d1, d2…: the id `minutes actions` lists it under.
   */
  id: string;
  date: IsoDate;
  /**
   * The last day of a range (`6-9 June 2024`).
   */
  end?: string;
  /**
   * The sentence that states the deadline.
   */
  text: string;
  /**
   * The date as written.
   */
  phrase: string;
  actors: Codes;
  line: Line;
}
/**
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "dateMention".
 */
export interface DateMention {
  date: IsoDate;
  /**
   * The last day of a range (`6-9 June 2024`).
   */
  end?: string;
  text: string;
  phrase: string;
  line: Line;
}
/**
 * An agenda item (level-2 heading) or sub-item (level-3 heading).
 *
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "item".
 */
export interface Item {
  /**
   * The number as written, without its trailing dot; null when the heading has none.
   */
  number: string | null;
  /**
   * The agenda label as the source convention wrote it (`15.i.a`, `4.1`, `A`, `IV`), from a `{label="…"}` at the end of the heading; absent when the heading has none. `number` and `place` stay the minutes' own two-level numbering.
   */
  label?: string;
  /**
   * The item's place in the agenda: "7" for the seventh item, "2.1" for the first sub-item of the second ("0.1" for a sub-item before any item). The number it should have, and the key of its anchor and of the ids derived from it.
   */
  place: string;
  /**
   * The heading text without its number.
   */
  title: string;
  /**
   * 2 for an agenda item, 3 for a sub-item.
   */
  level: 2 | 3;
  line: Line;
  mentions: Codes;
  actions: Action[];
  decisions: Decision[];
  deadlines: Deadline[];
  dates: DateMention[];
  items: Item[];
}
/**
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "documentSection".
 */
export interface DocumentSection {
  title: string;
  line: Line;
  mentions: Codes;
  actions: Action[];
  decisions: Decision[];
  deadlines: Deadline[];
  dates: DateMention[];
}
/**
 * This interface was referenced by `Minutes`'s JSON-Schema
 * via the `definition` "definition".
 */
export interface Definition {
  term: string;
  expansion: string;
  line: Line;
}
