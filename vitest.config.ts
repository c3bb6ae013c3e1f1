import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000,
    // Type-level tests (expectTypeOf) in test/types/*.test-d.ts: `npm run test:types` (CI) runs them
    // with tsc; `npm run typecheck` checks them too, as part of the whole tree.
    typecheck: {
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
