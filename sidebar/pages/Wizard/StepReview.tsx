// Step 4, the budget before it is written: low / mid / high with the breakdown, the project
// type's typical range, and the same team as freelance, agency or full-time.
import { HIRE_TYPES } from '../../../src/domain/budget/choices';
import {
  CONTRACTOR_ROWS,
  engagementNote,
  freelanceAdvantageNote,
  HIRE_ROWS_NOTE,
  hireRowLabel,
} from '../../../src/domain/budget/comparison';
import type { Region } from '../../../src/domain/terms';
import { BUDGET_LINES, TOTAL_LINES, type BudgetEstimate } from '../../../src/domain/budget/estimate';
import { ESTIMATE_POINTS, type Triple } from '../../../src/domain/budget/team-cost';
import { span, usd } from './step-props';

const CONTRACTOR_LINES = [
  ['platform', CONTRACTOR_ROWS.platform.label],
  ['exchange', CONTRACTOR_ROWS.exchange.label],
  ['employerOfRecord', CONTRACTOR_ROWS.employerOfRecord.label],
  ['total', CONTRACTOR_ROWS.total.label],
] as const;

function Row(props: { label: string; amounts: Triple; strong?: boolean }) {
  const cells = ESTIMATE_POINTS.map((p) => (
    <td key={p} class="num">
      {usd(props.amounts[p])}
    </td>
  ));
  return <tr class={props.strong ? 'strong' : ''}>{[<td key="label">{props.label}</td>, ...cells]}</tr>;
}

export function ReviewSummary(props: { estimate: BudgetEstimate; hireType: string; months: string; agencyRegion: Region }) {
  const e = props.estimate;
  const typical = `${span(e.typical.low, e.typical.high)}${e.typical.openEnded ? '+' : ''}`;
  return (
    <>
      <table aria-label="Budget">
        <thead>
          <tr>
            <th />
            <th class="num">Low</th>
            <th class="num">Mid</th>
            <th class="num">High</th>
          </tr>
        </thead>
        <tbody>
          {BUDGET_LINES.map((line) => (
            <Row key={line.id} label={line.label} amounts={e.lines[line.id]} />
          ))}
          <Row label={TOTAL_LINES.subtotal.label} amounts={e.subtotal} />
          <Row label={TOTAL_LINES.contingency.label} amounts={e.contingency} />
          <Row label={TOTAL_LINES.total.label} amounts={e.total} strong />
        </tbody>
      </table>
      <p class="typical" role="status">
        The team (development) cost of {usd(e.lines.team.mid)} is <b>{e.typicalText}</b> ({typical}). The sources' project costs are
        development only, so the hidden costs are left out of this comparison.
      </p>
      <h2>Freelance vs agency vs US full-time</h2>
      <p class="hint">The same team for {props.months} months, before hidden costs.</p>
      <table aria-label="Hire type comparison">
        <tbody>
          {HIRE_TYPES.map((hire) => (
            <tr key={hire} class={hire === props.hireType ? 'strong' : ''}>
              <td>
                {hireRowLabel(hire, props.agencyRegion)}
                {hire === props.hireType ? ' (chosen)' : ''}
              </td>
              <td class="num">{usd(e.byHireType[hire].mid)}</td>
              <td class="num muted">{span(e.byHireType[hire].low, e.byHireType[hire].high)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>What a contractor really costs</h2>
      <table aria-label="Contractor total cost">
        <tbody>
          {CONTRACTOR_LINES.map(([key, label]) => (
            <tr key={key} class={key === 'total' ? 'strong' : ''}>
              <td>{label}</td>
              <td class="num">{usd(e.contractor[key].mid)}</td>
              <td class="num muted">{span(e.contractor[key].low, e.contractor[key].high)}</td>
            </tr>
          ))}
          <tr>
            <td>{hireRowLabel('full_time', props.agencyRegion)} (loaded cost)</td>
            <td class="num">{usd(e.byHireType.full_time.mid)}</td>
            <td class="num muted">{span(e.byHireType.full_time.low, e.byHireType.full_time.high)}</td>
          </tr>
        </tbody>
      </table>
      <p class="hint">Fees and the employer of record are your own figures (Hidden costs step): DevRate has no source figure for them.</p>
      <p class="hint">{HIRE_ROWS_NOTE}</p>
      <p class="hint">{freelanceAdvantageNote()}.</p>
      <p class="hint">{engagementNote()}</p>
    </>
  );
}

/** The live estimate under every step, updated as the user types. */
export function EstimateStrip(props: { estimate?: BudgetEstimate; problem?: string }) {
  const e = props.estimate;
  return (
    <div class="estimate" aria-live="polite" aria-label="Live estimate">
      {e ? (
        <>
          Team cost <b>{usd(e.lines.team.mid)}</b>: {e.typicalText}
          <br />
          Total with hidden costs <b>{usd(e.total.mid)}</b> <span class="muted">({span(e.total.low, e.total.high)})</span>
        </>
      ) : (
        <span class="muted">{props.problem ?? 'The estimate appears once the team has someone in it and the costs are filled in.'}</span>
      )}
    </div>
  );
}
