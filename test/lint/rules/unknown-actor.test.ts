import { describe, expect, it } from 'vitest';
import { unknownActor } from '../../../src/lint/rules/unknown-actor.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('unknown-actor', () => {
  it('is an error by default', () => expect(unknownActor.defaultSeverity).toBe('error'));

  it('passes owners given by code or name, and a chair who is a person', () => {
    const text = `${frontMatter('chair: Irena Moozova\nattendees: [COM, Jane Doe]\n')}## 1. A\n\n- [ ] COM, European External Action Service: Act (due 2019-05-01)\n`;
    expect(lintWithRule(text, 'unknown-actor')).toEqual([]);
  });

  it('reports unknown owners where they are written, and a chair or attendee written as an unknown code', () => {
    const text = `${frontMatter('chair: DG JUST\nattendees: [COM, EDPB]\n')}## 1. A\n\n- [ ] COM, ENISA: Act (due 2019-05-01)\n`;
    const diagnostics = lintWithRule(text, 'unknown-actor');
    expect(diagnostics.map((d) => [d.line, d.column, d.message.split(':')[0]])).toEqual([
      [7, 8, 'chair "DG JUST" is written as an actor code but is not a known actor'],
      [8, 18, 'attendee "EDPB" is written as an actor code but is not a known actor'],
      [13, 12, 'owner "ENISA" is not a known actor'],
    ]);
  });
});
