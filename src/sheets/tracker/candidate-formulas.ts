// The Candidates sheet's formula columns: market rate and rate check, one array formula per
// column, in its header cell, over the column from the header row down ($B$1:$B: "from row 1
// onward", as the Sheets API describes A1 notation). Sorting, inserting or deleting rows cannot
// break them, a row inserted above the header moves their start down with it, a new candidate
// needs no formula of its own, and DEVRATE and RATECHECK are one custom-function call each per
// tracker. Each is per row (IF over the row's own cells), so it costs O(candidates).
//
// The debrief (averages, weighted score, votes, flags, recommendation) is no formula: the server
// computes it with the domain code and writes it as values (debrief-sheet.ts). Why: the sidebar
// must show the debrief before the reveal, from sealed scorecards no formula can see, so a
// formula version would be a second rule; and per-candidate SUMIFS/COUNTIFS over every scorecard
// cost O(candidates × scorecards) and do not all expand inside ARRAYFORMULA on Google Sheets.
import { formulaText } from '../a1';
import type { CandidateKey } from './layout';

export interface CandidateFormulaContext {
  /** Column letter of a Candidates column, where it is now. */
  candidates: (key: CandidateKey) => string;
  /** The rate card's named range, when the spreadsheet has one. */
  rateCard?: string;
  /** The Candidates header row, where the formulas are (1 on a new sheet). */
  headerRow?: number;
}

/**
 * A column from the header row down, rows added later included: the array then fits below its
 * formula wherever the header row is (a whole column would reach one row past the sheet's end
 * once a row is inserted above the header).
 */
const fromHeader = (column: string, headerRow = 1) => `$${column}$${headerRow}:$${column}`;
const own = (ctx: CandidateFormulaContext, key: CandidateKey) => fromHeader(ctx.candidates(key), ctx.headerRow);

/**
 * The header cell shows the title; rows without a name stay blank. The header row is told apart
 * by its name cell (ROW() does not broadcast in HyperFormula), so no candidate may take that name.
 */
export function arrayColumn(nameColumn: string, title: string, body: string, headerRow = 1): string {
  const names = fromHeader(nameColumn, headerRow);
  return `=ARRAYFORMULA(IF(${names}=$${nameColumn}$${headerRow},${formulaText(title)},IF(TRIM(${names})="","",${body})))`;
}

const level = (ctx: CandidateFormulaContext) => `IF(${own(ctx, 'level')}="",${own(ctx, 'years')},${own(ctx, 'level')})`;
const noProfile = (ctx: CandidateFormulaContext) => `(${own(ctx, 'level')}="")*(${own(ctx, 'years')}="")`;
const card = (ctx: CandidateFormulaContext) => (ctx.rateCard ? `,${ctx.rateCard}` : '');

export function marketRate(ctx: CandidateFormulaContext): string {
  return `IF(${noProfile(ctx)},"",DEVRATE(${level(ctx)},${own(ctx, 'region')},${own(ctx, 'spec')},"mid"${card(ctx)}))`;
}

export function rateCheck(ctx: CandidateFormulaContext): string {
  const skip = `(${own(ctx, 'quote')}="")+${noProfile(ctx)}`;
  return `IF(${skip},"",RATECHECK(${own(ctx, 'quote')},${level(ctx)},${own(ctx, 'region')},${own(ctx, 'spec')}${card(ctx)}))`;
}
