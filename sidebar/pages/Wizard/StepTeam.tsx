// Step 2, who does the work and how they are paid: hire type, engagement model, the team rows
// and the duration (prefilled from the project type's timeline until the user changes it).
import {
  AGENCY_REGION_OPTIONS,
  ENGAGEMENT_LABELS,
  ENGAGEMENTS,
  HIRE_TYPE_LABELS,
  type Engagement,
  HIRE_TYPES,
  LEVEL_OPTIONS,
  options,
  PROJECT_TYPE_LABELS,
  REGION_OPTIONS,
  SPEC_OPTIONS,
} from '../../../src/domain/budget/choices';
import { DEFAULT_MEMBER } from '../../../src/domain/budget/defaults';
import { teamMemberSchema, teamSchema } from '../../../src/domain/budget/schema';
import * as z from '../../../src/domain/validator';
import { freelanceMonthly, hoursPerMonth } from '../../../src/domain/budget/team-cost';
import { numberFromText, type WizardForm } from '../../../src/domain/budget/draft';
import { FULL_TIME_HOURS_PER_MONTH } from '../../../src/domain/costs';
import { timeline } from '../../../src/domain/resolve';
import { PROJECT_TYPES, type ProjectType } from '../../../src/domain/terms';
import { SelectField, TextField } from './fields';
import { months, span, type StepProps } from './step-props';

type MemberForm = WizardForm['team']['members'][number];

const ENGAGEMENT_HINTS: Record<Engagement, string> = {
  monthly_retainer: `The monthly rate for ${FULL_TIME_HOURS_PER_MONTH} hours a month; agency on the same hours.`,
  part_time: `The monthly rate × hours a week × 52/12 ÷ ${FULL_TIME_HOURS_PER_MONTH}; agency on the same hours.`,
  hourly: 'The hourly rate × hours per month; agency on the same hours.',
};
const memberForm = (m = DEFAULT_MEMBER): MemberForm => ({ ...m, count: String(m.count), allocation: String(m.allocation) });

/** "$12,000–$25,000/month freelance" for a complete row, so the user sees what a row costs. */
function MemberRate(props: StepProps & { member: MemberForm }) {
  const member = teamMemberSchema.safeParse({ ...props.member, count: 1, allocation: 100 });
  const plan = z.pick(teamSchema, { engagement: true, hoursPerMonth: true, hoursPerWeek: true }).safeParse({
    engagement: props.form.team.engagement,
    hoursPerMonth: numberFromText(props.form.team.hoursPerMonth),
    hoursPerWeek: numberFromText(props.form.team.hoursPerWeek),
  });
  if (!member.success || !plan.success) return null;
  const rate = (p: 'low' | 'high') => freelanceMonthly(props.table, plan.data, member.data, p);
  const basis =
    plan.data.engagement === 'monthly_retainer' ? 'per full-time person' : `for ${months(hoursPerMonth(plan.data))} hours a month`;
  return (
    <>
      Freelance {span(rate('low'), rate('high'), ' a month')} {basis}.
    </>
  );
}

function Member(props: StepProps & { index: number }) {
  const { form, edit, error, index } = props;
  const m = form.team.members[index];
  const path = (key: string) => `team.members.${index}.${key}`;
  const set = (key: keyof MemberForm) => (v: string) => edit(path(key), (f) => (f.team.members[index][key] = v));
  return (
    <fieldset class="member">
      <legend>Team member {index + 1}</legend>
      <div class="pair">
        <SelectField label="Level" value={m.level} options={LEVEL_OPTIONS} error={error(path('level'))} onChange={set('level')} />
        <SelectField label="Region" value={m.region} options={REGION_OPTIONS} error={error(path('region'))} onChange={set('region')} />
      </div>
      <SelectField label="Specialization" value={m.spec} options={SPEC_OPTIONS} error={error(path('spec'))} onChange={set('spec')} />
      <div class="pair">
        <TextField label="Count" numeric value={m.count} error={error(path('count'))} onInput={set('count')} />
        <TextField label="Allocation %" numeric value={m.allocation} error={error(path('allocation'))} onInput={set('allocation')} />
      </div>
      <div class="hint">
        <MemberRate {...props} member={m} />
      </div>
      {form.team.members.length > 1 && (
        <button
          type="button"
          class="link"
          aria-label={`Remove team member ${index + 1}`}
          onClick={() => edit('team.members', (f) => f.team.members.splice(index, 1))}
        >
          Remove
        </button>
      )}
    </fieldset>
  );
}

function DurationHint(props: StepProps) {
  const type = props.form.project.type;
  if (!(PROJECT_TYPES as readonly string[]).includes(type)) return null;
  const t = timeline(props.table, type as ProjectType, 'months');
  return (
    <>
      A typical {PROJECT_TYPE_LABELS[type as ProjectType]} takes {months(t.low)}–{months(t.high)} months.
      {props.form.edited.months ? '' : ' Prefilled with the middle of that.'}
    </>
  );
}

export function StepTeam(props: StepProps) {
  const { form, edit, error } = props;
  const t = form.team;
  const engagement = ENGAGEMENTS.find((e) => e === t.engagement);
  const needsAi = form.project.aiIntegration && !t.members.some((m) => m.spec === 'ai');
  return (
    <>
      <SelectField
        label="Hire type"
        value={t.hireType}
        options={options(HIRE_TYPES, HIRE_TYPE_LABELS)}
        error={error('team.hireType')}
        hint="The budget uses this one; the review compares all three."
        onChange={(v) => edit('team.hireType', (f) => (f.team.hireType = v))}
      />
      <SelectField
        label="Engagement model"
        value={t.engagement}
        options={options(ENGAGEMENTS, ENGAGEMENT_LABELS)}
        error={error('team.engagement')}
        hint={engagement ? ENGAGEMENT_HINTS[engagement] : 'Full-time, part-time (hours a week) or hourly.'}
        onChange={(v) => edit('team.engagement', (f) => (f.team.engagement = v))}
      />
      {/* Only the hours the chosen engagement uses: a full-time retainer has none to enter. */}
      {t.engagement === 'part_time' && (
        <TextField
          label="Hours a week"
          numeric
          value={t.hoursPerWeek}
          error={error('team.hoursPerWeek')}
          onInput={(v) => edit('team.hoursPerWeek', (f) => (f.team.hoursPerWeek = v))}
        />
      )}
      {t.engagement === 'hourly' && (
        <TextField
          label="Hours per month"
          numeric
          value={t.hoursPerMonth}
          error={error('team.hoursPerMonth')}
          onInput={(v) => edit('team.hoursPerMonth', (f) => (f.team.hoursPerMonth = v))}
        />
      )}
      <SelectField
        label="Agency region"
        value={t.agencyRegion}
        options={AGENCY_REGION_OPTIONS}
        error={error('team.agencyRegion')}
        hint={form.edited.agencyRegion ? 'For the agency comparison.' : "For the agency comparison: follows the team's region."}
        onChange={(v) =>
          edit('team.agencyRegion', (f) => {
            f.team.agencyRegion = v;
            f.edited.agencyRegion = true;
          })
        }
      />
      <h2>Team</h2>
      {error('team.members') && <div class="error">{error('team.members')}</div>}
      {needsAi && <p class="hint">The project needs AI/ML integration: consider a row with the AI specialization.</p>}
      {t.members.length === 0 && <p class="hint">Add the people you plan to hire: the estimate appears once the team has someone in it.</p>}
      {t.members.map((_, index) => (
        <Member key={index} {...props} index={index} />
      ))}
      <button
        type="button"
        onClick={() =>
          edit('team.members', (f) => {
            // A new row starts where the last one works from: teams are often in one region.
            const last = f.team.members.at(-1); // none when the team is empty
            f.team.members.push({ ...memberForm({ ...DEFAULT_MEMBER, level: 'mid' }), region: last?.region ?? DEFAULT_MEMBER.region });
          })
        }
      >
        Add team member
      </button>
      <TextField
        label="Duration (months)"
        numeric
        value={t.months}
        error={error('team.months')}
        hint={<DurationHint {...props} />}
        onInput={(v) =>
          edit('team.months', (f) => {
            f.team.months = v;
            f.edited.months = true;
          })
        }
      />
    </>
  );
}
