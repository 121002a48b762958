// Generated from schemas/config.schema.json by scripts/gen-types.mjs: do not edit, run `npm run gen:types`.

/**
 * minutes.config.yaml: settings shared by every minutes file in its folder and below.
 */
export interface MinutesConfig {
  actors?: ActorRegistry;
  /**
   * Abbreviations every file knows; a file's own `glossary` adds to these.
   */
  glossary?: {
    [k: string]: string;
  };
  /**
   * Rule ids mapped to off, warn or error.
   */
  rules?: {
    [k: string]: 'off' | 'warn' | 'error';
  };
  /**
   * Glob patterns, relative to this file's folder, of files that lint, actions and fmt skip when they walk folders.
   */
  ignore?: string[];
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
      };
}
