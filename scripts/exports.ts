/**
 * Writes package.json "exports" (and "typesVersions", for TypeScript's old `node10` resolution) from
 * the entry points of scripts/entry-points.ts: `shuangsuiji` and one `shuangsuiji/<module>` per
 * src/<module>/index.ts, each with ESM, CommonJS and types.
 *
 *   npm run exports             rewrite package.json
 *   npm run exports -- --check  exit 1 if package.json is not what this script would write
 *
 * test/package/exports.test.ts makes the same check in the test suite.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageEntryFields, root } from './entry-points.js';

type Json = Record<string, unknown>;

function main(): void {
  const path = join(root, 'package.json');
  const text = readFileSync(path, 'utf8');
  const manifest = JSON.parse(text) as Json;
  const fields = packageEntryFields();
  const updated: Json = {};
  // Keep the manifest's key order; place typesVersions right after exports.
  for (const [key, value] of Object.entries(manifest)) {
    if (key === 'typesVersions') continue;
    updated[key] = key === 'exports' ? fields.exports : value;
    if (key === 'exports') updated.typesVersions = fields.typesVersions;
  }
  const next = `${JSON.stringify(updated, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('package.json "exports"/"typesVersions" do not match src/*/index.ts: run `npm run exports` and commit.');
      process.exit(1);
    }
    console.log(`package.json exports: ${Object.keys(fields.exports).length} entries, up to date`);
  } else {
    writeFileSync(path, next);
    console.log(`package.json exports: ${Object.keys(fields.exports).length} entries written`);
  }
}

main();
