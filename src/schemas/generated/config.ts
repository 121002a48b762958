// Generated from schemas/config.schema.json by scripts/gen-types.mjs: do not edit, run `npm run gen:types`.

/**
 * Built-in registries every file knows (docs/registries.md); a file's own `extends` adds to these.
 */
export type Extends = ('eu-institutions' | 'eu-commission-dgs' | 'eu-member-states')[];
/**
 * This interface was referenced by `MinutesConfig`'s JSON-Schema
 * via the `definition` "setting".
 */
export type Setting = 'off' | 'warn' | 'error';

/**
 * minutes.config.yaml: settings shared by every minutes file in its folder and below.
 */
export interface MinutesConfig {
  extends?: Extends;
  actors?: ActorRegistry;
  /**
   * Abbreviations every file knows; a file's own `glossary` adds to these.
   */
  glossary?: {
    [k: string]: string;
  };
  /**
   * Rule ids mapped to off, warn or error (`minutes rules` lists them).
   */
  rules?: {
    /**
     * The Nth agenda item is numbered `N.`, sub-item M of item N `N.M`.
     */
    numbering?: 'off' | 'warn' | 'error';
    /**
     * When the front matter lists an `agenda`, the agenda headings match it, in order.
     */
    'agenda-mismatch'?: 'off' | 'warn' | 'error';
    /**
     * The front matter follows schemas/front-matter.schema.json: title and date given, known keys, right types.
     */
    'front-matter'?: 'off' | 'warn' | 'error';
    /**
     * Action owners, and a chair or attendees given as codes, are actors of the registry.
     */
    'unknown-actor'?: 'off' | 'warn' | 'error';
    /**
     * Every action item names its owners before a colon: `- [ ] COM, EEAS: …`.
     */
    'action-owner'?: 'off' | 'warn' | 'error';
    /**
     * Every open action has a due date: `(due YYYY-MM-DD)` at its end.
     */
    'action-due'?: 'off' | 'warn' | 'error';
    /**
     * Dates exist and can be read: the meeting date, and every action due date.
     */
    'invalid-date'?: 'off' | 'warn' | 'error';
    /**
     * An open action is not due before the meeting that records it.
     */
    'due-before-meeting'?: 'off' | 'warn' | 'error';
    /**
     * Due dates are written as ISO dates (`2019-04-11`), which read the same in every language.
     */
    'due-format'?: 'off' | 'warn' | 'error';
    /**
     * Acronyms in the text are actor codes, glossary entries, defined in the text, or common; each unknown one is reported once, where first used.
     */
    'undefined-abbreviation'?: Setting | never[];
    /**
     * Every agenda item records something: text, actions or sub-items.
     */
    'empty-item'?: 'off' | 'warn' | 'error';
    /**
     * No two agenda items (or two sub-items of one item) have the same title.
     */
    'duplicate-title'?: 'off' | 'warn' | 'error';
    /**
     * A weekday written with a date is that date's weekday (not "Thursday 5 April 2019").
     */
    'weekday-mismatch'?: 'off' | 'warn' | 'error';
    /**
     * Action ids written as `{#id}` are unique in the file, so actions can be tracked across meetings.
     */
    'duplicate-action-id'?: 'off' | 'warn' | 'error';
    /**
     * Agenda labels written as `{label="…"}` (`15.i.a`, `A`, `IV`) are unique and in order, in their own scheme.
     */
    'label-order'?: 'off' | 'warn' | 'error';
    /**
     * A sentence that commits an actor to do something ("Member States were invited to share …") has a task item that tracks it.
     */
    'untracked-follow-up'?: Setting | never[];
    /**
     * An action open after a meeting is carried or closed in the next minutes of the series.
     */
    'action-dropped'?: 'off' | 'warn' | 'error';
    /**
     * An action closed in one meeting is not open again in a later one.
     */
    'action-reopened'?: 'off' | 'warn' | 'error';
    /**
     * An action keeps its due date from one meeting to the next (off by default: postponing is normal, but some bodies track it).
     */
    'due-postponed'?: 'off' | 'warn' | 'error';
    /**
     * One `{#id}` names one action across the series, not two different ones.
     */
    'action-id-conflict'?: 'off' | 'warn' | 'error';
    /**
     * Each meeting of a series has its own date and number, and numbers go up with the dates.
     */
    'series-order'?: 'off' | 'warn' | 'error';
    /**
     * The minutes of a series are those of one body: the same `body` in each.
     */
    'series-body'?: 'off' | 'warn' | 'error';
    /**
     * Minutes are approved once a later meeting of the series has been held (`status: approved`).
     */
    'minutes-not-approved'?: 'off' | 'warn' | 'error';
    /**
     * Directives such as `<!-- minutes-disable-next-line numbering -->` name existing rules.
     */
    'unknown-rule'?: 'off' | 'warn' | 'error';
  };
  /**
   * Glob patterns, relative to this file's folder, of files that lint, actions and fmt skip when they walk folders.
   */
  ignore?: string[];
  /**
   * The language of files that do not say (`language:` in their front matter); en by default.
   */
  language?: string;
  dates?: DateSettings;
  /**
   * How the files below this folder are written: `auto` (each file read by the reader most sure of it) or a reader's name (`w3c`, `tc39`, …; `minutes import --list` names them). Commands read them through that reader, in memory; `native` (the default) reads the minutes format itself.
   */
  from?: string;
  /**
   * Heading titles that are document sections (not agenda items), besides the built-in ones (Present, Attendees, Apologies, Agenda, Action items, Annex, …).
   */
  sections?: string[];
  /**
   * Which files form a meeting series, whose actions the series rules follow from one meeting to the next: by default the files of one folder. `false`: none; `folder`: every file below this folder (relative to this file) is one series; `exclude`: globs of files left out of their series.
   */
  series?:
    | false
    | {
        folder?: string;
        exclude?: string[];
      };
  /**
   * Reminders of open actions (`minutes actions --format eml`).
   */
  reminders?: {
    /**
     * The From: of the reminders, such as `Secretariat <secretariat@example.eu>`.
     */
    from?: string;
  };
}
/**
 * Actors every file knows; a file's own `actors` add to these and override them.
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
        members?: string[];
        /**
         * Where reminders of open actions go (`minutes actions --format eml`).
         */
        email?: string;
      };
}
/**
 * How dates are read.
 */
export interface DateSettings {
  /**
   * Numeric dates (03/04/2024): day first (dmy) or month first (mdy). By default month first for en-US, day first otherwise.
   */
  order?: 'dmy' | 'mdy';
}
