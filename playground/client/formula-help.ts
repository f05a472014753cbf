// What Sheets' formula editor offers while a formula is typed: the functions whose name starts
// with the word at the caret (autocomplete), and, inside a function's parentheses, which of its
// parameters the caret is on (the formula helper). Text in "quotes" is skipped.

import type { FunctionHelp } from '../protocol';

export interface Typing {
  /** The word being typed at the caret and where it starts, when it can be a function name. */
  word: { text: string; start: number } | null;
  /** The innermost known function whose parentheses hold the caret, and the argument index. */
  call: { fn: FunctionHelp; argument: number } | null;
}

const NAME_CHAR = /[A-Za-z0-9_.]/;

export function typingAt(text: string, caret: number, functions: FunctionHelp[]): Typing {
  if (!text.startsWith('=')) return { word: null, call: null };
  const before = text.slice(0, caret);
  const stack: Array<{ name: string; argument: number }> = [];
  let inString = false;
  for (let i = 1; i < before.length; i++) {
    const ch = before[i];
    if (ch === '"') inString = !inString;
    else if (inString) continue;
    else if (ch === '(') stack.push({ name: nameEndingAt(before, i), argument: 0 });
    else if (ch === ')') stack.pop();
    else if (ch === ',' && stack.length) stack[stack.length - 1].argument++;
  }
  if (inString) return { word: null, call: callOf(stack, functions) };
  const match = /[A-Za-z_][A-Za-z0-9_.]*$/.exec(before);
  const word = match && !/[0-9$]/.test(before[match.index - 1] ?? '') ? { text: match[0], start: match.index } : null;
  return { word, call: callOf(stack, functions) };
}

function nameEndingAt(text: string, paren: number): string {
  let start = paren;
  while (start > 0 && NAME_CHAR.test(text[start - 1])) start--;
  return text.slice(start, paren).toUpperCase();
}

function callOf(stack: Array<{ name: string; argument: number }>, functions: FunctionHelp[]): Typing['call'] {
  for (let i = stack.length - 1; i >= 0; i--) {
    const fn = functions.find((f) => f.name === stack[i].name);
    if (fn) return { fn, argument: stack[i].argument };
  }
  return null;
}

/** Functions whose name starts with the typed word, as Sheets lists them. */
export function suggestions(word: Typing['word'], functions: FunctionHelp[]): FunctionHelp[] {
  if (!word) return [];
  const prefix = word.text.toUpperCase();
  return functions.filter((f) => f.name.startsWith(prefix) && f.name !== prefix);
}

/** The formula with the typed word replaced by "NAME(", and where the caret goes. */
export function complete(
  text: string,
  word: NonNullable<Typing['word']>,
  caret: number,
  fn: FunctionHelp,
): { text: string; caret: number } {
  const inserted = `${fn.name}(`;
  return { text: text.slice(0, word.start) + inserted + text.slice(caret), caret: word.start + inserted.length };
}

/** A JSDoc description split as the helper shows it: the summary, and its example if it has one. */
export function summaryAndExample(description: string): { summary: string; example: string | null } {
  const match = /\s*\bExample:?\s*(=.*)$/i.exec(description);
  return match ? { summary: description.slice(0, match.index).trim(), example: match[1].trim() } : { summary: description, example: null };
}

/** "[optional]" at the start of a parameter's description (or JSDoc's [name]) marks it optional. */
export function isOptional(param: FunctionHelp['params'][number]): boolean {
  return param.optional || /^\[optional\]/i.test(param.description);
}
