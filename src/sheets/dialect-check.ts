// Checks a formula against the dialect (dialect.ts): every function must be listed, and inside
// ARRAYFORMULA only those that give one result per row, an array, or (as the whole formula) one
// aggregate. Reads the text the way Sheets parses it: nothing inside "string literals" counts.
import { DIALECT_FORMS, dialectFunction, type FormId } from './dialect';

export interface DialectProblem {
  formula: string;
  problem: string;
}

interface Call {
  name: string;
  /** Inside an ARRAYFORMULA (at any depth). */
  arrayContext: boolean;
  /** The ARRAYFORMULA's own argument: its value is the formula's value. */
  wholeArrayFormula: boolean;
}

const NAME_CALL = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/;
const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
const REFERENCE = new RegExp(String.raw`^(${SHEET_PREFIX})?(\$?[A-Za-z]{1,3}\$?\d*)(?::(\$?[A-Za-z]{1,3}\$?\d*))?(?![A-Za-z0-9_(])`);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.]*/;
const KNOWN_FORMS = new Set<FormId>(DIALECT_FORMS.map((f) => f.id));

/** What a reference is: a cell, a range, open-ended, a whole column. */
function referenceForm(start: string, end: string | undefined): FormId | null {
  const hasRow = (part: string) => /\d$/.test(part);
  if (!hasRow(start)) return end !== undefined && !hasRow(end) ? 'whole-column' : null;
  if (end === undefined) return 'cell-reference';
  return hasRow(end) ? 'bounded-range' : 'open-ended-range';
}

/** The problems of one formula (none: it is in the dialect). customFunctions: names of the add-on's own functions. */
export function checkFormula(formula: string, customFunctions: readonly string[]): DialectProblem[] {
  const problems: string[] = [];
  const forms = new Set<FormId>();
  const stack: (Call | null)[] = []; // one entry per open "(": the call it opened, or null for grouping
  let braceDepth = 0;
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  const arrayContext = () => stack.some((c) => c?.arrayContext);
  for (let i = 0; i < text.length;) {
    const rest = text.slice(i);
    const ch = text[i];
    if (ch === '"') {
      const literal = /^"(?:[^"]|"")*"/.exec(rest)?.[0] ?? rest;
      if (/~[~*?]/.test(literal)) forms.add('wildcard-escape');
      i += literal.length;
      continue;
    }
    if (ch === '{') {
      forms.add('array-literal');
      braceDepth++;
    } else if (ch === '}') braceDepth--;
    else if (ch === ')') stack.pop();
    else if (ch === '(') stack.push(null);
    if ('{}()'.includes(ch)) {
      i++;
      continue;
    }
    const call = NAME_CALL.exec(rest);
    if (call) {
      const name = call[1].toUpperCase();
      const entry = dialectFunction(name, customFunctions);
      const inside = arrayContext();
      const parent = stack[stack.length - 1];
      if (!entry) problems.push(`${name} is not in the Sheets dialect table (src/sheets/dialect.ts)`);
      else if (inside && (entry.inArrayFormula === 'one-value' || entry.inArrayFormula === 'unknown'))
        problems.push(
          `${name} inside ARRAYFORMULA: Google Sheets ${entry.inArrayFormula === 'one-value' ? 'gives one value, not one per row' : 'is not known to expand it'} (${entry.source})`,
        );
      else if (inside && entry.inArrayFormula === 'aggregate' && !parent?.wholeArrayFormula)
        problems.push(`${name} inside ARRAYFORMULA aggregates the whole column into one value`);
      stack.push({ name, arrayContext: inside || name === 'ARRAYFORMULA', wholeArrayFormula: name === 'ARRAYFORMULA' });
      i += call[0].length;
      continue;
    }
    const reference = REFERENCE.exec(rest);
    const form = reference ? referenceForm(reference[2], reference[3]) : null;
    if (reference && form) {
      if (braceDepth > 0) problems.push(`a reference inside an array literal ({…}): HyperFormula does not update it`);
      forms.add(form);
      if (reference[1]) forms.add('other-sheet');
      i += reference[0].length;
      continue;
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      const word = identifier[0].toUpperCase();
      forms.add(word === 'TRUE' || word === 'FALSE' ? 'boolean-keyword' : 'named-range');
      i += identifier[0].length;
      continue;
    }
    i++;
  }
  for (const form of forms) if (!KNOWN_FORMS.has(form)) problems.push(`the form ${form} is not in the dialect table`);
  return problems.map((problem) => ({ formula, problem }));
}

/** A named range's name must read as no cell reference (HyperFormula's rule, stricter than Sheets'). */
export function checkRangeName(name: string): DialectProblem[] {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name)
    ? [{ formula: name, problem: `the named range ${name} reads as a cell reference` }]
    : [];
}
