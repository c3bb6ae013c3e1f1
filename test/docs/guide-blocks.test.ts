/**
 * The code of docs/guide.md and docs/guide.zh.md, run as printed, in order: the ```ts blocks of a
 * page become one module (their `import … from 'shuangsuiji'` lines gathered at the top and pointed
 * at src/; nothing else changed), which must type-check under plain `--strict` (what a user's
 * project has) and run. Its top-level names are then exported, so the tests below check what the
 * blocks computed against what the prose and the `//=>` comments say.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  builtinPlanRules,
  computeKpis,
  validatePlan,
  verifyDraw,
  zhejiang2023,
  zhejiang2023Catalogue,
  type AnnualPlan,
  type DrawSubjectsResult,
  type KpiReport,
  type Rule,
  type PlanRuleContext,
  type SamplerResult,
  type SimulationResult,
} from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'out', 'docs-blocks');

interface GuideModule {
  /** The module's text. */
  readonly text: string;
  /** For each line of the module, the line of the page it comes from (0: added). */
  readonly lines: readonly number[];
  /** Top-level names the blocks declare. */
  readonly names: readonly string[];
}

/** Builds the module of a page's ```ts blocks. */
function guideModule(markdown: string, page: string, sourceEntry: string): GuideModule {
  const values = new Set<string>();
  const types = new Set<string>();
  const body: string[] = [];
  const lines: number[] = [];
  const names: string[] = [];
  const fence = /^```ts\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(markdown); match !== null; match = fence.exec(markdown)) {
    const code = match[1]!;
    const firstLine = markdown.slice(0, match.index).split('\n').length + 1;
    const file = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true);
    const drop = new Set<number>();
    for (const statement of file.statements) {
      if (ts.isImportDeclaration(statement)) {
        const from = (statement.moduleSpecifier as ts.StringLiteral).text;
        if (from !== 'shuangsuiji') throw new Error(`${page}:${firstLine}: the guide imports only from 'shuangsuiji', not ${from}`);
        const bindings = statement.importClause?.namedBindings;
        if (bindings === undefined || !ts.isNamedImports(bindings)) throw new Error(`${page}:${firstLine}: use named imports`);
        for (const element of bindings.elements) {
          (statement.importClause!.isTypeOnly || element.isTypeOnly ? types : values).add(element.name.text);
        }
        const start = file.getLineAndCharacterOfPosition(statement.getStart()).line;
        const end = file.getLineAndCharacterOfPosition(statement.getEnd()).line;
        for (let line = start; line <= end; line++) drop.add(line);
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) names.push(...bindingNames(declaration.name));
      } else if (ts.isFunctionDeclaration(statement) && statement.name !== undefined) {
        names.push(statement.name.text);
      }
    }
    body.push(`// ${page}:${firstLine}`);
    lines.push(0);
    code.replace(/\n$/, '').split('\n').forEach((line, index) => {
      if (drop.has(index)) return;
      body.push(line);
      lines.push(firstLine + index);
    });
  }
  for (const name of types) if (values.has(name)) types.delete(name);
  const head = [
    `import { ${[...values].sort().join(', ')} } from '${sourceEntry}';`,
    ...(types.size > 0 ? [`import type { ${[...types].sort().join(', ')} } from '${sourceEntry}';`] : []),
  ];
  const tail = [`export { ${names.join(', ')} };`];
  return {
    text: [...head, ...body, ...tail, ''].join('\n'),
    lines: [...head.map(() => 0), ...lines, ...tail.map(() => 0)],
    names,
  };
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

const PAGES = ['guide.md', 'guide.zh.md'] as const;
const sourceEntry = relative(outDir, join(root, 'src', 'index.js')).split('\\').join('/');
const modules = new Map(
  PAGES.map((page) => {
    const module = guideModule(readFileSync(join(root, 'docs', page), 'utf8'), `docs/${page}`, sourceEntry);
    return [page, { module, file: join(outDir, `${page}.ts`) }] as const;
  }),
);
mkdirSync(outDir, { recursive: true });
for (const { module, file } of modules.values()) writeFileSync(file, module.text);

let diagnostics: readonly ts.Diagnostic[] | undefined;

/** Type errors of a page's module under a user's plain `--strict`, each located on its page. */
function strictErrors(page: (typeof PAGES)[number]): string[] {
  const { module, file } = modules.get(page)!;
  diagnostics ??= ts.getPreEmitDiagnostics(
    ts.createProgram(
      [...modules.values()].map((m) => m.file),
      {
        strict: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts'],
        types: [],
        skipLibCheck: true,
        noEmit: true,
      },
    ),
  );
  return diagnostics
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map((diagnostic) => {
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return `docs/${page}:${module.lines[line] ?? '?'}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
}

interface GuideValues {
  plan: AnnualPlan;
  SEED: string;
  draws: DrawSubjectsResult<{ id: string; stratum: string }>[];
  drawPools: Map<string, { id: string; stratum: string }[]>;
  visits: unknown[];
  summary: { pairs: number; visits: number; saved: number };
  staffing: { assignments: unknown[] };
  records: Parameters<typeof computeKpis>[0];
  report: KpiReport;
  result: SimulationResult;
  merged: SamplerResult;
  mergedFromBytes: SamplerResult;
  t12: { poolDigest: string | null; selected: { id: string }[] };
  context: Parameters<typeof computeKpis>[1];
  kpiDriver: { result(): KpiReport };
  jointInQ4: Rule<PlanRuleContext>;
  [name: string]: unknown;
}

describe.each(PAGES)('docs/%s, run as printed', (page) => {
  const { module, file } = modules.get(page)!;
  let guide: GuideValues;

  beforeAll(async () => {
    guide = (await import(pathToFileURL(file).href)) as GuideValues;
  });

  it('has its blocks, imports only from shuangsuiji, and type-checks under --strict', () => {
    expect(module.names).toEqual(expect.arrayContaining(['plan', 'draws', 'records', 'merged', 'kpiDriver']));
    expect(strictErrors(page)).toEqual([]);
  });

  it('2–4: validates the plan and draws every task in month order, each draw verifiable', () => {
    expect(guide.draws.map((draw) => draw.record.taskId)).toEqual(guide.plan.tasks.map((task) => task.id));
    expect(guide.draws[0]!.record.taskSeed).toBe('2023-03-01 摇号 31415926535897932384/T01');
    expect(verifyDraw(guide.draws[0]!.record, guide.drawPools.get('T01')!).ok).toBe(true);
  });

  it('5–7: merges, staffs every visit, and meets the enterprise inspection rate', () => {
    expect(guide.summary.pairs - guide.summary.visits).toBe(guide.summary.saved);
    expect(guide.staffing.assignments).toHaveLength(guide.visits.length);
    const share = guide.report.indicators.find((i) => i.id === 'enterpriseInspectionRate')!;
    expect([share.target, share.met]).toEqual([0.03, true]);
  });

  it('8: the simulation shows the sample plan meets the joint share, counted in checks', () => {
    const joint = guide.result.indicators.find((i) => i.id === 'jointShare')!;
    expect(joint.missProbability).toBe(0);
    expect(joint.value!.min).toBeGreaterThan(0.4);
  });

  it('10: the custom rule finds the one solo task of the fourth quarter', () => {
    const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools: guide['pools'] as never, rules: [...builtinPlanRules, guide.jointInQ4] };
    expect(validatePlan(guide.plan, options)).toEqual([
      { ruleId: 'local.q4-joint', severity: 'error', clause: '本省补充规定', message: '任务 T20（10月）未安排联合部门', tasks: ['T20'] },
    ]);
  });

  it('9: SQL replays point to drawSql and the warehouse guide (examples/verify-draw.sql is drawSql output, test/warehouse)', () => {
    const text = readFileSync(join(root, 'docs', page), 'utf8');
    expect(text).toContain('drawSqlFromRecord(record');
    expect(text).toMatch(/\(warehouse(\.zh)?\.md\)/);
    expect(readFileSync(join(root, 'examples', 'verify-draw.sql'), 'utf8')).toContain('GENERATED by drawSql');
  });

  it('11: the merged partition states are the whole draw of T12', () => {
    const whole = guide.draws.find((draw) => draw.record.taskId === 'T12')!.record;
    expect(Object.values(guide.merged.strata).flatMap((s) => s.selected.map((e) => e.id))).toEqual(whole.selected.map((e) => e.id));
    expect(Object.values(guide.merged.strata).flatMap((s) => s.selected.map((e) => e.ticket))).toEqual(whole.selected.map((e) => e.ticket));
  });

  it('11: the binary states merge to the draw of the JSON states; the worker recipe is examples/parallel-draw.ts', () => {
    expect(guide.mergedFromBytes).toEqual(guide.merged);
    expect(readFileSync(join(root, 'docs', page), 'utf8')).toContain('examples/parallel-draw.ts');
    expect(readFileSync(join(root, 'examples', 'parallel-draw.ts'), 'utf8')).toContain('stateBytes()');
  });

  it('11: the merged KPI states are the report of one pass', () => {
    expect(guide.kpiDriver.result()).toEqual(computeKpis(guide.records, guide.context));
  });
});
