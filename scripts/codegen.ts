// Text generated from the registries: the Apps Script stubs with their JSDoc, and the README's
// function reference. One source, so autocomplete, docs and code cannot drift apart.
import { argumentNames, cardIndex } from '../src/functions/broadcast';
import type { CustomFunctionSpec } from '../src/functions/registry';

const paramsOf = (spec: CustomFunctionSpec) => argumentNames(spec);

const RATECARD_DOC = {
  name: 'ratecard',
  type: 'Array<Array<string|number>>',
  optional: true,
  description: 'a range of your own figures, headers kind, key, region, spec, low, high (Insert rate card makes one).',
};

/** Every argument's documentation in order, the rate card in its place. */
function argumentDocs(spec: CustomFunctionSpec): { name: string; type: string; optional?: boolean; description: string }[] {
  const docs: { name: string; type: string; optional?: boolean; description: string }[] = [...spec.params];
  if (spec.ratecard) docs.splice(cardIndex(spec), 0, RATECARD_DOC);
  return docs;
}

/**
 * The text Sheets' formula helper shows for a function: its description. Google's JSDoc page
 * (https://developers.google.com/apps-script/concepts/jsdoc, custom functions in Sheets) says
 * the helper does not show the @return text and does not support plain line breaks, so what the
 * function returns and an example go in the description, as one line.
 */
export function helperDescription(spec: CustomFunctionSpec): string {
  return oneLine(`${spec.summary} Returns: ${spec.returns} Example: ${spec.example}`);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function customFunctionStub(spec: CustomFunctionSpec): string {
  const names = paramsOf(spec);
  const lines = [
    helperDescription(spec),
    ...argumentDocs(spec).map((p) => `@param {${p.type}} ${p.name} ${oneLine(`${p.optional ? '[optional] ' : ''}${p.description}`)}`),
    `@return ${oneLine(spec.returns)}`, // for the Apps Script editor; Sheets does not show it
    '@customfunction',
  ];
  return [
    '/**',
    ...lines.map((l) => ` * ${l}`),
    ' */',
    `function ${spec.name}(${names.join(', ')}) {`,
    `  return devRateFunctions_().entryPoints.${spec.name}(${names.join(', ')});`,
    '}',
  ].join('\n');
}

export function entryPointStub(name: string): string {
  return `function ${name}() {\n  return devRateServer_().entryPoints.${name}.apply(null, arguments);\n}`;
}

/** A lazily evaluated CommonJS bundle: top-level code only declares, so executions start cheap. */
export function lazyModule(loader: string, cjs: string): string {
  const cache = `${loader.replace(/_$/, '')}Exports_`;
  return [
    `var ${cache};`,
    `function ${loader}() {`,
    `  if (!${cache}) {`,
    '    var module = { exports: {} };',
    '    (function (module, exports) {',
    cjs.trimEnd(),
    '    })(module, module.exports);',
    `    ${cache} = module.exports;`,
    '  }',
    `  return ${cache};`,
    '}',
  ].join('\n');
}

/**
 * data/*.json, once for both bundles (each reads a file through devRateData_(name)), each file
 * built on its first use: the custom functions and the server share the figures instead of
 * carrying a copy each, and a recalculation builds only the files it reads.
 */
export function sharedDataModule(files: Record<string, unknown>): string {
  const cache = 'devRateDataCache_';
  return [
    `var ${cache};`,
    'function devRateData_(name) {',
    `  if (!${cache}) ${cache} = {};`,
    `  if (!${cache}[name]) ${cache}[name] = devRateDataFile_(name);`,
    `  return ${cache}[name];`,
    '}',
    'function devRateDataFile_(name) {',
    '  switch (name) {',
    ...Object.entries(files).map(([name, data]) => `    case ${JSON.stringify(name)}: return ${JSON.stringify(data)};`),
    "    default: throw new Error('DevRate has no data file ' + name + '.');",
    '  }',
    '}',
  ].join('\n');
}

export function functionReference(specs: readonly CustomFunctionSpec[]): string {
  return specs
    .map((spec) => {
      const docs = argumentDocs(spec);
      const signature = `${spec.name}(${docs.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
      const params = docs.map((p) => `  - \`${p.name}\`: ${p.description}`);
      return [`### \`${signature}\``, '', spec.summary, '', `Returns: ${spec.returns} Example: \`${spec.example}\``, '', ...params].join(
        '\n',
      );
    })
    .join('\n\n');
}
