// "About DevRate": every custom function (from the registry) and the sources with their dates.
import { render } from 'preact';
import '../../shared/base.css';
import { customFunctions } from '../../../src/functions/registry';
import { sources } from '../../../src/domain/dataset';
import { appRoot } from '../../shared/mount';

function About() {
  return (
    <main>
      <h1>DevRate</h1>
      <p>Market rates, project costs and hiring costs for freelance Python and AI backend developers, as spreadsheet functions.</p>
      <h2>Functions</h2>
      {customFunctions.map((fn) => (
        <details key={fn.name}>
          <summary>{fn.name}</summary>
          <p>{fn.summary}</p>
          <p>
            <code>{fn.example}</code>
          </p>
          <ul>
            {fn.params.map((p) => (
              <li key={p.name}>
                <b>{p.name}</b>
                {p.optional ? ' (optional)' : ''}: {p.description}
              </li>
            ))}
          </ul>
        </details>
      ))}
      <h2>Sources</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <b>{s.id}</b>: {s.publisher}, “{s.title}”, published {s.published}
            {s.updated ? `, updated ${s.updated}` : ''}. <span class="muted">{s.covers}.</span>
          </li>
        ))}
      </ul>
      <p class="muted">
        Built-in figures are defaults. Replace any of them with a rate card; =RATESOURCE() tells where a figure comes from.
      </p>
    </main>
  );
}

render(<About />, appRoot());
