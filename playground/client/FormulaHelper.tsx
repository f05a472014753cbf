// Sheets' formula helper for the function whose parentheses hold the caret: its usage with the
// current parameter in bold, the example, the summary and each parameter, all from the JSDoc in
// dist/Code.js (the text Sheets shows for a custom function).

import type { FunctionHelp } from '../protocol';
import { isOptional, summaryAndExample } from './formula-help';

export function FormulaHelper({ fn, argument }: { fn: FunctionHelp; argument: number }) {
  const { summary, example } = summaryAndExample(fn.description);
  const current = Math.min(argument, fn.params.length - 1);
  return (
    <section class="formula-helper" aria-label={`Formula helper: ${fn.name}`}>
      <p class="helper-usage">
        {fn.name}(
        {fn.params.map((p, i) => (
          <span key={p.name}>
            {i > 0 && ', '}
            <span class={i === current ? 'helper-current' : undefined}>{isOptional(p) ? `[${p.name}]` : p.name}</span>
          </span>
        ))}
        )
      </p>
      {example && (
        <>
          <h3>Example</h3>
          <p class="helper-example">{example}</p>
        </>
      )}
      <h3>Summary</h3>
      <p>{summary}</p>
      {fn.params.length > 0 && (
        <dl>
          {fn.params.map((p, i) => (
            <div key={p.name} class={i === current ? 'helper-param helper-current-param' : 'helper-param'}>
              <dt>{p.name}</dt>
              <dd>{p.description}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
