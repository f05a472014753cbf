// Undo and redo for the playground's workbook: one step per execution that changed the sheets (a
// person's edit or paste, a structure edit, or everything one add-on action did), one history for
// the workbook, whichever tab made the change. A step is the workbook as it was, serialized.
//
// What a step covers: the spreadsheet's content and structure. Document properties (the add-on's
// seal store) and script and user properties are not part of a spreadsheet's edit history, so undo
// never takes them back (belief, playground/emulator/README.md): undoing a submitted scorecard's
// row leaves its seal in place, and nothing submitted is lost.

import type { WorkbookJSON } from '../formulas/workbook-json';

/** Enough for a session of trying things; the oldest steps are forgotten first. */
const MAX_STEPS = 100;
/** A tracker's workbook is ~2 MB of text: steps are also capped by the memory they hold. */
const MAX_CHARACTERS = 64_000_000;

export class EditHistory {
  private readonly undoSteps: string[] = [];
  private readonly redoSteps: string[] = [];
  /** The workbook as last recorded (without document properties), as text. */
  private current: string;

  constructor(workbook: WorkbookJSON) {
    this.current = contentText(workbook);
  }

  /** Called after every save: a change of content becomes a step, and what was undone cannot be redone. */
  record(workbook: WorkbookJSON): void {
    const text = contentText(workbook);
    if (text === this.current) return;
    this.undoSteps.push(this.current);
    this.redoSteps.length = 0;
    let held = this.undoSteps.reduce((sum, step) => sum + step.length, 0);
    while (this.undoSteps.length > MAX_STEPS || (this.undoSteps.length > 1 && held > MAX_CHARACTERS)) {
      held -= this.undoSteps.shift()?.length ?? 0;
    }
    this.current = text;
  }

  /** The workbook to go back to (document properties left to the caller), or null at the start. */
  undo(): WorkbookJSON | null {
    return this.step(this.undoSteps, this.redoSteps);
  }

  redo(): WorkbookJSON | null {
    return this.step(this.redoSteps, this.undoSteps);
  }

  /** The workbook as an undo or redo left it: the new present, not a step. */
  settle(workbook: WorkbookJSON): void {
    this.current = contentText(workbook);
  }

  private step(from: string[], to: string[]): WorkbookJSON | null {
    const text = from.pop();
    if (text === undefined) return null;
    to.push(this.current);
    this.current = text;
    return JSON.parse(text) as WorkbookJSON;
  }
}

/** The workbook without what undo leaves alone: document properties, and which sheet is shown. */
function contentText(workbook: WorkbookJSON): string {
  return JSON.stringify({ ...workbook, documentProperties: {}, activeSheetId: 0 });
}
