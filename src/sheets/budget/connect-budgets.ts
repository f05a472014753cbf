// Connecting budget sheets made before a rate card existed: their DevRate formulas gain the card
// as their last argument, so editing the card recomputes them. A budget sheet is recognised by
// its formulas (renamed tabs stay budgets); only formulas that call DevRate without a card change,
// and each changed cell is written alone, so nothing a person typed is touched.
import { cardIndex } from '../../functions/broadcast';
import { customFunctions } from '../../functions/registry';
import { RATE_CARD_RANGE_NAME } from '../rate-card-range';
import { FIGURES_FROM } from './formulas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Function name → how many arguments it takes before its ratecard. */
const CARD_TAKERS = new Map(customFunctions.filter((f) => f.ratecard).map((f) => [f.name, cardIndex(f)]));

/** The formula with `rangeName` appended to every DevRate call that takes a card and has none. */
export function passCard(formula: string, rangeName: string): string {
  const inserts: number[] = [];
  const stack: { fn?: string; commas: number; empty: boolean }[] = [];
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (c === '"') {
      for (i++; i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"'); i += formula[i] === '"' ? 2 : 1);
      if (stack.length) stack[stack.length - 1].empty = false;
    } else if (c === '(') {
      const name = /([A-Za-z_][A-Za-z0-9_.]*)$/.exec(formula.slice(0, i))?.[1]?.toUpperCase();
      if (stack.length) stack[stack.length - 1].empty = false;
      stack.push({ fn: name, commas: 0, empty: true });
    } else if (c === ')') {
      const call = stack.pop();
      const takes = call?.fn ? CARD_TAKERS.get(call.fn) : undefined;
      if (call && takes !== undefined && !call.empty && call.commas + 1 === takes) inserts.push(i);
    } else if (c === ',' && stack.length) {
      stack[stack.length - 1].commas++;
    } else if (!/\s/.test(c) && stack.length) {
      stack[stack.length - 1].empty = false;
    }
  }
  return inserts.reverse().reduce((f, at) => `${f.slice(0, at)}, ${rangeName}${f.slice(at)}`, formula);
}

const callsDevRate = (formula: string) => [...CARD_TAKERS.keys()].some((name) => formula.toUpperCase().includes(`${name}(`));

const calls = (name: string) => new RegExp(`(?:^|[^A-Z0-9_.])${name}\\(`, 'm');

/**
 * A DevRate budget sheet: its formulas price a team (DEVMONTHLY) against a project type
 * (PROJECTCOST). Each starts its formula in older budgets; in newer ones DEVMONTHLY sits inside
 * VSTACK, under its column headers, and PROJECTCOST inside the layout check's guard.
 */
function budgetFormulas(sheet: Sheet): string[][] | undefined {
  const formulas = sheet.getDataRange().getFormulas(); // two calls per sheet: insert rate card scans them all
  const all = formulas.flat().join('\n').toUpperCase();
  return calls('DEVMONTHLY').test(all) && calls('PROJECTCOST').test(all) ? formulas : undefined;
}

export interface BudgetConnection {
  sheetName: string;
  usesRateCard: boolean;
}

/** Every budget sheet, and whether its DevRate formulas already pass the card. */
export function budgetConnections(spreadsheet: Spreadsheet): BudgetConnection[] {
  return spreadsheet.getSheets().flatMap((sheet) => {
    const formulas = budgetFormulas(sheet);
    if (!formulas) return [];
    const usesRateCard = formulas
      .flat()
      .filter(callsDevRate)
      .every((f) => passCard(f, RATE_CARD_RANGE_NAME) === f);
    return [{ sheetName: sheet.getName(), usesRateCard }];
  });
}

/**
 * The headline line "Figures from": its row by the developer metadata it was tagged with (it
 * follows inserted rows), its column by the label (it follows inserted columns). Budgets made
 * before the tag, or whose tagged row was deleted, fall back to the first cell with the label.
 */
function sayConnected(sheet: Sheet): void {
  const values = sheet.getDataRange().getValues();
  const tagged = sheet
    .createDeveloperMetadataFinder()
    .withKey(FIGURES_FROM.metadataKey)
    .find()
    .map((m) => m.getLocation().getRow()?.getRow());
  const rows = [...tagged.filter((r): r is number => r !== undefined).map((r) => r - 1), ...values.keys()];
  for (const r of rows) {
    const c = values[r]?.indexOf(FIGURES_FROM.label) ?? -1;
    if (c >= 0) return void sheet.getRange(r + 1, c + 2).setValue(FIGURES_FROM.text(RATE_CARD_RANGE_NAME));
  }
}

/** The caller holds the document lock and has checked the card exists. */
export function connectBudgets(spreadsheet: Spreadsheet, sheetNames: readonly string[]): { connected: string[]; notBudgets: string[] } {
  const connected: string[] = [];
  const notBudgets: string[] = [];
  for (const name of new Set(sheetNames)) {
    const sheet = spreadsheet.getSheetByName(name);
    const formulas = sheet && budgetFormulas(sheet);
    if (!sheet || !formulas) {
      notBudgets.push(name);
      continue;
    }
    formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!formula || !callsDevRate(formula)) return;
        const next = passCard(formula, RATE_CARD_RANGE_NAME);
        if (next !== formula) sheet.getRange(r + 1, c + 1).setFormula(next);
      }),
    );
    sayConnected(sheet);
    connected.push(name);
  }
  return { connected, notBudgets };
}
