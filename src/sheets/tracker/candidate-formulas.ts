// The Candidates sheet's computed columns: one array formula per column, in its header cell, over
// the column from the header row down ($B$1:$B: "from row 1 onward", as the Sheets API describes
// A1 notation). Sorting, inserting or deleting rows cannot break them, a row inserted above the
// header moves their start down with it, a new candidate needs no formula of its own, and DEVRATE
// and RATECHECK are one custom-function call each per tracker.
// Only what the Sheets dialect table (src/sheets/dialect.ts) allows inside ARRAYFORMULA: functions
// Sheets evaluates per row (COUNTIFS, SUMIF, IF...), never one that aggregates or does not expand
// (AND/OR, SUMIFS, MAXIFS, TEXTJOIN); tests/formulas/dialect.test.ts checks every formula.
//
// Names match as the server matches them (domain/scoring/interviewer.ts): trimmed, any case, and
// with * ? ~ taken literally: the criterion escapes them with ~, the Scorecards sheet's hidden
// "Match key" column holds its names trimmed, and "=" in front keeps a name like ">3" a name.
import { hiring } from '../../domain/dataset';
import { DISAGREEMENT_GAP, RECOMMENDATION_RULES, type Condition, type Metric } from '../../domain/scoring/recommendation';
import { SCORE_SCALE } from '../../domain/scoring/scale';
import { VOTES, VOTES_AGAINST } from '../../domain/scoring/votes';
import { formulaText, quoteSheetName } from '../a1';
import { averageKey, flagKey, scoreKey } from './layout';

export interface CandidateFormulaContext {
  /** Column letter of a Candidates column, where it is now. */
  candidates: (key: string) => string;
  scorecardsSheet: string;
  /** Column letter of a Scorecards column, where it is now. */
  scorecards: (key: string) => string;
  /** The named range of the weights, one per question in data order. */
  weights: string;
  /** The rate card's named range, when the spreadsheet has one. */
  rateCard?: string;
  /** The Candidates header row, where the formulas are (1 on a new sheet). */
  headerRow?: number;
  /** The Scorecards header row, where its Match key formula is (1 on a new sheet). */
  scorecardsHeaderRow?: number;
}

const { questions, redFlags } = hiring;

/**
 * A column from the header row down, rows added later included: the array then fits below its
 * formula wherever the header row is (a whole column would reach one row past the sheet's end
 * once a row is inserted above the header).
 */
const fromHeader = (column: string, headerRow = 1) => `$${column}$${headerRow}:$${column}`;
const own = (ctx: CandidateFormulaContext, key: string) => fromHeader(ctx.candidates(key), ctx.headerRow);
const theirs = (ctx: CandidateFormulaContext, key: string) =>
  `${quoteSheetName(ctx.scorecardsSheet)}!$${ctx.scorecards(key)}:$${ctx.scorecards(key)}`;

/**
 * The header cell shows the title; rows without a name stay blank. The header row is told apart
 * by its name cell (ROW() does not broadcast in HyperFormula), so no candidate may take that name.
 */
export function arrayColumn(nameColumn: string, title: string, body: string, headerRow = 1): string {
  const names = fromHeader(nameColumn, headerRow);
  return `=ARRAYFORMULA(IF(${names}=$${nameColumn}$${headerRow},${formulaText(title)},IF(TRIM(${names})="","",${body})))`;
}

/**
 * Blank until the candidate's scorecards are revealed ("Revealed by" filled, as the server reads
 * it: trimmed): sealed means sealed, and a typed row cannot give a sealed candidate away.
 */
const unlessSealed = (ctx: CandidateFormulaContext, body: string) => `IF(TRIM(${own(ctx, 'revealed_by')})="","",${body})`;

/** COUNTIFS criteria "this candidate's scorecards": the trimmed name, wildcards escaped. */
function mine(ctx: CandidateFormulaContext): string {
  const escaped = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${own(ctx, 'name')}),"~","~~"),"*","~*"),"?","~?")`;
  return `${theirs(ctx, 'match_key')},"="&${escaped}`;
}

const level = (ctx: CandidateFormulaContext) => `IF(${own(ctx, 'level')}="",${own(ctx, 'years')},${own(ctx, 'level')})`;
const noProfile = (ctx: CandidateFormulaContext) => `(${own(ctx, 'level')}="")*(${own(ctx, 'years')}="")`;
const card = (ctx: CandidateFormulaContext) => (ctx.rateCard ? `,${ctx.rateCard}` : '');

function marketRate(ctx: CandidateFormulaContext): string {
  return `IF(${noProfile(ctx)},"",DEVRATE(${level(ctx)},${own(ctx, 'region')},${own(ctx, 'spec')},"mid"${card(ctx)}))`;
}

function rateCheck(ctx: CandidateFormulaContext): string {
  const skip = `(${own(ctx, 'quote')}="")+${noProfile(ctx)}`;
  return `IF(${skip},"",RATECHECK(${own(ctx, 'quote')},${level(ctx)},${own(ctx, 'region')},${own(ctx, 'spec')}${card(ctx)}))`;
}

/**
 * The mean of the scores above 0; blank when nobody scored the question (0/0). SUMIF sums every
 * number of the candidate's (SUMIFS would sum only the positive ones, but Sheets does not expand
 * SUMIFS per row: see src/sheets/dialect.ts), so a negative score, which no dropdown offers, makes
 * the average #N/A rather than a wrong figure.
 */
function average(ctx: CandidateFormulaContext, questionId: string): string {
  const scores = theirs(ctx, scoreKey(questionId));
  const mean = `IFERROR(SUMIF(${mine(ctx)},${scores})/COUNTIFS(${mine(ctx)},${scores},">0"),"")`;
  return `IF(COUNTIFS(${mine(ctx)},${scores},"<0")>0,NA(),${mean})`;
}

/** 1 when two scores on the question are DISAGREEMENT_GAP or more apart: some s and some score ≥ s + gap. */
function split(ctx: CandidateFormulaContext, questionId: string): string {
  const scores = theirs(ctx, scoreKey(questionId));
  const has = (criterion: string) => `(COUNTIFS(${mine(ctx)},${scores},${criterion})>0)`;
  const top = Math.max(...SCORE_SCALE.map((s) => s.value));
  const pairs = SCORE_SCALE.filter((s) => s.value + DISAGREEMENT_GAP <= top).map(
    (s) => `${has(String(s.value))}*${has(`">=${s.value + DISAGREEMENT_GAP}"`)}`,
  );
  return `((${pairs.join('+')})>0)`;
}

const flagCount = (ctx: CandidateFormulaContext, flagId: string) => `COUNTIFS(${mine(ctx)},${theirs(ctx, flagKey(flagId))},TRUE)`;

const SEPARATOR = ', ';
/** "a, b, c" of the labels whose test holds: each adds ", label", and the first two characters go. */
const listOf = (items: { test: string; label: string }[]) =>
  `MID(${items.map((i) => `IF(${i.test},${formulaText(`${SEPARATOR}${i.label}`)},"")`).join('&')},${SEPARATOR.length + 1},1000)`;

/** How many items a listOf cell names. */
function itemCount(list: string): string {
  if (questions.some((q) => q.name.includes(SEPARATOR.trim())))
    throw new Error('A question name holds a comma: "Disagreements" cannot count the "Disagree on" list.');
  return `IF(${list}="",0,LEN(${list})-LEN(SUBSTITUTE(${list},"${SEPARATOR.trim()}",""))+1)`;
}

/** Weighted mean of the averages over the questions that have one; blank when their weights sum to 0. */
function weighted(ctx: CandidateFormulaContext): string {
  const avg = (i: number) => own(ctx, averageKey(questions[i].id));
  const weight = (i: number) => `INDEX(${ctx.weights},${i + 1})`;
  const numerator = questions.map((_, i) => `IF(ISNUMBER(${avg(i)}),${avg(i)}*${weight(i)},0)`).join('+');
  const denominator = questions.map((_, i) => `IF(ISNUMBER(${avg(i)}),${weight(i)},0)`).join('+');
  // An average in error (a negative score) makes the weighted score an error too, not a mean of the rest.
  const anyError = questions.map((_, i) => `ISERROR(${avg(i)})`).join('+');
  return `IF(${own(ctx, 'scorecards')}=0,"",IF(${anyError},NA(),IF((${denominator})=0,"",ROUND((${numerator})/(${denominator}),2))))`;
}

const METRIC_COLUMN: Record<Metric, string> = {
  scorecards: 'scorecards',
  redFlags: 'red_flags',
  disagreements: 'disagreements',
  weighted: 'weighted',
  votesAgainst: 'votes_against',
};

/** This candidate's scorecards with this overall vote (a vote holds no wildcard). */
const voteCount = (ctx: CandidateFormulaContext, vote: string) =>
  `COUNTIFS(${mine(ctx)},${theirs(ctx, 'vote')},${formulaText(`=${vote}`)})`;

/** "1 Strong yes, 2 No", strongest yes first, as voteSummary() writes it. */
const votes = (ctx: CandidateFormulaContext) =>
  `MID(${[...VOTES]
    .reverse()
    .map((v) => `IF(${voteCount(ctx, v)}>0,${formulaText(SEPARATOR)}&${voteCount(ctx, v)}&${formulaText(` ${v}`)},"")`)
    .join('&')},${SEPARATOR.length + 1},1000)`;

function condition(ctx: CandidateFormulaContext, when: Condition): string {
  const ref = own(ctx, METRIC_COLUMN[when.metric]);
  const test = `${ref}${when.op}${when.value}`;
  // A blank weighted score meets no threshold, as in recommend(); one in error makes the recommendation an error.
  return when.metric === 'weighted' ? `IF(ISERROR(${ref}),NA(),IF(ISNUMBER(${ref}),${test},FALSE))` : test;
}

/** Nested IFs, one per rule in order: the first rule that holds gives the label. */
function recommendation(ctx: CandidateFormulaContext): string {
  return RECOMMENDATION_RULES.reduceRight(
    (otherwise, rule) => (rule.when ? `IF(${condition(ctx, rule.when)},${formulaText(rule.label)},${otherwise})` : formulaText(rule.label)),
    '""',
  );
}

/**
 * #N/A instead of figures while a computed column this one reads cannot spill (something typed is
 * in its way, and its header cell shows #REF!): blank cells from a blocked column would otherwise
 * read as "no scorecards" and give wrong figures without a sign. cells: those header cells.
 */
const unlessBlocked = (cells: readonly string[], body: string) => `IF(${cells.map((c) => `ISERROR(${c})`).join('+')},NA(),${body})`;
const headerCell = (ctx: CandidateFormulaContext, key: string) => `$${ctx.candidates(key)}$${ctx.headerRow ?? 1}`;
const matchKeyHeader = (ctx: CandidateFormulaContext) =>
  `${quoteSheetName(ctx.scorecardsSheet)}!$${ctx.scorecards('match_key')}$${ctx.scorecardsHeaderRow ?? 1}`;

/** The computed Candidates columns each debrief column reads besides the Scorecards sheet's Match key. */
function computedInputs(): Record<string, string[]> {
  const rules = RECOMMENDATION_RULES.flatMap((r) => (r.when ? [METRIC_COLUMN[r.when.metric]] : []));
  return {
    weighted: ['scorecards', ...questions.map((q) => averageKey(q.id))],
    disagreements: ['disagree_on'],
    recommendation: [...new Set(rules)],
  };
}

/** The body of every computed column, by key (rows with a name only; see arrayColumn). The debrief stays blank until the reveal. */
export function computedBodies(ctx: CandidateFormulaContext): Record<string, string> {
  const debrief: Record<string, string> = {
    scorecards: `COUNTIFS(${mine(ctx)})`,
    weighted: weighted(ctx),
    // Counted from the "Disagree on" list (question names hold no comma), to run each test once.
    disagreements: itemCount(own(ctx, 'disagree_on')),
    disagree_on: listOf(questions.map((q) => ({ test: split(ctx, q.id), label: q.name }))),
    red_flags: redFlags.map((f) => flagCount(ctx, f.id)).join('+'),
    red_flags_raised: listOf(redFlags.map((f) => ({ test: `${flagCount(ctx, f.id)}>0`, label: f.name }))),
    votes: votes(ctx),
    votes_against: VOTES_AGAINST.map((v) => voteCount(ctx, v)).join('+'),
    recommendation: recommendation(ctx),
  };
  for (const q of questions) debrief[averageKey(q.id)] = average(ctx, q.id);
  const bodies: Record<string, string> = { market: marketRate(ctx), rate_check: rateCheck(ctx) };
  const inputs = computedInputs();
  for (const [key, body] of Object.entries(debrief)) {
    const reads = [matchKeyHeader(ctx), ...(inputs[key] ?? []).map((k) => headerCell(ctx, k))];
    bodies[key] = unlessSealed(ctx, unlessBlocked(reads, body));
  }
  return bodies;
}

/** The Scorecards sheet's hidden Match key column: each candidate name trimmed. */
export function matchKeyFormula(candidateColumn: string, title: string, headerRow = 1): string {
  const names = fromHeader(candidateColumn, headerRow);
  return `=ARRAYFORMULA(IF(${names}=$${candidateColumn}$${headerRow},${formulaText(title)},TRIM(${names})))`;
}
