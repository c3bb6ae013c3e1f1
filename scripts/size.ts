/**
 * Bundle size of single imports, as an application pays for them (`npm run size`, run in CI after
 * `npm run build`): esbuild bundles `export { name } from 'shuangsuiji…'` from the built package,
 * resolved through package.json "exports", minified, with zod and date-fns external (an app has them
 * anyway). Prints a table of the fixed list below and exits 1 when an import is over its target.
 *
 *   npm run size                 the table
 *   npm run size -- --why NAME   also the 12 largest files inside the bundles of NAME
 *
 * KB = 1000 bytes of minified JavaScript (gzip shown for information).
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { root } from './entry-points.js';

interface Case {
  readonly name: string;
  readonly from: string;
  /** Target in KB (1000 bytes), minified; undefined: printed for information. */
  readonly target?: number;
}

const CASES: readonly Case[] = [
  { name: 'isWorkingDay', from: 'shuangsuiji', target: 15 },
  { name: 'isWorkingDay', from: 'shuangsuiji/calendar', target: 15 },
  { name: 'drawSubjects', from: 'shuangsuiji', target: 40 },
  { name: 'drawSubjects', from: 'shuangsuiji/draw', target: 40 },
  { name: 'validatePlan', from: 'shuangsuiji', target: 60 },
  { name: 'validatePlan', from: 'shuangsuiji/plan', target: 60 },
  { name: 'isShuangsuijiError', from: 'shuangsuiji' },
  { name: 'ticketNumber', from: 'shuangsuiji' },
  { name: 'verifyDraw', from: 'shuangsuiji' },
  { name: 'drawInspectors', from: 'shuangsuiji' },
  { name: 'mergeTasks', from: 'shuangsuiji' },
  { name: 'computeKpis', from: 'shuangsuiji' },
  { name: 'simulatePlan', from: 'shuangsuiji' },
  { name: '*', from: 'shuangsuiji' },
];

interface Measured {
  readonly bytes: number;
  readonly gzip: number;
  readonly metafile: Metafile;
}

async function measure({ name, from }: Case): Promise<Measured> {
  const statement = name === '*' ? `export * from '${from}';` : `export { ${name} } from '${from}';`;
  const result = await build({
    stdin: { contents: statement, resolveDir: root, sourcefile: 'import.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['zod', 'zod/*', 'date-fns', 'date-fns/*'],
  });
  const code = result.outputFiles[0]!.contents;
  return { bytes: code.length, gzip: gzipSync(code).length, metafile: result.metafile };
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const why = process.argv.includes('--why') ? process.argv[process.argv.indexOf('--why') + 1] : undefined;

let over = 0;
const rows: string[][] = [['import', 'from', 'min KB', 'gzip KB', 'target KB', '']];
for (const item of CASES) {
  const { bytes, gzip, metafile } = await measure(item);
  const fails = item.target !== undefined && bytes > item.target * 1000;
  if (fails) over += 1;
  rows.push([item.name, item.from, kb(bytes), kb(gzip), item.target === undefined ? '' : `≤ ${item.target}`, fails ? 'OVER TARGET' : item.target === undefined ? '' : 'ok']);
  if (why === item.name) {
    const inputs = Object.values(metafile.outputs)[0]!.inputs;
    const largest = Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 12);
    for (const [file, { bytesInOutput }] of largest) console.log(`  ${item.from}: ${kb(bytesInOutput).padStart(6)} KB  ${file}`);
  }
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => (column >= 2 && column <= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd());
if (over > 0) {
  console.error(`\n${over} import(s) over target: a bundler that imports them alone carries too much of the library.`);
  process.exit(1);
}
console.log('\nbundle sizes: all within target');
