// HyperFormula's built-in functions as Google Sheets evaluates them inside ARRAYFORMULA, for every
// function of the dialect table (src/sheets/dialect.ts) that Sheets does not expand per row.
//
// HyperFormula "vectorizes" any function given a range where it takes one value (SUMIFS with a
// column of criteria gives a column of sums). Users of Google Sheets report that SUMIFS does not
// expand that way (the table's source); so a "one-value" function here keeps HyperFormula's
// per-function switch vectorizationForbidden on and gives a single value, as a user would see it.
// Which single value Sheets gives (the first criterion's sum, here) is a belief: see README.md
// and the self-test row dialect-sumifs-one-value.
// Dev-only (HyperFormula is GPL-3): never import this from src/ or sidebar/.
import { HyperFormula, type FunctionPluginDefinition, type ImplementedFunctions } from 'hyperformula';
import { DIALECT_FUNCTIONS } from '../../src/sheets/dialect';

const ONE_VALUE = new Set(DIALECT_FUNCTIONS.filter((f) => f.inArrayFormula === 'one-value').map((f) => f.name));

/**
 * A copy of a plugin whose one-value functions do not vectorize. HyperFormula takes a function's
 * method only from the plugin's own prototype, so each is defined on the copy and calls the original.
 */
function withoutVectorization(plugin: FunctionPluginDefinition): FunctionPluginDefinition {
  const functions: ImplementedFunctions = {};
  for (const [name, metadata] of Object.entries(plugin.implementedFunctions))
    functions[name] = ONE_VALUE.has(name) ? { ...metadata, vectorizationForbidden: true } : metadata;
  const copy = class extends plugin {
    static override implementedFunctions = functions;
    static override aliases = plugin.aliases;
  };
  const target: object = copy.prototype;
  const source = Reflect.getPrototypeOf(target) ?? {}; // the original's prototype
  for (const metadata of Object.values(functions)) {
    const original: unknown = Reflect.get(source, metadata.method);
    if (typeof original === 'function')
      Reflect.set(target, metadata.method, function (this: unknown, ...args: unknown[]): unknown {
        const result: unknown = Reflect.apply(original, this, args);
        return result;
      });
  }
  return copy;
}

/** HyperFormula's built-in function plugins, those with a one-value function replaced by a Sheets-like copy. */
export function sheetsFunctionPlugins(): FunctionPluginDefinition[] {
  return HyperFormula.getAllFunctionPlugins().map((plugin) =>
    Object.keys(plugin.implementedFunctions).some((name) => ONE_VALUE.has(name)) ? withoutVectorization(plugin) : plugin,
  );
}
