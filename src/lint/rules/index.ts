import type { Rule } from '../rule.js';
import { actionDue } from './action-due.js';
import { actionOwner } from './action-owner.js';
import { agendaMismatch } from './agenda-mismatch.js';
import { dueBeforeMeeting } from './due-before-meeting.js';
import { dueFormat } from './due-format.js';
import { duplicateActionId } from './duplicate-action-id.js';
import { duplicateTitle } from './duplicate-title.js';
import { emptyItem } from './empty-item.js';
import { frontMatter } from './front-matter.js';
import { invalidDate } from './invalid-date.js';
import { numbering } from './numbering.js';
import { parseError } from './parse-error.js';
import { undefinedAbbreviation } from './undefined-abbreviation.js';
import { unknownActor } from './unknown-actor.js';
import { unknownRule } from './unknown-rule.js';
import { untrackedFollowUp } from './untracked-follow-up.js';
import { weekdayMismatch } from './weekday-mismatch.js';
import { labelOrder } from './label-order.js';
import { actionDropped } from './action-dropped.js';
import { actionIdConflict } from './action-id-conflict.js';
import { actionReopened } from './action-reopened.js';
import { duePostponed } from './due-postponed.js';
import { minutesNotApproved } from './minutes-not-approved.js';
import { seriesBody } from './series-body.js';
import { seriesOrder } from './series-order.js';

export const PARSE_ERROR = parseError.id;
export const UNKNOWN_RULE = unknownRule.id;

/** Every rule, in the order the README documents them; the last two are reported by the engine itself. */
export const RULES: readonly Rule[] = [
  numbering,
  agendaMismatch,
  frontMatter,
  unknownActor,
  actionOwner,
  actionDue,
  invalidDate,
  dueBeforeMeeting,
  dueFormat,
  undefinedAbbreviation,
  emptyItem,
  duplicateTitle,
  weekdayMismatch,
  duplicateActionId,
  labelOrder,
  untrackedFollowUp,
  // The series rules: they run over the files of one body (src/series/).
  actionDropped,
  actionReopened,
  duePostponed,
  actionIdConflict,
  seriesOrder,
  seriesBody,
  minutesNotApproved,
  parseError,
  unknownRule,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
