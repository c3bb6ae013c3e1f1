/**
 * The modules of `npm run mutation` (变异测试模块): what Stryker mutates and which tests may kill
 * the mutants. Each module runs with its own vitest config (mutation/vitest.config.ts reads
 * MUTATION_MODULE), so a mutant is judged by its module's tests only.
 */
/**
 * `isolated`: test files that need their own module graph (vi.mock); the others share one per run.
 * `notForMutation`: test files left out of the mutation runs, with the reason (they cannot kill a
 * mutant). Leaving a test out can only lower a score, never raise it.
 */
export const MODULES = {
  plan: {
    mutate: ['src/plan/**/*.ts', '!src/plan/index.ts'],
    tests: ['test/plan/**/*.test.ts'],
    // vi.mock replaces a module: this file needs its own module graph.
    isolated: ['test/plan/rules/issue-deadline-rethrow.test.ts'],
  },
  risk: { mutate: ['src/risk/**/*.ts', '!src/risk/index.ts'], tests: ['test/risk/**/*.test.ts'] },
  // The holiday tables in src/calendar/data are data, not rules.
  calendar: {
    mutate: ['src/calendar/**/*.ts', '!src/calendar/index.ts', '!src/calendar/data/**'],
    tests: ['test/calendar/**/*.test.ts'],
    notForMutation: {
      // Runs the calendar in child processes (one per time zone); a child never sees the active
      // mutant (Stryker switches mutants in the test process), so it cannot kill one and costs ~4 s.
      'test/calendar/time-zones.test.ts': 'child processes never run a mutant',
    },
  },
  kpi: { mutate: ['src/kpi/**/*.ts', '!src/kpi/index.ts'], tests: ['test/kpi/**/*.test.ts'] },
  merge: { mutate: ['src/merge/**/*.ts', '!src/merge/index.ts'], tests: ['test/merge/**/*.test.ts'] },
  publication: { mutate: ['src/publication/**/*.ts', '!src/publication/index.ts'], tests: ['test/publication/**/*.test.ts'] },
  // The draw's public layer; its hashing internals (sha256, tickets) have their own vector tests.
  draw: {
    mutate: ['src/draw/draw-subjects.ts', 'src/draw/sampler.ts', 'src/draw/verify-draw.ts', 'src/draw/draw-inspectors.ts'],
    tests: ['test/draw/**/*.test.ts'],
  },
};
