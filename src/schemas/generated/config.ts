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
   * Heading titles that are document sections (not agenda items), besides the built-in ones (Present, Attendees, Apologies, Agenda, Action items, Annex, …).
   */
  sections?: string[];
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
