// Generated from schemas/front-matter.schema.json by scripts/gen-types.mjs: do not edit, run `npm run gen:types`.

/**
 * Built-in registries whose actors this file knows: eu-institutions, eu-commission-dgs, eu-member-states (docs/registries.md).
 *
 * This interface was referenced by `FrontMatter`'s JSON-Schema
 * via the `definition` "extends".
 */
export type Extends = ('eu-institutions' | 'eu-commission-dgs' | 'eu-member-states')[];
/**
 * This interface was referenced by `FrontMatter`'s JSON-Schema
 * via the `definition` "abbreviation".
 */
export type Abbreviation = string;

/**
 * The YAML front matter of a minutes file.
 */
export interface FrontMatter {
  /**
   * Title of the meeting.
   */
  title: string;
  /**
   * Meeting date, ISO 8601 YYYY-MM-DD.
   */
  date: string;
  /**
   * The committee, expert group or network that met.
   */
  body?: string;
  /**
   * Meeting number or reference, such as 3 or "2019/03".
   */
  meeting?: string | number;
  /**
   * Where the meeting took place.
   */
  location?: string;
  /**
   * Who chaired: a person's name or an actor code.
   */
  chair?: string;
  /**
   * Who took the minutes.
   */
  secretary?: string;
  /**
   * Draft until the body approves the minutes.
   */
  status?: 'draft' | 'approved';
  /**
   * BCP 47 language tag of the minutes, such as en or fr-BE.
   */
  language?: string;
  /**
   * People or actor codes present.
   */
  attendees?: string[];
  /**
   * People or actor codes excused.
   */
  apologies?: string[];
  /**
   * Agenda item titles, in order, without their numbers.
   */
  agenda?: string[];
  extends?: Extends;
  actors?: ActorRegistry;
  /**
   * Abbreviations that are not actors, mapped to their expansion.
   */
  glossary?: {
    [k: string]: string;
  };
  tags?: string[];
  dates?: DateSettings;
  /**
   * Extension keys, free for local use.
   *
   * This interface was referenced by `FrontMatter`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | number
    | 'draft'
    | 'approved'
    | string[]
    | Extends
    | ActorRegistry
    | {
        [k: string]: string;
      }
    | DateSettings
    | undefined;
}
/**
 * Actor codes (COM, EEAS, MS, EP...) mapped to a name or to {name, aliases}.
 *
 * This interface was referenced by `FrontMatter`'s JSON-Schema
 * via the `definition` "actorRegistry".
 */
export interface ActorRegistry {
  [k: string]:
    | string
    | {
        name: string;
        aliases?: string[];
        /**
         * For a group such as MS (the member states): the codes it stands for. `--owner MS` also finds actions owned by a member.
         */
        members?: Abbreviation[];
        /**
         * Where reminders of open actions go (`minutes actions --format eml`).
         */
        email?: string;
      };
}
/**
 * How dates are read.
 *
 * This interface was referenced by `FrontMatter`'s JSON-Schema
 * via the `definition` "dateSettings".
 */
export interface DateSettings {
  /**
   * Numeric dates (03/04/2024): day first (dmy) or month first (mdy). By default month first for en-US, day first otherwise.
   */
  order?: 'dmy' | 'mdy';
}
