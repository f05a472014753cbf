// "Insert rate card": choose which source's figures the card starts from, then insert it.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../../shared/base.css';
import { RATE_CARD_CHOICE_HELP, RATE_CARD_CHOICES, rateCardRows, type RateCardChoice } from '../../../src/domain/budget/rate-card-rows';
import { failureMessage, server } from '../../shared/rpc';

type State = { state: 'idle' } | { state: 'inserting' } | { state: 'done'; sheetName: string } | { state: 'failed'; message: string };

const TITLES: Record<RateCardChoice, string> = { 'abbacus-2026': 'abbacus-2026', 'navspace-2026': 'navspace-2026', both: 'Both sources' };

function RateCardPicker() {
  const [choice, setChoice] = useState<RateCardChoice>('both');
  const [status, setStatus] = useState<State>({ state: 'idle' });
  const insert = () => {
    setStatus({ state: 'inserting' });
    server.insertRateCard(choice).then(
      (result) => setStatus({ state: 'done', sheetName: result.sheetName }),
      (error: unknown) => setStatus({ state: 'failed', message: failureMessage(error) }),
    );
  };
  return (
    <main>
      <h1>Insert rate card</h1>
      <p>A rate card is your team's own copy of DevRate's figures. Edit a rate on it and every budget created after it recomputes.</p>
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
          Inserted “{status.sheetName}”. Budgets you create from now on use it.
        </p>
      )}
      {status.state === 'failed' && (
        <p class="banner error" role="alert">
          {status.message}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={status.state === 'inserting'} onClick={insert}>
          {status.state === 'inserting' ? 'Inserting…' : 'Insert rate card'}
        </button>
      </div>
    </main>
  );
}

render(<RateCardPicker />, document.getElementById('app')!);
