// The custom functions as Sheets calls them: name → (raw arguments) → value or rows.
// This is its own bundle, free of zod and the server code, so a recalculation loads little.
import { runCustomFunction, type SheetArg, type SheetResult } from './broadcast';
import { customFunctions } from './registry';

export { customFunctions };

export const entryPoints: Record<string, (...args: SheetArg[]) => SheetResult> = Object.fromEntries(
  customFunctions.map((spec) => [spec.name, (...args: SheetArg[]) => runCustomFunction(spec, args)]),
);
