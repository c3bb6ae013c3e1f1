// The package's entry points, derived from the source tree so that a new module gets one:
// the root (src/index.ts → `shuangsuiji`) and every src/<module>/index.ts (→ `shuangsuiji/<module>`).
// Used by tsup.config.ts, the exports map (scripts/exports.ts), the API report and the tests; typedoc
// takes the same modules by its glob src/*/index.ts.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Names of the modules with a public face: every folder of src/ that has an index.ts, sorted. */
export function moduleNames(base: string = root): string[] {
  const src = join(base, 'src');
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && existsSync(join(src, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** One entry point of the package. */
export interface EntryPoint {
  /** What a user imports: 'shuangsuiji' or 'shuangsuiji/draw'. */
  readonly name: string;
  /** The key in package.json "exports": '.' or './draw'. */
  readonly subpath: string;
  /** The source file, relative to the package root. */
  readonly source: string;
  /** The built file under dist/, without extension: 'index' or 'draw/index'. */
  readonly out: string;
}

/**
 * Every entry point: `{ name, subpath, source, out }` where `subpath` is the exports key ('.' or
 * './draw'), `source` the file under src/ and `out` the built file's path under dist/ without extension.
 */
export function entryPoints(base: string = root): EntryPoint[] {
  return [
    { name: 'shuangsuiji', subpath: '.', source: 'src/index.ts', out: 'index' },
    ...moduleNames(base).map((name) => ({
      name: `shuangsuiji/${name}`,
      subpath: `./${name}`,
      source: `src/${name}/index.ts`,
      out: `${name}/index`,
    })),
  ];
}

type Json = Record<string, unknown>;

/** The "exports" and "typesVersions" fields for the entry points of the tree at `base`. */
export function packageEntryFields(base: string = root): { exports: Json; typesVersions: Json } {
  const exports: Json = {};
  const typesVersions: Record<string, string[]> = {};
  for (const entry of entryPoints(base)) {
    exports[entry.subpath] = {
      import: { types: `./dist/${entry.out}.d.ts`, default: `./dist/${entry.out}.js` },
      require: { types: `./dist/${entry.out}.d.cts`, default: `./dist/${entry.out}.cjs` },
    };
    if (entry.subpath !== '.') typesVersions[entry.subpath.slice(2)] = [`./dist/${entry.out}.d.cts`];
  }
  exports['./schemas/*.json'] = './dist/schemas/*.json';
  exports['./package.json'] = './package.json';
  return { exports, typesVersions: { '*': typesVersions } };
}
