// How the two bundles inside dist/Code.js are built (scripts/build.ts wraps each in a lazy loader):
//   functions  the custom functions and every module they use, free of zod and the server code
//   server     the menu and endpoints; what it imports from a module the functions bundle already
//              has, it reads from that bundle instead of carrying a second copy
// Both read data/*.json through Code.js's one shared data module.
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const FUNCTIONS_ENTRY = 'src/functions/index.ts';
const SERVER_ENTRY = 'src/main.ts';
/** The server bundle's one function that reads a name from the functions bundle. */
const READ = 'fromFunctionsBundle';

/** data/<name>.json → devRateData_("<name>"), the shared data module of Code.js. */
const sharedData: Plugin = {
  name: 'shared-data',
  setup(builder) {
    builder.onResolve({ filter: /\.json$/ }, (args) =>
      dirname(join(args.resolveDir, args.path)) === join(root, 'data')
        ? { path: basename(args.path, '.json'), namespace: 'devrate-data', sideEffects: false } // unused files drop out
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'devrate-data' }, (args) => ({
      contents: `module.exports = devRateData_(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * Each module of the functions bundle, in the server bundle, as one read per export from that
 * bundle. The reads are pure, so the server's output keeps only those of names it uses.
 */
function fromFunctionsBundle(shared: Map<string, string[]>, loader: string): Plugin {
  return {
    name: 'from-functions-bundle',
    setup(builder) {
      builder.onResolve({ filter: /^devrate:functions-bundle$/ }, () => ({ path: 'read', namespace: 'devrate-functions' }));
      builder.onLoad({ filter: /^read$/, namespace: 'devrate-functions' }, () => ({
        contents: `export function ${READ}(file, name) { return ${loader}().modules[file][name]; }`,
        loader: 'js',
      }));
      builder.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const found = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
        const file = relative(root, found.path);
        return shared.has(file) ? { path: file, namespace: 'devrate-functions', sideEffects: false } : undefined;
      });
      builder.onLoad({ filter: /^src\//, namespace: 'devrate-functions' }, (args) => {
        const reads = (shared.get(args.path) ?? []).map(
          (name) => `export const ${name} = /* @__PURE__ */ ${READ}(${JSON.stringify(args.path)}, "${name}");`,
        );
        return { contents: [`import { ${READ} } from 'devrate:functions-bundle';`, ...reads].join('\n'), loader: 'js' };
      });
    },
  };
}

/**
 * zod's own modules with short local names: nobody debugs zod in the Apps Script editor, and its
 * messages are strings, so only its size changes. Our modules keep every name (see `bundle`).
 */
const compactZod: Plugin = {
  name: 'compact-zod',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/].*\.js$/ }, async (args) => ({
      contents: (await transform(await readFile(args.path, 'utf8'), { format: 'esm', minifyIdentifiers: true, minifySyntax: true })).code,
      loader: 'js',
    }));
  },
};

async function bundle(options: BuildOptions, plugins: Plugin[]) {
  const result = await build({
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2020',
    // Without spaces and with shorter syntax, but with every function and variable under its own
    // name, so a stack trace in the execution log names the functions it passed through. What
    // users read comes from Error messages, which minifying leaves as they are.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    charset: 'utf8', // "–" as itself, not "\u2013": smaller
    write: false,
    metafile: true,
    logLevel: 'warning',
    ...options,
    plugins: [sharedData, compactZod, ...plugins],
  });
  const [output] = result.outputFiles ?? [];
  if (!result.metafile) throw new Error('esbuild wrote no metafile');
  return { js: output.text, metafile: result.metafile };
}

/** The source modules of the custom functions that the server may share, with their exports. */
async function functionsModules(options: BuildOptions): Promise<Map<string, string[]>> {
  const { metafile } = await bundle({ ...options, entryPoints: [join(root, FUNCTIONS_ENTRY)] }, []);
  // A module that reads data/*.json stays in each bundle (the data module is shared already):
  // exposing all of it would build every data file whenever a custom function loads.
  const readsData = (file: string) => metafile.inputs[file].imports.some((i) => i.path.startsWith('devrate-data:'));
  const files = Object.keys(metafile.inputs).filter((f) => f.startsWith('src/') && f !== FUNCTIONS_ENTRY && !readsData(f));
  const modules = new Map<string, string[]>();
  for (const file of files) {
    const names = Object.keys((await import(pathToFileURL(join(root, file)).href)) as object);
    if (names.includes('default')) throw new Error(`${file}: a default export cannot be shared by name; export it by name.`);
    // The server reads each export once, when it loads: a binding reassigned later would go stale.
    if (/^export (let|var)\b/m.test(await readFile(join(root, file), 'utf8'))) throw new Error(`${file}: export a const to share it.`);
    modules.set(file, names);
  }
  return modules;
}

/**
 * Both bundles' CommonJS text and metafiles. The server is built first: the names it reads from
 * the functions bundle (through `functionsLoader`) are the ones that bundle exposes as `modules`.
 */
export async function serverBundles(options: BuildOptions, functionsLoader: string) {
  const server = await bundle({ ...options, entryPoints: [join(root, SERVER_ENTRY)] }, [
    fromFunctionsBundle(await functionsModules(options), functionsLoader),
  ]);
  // The reads that tree-shaking left in the server's output: file and name, as string literals.
  const read = new Map<string, Set<string>>();
  for (const [, file, name] of server.js.matchAll(new RegExp(`\\b${READ}\\d*\\(\\s*"([^"]+)",\\s*"([\\w$]+)"\\s*\\)`, 'g'))) {
    read.set(file, new Set([...(read.get(file) ?? []), name]));
  }
  const exposing = [
    `export { entryPoints } from './${FUNCTIONS_ENTRY}';`,
    ...[...read.keys()].map((file, i) => `import * as m${i} from './${file}';`),
    'export const modules = {',
    ...[...read].map(
      ([file, names], i) => `  ${JSON.stringify(file)}: { ${[...names].map((name) => `${name}: m${i}.${name}`).join(', ')} },`,
    ),
    '};',
  ].join('\n');
  const functions = await bundle(
    { ...options, stdin: { contents: exposing, resolveDir: root, sourcefile: 'functions-bundle.js', loader: 'js' } },
    [],
  );
  return { functions, server };
}
