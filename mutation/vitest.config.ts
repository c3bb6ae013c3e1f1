/**
 * The vitest config of one mutation module (used by mutation/run.mjs, not by `npm test`): the
 * module's tests only, named by MUTATION_MODULE (see mutation/modules.mjs).
 */
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { MODULES } from './modules.mjs';

const name = process.env['MUTATION_MODULE'] ?? '';
const module = (MODULES as Record<string, { tests: string[] } | undefined>)[name];
if (module === undefined) throw new Error(`MUTATION_MODULE should be one of ${Object.keys(MODULES).join(', ')}, got '${name}'`);

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: module.tests,
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
    testTimeout: 60_000,
  },
});
