// DevRate > Insert candidate tracker, through the emulator: what lands on the three sheets.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/domain/dataset';
import { OPEN_TOP_VERDICT, RATE_CHECK_VERDICTS } from '../../src/domain/costs';
import { STAGES } from '../../src/domain/scoring/pipeline';
import { RECOMMENDATION_RULES } from '../../src/domain/scoring/recommendation';
import { SCORE_SCALE } from '../../src/domain/scoring/scale';
import { MAX_WEIGHT, defaultWeights } from '../../src/domain/scoring/weights';
import { LOOK } from '../../src/sheets/grid';
import { TONES } from '../../src/sheets/tracker/styling';
import type { Addon } from '../../playground/emulator';
import { columnLetter } from '../../src/sheets/a1';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, columnOf as layoutColumn, flagKey, scoreKey } from '../../src/sheets/tracker/layout';
import { candidate, insertTracker, newAddon, rowsOf } from './tracker-fixture';

const { questions, redFlags, hiringSteps, checklist } = dataset.hiring;
const FIRST_SCORE = layoutColumn(SCORECARD_COLUMNS, scoreKey(questions[0].id));
const FIRST_FLAG = layoutColumn(SCORECARD_COLUMNS, flagKey(redFlags[0].id));
const SCORE_LETTER = columnLetter(FIRST_SCORE);

const sheet = (addon: Addon, name: string) => {
  const found = addon.spreadsheet.getSheetByName(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const headerOf = (addon: Addon, name: string) =>
  sheet(addon, name).getRange(1, 1, 1, sheet(addon, name).getLastColumn()).getValues()[0].map(String);
const columnOf = (addon: Addon, name: string, header: string) => {
  const i = headerOf(addon, name).indexOf(header);
  if (i < 0) throw new Error(`no column ${header} on ${name}`);
  return i + 1;
};

describe('Insert candidate tracker', () => {
  it('adds four sheets and never overwrites one: a taken name gets a number', () => {
    const addon = newAddon();
    const mine = addon.spreadsheet.insertSheet('Candidates');
    mine.getRange('A1').setValue('my own shortlist');
    const { value } = insertTracker(addon);
    expect(value).toMatchObject({
      candidatesSheet: 'Candidates (2)',
      scorecardsSheet: 'Scorecards',
      rulesSheet: 'Scoring rules',
      checklistSheet: 'Hiring checklist',
    });
    expect(sheet(addon, 'Candidates').getRange('A1').getValue()).toBe('my own shortlist');
    expect(addon.spreadsheet.getActiveSheet().getName()).toBe('Candidates (2)');
  });

  it('tags each sheet of each tracker, so a second one neither clashes nor takes over', () => {
    const addon = newAddon();
    insertTracker(addon);
    const second = insertTracker(addon).value;
    expect(second).toMatchObject({
      trackerId: 2,
      candidatesSheet: 'Candidates (2)',
      scorecardsSheet: 'Scorecards (2)',
      checklistSheet: 'Hiring checklist (2)',
    });
    const tags = Object.fromEntries(
      addon.spreadsheet
        .createDeveloperMetadataFinder()
        .withKey('devrate.tracker')
        .find()
        .map((m) => [m.getLocation().getSheet()!.getName(), m.getValue()!.replace(/:\d+$/, '')]),
    );
    expect(tags).toEqual({
      Candidates: '1:candidates',
      Scorecards: '1:scorecards',
      'Scoring rules': '1:rules',
      'Hiring checklist': '1:checklist',
      'Candidates (2)': '2:candidates',
      'Scorecards (2)': '2:scorecards',
      'Scoring rules (2)': '2:rules',
      'Hiring checklist (2)': '2:checklist',
    });
    const ranges = Object.fromEntries(addon.spreadsheet.getNamedRanges().map((n) => [n.getName(), n.getRange().getSheet().getName()]));
    expect(ranges).toEqual({
      DevRateWeights: 'Scoring rules',
      DevRateWeights_2: 'Scoring rules (2)',
      DevRateEvidence: 'Scoring rules',
      DevRateEvidence_2: 'Scoring rules (2)',
    });
    // The debrief is no formula (the server writes it): its headers are titles.
    const formula = (header: string) =>
      sheet(addon, 'Candidates (2)')
        .getRange(1, columnOf(addon, 'Candidates (2)', header))
        .getFormula();
    expect(formula('Scorecards')).toBe('');
    expect(formula('Weighted score')).toBe('');
  });

  it('tags every column of both tables, the sealing, vote and round columns included, with its key', () => {
    const addon = newAddon();
    insertTracker(addon);
    for (const [name, layout] of [
      ['Candidates', CANDIDATE_COLUMNS],
      ['Scorecards', SCORECARD_COLUMNS],
    ] as const) {
      const tags = sheet(addon, name)
        .createDeveloperMetadataFinder()
        .withKey('devrate.column')
        .find()
        .map((m) => [m.getValue(), m.getLocation().getColumn()!.getColumn()]);
      expect(Object.fromEntries(tags), name).toEqual(Object.fromEntries(layout.map((c) => [c.key, columnOf(addon, name, c.header)])));
    }
    expect(CANDIDATE_COLUMNS.map((c) => c.key)).toEqual(
      expect.arrayContaining(['panel', 'revealed_by', 'revealed_on', 'panel_submitted', 'votes', 'votes_against']),
    );
    expect(SCORECARD_COLUMNS.map((c) => c.key)).toEqual(expect.arrayContaining(['round', 'vote']));
  });

  it('gives Scorecards a column per interview question and per red flag of the sources, the rubric in the header notes', () => {
    const addon = newAddon();
    insertTracker(addon);
    const header = headerOf(addon, 'Scorecards');
    expect(header).toEqual([
      'Candidate',
      'Interviewer',
      'Round',
      'Date',
      ...questions.map((q) => q.name),
      'Overall vote',
      ...redFlags.map((f) => f.name),
      'Notes',
      'Duplicate',
    ]);
    const notes = sheet(addon, 'Scorecards').getRange(1, 1, 1, header.length).getNotes()[0];
    questions.forEach((q, i) => {
      expect(notes[FIRST_SCORE - 1 + i]).toContain(q.strong);
      expect(notes[FIRST_SCORE - 1 + i]).toContain(q.weak);
    });
    redFlags.forEach((f, i) => expect(notes[FIRST_FLAG - 1 + i]).toContain(f.signal));
  });

  it("lists the sources' hiring steps and checklist, each with an unticked checkbox, an owner and a date", () => {
    const addon = newAddon();
    insertTracker(addon);
    expect(headerOf(addon, 'Hiring checklist')).toEqual(['Done', 'Task', 'Part', 'Owner', 'Date', 'Source']);
    const rows = rowsOf(addon, 'Hiring checklist');
    const tasks = [...hiringSteps, ...checklist];
    expect(rows.map((r) => r.Task)).toEqual(tasks.map((t) => t.task));
    rows.forEach((r, i) => {
      expect(r.Done).toBe(false);
      expect(r.Source).toContain(tasks[i].source);
    });
    const done = sheet(addon, 'Hiring checklist').getRange(2, 1).getDataValidation();
    expect(done?.getCriteriaType()).toBe('CHECKBOX');
    const date = sheet(addon, 'Hiring checklist').getRange(2, 5).getDataValidation();
    expect(date?.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    // One look for a header, whichever writer drew it: the planned grid's, as on budget sheets.
    for (const name of ['Hiring checklist', 'Candidates', 'Scorecards']) {
      const cell = sheet(addon, name).getRange(1, 1);
      expect([cell.getBackground(), cell.getFontWeight()], name).toEqual([LOOK.header.background, 'bold']);
    }
  });

  it('validates what people type: dropdowns, checkboxes and number bounds', () => {
    const addon = newAddon();
    insertTracker(addon);
    const candidates = sheet(addon, 'Candidates');
    const stage = candidates.getRange(2, columnOf(addon, 'Candidates', 'Stage')).getDataValidation();
    expect(stage?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(stage?.getCriteriaValues()[0]).toEqual([...STAGES]);
    expect(
      candidates
        .getRange(2, columnOf(addon, 'Candidates', 'Called 1'))
        .getDataValidation()
        ?.getCriteriaType(),
    ).toBe('CHECKBOX');

    const scores = sheet(addon, 'Scorecards').getRange(2, FIRST_SCORE).getDataValidation();
    expect(scores?.getCriteriaValues()[0]).toEqual(SCORE_SCALE.map((s) => String(s.value)));
    expect(sheet(addon, 'Scorecards').getRange(2, FIRST_FLAG).getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    const weights = addon.spreadsheet.getRangeByName('DevRateWeights')!.getDataValidation();
    expect(weights?.getCriteriaType()).toBe('NUMBER_BETWEEN');
    expect(weights?.getCriteriaValues()).toEqual([0, MAX_WEIGHT]);

    // As a person typing: off-list and out-of-bounds input is refused, good input lands.
    expect(() => addon.edit('Scorecards', `${SCORE_LETTER}2`, '5')).toThrow(/violates the data validation/);
    expect(() => addon.edit('Candidates', 'C2', 'wizard')).toThrow(/violates the data validation/);
    expect(() => addon.edit('Candidates', 'E2', '-1')).toThrow(/violates the data validation/);
    addon.edit('Candidates', 'A2', 'Ana');
    addon.edit('Candidates', 'C2', 'interview');
    addon.edit('Scorecards', 'A2', 'Ana');
    expect(() => addon.edit('Scorecards', 'A3', 'Nobody')).toThrow(/violates the data validation/);
    addon.edit('Scorecards', `${SCORE_LETTER}2`, '3');
    expect(candidate(addon, 'Ana').Stage).toBe('interview');
  });

  it('colours scores, red flags, rate checks and recommendations (a recommendation by its start: "incomplete panel" may follow)', () => {
    const addon = newAddon();
    insertTracker(addon);
    const conditions = (name: string) =>
      sheet(addon, name)
        .getConditionalFormatRules()
        .map((r) => ({
          type: r.getBooleanCondition()?.getCriteriaType(),
          values: r.getBooleanCondition()?.getCriteriaValues(),
          background: r.getBooleanCondition()?.getBackground(),
          columns: r.getRanges().map((g) => g.getColumn()),
        }));
    const onCandidates = conditions('Candidates');
    const recommendation = columnOf(addon, 'Candidates', 'Recommendation');
    for (const rule of RECOMMENDATION_RULES) {
      expect(onCandidates).toContainEqual(
        expect.objectContaining({ type: 'TEXT_STARTS_WITH', values: [rule.label], columns: [recommendation] }),
      );
    }
    const rateCheck = columnOf(addon, 'Candidates', 'Rate check');
    for (const verdict of RATE_CHECK_VERDICTS)
      expect(onCandidates).toContainEqual(expect.objectContaining({ values: [verdict], columns: [rateCheck] }));
    // Above an open-ended top the source sets no ceiling: a question (caution), not a stop.
    const toneOf = (verdict: string) => onCandidates.find((r) => r.values?.[0] === verdict && r.columns[0] === rateCheck)?.background;
    expect(toneOf(OPEN_TOP_VERDICT)).toBe(TONES.caution.background);
    expect(toneOf('above range')).toBe(TONES.stop.background);
    expect(onCandidates).toContainEqual(
      expect.objectContaining({ type: 'CUSTOM_FORMULA', columns: [columnOf(addon, 'Candidates', 'Red flags')] }),
    );

    const onScorecards = conditions('Scorecards');
    const backgrounds = SCORE_SCALE.map(
      (s) => onScorecards.find((r) => r.type === 'NUMBER_EQUAL_TO' && r.values?.[0] === s.value)?.background,
    );
    expect(new Set(backgrounds).size).toBe(SCORE_SCALE.length); // four scores, four colours
    expect(onScorecards).toContainEqual(expect.objectContaining({ type: 'CUSTOM_FORMULA', columns: [FIRST_FLAG] }));
  });

  it('freezes the headers and protects every formula column with a warning only', () => {
    const addon = newAddon();
    insertTracker(addon);
    for (const name of ['Candidates', 'Scorecards', 'Scoring rules', 'Hiring checklist'])
      expect(sheet(addon, name).getFrozenRows()).toBe(1);
    const protections = sheet(addon, 'Candidates').getProtections(RANGE);
    expect(protections.length).toBeGreaterThan(0);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
    const covered = (column: number) =>
      protections.some((p) => p.getRange().getColumn() <= column && column <= p.getRange().getLastColumn());
    for (const header of ['Market $/hour', 'Rate check', 'Scorecards', 'Weighted score', 'Disagreements', 'Red flags', 'Recommendation']) {
      expect(covered(columnOf(addon, 'Candidates', header)), header).toBe(true);
    }
    for (const header of ['Candidate', 'Stage', 'Quoted $/hour', 'Paid trial'])
      expect(covered(columnOf(addon, 'Candidates', header)), header).toBe(false);
  });

  it('shows the weights as shares of 100%', () => {
    const addon = newAddon();
    insertTracker(addon);
    const weights = addon.spreadsheet.getRangeByName('DevRateWeights')!;
    const shares = weights
      .offset(0, 1)
      .getValues()
      .map((r) => r[0]);
    const defaults = Object.values(defaultWeights());
    const total = defaults.reduce((a, b) => a + b, 0);
    expect(weights.getValues().map((r) => r[0])).toEqual(defaults);
    shares.forEach((s, i) => expect(s).toBeCloseTo(defaults[i] / total, 12));
    expect(weights.offset(questions.length, 1, 1, 1).getValue()).toBeCloseTo(1, 12);
    expect(weights.offset(0, 1).getNumberFormat()).toContain('%');
  });

  it("passes the spreadsheet's rate card to the market-rate formulas when there is one", () => {
    const plain = newAddon();
    insertTracker(plain);
    const market = (addon: Addon) =>
      sheet(addon, 'Candidates')
        .getRange(1, columnOf(addon, 'Candidates', 'Market $/hour'), 1, 2)
        .getFormulas()[0];
    expect(market(plain).join(' ')).not.toContain('DevRateCard');

    const carded = newAddon();
    const card = carded.spreadsheet.insertSheet('Rate Card');
    card.getRange(1, 1, 2, 6).setValues([
      ['kind', 'key', 'region', 'spec', 'low', 'high'],
      ['hourly', 'senior', 'asia', 'backend', 70, 110],
    ]);
    carded.spreadsheet.setNamedRange('DevRateCard', card.getRange(1, 1, 2, 6));
    expect(insertTracker(carded).value.usesRateCard).toBe(true);
    for (const formula of market(carded)) expect(formula).toMatch(/,DevRateCard\)+$/);
    expect(market(carded)[0]).toContain('DEVRATE(');
    expect(market(carded)[1]).toContain('RATECHECK(');
  });

  it('writes under the document lock, in batches, with a fixed number of service calls', () => {
    const addon = newAddon();
    const result = insertTracker(addon);
    expect(result.lockViolations).toEqual([]);
    expect(result.counts.byMethod['Lock.tryLock']).toBe(1);
    expect(result.counts.byMethod['Lock.releaseLock']).toBe(1);
    // No cell-by-cell writing: every block goes in one call.
    for (const perCell of ['Range.setValue', 'Range.setFormula', 'Range.setNote', 'Range.setFormulas'])
      expect(result.counts.byMethod[perCell]).toBeUndefined();
    expect(result.counts.total).toBeLessThanOrEqual(TRACKER_INSERT_CALL_BUDGET);
  });
});

/** What inserting the tracker may cost in service calls (builders included, as the emulator counts them). */
const TRACKER_INSERT_CALL_BUDGET = 410; // issue 20: the header rows tagged with developer metadata and each weight row tagged with its question (+12); the Scorecards Duplicate column (its warning-only protection, +8); one table writer fetches every range of a table, its metadata columns included, in one getRangeList (-4); issue 17: the tracker id counter and the seal store's version (document properties, four calls) and the check for trackers an older version sealed (metadata finder, four calls); one call per column goes to its developer metadata (three before: 470); the rules and checklist sheets are planned grids (writeGrid: one call per property); the open-ended rate check has its own colour rule (+2), on an open-ended range (+2); the evidence setting's cell and named range (+5)

/** SpreadsheetApp.ProtectionType.RANGE: the emulator's enums are their own names. */
const RANGE = 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
