/**
 * The API report: the public surface (names and signatures) of every entry point, as API Extractor
 * reads it from the built declarations, in api/<entry>.api.md (checked in). Run after `npm run build`.
 *
 *   npm run api            CI: fail if a report differs from the checked-in one (exit 1, prints the diff)
 *   npm run api -- --local after changing the public API on purpose: rewrite api/*.api.md, then
 *                          review the diff and commit it with the change (and a CHANGELOG line)
 *
 * Entry points come from scripts/entry-points.ts (src/index.ts and every src/<module>/index.ts),
 * so a new module gets a report. A change to an export or a signature thus shows up in review.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor, ExtractorConfig, ExtractorLogLevel, type IConfigFile } from '@microsoft/api-extractor';
import { entryPoints, root } from './entry-points.js';

const local = process.argv.includes('--local');
const reportFolder = join(root, 'api');
const tempFolder = join(root, 'out', 'api-extractor');
mkdirSync(reportFolder, { recursive: true });
rmSync(tempFolder, { recursive: true, force: true });
mkdirSync(tempFolder, { recursive: true });

/** api/<file>.api.md for an entry point: 'shuangsuiji' → shuangsuiji, 'shuangsuiji/draw' → shuangsuiji-draw. */
const reportName = (name: string): string => name.replace('/', '-');

const quiet = { logLevel: ExtractorLogLevel.None };
let changed = 0;
const expected = new Set<string>();
for (const entry of entryPoints()) {
  const declarations = join(root, 'dist', `${entry.out}.d.ts`);
  if (!existsSync(declarations)) throw new Error(`${declarations} is missing: run npm run build first`);
  const name = reportName(entry.name);
  expected.add(`${name}.api.md`);
  const configObject: IConfigFile = {
    projectFolder: root,
    mainEntryPointFilePath: declarations,
    compiler: {
      overrideTsconfig: {
        compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022'], types: [], strict: true, skipLibCheck: true },
        files: [declarations],
      },
    },
    apiReport: { enabled: true, reportFileName: `${name}.api.md`, reportFolder, reportTempFolder: tempFolder },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    newlineKind: 'lf',
    messages: {
      compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
      extractorMessageReporting: {
        default: { logLevel: ExtractorLogLevel.Warning, addToApiReportFile: true },
        // Every export is public; the package does not use release tags.
        'ae-missing-release-tag': quiet,
        // The root's report lists types its signatures use but the package does not export
        // (ae-forgotten-export); a module's report would also list every type of a lower module.
        'ae-forgotten-export': { logLevel: ExtractorLogLevel.None, addToApiReportFile: entry.subpath === '.' },
        // `{@link}` targets are checked by typedoc (validation.invalidLink), not here.
        'ae-unresolved-link': quiet,
        // Documentation is checked by typedoc; line numbers of chunk files would make noisy diffs.
        'ae-undocumented': quiet,
      },
      tsdocMessageReporting: { default: quiet },
    },
  };
  const config = ExtractorConfig.prepare({ configObject, configObjectFullPath: undefined, packageJsonFullPath: join(root, 'package.json') });
  const result = Extractor.invoke(config, { localBuild: local, showVerboseMessages: false, messageCallback: (message) => {
    if (message.logLevel === 'warning' || message.logLevel === 'error') console.error(`${entry.name}: ${message.text}`);
    message.handled = true;
  } });
  if (!result.succeeded && !result.apiReportChanged) throw new Error(`API Extractor failed on ${entry.name}`);
  if (result.apiReportChanged) {
    changed += 1;
    if (!local) {
      console.error(`\n${entry.name}: the public API differs from api/${name}.api.md`);
      try {
        execFileSync('git', ['diff', '--no-index', '--no-color', join(reportFolder, `${name}.api.md`), join(tempFolder, `${name}.api.md`)], { stdio: 'inherit' });
      } catch {
        // git diff exits 1 when the files differ
      }
    }
  }
  console.log(`${entry.name.padEnd(26)} api/${name}.api.md ${result.apiReportChanged ? (local ? 'updated' : 'DIFFERS') : 'unchanged'}`);
}

const stale = readdirSync(reportFolder).filter((file) => file.endsWith('.api.md') && !expected.has(file));
for (const file of stale) {
  if (local) rmSync(join(reportFolder, file));
  console.log(`${file.padEnd(26)} ${local ? 'removed (no such entry point)' : 'STALE: no such entry point'}`);
}
if (!local && (changed > 0 || stale.length > 0)) {
  console.error('\nThe public API changed. If that is intended, run `npm run build && npm run api -- --local`, review api/*.api.md and commit it (with a CHANGELOG line).');
  process.exit(1);
}
if (!local) console.log(`\nAPI report: ${expected.size} entry points match api/*.api.md`);
