// The formula bar: shows the selected cell's formula or value (in a cell an array fills, the
// array's formula, greyed, as Sheets shows it); Enter commits what was typed as a person's edit
// ("=..." a formula, "12" a number), Tab commits and moves right, Escape cancels. An edit started
// on the grid (typing, Enter, F2, double-click) happens in the cell, as in Sheets: the same input
// is drawn over the cell, and the bar shows what is typed.
// Clicking elsewhere also commits, to the cell the edit started in. While a formula is typed,
// Sheets' autocomplete lists the add-on's functions (arrows pick, Tab or Enter completes) and
// the formula helper explains the function whose parentheses hold the caret.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FunctionHelp } from '../protocol';
import { complete, suggestions, summaryAndExample, typingAt } from './formula-help';
import { FormulaHelper } from './FormulaHelper';

export interface EditorRequest {
  a1: string;
  /** A key typed on the grid: replaces the cell's text, as in Sheets. */
  typed?: string;
  /** Grows with each request so the same cell can be opened twice. */
  serial: number;
  /** Started on the grid: the editor is drawn over the cell. */
  inCell?: boolean;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type AfterEdit = 'down' | 'right' | 'stay';

export interface FormulaBarProps {
  selected: string;
  /** What the name box shows: the selected range ("B2:C4"), or the cell. */
  nameBox: string;
  /** What the selected cell holds, as one would type it. */
  cellInput: string;
  /** The selected cell is filled by an array: the formula that fills it. */
  arrayFormula?: string;
  request: EditorRequest | null;
  /** The add-on's custom functions, for autocomplete and the formula helper. */
  functions: FunctionHelp[];
  onCommit: (a1: string, text: string) => void;
  /** Editing is over (committed or cancelled): move, and give the keys back to the grid. */
  onDone: (after: AfterEdit) => void;
}

export function FormulaBar({ selected, nameBox, cellInput, arrayFormula, request, functions, onCommit, onDone }: FormulaBarProps) {
  // null while not editing: the bar then shows the selected cell as rendered, never through an
  // effect that could land after the person (or a test) started typing.
  const [draft, setDraft] = useState<string | null>(null);
  const editing = useRef<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  /** The text at which the person closed the list with Escape: it stays closed until they type. */
  const [dismissed, setDismissed] = useState<string | null>(null);
  const moveCaret = useRef<number | null>(null);
  /** Where the cell being edited is drawn, while the edit happens in the cell. */
  const [overCell, setOverCell] = useState<Box | null>(null);

  useLayoutEffect(() => {
    if (moveCaret.current === null || !input.current) return;
    input.current.setSelectionRange(moveCaret.current, moveCaret.current);
    setCaret(moveCaret.current);
    moveCaret.current = null;
  });

  const typing = draft === null ? null : typingAt(draft, caret, functions);
  const listed = typing && draft !== dismissed ? suggestions(typing.word, functions) : [];
  const highlighted = listed.at(Math.min(active, listed.length - 1)); // undefined when nothing is listed
  const readCaret = () => setCaret(input.current?.selectionStart ?? 0);

  const accept = (fn: FunctionHelp) => {
    if (draft === null || !typing?.word) return;
    const done = complete(draft, typing.word, caret, fn);
    moveCaret.current = done.caret;
    setDraft(done.text);
    setActive(0);
  };

  // A layout effect: the input has the focus before the next key arrives, so fast typing on the
  // grid lands in the formula bar in order.
  useLayoutEffect(() => {
    if (!request || !input.current) return;
    editing.current = request.a1;
    const text = request.typed ?? cellInput;
    setDraft(text);
    moveCaret.current = text.length;
    const box = request.inCell ? document.querySelector(`[data-cell="${request.a1}"]`)?.getBoundingClientRect() : undefined;
    setOverCell(box ? { left: box.left, top: box.top, width: box.width, height: box.height } : null);
    input.current.focus();
  }, [request?.serial]);

  const commit = () => {
    const a1 = editing.current;
    editing.current = null;
    setDraft(null);
    setOverCell(null);
    if (a1 !== null) onCommit(a1, input.current?.value ?? '');
  };

  const finish = (save: boolean, after: AfterEdit) => {
    if (save) commit();
    else {
      editing.current = null;
      setDraft(null);
      setOverCell(null);
    }
    onDone(after);
  };

  return (
    <div class="formula-bar">
      <output class="name-box" aria-label="Selected cell">
        {nameBox}
      </output>
      <label for="formula-input" class="formula-label">
        Formula
      </label>
      {overCell && (
        <span class="formula-mirror" aria-hidden="true">
          {draft}
        </span>
      )}
      <input
        id="formula-input"
        ref={input}
        class={[overCell && 'in-cell', draft === null && arrayFormula && 'array-formula'].filter(Boolean).join(' ') || undefined}
        style={
          overCell
            ? { left: `${overCell.left}px`, top: `${overCell.top}px`, minWidth: `${overCell.width}px`, height: `${overCell.height}px` }
            : undefined
        }
        value={draft ?? arrayFormula ?? cellInput}
        autocomplete="off"
        spellcheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={listed.length > 0}
        aria-controls="formula-suggestions"
        aria-activedescendant={highlighted ? `suggestion-${highlighted.name}` : undefined}
        onInput={(e) => {
          if (editing.current === null) editing.current = selected;
          setDraft(e.currentTarget.value);
          setActive(0);
          setDismissed(null);
          readCaret();
        }}
        onKeyUp={readCaret}
        onClick={readCaret}
        onKeyDown={(e) => {
          if (highlighted && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
            e.preventDefault();
            setActive((i) => (Math.min(i, listed.length - 1) + (e.key === 'ArrowDown' ? 1 : listed.length - 1)) % listed.length);
          } else if (highlighted && (e.key === 'Tab' || e.key === 'Enter')) {
            e.preventDefault();
            accept(highlighted);
          } else if (highlighted && e.key === 'Escape') {
            e.preventDefault();
            setDismissed(draft);
          } else if (e.key === 'Enter') {
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
      <ul id="formula-suggestions" class="formula-suggestions" role="listbox" aria-label="Functions" hidden={listed.length === 0}>
        {listed.map((fn) => (
          <li
            key={fn.name}
            id={`suggestion-${fn.name}`}
            role="option"
            aria-selected={fn === highlighted}
            onMouseDown={(e) => {
              e.preventDefault(); // keep the focus (and the edit) in the formula bar
              accept(fn);
            }}
          >
            <span class="suggestion-name">{fn.name}</span>
            <span class="suggestion-summary">{summaryAndExample(fn.description).summary}</span>
          </li>
        ))}
      </ul>
      {listed.length > 0 && highlighted ? (
        <FormulaHelper fn={highlighted} argument={0} />
      ) : (
        typing?.call && <FormulaHelper fn={typing.call.fn} argument={typing.call.argument} />
      )}
    </div>
  );
}
