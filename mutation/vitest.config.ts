/**
 * The vitest config of one mutation module (used by mutation/run.mjs, not by `npm test`): the
 * module's tests only, named by MUTATION_MODULE (see mutation/modules.mjs).
 *
 * Speed (a mutant costs a vitest run of the test files that cover it): the test files of a module
 * share one module graph (`isolate: false`), so a file's imports (for the plan tests, the 20 000-subject
 * sample district built by test/support/sample-pools.ts) are evaluated once per run instead of once per
 * file. Files that mock modules (`vi.mock`) need their own graph and run in a second, isolated project.
 * Files listed in `notForMutation` (mutation/modules.mjs) are left out; each says why.
 */
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { MODULES } from './modules.mjs';

type Module = { tests: string[]; isolated?: string[]; notForMutation?: Record<string, string> };
const name = process.env['MUTATION_MODULE'] ?? '';
const module = (MODULES as Record<string, Module | undefined>)[name];
if (module === undefined) throw new Error(`MUTATION_MODULE should be one of ${Object.keys(MODULES).join(', ')}, got '${name}'`);

const isolated = module.isolated ?? [];
const excluded = [...configDefaults.exclude, '.stryker-tmp/**', ...Object.keys(module.notForMutation ?? {})];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'shared', include: module.tests, exclude: [...excluded, ...isolated], isolate: false } },
      ...(isolated.length === 0 ? [] : [{ extends: true, test: { name: 'isolated', include: isolated, exclude: excluded, isolate: true } }]),
    ],
  },
});
