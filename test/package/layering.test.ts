/**
 * The layering of DESIGN.md: a lower module never imports a higher one. Every import of every file
 * under src/ (value and type imports, re-exports, dynamic imports) is resolved to the module it
 * lands in and checked against the order below. A new module must be placed in the order first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { moduleNames } from '../../scripts/entry-points.js';

/**
 * Lower first (DESIGN.md, "Modules"), with two departures the code made and the docs record: risk
 * sits below plan (a plan's sampling and pools are risk-stratified), and presets above plan (a
 * preset ships a sample plan).
 */
const ORDER = [
  'core',
  'calendar',
  'catalogue',
  'directory',
  'policy',
  'risk',
  'plan',
  'presets',
  'draw',
  'merge',
  'publication',
  'kpi',
  'simulate',
  'json-schema',
  'warehouse',
] as const;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The module a file under src/ belongs to ('' for src/index.ts and other root files). */
function moduleOf(file: string): string {
  const parts = relative(src, file).split(sep);
  return parts.length > 1 ? parts[0]! : '';
}

interface Import {
  readonly file: string;
  readonly specifier: string;
  readonly from: string;
  readonly to: string;
}

function importsOf(file: string): Import[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .filter(({ fileName }) => fileName.startsWith('.'))
    .map(({ fileName }) => ({
      file: relative(root, file),
      specifier: fileName,
      from: moduleOf(file),
      to: moduleOf(resolve(dirname(file), fileName)),
    }));
}

const rank = (module: string): number => (ORDER as readonly string[]).indexOf(module);
const files = sourceFiles(src);
const imports = files.flatMap(importsOf);

describe('module layering (DESIGN.md)', () => {
  it('knows every module of src/', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.filter((folder) => rank(folder) < 0), 'place new modules in ORDER (test/package/layering.test.ts) and DESIGN.md').toEqual([]);
    expect(moduleNames().length).toBe(folders.length);
  });

  it('finds the imports it checks', () => {
    // a parser that found nothing would pass everything
    expect(imports.length).toBeGreaterThan(500);
    expect(imports.some((i) => i.from === 'draw' && i.to === 'core')).toBe(true);
    expect(imports.some((i) => i.from === 'json-schema' && i.to === 'kpi')).toBe(true);
  });

  it('has no import from a lower module to a higher one', () => {
    const upward = imports
      .filter((i) => i.from !== '' && i.to !== '' && rank(i.to) > rank(i.from))
      .map((i) => `${i.file} (${i.from}) imports ${i.specifier} (${i.to})`);
    expect(upward).toEqual([]);
  });

  it('has no import of src/index.ts from inside a module', () => {
    const intoRoot = imports.filter((i) => i.from !== '' && i.to === '').map((i) => `${i.file} imports ${i.specifier}`);
    expect(intoRoot).toEqual([]);
  });

  it('re-exports every module face from src/index.ts, once', () => {
    // (The root's order is presentation; the layering above is what binds.)
    const { importedFiles } = ts.preProcessFile(readFileSync(join(src, 'index.ts'), 'utf8'), true, true);
    const reexported = importedFiles.map(({ fileName }) => /^\.\/([^/]+)\/index\.js$/.exec(fileName)?.[1]);
    expect(reexported.every((module) => module !== undefined), 'src/index.ts re-exports module faces only').toBe(true);
    expect([...reexported].sort()).toEqual(moduleNames());
  });

});
