/** Choices shared by the command line's definition (main.ts) and the commands, kept apart so that main.ts loads no command code. */
export const ACTION_FORMATS = ['table', 'json', 'csv', 'ics', 'md', 'eml'] as const;
export const EXPORT_FORMATS = ['json', 'md', 'html'] as const;
export const DEFAULT_CACHE = '.minutes-cache.json';
