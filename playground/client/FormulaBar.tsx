// The formula bar: shows the selected cell's formula or value; Enter commits what was typed as a
// person's edit ("=..." a formula, "12" a number), Tab commits and moves right, Escape cancels.
// Clicking elsewhere also commits, to the cell the edit started in.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface EditorRequest {
  a1: string;
  /** A key typed on the grid: replaces the cell's text, as in Sheets. */
  typed?: string;
  /** Grows with each request so the same cell can be opened twice. */
  serial: number;
}

export type AfterEdit = 'down' | 'right' | 'stay';

export interface FormulaBarProps {
  selected: string;
  /** What the selected cell holds, as one would type it. */
  cellInput: string;
  request: EditorRequest | null;
  onCommit(a1: string, text: string): void;
  /** Editing is over (committed or cancelled): move, and give the keys back to the grid. */
  onDone(after: AfterEdit): void;
}

export function FormulaBar({ selected, cellInput, request, onCommit, onDone }: FormulaBarProps) {
  // null while not editing: the bar then shows the selected cell as rendered, never through an
  // effect that could land after the person (or a test) started typing.
  const [draft, setDraft] = useState<string | null>(null);
  const editing = useRef<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // A layout effect: the input has the focus before the next key arrives, so fast typing on the
  // grid lands in the formula bar in order.
  useLayoutEffect(() => {
    if (!request || !input.current) return;
    editing.current = request.a1;
    setDraft(request.typed ?? cellInput);
    input.current.focus();
  }, [request?.serial]);

  const commit = () => {
    const a1 = editing.current;
    editing.current = null;
    setDraft(null);
    if (a1 !== null) onCommit(a1, input.current?.value ?? '');
  };

  const finish = (save: boolean, after: AfterEdit) => {
    if (save) commit();
    else {
      editing.current = null;
      setDraft(null);
    }
    onDone(after);
  };

  return (
    <div class="formula-bar">
      <output class="name-box" aria-label="Selected cell">{selected}</output>
      <label for="formula-input" class="formula-label">Formula</label>
      <input
        id="formula-input"
        ref={input}
        value={draft ?? cellInput}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => {
          if (editing.current === null) editing.current = selected;
          setDraft((e.currentTarget).value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            finish(true, 'down');
          } else if (e.key === 'Tab') {
            e.preventDefault();
            finish(true, 'right');
          } else if (e.key === 'Escape') {
            e.preventDefault();
            finish(false, 'stay');
          }
        }}
        onBlur={() => editing.current !== null && commit()}
      />
    </div>
  );
}
