// Step 3, the costs founders forget: each with a default and one line on where it comes from.
import { HIDDEN_COST_HELP, HIDDEN_COST_LABELS } from '../../../src/domain/budget/defaults';
import type { HiddenCosts } from '../../../src/domain/budget/schema';
import { TextField } from './fields';
import type { StepProps } from './step-props';

const FIELDS = Object.keys(HIDDEN_COST_LABELS) as (keyof HiddenCosts)[];

export function StepHidden(props: StepProps) {
  const { form, edit, error } = props;
  return (
    <>
      {FIELDS.map((key) => (
        <TextField
          key={key}
          label={HIDDEN_COST_LABELS[key]}
          numeric
          value={form.hidden[key]}
          error={error(`hidden.${key}`)}
          hint={HIDDEN_COST_HELP[key]}
          onInput={(v) =>
            edit(`hidden.${key}`, (f) => {
              f.hidden[key] = v;
              if (key === 'securityAllowance') f.edited.securityAllowance = true;
            })
          }
        />
      ))}
    </>
  );
}
