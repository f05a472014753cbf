// The scorecard itself: six questions, the red flags, notes. Nothing here shows another
// interviewer's scores: the form only ever holds this interviewer's own.
import { hiring } from '../../../src/domain/dataset';
import { SCALE_TEXT } from '../../../src/domain/scoring/scale';
import { VOTES } from '../../../src/domain/scoring/votes';
import type { FieldErrors, ScorecardForm } from './form-state';
import { QuestionField } from './QuestionField';

const { questions, redFlags } = hiring;

export function ScorecardFields(props: { form: ScorecardForm; errors: FieldErrors; onChange: (form: ScorecardForm) => void }) {
  const { form, errors } = props;
  const toggleFlag = (id: string, on: boolean) =>
    props.onChange({ ...form, redFlags: on ? [...form.redFlags, id] : form.redFlags.filter((f) => f !== id) });
  return (
    <>
      <h2>Questions</h2>
      <p class="hint">Scale: {SCALE_TEXT}.</p>
      {questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          value={form.scores[q.id]}
          error={errors[`scores.${q.id}`]}
          onChange={(value) => props.onChange({ ...form, scores: { ...form.scores, [q.id]: value } })}
        />
      ))}
      <h2>Red flags seen</h2>
      <div class="flags">
        {redFlags.map((f) => (
          <div key={f.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={form.redFlags.includes(f.id)}
                onChange={(e) => toggleFlag(f.id, (e.target as HTMLInputElement).checked)}
              />
              {f.name}
            </label>
            <p class="hint">{f.signal}</p>
          </div>
        ))}
      </div>
      <fieldset aria-invalid={errors.vote ? 'true' : undefined}>
        <legend>Overall vote</legend>
        <p class="hint">Would you hire them? No neutral answer: lean one way.</p>
        {VOTES.map((v) => (
          <label key={v} class="check">
            <input type="radio" name="vote" value={v} checked={form.vote === v} onChange={() => props.onChange({ ...form, vote: v })} />
            {v}
          </label>
        ))}
      </fieldset>
      {errors.vote && <div class="error">{errors.vote}</div>}
      <label for="notes">Notes</label>
      <textarea
        id="notes"
        rows={4}
        value={form.notes}
        onInput={(e) => props.onChange({ ...form, notes: (e.target as HTMLTextAreaElement).value })}
      />
      {errors.notes && <div class="error">{errors.notes}</div>}
    </>
  );
}
