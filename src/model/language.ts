/**
 * The words minutes are written with, per language: what starts a decision, what marks a due date in
 * an action, and what makes a date in prose a deadline. `language:` in the front matter (or in
 * minutes.config.yaml) picks them; English is the default, and its words are read in every language.
 * docs/format.md lists them.
 */
export interface LanguageWords {
  /** Words that start a decision, before a colon: `Decision:`, `**Agreed:**`. */
  decision: string[];
  /** Words that open a due date in parentheses at the end of an action: `(due …)`, `(by …)`. */
  dueMarkers: string[];
  /** Words before a date at the very end of an action's text that make it the due date: `… by 10 May`. */
  trailingDue: string[];
  /** Words that, ending the words before a date, make it a deadline: `open until 11 April`. */
  deadlineCues: string[];
  /** Words that make every date of a sentence a deadline. */
  deadlineWords: string[];
}

const LANGUAGES: Record<string, LanguageWords> = {
  en: {
    decision: ['decision', 'decisions', 'agreed', 'decided', 'conclusion', 'conclusions', 'resolved', 'resolution', 'consensus', 'outcome'],
    dueMarkers: ['due', 'by', 'deadline'],
    trailingDue: ['by', 'before'],
    deadlineCues: ['until', 'till', 'by', 'before', 'no later than', 'not later than', 'deadline', 'due', 'close', 'closes', 'closing', 'expire', 'expires', 'expiring', 'end', 'ends', 'at the latest by'],
    deadlineWords: ['deadline', 'deadlines'],
  },
  fr: {
    decision: ['décision', 'décisions', 'conclusion', 'conclusions', 'résolution', 'accord', 'relevé de décisions'],
    dueMarkers: ['échéance', 'pour le', 'avant le', "d'ici le", 'date limite'],
    trailingDue: ['avant le', "d'ici le", 'pour le'],
    deadlineCues: ["jusqu'au", 'avant le', 'au plus tard le', "d'ici le", 'date limite', 'échéance', 'pour le'],
    deadlineWords: ['date limite', 'échéance'],
  },
  de: {
    decision: ['beschluss', 'beschlüsse', 'entscheidung', 'ergebnis', 'fazit', 'vereinbart', 'beschlossen'],
    dueMarkers: ['fällig', 'bis', 'frist'],
    trailingDue: ['bis', 'bis zum', 'spätestens'],
    deadlineCues: ['bis zum', 'bis', 'spätestens am', 'spätestens', 'frist', 'vor dem'],
    deadlineWords: ['frist', 'fristen', 'deadline'],
  },
  es: {
    decision: ['decisión', 'decisiones', 'acuerdo', 'acuerdos', 'conclusión', 'conclusiones', 'resolución'],
    dueMarkers: ['plazo', 'fecha límite', 'antes del'],
    trailingDue: ['antes del', 'hasta el'],
    deadlineCues: ['hasta el', 'antes del', 'a más tardar el', 'plazo', 'fecha límite'],
    deadlineWords: ['plazo', 'fecha límite'],
  },
  it: {
    decision: ['decisione', 'decisioni', 'delibera', 'deliberazione', 'conclusione', 'conclusioni', 'accordo'],
    dueMarkers: ['scadenza', 'entro il', 'entro'],
    trailingDue: ['entro il', 'entro'],
    deadlineCues: ['entro il', 'entro', 'fino al', 'non oltre il', 'scadenza', 'alla scadenza del'],
    deadlineWords: ['scadenza'],
  },
  nl: {
    decision: ['besluit', 'besluiten', 'besloten', 'conclusie', 'afgesproken'],
    dueMarkers: ['deadline', 'uiterlijk', 'vóór', 'voor'],
    trailingDue: ['uiterlijk', 'vóór'],
    deadlineCues: ['tot', 'uiterlijk', 'vóór', 'voor', 'deadline'],
    deadlineWords: ['deadline'],
  },
};

/** The words of a language tag (`fr-BE` reads French), with English's added; English alone for a language minutes does not know. */
export function wordsFor(language: string | null | undefined): LanguageWords {
  const base = (language ?? 'en').toLowerCase().split('-')[0]!;
  const own = LANGUAGES[base];
  const english = LANGUAGES.en!;
  if (!own || base === 'en') return english;
  const merge = (key: keyof LanguageWords) => [...new Set([...own[key], ...english[key]])];
  return { decision: merge('decision'), dueMarkers: merge('dueMarkers'), trailingDue: merge('trailingDue'), deadlineCues: merge('deadlineCues'), deadlineWords: merge('deadlineWords') };
}

/** Month names per language, January first, each with its common spellings (for `end of April`, `mi-mai`). */
export const MONTH_NAMES: Record<string, string[][]> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  fr: [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']],
  de: [['januar', 'jänner'], ['februar'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
};
