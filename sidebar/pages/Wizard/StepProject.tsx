// Step 1, what is being built: the scoping questions of the hiring checklist.
import {
  CLOUD_LABELS,
  CLOUDS,
  CODEBASE_LABELS,
  CODEBASES,
  DATABASE_LABELS,
  DATABASES,
  FRAMEWORK_LABELS,
  FRAMEWORKS,
  options,
  PERFORMANCE_LABELS,
  PERFORMANCE_NEEDS,
  PROJECT_TYPE_OPTIONS,
} from '../../../src/domain/budget/choices';
import { defaultMonths, defaultSecurityAllowance } from '../../../src/domain/budget/defaults';
import { project as projectCost, timeline } from '../../../src/domain/resolve';
import { PROJECT_TYPES, type ProjectType } from '../../../src/domain/terms';
import { SelectField, TextArea, TextField } from './fields';
import { months, span, type StepProps } from './step-props';

const isType = (value: string): value is ProjectType => (PROJECT_TYPES as readonly string[]).includes(value);

function TypeHint(props: StepProps) {
  const type = props.form.project.type;
  if (!isType(type)) return null;
  const cost = projectCost(props.table, type);
  const time = timeline(props.table, type, 'months');
  return (
    <>
      Typical: {span(cost.low, cost.high)}
      {cost.openEnded ? '+' : ''} over {months(time.low)}–{months(time.high)} months ({cost.basis[0].source}).
    </>
  );
}

export function StepProject(props: StepProps) {
  const { form, edit, error, table } = props;
  const p = form.project;
  const deliverableProblems = props.errorsUnder('project.deliverables.');
  const select = (
    label: string,
    key: 'codebase' | 'framework' | 'database' | 'cloud' | 'performance',
    opts: { value: string; label: string }[],
  ) => (
    <SelectField
      label={label}
      value={p[key]}
      options={opts}
      error={error(`project.${key}`)}
      onChange={(v) => edit(`project.${key}`, (f) => (f.project[key] = v))}
    />
  );
  return (
    <>
      <TextField
        label="Project name"
        value={p.name}
        error={error('project.name')}
        onInput={(v) => edit('project.name', (f) => (f.project.name = v))}
      />
      <SelectField
        label="Project type"
        value={p.type}
        options={PROJECT_TYPE_OPTIONS}
        error={error('project.type')}
        hint={<TypeHint {...props} />}
        onChange={(v) =>
          edit('project.type', (f) => {
            f.project.type = v;
            if (!isType(v)) return;
            // A new type brings its own defaults, unless the user already chose their own.
            if (!f.edited.months) f.team.months = String(defaultMonths(table, v));
            if (!f.edited.securityAllowance) f.hidden.securityAllowance = String(defaultSecurityAllowance(table, v));
          })
        }
      />
      {select('Codebase', 'codebase', options(CODEBASES, CODEBASE_LABELS))}
      <SelectField
        label="AI/ML integration"
        value={p.aiIntegration ? 'yes' : 'no'}
        options={[
          { value: 'no', label: 'No: a standard CRUD API' },
          { value: 'yes', label: 'Yes: models, pipelines or LLMs' },
        ]}
        onChange={(v) => edit('project.aiIntegration', (f) => (f.project.aiIntegration = v === 'yes'))}
      />
      {select('Framework', 'framework', options(FRAMEWORKS, FRAMEWORK_LABELS))}
      {select('Database', 'database', options(DATABASES, DATABASE_LABELS))}
      {select('Cloud', 'cloud', options(CLOUDS, CLOUD_LABELS))}
      {select('Performance need', 'performance', options(PERFORMANCE_NEEDS, PERFORMANCE_LABELS))}
      <TextArea
        label="90-day deliverables"
        value={p.deliverables}
        rows={4}
        error={
          error('project.deliverables') ??
          (deliverableProblems.length ? deliverableProblems.map((d) => `Deliverable ${d.index + 1}: ${d.message}`).join(' ') : undefined)
        }
        hint="One per line: what must work after 90 days, so candidates know what success means."
        onInput={(v) => edit('project.deliverables', (f) => (f.project.deliverables = v))}
      />
    </>
  );
}
