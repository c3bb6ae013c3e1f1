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
});
