import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    // Stryker's sandboxes (npm run mutation) hold a copy of the tests: never run them from here.
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
    testTimeout: 60_000,
    // Type-level tests (expectTypeOf) in test/types/*.test-d.ts: `npm run test:types` (CI) runs them
    // with tsc; `npm run typecheck` checks them too, as part of the whole tree.
    typecheck: {
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
