// One interview question: its name as the label, the 4-point scale, and the rubric we wrote for it.
import type { Hiring } from '../../../src/domain/schema';
import { NO_EVIDENCE, SCORE_SCALE } from '../../../src/domain/scoring/scale';

type Question = Hiring['questions'][number];

export function QuestionField(props: { question: Question; value: string; error?: string; onChange: (value: string) => void }) {
  const { question: q, value, error } = props;
  const id = `score-${q.id}`;
  return (
    <div class="question">
      <label for={id}>{q.name}</label>
      <p class="hint">{q.ask}</p>
      <select
        id={id}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="">— {NO_EVIDENCE} —</option>
        {SCORE_SCALE.map((s) => (
          <option key={s.value} value={String(s.value)}>
            {s.value} · {s.label}
          </option>
        ))}
      </select>
      {error && (
        <div class="error" id={`${id}-error`}>
          {error}
        </div>
      )}
      <details class="rubric" open>
        <summary>What strong and weak answers look like</summary>
        <p>
          <b>Strong:</b> {q.strong}
        </p>
        <p>
          <b>Weak:</b> {q.weak}
        </p>
        <p class="muted">
          Tests {q.tests}. Question from {q.source}.
        </p>
      </details>
    </div>
  );
}
