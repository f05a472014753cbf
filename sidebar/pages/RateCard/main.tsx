// "Insert rate card": choose which source's figures the card starts from, insert it, then connect
// the budget sheets made before it (their formulas then pass the card).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../shared/base.css';
import { RATE_CARD_CHOICE_HELP, RATE_CARD_CHOICES, rateCardRows, type RateCardChoice } from '../../../src/domain/budget/rate-card-rows';
import type { BudgetsAndCard, RateCardInserted } from '../../../src/endpoints/registry';
import { failureMessage, server } from '../../shared/rpc';
import { appRoot } from '../../shared/mount';

type State =
  { state: 'idle' } | { state: 'inserting' } | { state: 'done'; result: RateCardInserted } | { state: 'failed'; message: string };
type Connection =
  { state: 'idle' } | { state: 'connecting' } | { state: 'done'; connected: string[] } | { state: 'failed'; message: string };

const TITLES: Record<RateCardChoice, string> = { 'abbacus-2026': 'abbacus-2026', 'navspace-2026': 'navspace-2026', both: 'Both sources' };

/** The budgets made before the card, each with a checkbox, and one button to connect them. */
function ConnectBudgets(props: { budgets: string[] }) {
  const [chosen, setChosen] = useState<Set<string>>(new Set(props.budgets));
  const [status, setStatus] = useState<Connection>({ state: 'idle' });
  const toggle = (name: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  const connect = () => {
    setStatus({ state: 'connecting' });
    server.connectBudgetsToRateCard([...chosen]).then(
      (result) => setStatus({ state: 'done', connected: result.connected }),
      (error: unknown) => setStatus({ state: 'failed', message: failureMessage(error) }),
    );
  };
  if (status.state === 'done') {
    return (
      <p class="banner ok" role="status">
        Connected {status.connected.map((n) => `“${n}”`).join(', ')}: their formulas now pass the card, and their line “Figures from” says
        so.
      </p>
    );
  }
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>These budgets use DevRate's built-in figures. Connect them to the card?</legend>
      {props.budgets.map((name) => (
        <label key={name} class="check">
          <input type="checkbox" checked={chosen.has(name)} onChange={() => toggle(name)} />
          <span>{name}</span>
        </label>
      ))}
      {status.state === 'failed' && (
        <p class="banner error" role="alert">
          {status.message}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={chosen.size === 0 || status.state === 'connecting'} onClick={connect}>
          {status.state === 'connecting' ? 'Connecting…' : 'Connect to the card'}
        </button>
      </div>
    </fieldset>
  );
}

function RateCardPicker() {
  const [choice, setChoice] = useState<RateCardChoice>('both');
  const [status, setStatus] = useState<State>({ state: 'idle' });
  // A card may exist already, with budgets made before it: offer those straight away.
  const [existing, setExisting] = useState<BudgetsAndCard | undefined>();
  useEffect(() => {
    server.getBudgetConnections().then(setExisting, () => setExisting(undefined));
  }, []);
  const insert = () => {
    setStatus({ state: 'inserting' });
    server.insertRateCard(choice).then(
      (result) => setStatus({ state: 'done', result }),
      (error: unknown) => setStatus({ state: 'failed', message: failureMessage(error) }),
    );
  };
  return (
    <main>
      <h1>Insert rate card</h1>
      {existing?.cardSheet && status.state === 'idle' && (
        <>
          <p class="hint">This spreadsheet already has a rate card, on sheet “{existing.cardSheet}”.</p>
          {existing.unconnectedBudgets.length > 0 && <ConnectBudgets budgets={existing.unconnectedBudgets} />}
        </>
      )}
      <p>A rate card is your team's own copy of DevRate's figures. Edit a rate on it and every budget connected to it recomputes.</p>
      <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend class="muted">Start from</legend>
        {RATE_CARD_CHOICES.map((c) => (
          <label key={c} class="check" style={{ alignItems: 'flex-start' }}>
            <input type="radio" name="source" value={c} checked={choice === c} onChange={() => setChoice(c)} />
            <span>
              <b>{TITLES[c]}</b> ({rateCardRows(c).rows.length} figures)
              <br />
              <span class="hint">{RATE_CARD_CHOICE_HELP[c]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {status.state === 'done' && (
        <p class="banner ok" role="status">
          Inserted “{status.result.sheetName}”. Budgets you create from now on use it.
        </p>
      )}
      {status.state === 'done' && status.result.unconnectedBudgets.length > 0 && (
        <ConnectBudgets budgets={status.result.unconnectedBudgets} />
      )}
      {status.state === 'failed' && (
        <p class="banner error" role="alert">
          {status.message}
        </p>
      )}
      {status.state !== 'done' && (
        <div class="actions">
          <button type="button" class="primary" disabled={status.state === 'inserting'} onClick={insert}>
            {status.state === 'inserting' ? 'Inserting…' : 'Insert rate card'}
          </button>
        </div>
      )}
    </main>
  );
}

render(<RateCardPicker />, appRoot());
