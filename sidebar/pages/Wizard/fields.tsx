// Labelled controls with their hint and error, wired for screen readers (aria-invalid,
// aria-describedby) so every control is found by its label, as a person finds it.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Common {
  label: string;
  error?: string;
  hint?: ComponentChildren;
}

function Described(props: Common & { id: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.error && (
        <div class="error" id={`${props.id}-error`} role="alert">
          {props.error}
        </div>
      )}
      {props.hint && (
        <div class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      )}
    </div>
  );
}

const aria = (id: string, p: Common) => ({
  'aria-invalid': p.error ? ('true' as const) : ('false' as const),
  'aria-describedby': [p.error && `${id}-error`, p.hint && `${id}-hint`].filter(Boolean).join(' ') || undefined,
});

export function TextField(props: Common & { value: string; onInput: (value: string) => void; numeric?: boolean; maxLength?: number }) {
  const id = useId();
  return (
    <Described {...props} id={id}>
      <input
        id={id}
        type="text"
        inputMode={props.numeric ? 'decimal' : undefined}
        value={props.value}
        maxLength={props.maxLength}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        {...aria(id, props)}
      />
    </Described>
  );
}

export function TextArea(props: Common & { value: string; onInput: (value: string) => void; rows?: number; maxLength?: number }) {
  const id = useId();
  return (
    <Described {...props} id={id}>
      <textarea
        id={id}
        rows={props.rows ?? 4}
        value={props.value}
        maxLength={props.maxLength}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        {...aria(id, props)}
      />
    </Described>
  );
}

export function SelectField(
  props: Common & { value: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void },
) {
  const id = useId();
  return (
    <Described {...props} id={id}>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} {...aria(id, props)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Described>
  );
}
