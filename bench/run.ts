/**
 * Runs every benchmark in bench/ (files named *.bench.ts exporting `run()`), or the ones named
 * on the command line: `npm run bench -- draw kpi`. Each benchmark measures its baseline in the
 * same run and prints ratios; nothing here is part of `npm test`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace('.bench.ts', '')))
  .sort();

console.log(`node ${process.version} · ${process.platform}/${process.arch}`);
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  await module.run();
}
