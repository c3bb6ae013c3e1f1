#!/usr/bin/env node
/**
 * `npm run mutation [-- <module>… ] [--concurrency N] [--mutate <glob>] [--full]`: mutation testing with
 * StrykerJS, one run per module (mutation/modules.mjs), each with a vitest config that includes
 * only that module's tests. Prints a score per module with its runtime. Not part of `npm test` or CI.
 *
 * Score = detected / (detected + undetected), where detected = killed + timeout + "file failed at
 * import" and undetected = survived + no coverage. A mutant that breaks a module at import (e.g. a
 * rule's `defineRule` call) makes vitest fail the whole test file with no test run; the vitest
 * runner reports that as survived with 0 tests completed. It is a failing suite, so it is counted
 * as killed here (column `import`). Compile and runtime errors of Stryker itself are left out.
 */
import { performance } from 'node:perf_hooks';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Stryker } from '@stryker-mutator/core';
import { MODULES } from './modules.mjs';

const args = process.argv.slice(2);
const option = (flag, fallback) => {
  const at = args.indexOf(flag);
  if (at === -1) return fallback;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const concurrency = Number(option('--concurrency', '1'));
const full = args.includes('--full');
if (full) args.splice(args.indexOf('--full'), 1);
const mutateOverride = option('--mutate', undefined);
const names = args.length === 0 ? Object.keys(MODULES) : args;
for (const name of names) {
  if (!(name in MODULES)) {
    console.error(`unknown module '${name}'; modules: ${Object.keys(MODULES).join(', ')}`);
    process.exit(2);
  }
}
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error('--concurrency should be a positive integer');
  process.exit(2);
}

const rows = [];
for (const name of names) {
  const module = MODULES[name];
  process.env.MUTATION_MODULE = name;
  const started = performance.now();
  const stryker = new Stryker({
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: 'mutation/vitest.config.ts' },
    mutate: mutateOverride === undefined ? module.mutate : mutateOverride.split(','),
    coverageAnalysis: 'perTest',
    concurrency,
    timeoutMS: 10_000,
    reporters: ['progress', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    tempDirName: '.stryker-tmp',
    cleanTempDir: true,
    // Reruns re-test only the mutants whose code or covering tests changed (results of the others
    // come from reports/mutation/<module>-incremental.json); --full re-tests every mutant.
    incremental: mutateOverride === undefined,
    incrementalFile: `reports/mutation/${name}-incremental.json`,
    force: full,
  });
  const results = await stryker.runMutationTest();
  const seconds = (performance.now() - started) / 1000;
  const count = { killed: 0, timeout: 0, import: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  const survivors = [];
  for (const mutant of results) {
    switch (mutant.status) {
      case 'Killed':
        count.killed += 1;
        break;
      case 'Timeout':
        count.timeout += 1;
        break;
      case 'Survived':
        if (mutant.testsCompleted === 0) count.import += 1;
        else {
          count.survived += 1;
          survivors.push(mutant);
        }
        break;
      case 'NoCoverage':
        count.noCoverage += 1;
        survivors.push(mutant);
        break;
      case 'Ignored':
        count.ignored += 1;
        break;
      default:
        count.errors += 1;
    }
  }
  const detected = count.killed + count.timeout + count.import;
  const valid = detected + count.survived + count.noCoverage;
  const score = valid === 0 ? null : (100 * detected) / valid;
  rows.push({ name, valid, ...count, score, seconds });
  mkdirSync('reports/mutation', { recursive: true });
  writeFileSync(
    `reports/mutation/${name}-survivors.txt`,
    survivors
      .map((m) => `${m.fileName}:${m.location.start.line}:${m.location.start.column + 1} ${m.status} ${m.mutatorName}: ${m.replacement ?? ''}`)
      .join('\n') + '\n',
  );
}

const pad = (value, width) => String(value).padStart(width);
console.log('\nmodule        mutants  killed timeout import survived nocov  score   runtime');
for (const r of rows) {
  console.log(
    `${r.name.padEnd(12)} ${pad(r.valid, 8)} ${pad(r.killed, 7)} ${pad(r.timeout, 7)} ${pad(r.import, 6)} ${pad(r.survived, 8)} ${pad(r.noCoverage, 5)} ${pad(
      r.score === null ? '—' : `${r.score.toFixed(1)} %`,
      7,
    )} ${pad(`${Math.round(r.seconds)} s`, 8)}`,
  );
}
console.log('\nSurvivors per module: reports/mutation/<module>-survivors.txt; full reports: reports/mutation/<module>.html');
