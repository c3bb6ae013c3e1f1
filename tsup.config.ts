import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  splitting: false,
  treeshake: true,
  tsconfig: 'src/tsconfig.json',
  // seedrandom is CommonJS only; bundling its small alea file keeps the ESM build loadable in browsers.
  noExternal: [/^seedrandom/],
  banner: { js: '/*! shuangsuiji · MIT · bundles seedrandom/lib/alea.js, (C) 2010 Johannes Baagøe, MIT (see LICENSE) */' },
  // Ship the JSON Schema of every public data shape, generated from the zod schemas of this very build.
  async onSuccess() {
    const built = pathToFileURL(join(process.cwd(), 'dist', 'index.js')).href;
    const { jsonSchemas } = (await import(built)) as typeof import('./src/index.js');
    await mkdir('dist/schemas', { recursive: true });
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      await writeFile(`dist/schemas/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
    }
  },
});
