import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { entryPoints } from './scripts/entry-points.js';

// The JavaScript is built file by file (dist/ mirrors src/): every source file is an entry and its
// relative imports stay imports, so a bundler that imports one function from `shuangsuiji` or from
// `shuangsuiji/draw` keeps only the files that function needs ("sideEffects": false). The ESM and
// CommonJS trees hold one copy of each module, so `shuangsuiji` and `shuangsuiji/draw` share classes.
const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => `src/${file.split('\\').join('/')}`)
  .sort();

/** Keeps relative imports external, pointing at the sibling built file of the same format. */
function keepModules(extension: '.js' | '.cjs'): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'keep-modules',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (!args.path.endsWith('.js')) throw new Error(`${args.importer}: relative import without .js: ${args.path}`);
        return { path: args.path.replace(/\.js$/, extension), external: true };
      });
    },
  };
}

/** seedrandom's Alea file, bundled into dist/simulate/prng.*, keeps its MIT notice (a legal comment). */
const aleaNotice: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'alea-notice',
  setup(build) {
    build.onLoad({ filter: /seedrandom[\\/]lib[\\/]alea\.js$/ }, (args) => ({
      contents: `/*! seedrandom/lib/alea.js, (C) 2010 Johannes Baagøe, MIT (see LICENSE) */\n${readFileSync(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

const common = {
  entry: sources,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: true,
  splitting: false,
  treeshake: false,
  bundle: true,
  tsconfig: 'src/tsconfig.json',
  // seedrandom is CommonJS only; bundling its small alea file (into dist/simulate/prng.*) keeps the
  // ESM build loadable in browsers.
  noExternal: [/^seedrandom/],
} satisfies Options;

export default defineConfig([
  {
    ...common,
    format: ['esm'],
    esbuildPlugins: [keepModules('.js'), aleaNotice],
    // Ship the JSON Schema of every public data shape, generated from the zod schemas of this very build.
    async onSuccess() {
      const built = pathToFileURL(join(process.cwd(), 'dist', 'index.js')).href;
      const { jsonSchemas } = (await import(built)) as typeof import('./src/index.js');
      await mkdir('dist/schemas', { recursive: true });
      for (const [name, schema] of Object.entries(jsonSchemas())) {
        await writeFile(`dist/schemas/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
      }
    },
  },
  {
    ...common,
    format: ['cjs'],
    esbuildPlugins: [keepModules('.cjs'), aleaNotice],
  },
  {
    // Declarations: one bundled .d.ts (ESM) and .d.cts (CommonJS) per entry point, with the
    // declarations they share in common chunks, so every entry names the same types.
    entry: Object.fromEntries(entryPoints().map((entry) => [entry.out, entry.source])),
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'src/tsconfig.json',
    dts: { only: true, compilerOptions: { ignoreDeprecations: '6.0' } },
  },
]);
