// Finds custom functions the way Sheets does for an add-on: top-level functions whose JSDoc
// block contains @customfunction. Also keeps the description and @param lines (for autocomplete).

export interface CustomFunctionDoc {
  name: string;
  description: string;
  params: Array<{ name: string; type: string; description: string }>;
}

const DOC_THEN_FUNCTION = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;

export function findCustomFunctions(source: string): CustomFunctionDoc[] {
  const found: CustomFunctionDoc[] = [];
  for (const match of source.matchAll(DOC_THEN_FUNCTION)) {
    const lines = match[1].split('\n').map((line) => line.replace(/^\s*\*\s?/, '').trimEnd());
    if (!lines.some((line) => /@customfunction\b/.test(line))) continue;
    const name = match[2];
    if (name.endsWith('_')) continue; // private functions are never exposed
    const description = lines
      .filter((l) => !l.startsWith('@'))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    const params = lines
      .map((l) => /^@param\s+(?:\{([^}]*)\}\s+)?(\[?[\w$.]+\]?)\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ type: m[1] ?? '', name: m[2], description: m[3].trim() }));
    found.push({ name, description, params });
  }
  return found;
}
