// Sheets' own small modal questions: the warning before editing a warning-only protected cell
// ("OK" edits, "Cancel" leaves the cell as it was) and the notice that rejects invalid input.
// The focus goes to the main button; Escape cancels; Tab stays inside the dialog.

import { useEffect, useRef } from 'preact/hooks';

export interface SheetsQuestion {
  title: string;
  message: string;
  /** A checkbox under the message, e.g. "Don't show this again for 5 minutes". */
  checkbox?: string;
  /** null: only an OK button (a notice). */
  cancel: string | null;
  onAnswer(ok: boolean, checked: boolean): void;
}

export function SheetsDialog({ question }: { question: SheetsQuestion }) {
  const ok = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => ok.current?.focus(), [question]);
  const answer = (yes: boolean) => question.onAnswer(yes, box.current?.checked ?? false);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      answer(false);
    } else if (event.key === 'Tab') {
      const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('input, button') ?? [])];
      const index = focusable.indexOf(document.activeElement as HTMLElement);
      const next = (index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
      event.preventDefault();
      focusable[next]?.focus();
    }
  };

  return (
    <div class="dialog-backdrop">
      <div
        ref={dialog}
        class="sheets-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sheets-dialog-title"
        aria-describedby="sheets-dialog-message"
        onKeyDown={onKeyDown}
      >
        <h2 id="sheets-dialog-title">{question.title}</h2>
        <p id="sheets-dialog-message">{question.message}</p>
        {question.checkbox && (
          <label class="sheets-dialog-check">
            <input ref={box} type="checkbox" /> {question.checkbox}
          </label>
        )}
        <div class="sheets-dialog-buttons">
          {question.cancel !== null && (
            <button type="button" class="dialog-button" onClick={() => answer(false)}>
              {question.cancel}
            </button>
          )}
          <button type="button" ref={ok} class="dialog-button primary" onClick={() => answer(true)}>
            OK
          </button>
        </div>
      </div>
    </div>
  );
}
