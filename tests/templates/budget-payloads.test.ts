// Whatever a sidebar (or anyone calling google.script.run) sends, the budget endpoints either do
// the job or refuse with a message a person can act on, and a refusal writes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExecutionError } from '../../playground/emulator';
import { call, createBudget, newAddon, scenario } from './budget-fixture';
import { runs } from '../support/runs';

/** A valid payload with one field replaced by anything JSON can carry. */
const mutated = fc
  .tuple(
    fc.constantFrom(
      'project.name',
      'project.type',
      'project.deliverables',
      'team.hireType',
      'team.months',
      'team.members',
      'team.members.0.count',
      'team.members.0.level',
      'hidden.contingencyPercent',
      'hidden.candidates',
    ),
    fc.jsonValue(),
  )
  .map(([path, value]) => {
    const payload = scenario() as unknown as Record<string, unknown>;
    const keys = path.split('.');
    let at = payload;
    for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[keys[keys.length - 1]] = value;
    return payload;
  });

describe('createBudgetSheet', () => {
  it('creates the sheet or refuses clearly, never half-writes', () => {
    const addon = newAddon();
    fc.assert(
      fc.property(fc.oneof(mutated, fc.jsonValue()), (payload) => {
        const before = addon.spreadsheet.getSheets().length;
        try {
          createBudget(addon, payload);
          expect(addon.spreadsheet.getSheets()).toHaveLength(before + 1);
        } catch (error) {
          expect(error).toBeInstanceOf(ExecutionError);
          expect((error as Error).message).toMatch(/^The budget sheet was not saved: .+\.$/);
          expect(addon.spreadsheet.getSheets()).toHaveLength(before);
        }
      }),
      { numRuns: runs(60) },
    );
    expect(addon.lockViolations).toEqual([]);
  });
});

describe('saveWizardDraft', () => {
  it('keeps a valid draft and refuses anything else with a clear message', () => {
    const addon = newAddon();
    fc.assert(
      fc.property(fc.jsonValue(), (payload) => {
        expect(() => call(addon, 'saveWizardDraft', payload)).toThrow(/^Your draft was not saved: .+\.$/);
      }),
      { numRuns: runs(40) },
    );
    expect(call(addon, 'getWizardContext').value).toMatchObject({ draft: null });
  });
});
