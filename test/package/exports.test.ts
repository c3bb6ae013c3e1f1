/**
 * The package's entry points: package.json "exports" is the one scripts/exports.ts writes from
 * src/*\/index.ts, and the root re-exports exactly the union of the module faces (so
 * `shuangsuiji/draw` and `shuangsuiji` name the same things). The built files are checked by
 * test/package/check-entries.mjs, after the build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryPoints, moduleNames, packageEntryFields } from '../../scripts/entry-points.js';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('package entry points', () => {
  it('has one subpath export per src/<module>/index.ts, with ESM, CommonJS and types (npm run exports)', () => {
    const fields = packageEntryFields();
    expect(manifest.exports, 'run `npm run exports` and commit package.json').toEqual(fields.exports);
    expect(manifest.typesVersions, 'run `npm run exports` and commit package.json').toEqual(fields.typesVersions);
    expect(moduleNames()).toContain('draw');
    expect(Object.keys(manifest.exports as object)).toContain('./draw');
    expect((manifest.exports as Record<string, unknown>)['./calendar']).toEqual({
      import: { types: './dist/calendar/index.d.ts', default: './dist/calendar/index.js' },
      require: { types: './dist/calendar/index.d.cts', default: './dist/calendar/index.cjs' },
    });
  });

  it('re-exports from the root exactly the names of the module faces', async () => {
    const root = (await import('../../src/index.js')) as Record<string, unknown>;
    const union = new Map<string, unknown>();
    for (const entry of entryPoints().filter((e) => e.subpath !== '.')) {
      const face = (await import(`../../${entry.source}`)) as Record<string, unknown>;
      expect(Object.keys(face).length, entry.name).toBeGreaterThan(0);
      for (const [name, value] of Object.entries(face)) {
        expect(root[name], `${entry.name} ${name}`).toBe(value);
        union.set(name, value);
      }
    }
    expect(Object.keys(root).sort()).toEqual([...union.keys()].sort());
  });

  it('names the project home in one place, package.json, and links docs there', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: 'git+https://github.com/shuangsuiji/shuangsuiji.git' });
    expect(manifest.homepage).toBe('https://github.com/shuangsuiji/shuangsuiji#readme');
    expect(manifest.bugs).toEqual({ url: 'https://github.com/shuangsuiji/shuangsuiji/issues' });
    expect(manifest.files).toEqual(expect.arrayContaining(['dist', 'docs/*.md', 'CHANGELOG.md', 'README.md', 'LICENSE']));
  });
});
