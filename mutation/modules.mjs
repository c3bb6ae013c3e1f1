/**
 * The modules of `npm run mutation` (变异测试模块): what Stryker mutates and which tests may kill
 * the mutants. Each module runs with its own vitest config (mutation/vitest.config.ts reads
 * MUTATION_MODULE), so a mutant is judged by its module's tests only.
 */
export const MODULES = {
  plan: { mutate: ['src/plan/**/*.ts', '!src/plan/index.ts'], tests: ['test/plan/**/*.test.ts'] },
  risk: { mutate: ['src/risk/**/*.ts', '!src/risk/index.ts'], tests: ['test/risk/**/*.test.ts'] },
  // The holiday tables in src/calendar/data are data, not rules.
  calendar: { mutate: ['src/calendar/**/*.ts', '!src/calendar/index.ts', '!src/calendar/data/**'], tests: ['test/calendar/**/*.test.ts'] },
  kpi: { mutate: ['src/kpi/**/*.ts', '!src/kpi/index.ts'], tests: ['test/kpi/**/*.test.ts'] },
  merge: { mutate: ['src/merge/**/*.ts', '!src/merge/index.ts'], tests: ['test/merge/**/*.test.ts'] },
  publication: { mutate: ['src/publication/**/*.ts', '!src/publication/index.ts'], tests: ['test/publication/**/*.test.ts'] },
  // The draw's public layer; its hashing internals (sha256, tickets) have their own vector tests.
  draw: {
    mutate: ['src/draw/draw-subjects.ts', 'src/draw/sampler.ts', 'src/draw/verify-draw.ts', 'src/draw/draw-inspectors.ts'],
    tests: ['test/draw/**/*.test.ts'],
  },
};
