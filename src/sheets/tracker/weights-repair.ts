// Repair of the weights block (weights-structure.ts): one row per question again, in question
// order, each question keeping the weight typed for it (found by its label or its row metadata).
// Nothing typed is lost: a row inserted inside the block that holds something is moved below it
// whole, an empty one is deleted; a question whose row was deleted gets a new row with its default
// weight, and the report says so, since what was typed there went with the row.
import { hiring } from '../../domain/dataset';
import { MAX_WEIGHT, defaultWeights } from '../../domain/scoring/weights';
import { cellText } from '../cell-text';
import { validationRules } from '../validation-rules';
import { surveyWeights, tagWeightRows, weightsDamage, type WeightRow } from './weights-structure';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const questions = hiring.questions;
/** The weight cells' rule, as the Scoring rules sheet is written with it (rules-sheet.ts). */
export const WEIGHT_HELP = `A weight from 0 (ignore the question) to ${MAX_WEIGHT}.`;
const SHARE_FORMAT = '0.0%';

/**
 * Puts the block right when it is damaged (and tags an untagged one); answers the weight cells,
 * for the named range. restored: what was done, in words.
 */
export function repairWeightsBlock(range: Range, restored: string[]): Range {
  const survey = surveyWeights(range, true);
  const { sheet, first } = survey;
  const damage = weightsDamage(survey);
  if (!damage) {
    if (!survey.tagged) tagWeightRows(sheet, first);
    return range;
  }
  const typed = new Map<string, unknown>();
  const extra: WeightRow[] = [];
  for (const r of survey.rows) {
    if (r.question !== undefined && !typed.has(r.question)) typed.set(r.question, r.weight);
    else extra.push(r);
  }
  const notes: string[] = [];
  let count = survey.rows.length;
  // Bottom up, so the rows still to handle keep their numbers.
  for (const r of [...extra].reverse()) {
    const holds = [r.label, r.weight].map((v) => cellText(v).trim()).filter(Boolean);
    if (holds.length) {
      sheet.moveRows(sheet.getRange(`${r.row}:${r.row}`), first + count + 1); // below the Total row
      notes.push(`moved a row inserted inside them (holding ${holds.map((h) => `"${h}"`).join(', ')}) below the Total row`);
    } else {
      sheet.deleteRow(r.row);
      notes.push('deleted an empty row inserted inside them');
    }
    count -= 1;
  }
  const missing = questions.filter((q) => !typed.has(q.id));
  if (missing.length) {
    if (count > 0) sheet.insertRowsAfter(first + count - 1, missing.length);
    else sheet.insertRowsBefore(first, missing.length);
    const defaults = defaultWeights();
    for (const q of missing) typed.set(q.id, defaults[q.id]);
    notes.push(
      `gave ${missing.map((q) => `"${q.name}" its default weight ${defaults[q.id]}`).join(', ')} (its row was deleted: check the weight)`,
    );
  }
  // Out of order: the questions that kept a row are not in question order (a row inserted or deleted alone moves none).
  const kept = survey.rows.filter((r) => !extra.includes(r)).map((r) => r.question);
  const inOrder = questions.map((q) => q.id).filter((id) => kept.includes(id));
  if (kept.some((id, i) => id !== inOrder[i]))
    notes.push('put each question back in its row in question order, with the weight typed for it');
  const weights = writeBlock(sheet, first, typed);
  tagWeightRows(sheet, first);
  restored.push(`the scoring weights on "${sheet.getName()}": ${notes.length ? notes.join('; ') : "each question's label written again"}`);
  return weights;
}

/** Labels, typed weights (text stays text), share formulas, the Total row's sums, the weights' rule and the shares' format. */
function writeBlock(sheet: Sheet, first: number, typed: ReadonlyMap<string, unknown>): Range {
  const n = questions.length;
  const last = first + n - 1;
  const total = `SUM($B$${first}:$B$${last})`;
  const asTyped = (v: unknown) => (typeof v === 'string' && v !== '' ? `'${v}` : v);
  sheet.getRange(first, 1, n, 2).setValues(questions.map((q) => [q.name, asTyped(typed.get(q.id) ?? '')]));
  sheet
    .getRange(first, 3, n, 1)
    .setFormulas(questions.map((_, i) => [`=IF(${total}=0,0,B${first + i}/${total})`]))
    .setNumberFormat(SHARE_FORMAT);
  sheet.getRange(last + 1, 1, 1, 3).setValues([['Total', `=${total}`, `=SUM(C${first}:C${last})`]]);
  sheet.getRange(last + 1, 3).setNumberFormat(SHARE_FORMAT);
  const weights = sheet.getRange(first, 2, n, 1);
  weights.setDataValidation(validationRules().numberBetween(0, MAX_WEIGHT, WEIGHT_HELP));
  return weights;
}
