// Repair of the weights block (weights-structure.ts): one row per question again, in question
// order, each question keeping the weight typed for it (found by its label or its row metadata).
// Nothing typed is lost: a row inserted inside the block that holds something is moved below it
// whole, an empty one is deleted; a question whose row a sort of the whole sheet put elsewhere
// takes the weight typed in that row (which stays as it is); a question whose row was deleted gets
// its default weight, and the report says so, since what was typed there went with the row.
import { hiring } from '../../domain/dataset';
import { MAX_WEIGHT, defaultWeights } from '../../domain/scoring/weights';
import { cellText } from '../cell-text';
import { validationRules } from '../validation-rules';
import { labelText, surveyWeights, tagWeightRows, weightsDamage, type WeightRow, type WeightsSurvey } from './weights-structure';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const questions = hiring.questions;
/** The weight cells' rule, as the Scoring rules sheet is written with it (rules-sheet.ts). */
export const WEIGHT_HELP = `A weight from 0 (ignore the question) to ${MAX_WEIGHT}.`;
const SHARE_FORMAT = '0.0%';
const nameOf = (id: string) => questions.find((q) => q.id === id)?.name ?? id;

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
  const elsewhere = weightsOutsideBlock(survey);
  const typed = new Map<string, WeightRow>();
  const byLabel = (r: WeightRow) => r.question !== undefined && labelText(r.label) === labelText(nameOf(r.question));
  // Rows whose label names their question first; then rows known by their tag alone (a label typed
  // over), unless the question's label is elsewhere on the sheet: a sort of the whole sheet took
  // the row's cells away and left the tag, and the cells here are another row's.
  for (const r of survey.rows) if (r.question !== undefined && byLabel(r) && !typed.has(r.question)) typed.set(r.question, r);
  for (const r of survey.rows)
    if (r.question !== undefined && !byLabel(r) && !elsewhere.has(r.question) && !typed.has(r.question)) typed.set(r.question, r);
  const taken = new Set(typed.values());
  const extra = survey.rows.filter((r) => !taken.has(r));
  const weightOf = new Map<string, unknown>([...typed].map(([id, r]) => [id, r.weight]));
  const notes: string[] = [];
  for (const [id, weight] of elsewhere) {
    if (weightOf.has(id)) continue;
    weightOf.set(id, weight);
    const name = nameOf(id);
    notes.push(
      `took the weight of "${name}" (${cellText(weight) || 'blank'}) from the row labelled "${name}" below or above them, where a sort had put it (that row is left as it was)`,
    );
  }
  let count = survey.rows.length;
  // Bottom up, so the rows still to handle keep their numbers.
  for (const r of [...extra].reverse()) {
    const holds = [r.label, r.weight].map((v) => cellText(v).trim()).filter(Boolean);
    if (holds.length) {
      sheet.moveRows(sheet.getRange(`${r.row}:${r.row}`), first + count + 1); // below the Total row
      notes.push(`moved a row that is no question's (holding ${holds.map((h) => `"${h}"`).join(', ')}) below the Total row`);
    } else {
      sheet.deleteRow(r.row);
      notes.push("deleted an empty row that is no question's");
    }
    count -= 1;
  }
  // A new row for each question the block has no row for (deleted, or its weight taken from elsewhere).
  const short = questions.length - count;
  if (short > 0) {
    if (count > 0) sheet.insertRowsAfter(first + count - 1, short);
    else sheet.insertRowsBefore(first, short);
  }
  const missing = questions.filter((q) => !weightOf.has(q.id));
  if (missing.length) {
    const defaults = defaultWeights();
    for (const q of missing) weightOf.set(q.id, defaults[q.id]);
    notes.push(
      `gave ${missing.map((q) => `"${q.name}" its default weight ${defaults[q.id]}`).join(', ')} (its row was deleted: check the weight)`,
    );
  }
  // Out of order: the questions that kept a row are not in question order (a row inserted or deleted alone moves none).
  const kept = survey.rows.filter((r) => !extra.includes(r)).map((r) => r.question);
  const inOrder = questions.map((q) => q.id).filter((id) => kept.includes(id));
  if (kept.some((id, i) => id !== inOrder[i]))
    notes.push('put each question back in its row in question order, with the weight typed for it');
  const weights = writeBlock(sheet, first, weightOf);
  tagWeightRows(sheet, first);
  restored.push(`the scoring weights on "${sheet.getName()}": ${notes.length ? notes.join('; ') : "each question's label written again"}`);
  return weights;
}

/**
 * The weights of questions with no row in the block, from the one row elsewhere on the sheet that
 * carries the question's label (a sort of the whole sheet moves rows past the named range).
 */
function weightsOutsideBlock(survey: WeightsSurvey): Map<string, unknown> {
  const labelled = (q: { name: string }) => (cells: readonly unknown[]) => labelText(cells[0]) === labelText(q.name);
  const away = questions.filter((q) => !survey.rows.some((r) => labelled(q)([r.label])));
  const found = new Map<string, unknown>();
  if (!away.length) return found;
  const inBlock = new Set(survey.rows.map((r) => r.row));
  const values: unknown[][] = survey.sheet.getDataRange().getValues();
  for (const q of away) {
    const rows = values.filter((cells, i) => !inBlock.has(i + 1) && labelled(q)(cells));
    if (rows.length === 1) found.set(q.id, rows[0][1]);
  }
  return found;
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
  // The Total row, where it is below the weights; else a new row for it (never over a row that holds anything).
  const below: unknown[] = sheet.getRange(last + 1, 1, 1, 3).getValues()[0];
  if (labelText(below[0]) !== 'total' && below.some((v) => cellText(v).trim() !== '')) sheet.insertRowBefore(last + 1);
  sheet.getRange(last + 1, 1, 1, 3).setValues([['Total', `=${total}`, `=SUM(C${first}:C${last})`]]);
  sheet.getRange(last + 1, 3).setNumberFormat(SHARE_FORMAT);
  const weights = sheet.getRange(first, 2, n, 1);
  weights.setDataValidation(validationRules().numberBetween(0, MAX_WEIGHT, WEIGHT_HELP));
  return weights;
}
