// Adding a candidate from the sidebar: a name is enough; the rest fills the Candidates row.
import { useState } from 'preact/hooks';
import { problemsByPath } from '../../../src/domain/validation-problems';
import { newCandidateSchema, type NewCandidatePayload } from '../../../src/domain/scoring/payloads';
import { STAGES } from '../../../src/domain/scoring/pipeline';
import { LEVELS, REGIONS, SPECS } from '../../../src/domain/terms';

interface Props {
  trackerId: number;
  busy: boolean;
  onAdd: (candidate: NewCandidatePayload) => void;
  onCancel: () => void;
}

const DEFAULT_STAGE = 'interview';

export function AddCandidateForm(props: Props) {
  const [fields, setFields] = useState({ name: '', profileUrl: '', stage: DEFAULT_STAGE, level: '', region: '', spec: '', quote: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof fields) => (e: Event) => setFields({ ...fields, [key]: (e.target as HTMLInputElement).value });

  function submit(e: Event) {
    e.preventDefault();
    const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());
    const result = newCandidateSchema.safeParse({
      trackerId: props.trackerId,
      name: fields.name,
      profileUrl: optional(fields.profileUrl),
      stage: optional(fields.stage),
      level: optional(fields.level),
      region: optional(fields.region),
      spec: optional(fields.spec),
      quote: optional(fields.quote) === undefined ? undefined : Number(fields.quote),
    });
    if (result.success) {
      props.onAdd(result.data);
      return;
    }
    setErrors(Object.fromEntries([...problemsByPath(result.error)].map(([path, message]) => [path || 'form', message])));
  }

  const field = (key: keyof typeof fields, label: string, input: preact.JSX.Element) => (
    <>
      <label for={`new-${key}`}>{label}</label>
      {input}
      {errors[key] && <div class="error">{errors[key]}</div>}
    </>
  );
  const select = (key: keyof typeof fields, values: readonly string[], blank: string) => (
    <select id={`new-${key}`} value={fields[key]} onChange={set(key)}>
      <option value="">{blank}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {v.replace(/_/g, ' ')}
        </option>
      ))}
    </select>
  );

  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>New candidate</legend>
        {field(
          'name',
          'Name',
          <input id="new-name" value={fields.name} onInput={set('name')} aria-invalid={errors.name ? 'true' : undefined} />,
        )}
        {field(
          'profileUrl',
          'Profile link',
          <input id="new-profileUrl" type="url" placeholder="https://" value={fields.profileUrl} onInput={set('profileUrl')} />,
        )}
        {field('stage', 'Stage', select('stage', STAGES, '—'))}
        {field('level', 'Claimed level', select('level', LEVELS, '—'))}
        {field('region', 'Region', select('region', REGIONS, '— global —'))}
        {field('spec', 'Specialization', select('spec', SPECS, '— backend —'))}
        {field(
          'quote',
          'Quoted $/hour',
          <input id="new-quote" type="number" min="0" step="1" value={fields.quote} onInput={set('quote')} />,
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={props.busy}>
            Add candidate
          </button>
          <button type="button" onClick={props.onCancel} disabled={props.busy}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
