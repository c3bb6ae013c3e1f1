/**
 * A self-contained HTML page for the annual-cycle demo: no scripts, no external files, simple CSS.
 */
import type { KpiReport, SimulationResult } from '../../src/index.js';

/** One row of the draw table of the report. */
export interface DrawRow {
  readonly taskId: string;
  readonly name: string;
  readonly month: number;
  readonly pool: number;
  readonly eligible: number;
  readonly sizes: string;
  readonly drawn: number;
  readonly reserves: number;
  readonly verified: boolean;
}

/** What the report shows. */
export interface ReportData {
  readonly title: string;
  readonly seed: string;
  readonly seedCommitment: string;
  readonly subjects: number;
  readonly enterprises: number;
  readonly inspectors: number;
  readonly findings: number;
  readonly simulation: SimulationResult;
  readonly draws: readonly DrawRow[];
  readonly merge: { readonly pairs: number; readonly visits: number; readonly saved: number; readonly jointVisits: number };
  readonly staffing: string;
  /** `histogram[k]`: inspectors given k visits (from `drawInspectors(...).balance`). */
  readonly staffingHistogram?: readonly number[];
  readonly kpis: KpiReport;
  readonly elapsedSeconds: number;
}

const escape = (text: string | number): string =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A share as a percentage with at most `digits` decimals, trailing decimal zeros dropped (1 → '100%', 0.0525 → '5.25%'). */
const pct = (value: number | null, digits = 1): string =>
  value === null ? '—' : `${(value * 100).toFixed(digits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')}%`;

function rows(cells: readonly (readonly (string | number)[])[]): string {
  return cells.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('\n');
}

function head(titles: readonly string[]): string {
  return `<tr>${titles.map((title) => `<th>${escape(title)}</th>`).join('')}</tr>`;
}

/** Load bands of a histogram: [label, inspectors] with about 12 bands. */
function bands(histogram: readonly number[]): [string, number][] {
  const width = Math.max(1, Math.ceil(histogram.length / 12));
  const out: [string, number][] = [];
  for (let start = 0; start < histogram.length; start += width) {
    const end = Math.min(histogram.length, start + width) - 1;
    out.push([start === end ? `${start}` : `${start}–${end}`, histogram.slice(start, end + 1).reduce((a, b) => a + b, 0)]);
  }
  return out;
}

/** The load histogram as text lines for the console (次数 band, bar, inspectors). */
export function loadHistogram(histogram: readonly number[]): string {
  const list = bands(histogram);
  const most = Math.max(1, ...list.map(([, n]) => n));
  return list.map(([label, n]) => `  ${label.padStart(9)} 次 ${'█'.repeat(Math.round((n / most) * 40)).padEnd(40)} ${n} 人`).join('\n');
}

/** The load histogram as an HTML bar table. */
function histogramHtml(histogram: readonly number[] | undefined): string {
  if (histogram === undefined) return '';
  const list = bands(histogram);
  const most = Math.max(1, ...list.map(([, n]) => n));
  return `<h3>派员工作量分布 Load histogram (inspectors by visits given)</h3>
<table>${head(['检查次数', '', '人数'])}
${list.map(([label, n]) => `<tr><td>${escape(label)}</td><td><div class="bar"><span style="width:${((n / most) * 100).toFixed(1)}%"></span></div></td><td class="num">${n}</td></tr>`).join('\n')}</table>`;
}

/** Builds the HTML page. */
export function htmlReport(data: ReportData): string {
  const { kpis, simulation } = data;
  const indicatorRows = kpis.indicators
    .map((indicator) => {
      const fill = indicator.comparison === 'at-most' ? (indicator.met ? 1 : 0) : indicator.value === null ? 0 : Math.min(1, indicator.value / (indicator.target || 1));
      const state = indicator.met === null ? 'na' : indicator.met ? 'met' : 'missed';
      return `<tr class="${state}"><td>${escape(indicator.name)}<br><small>${escape(indicator.id)} · ${escape(indicator.clause)}</small></td>
<td><div class="bar"><span style="width:${(fill * 100).toFixed(1)}%"></span></div></td>
<td class="num">${escape(pct(indicator.value, indicator.met === false ? 2 : 1))}</td><td class="num">${indicator.comparison === 'at-most' ? '≤' : '≥'} ${escape(pct(indicator.target))}</td>
<td>${indicator.met === null ? '不适用' : indicator.met ? '✓ 达标' : '✗ 未达标'}</td><td class="num">${indicator.numerator.toLocaleString('en-US')} / ${indicator.denominator.toLocaleString('en-US')}</td></tr>`;
    })
    .join('\n');
  const simRows = simulation.indicators.map((indicator) => [
    indicator.name,
    `${indicator.comparison === 'at-most' ? '≤' : '≥'} ${pct(indicator.target)}`,
    pct(indicator.value?.mean ?? null, 2),
    `${pct(indicator.value?.p5 ?? null, 2)} – ${pct(indicator.value?.p95 ?? null, 2)}`,
    pct(indicator.missProbability, 0),
  ]);
  const departmentRows = kpis.byDepartment.map((d) => [
    d.department,
    d.checks,
    d.randomChecks,
    d.jointRandomChecks,
    d.problemsFound,
    d.problemsFollowedUp,
    d.resultsPublished,
    d.resultsOverdue + d.resultsLate,
  ]);
  const classRows = kpis.byRiskClass.map((row) => [row.riskClass, row.checks, row.problemsFound, pct(row.problemRate)]);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(data.title)}</title>
<style>
  body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #1d2733; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid #c8102e; padding-bottom: .2rem; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
  th, td { border-bottom: 1px solid #dde3ea; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f3f5f8; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  small, .muted { color: #667; } code { background: #f3f5f8; padding: 0 .25rem; word-break: break-all; }
  .bar { background: #e6e9ee; height: .8rem; width: 12rem; border-radius: .4rem; overflow: hidden; }
  .bar span { display: block; height: 100%; background: #2e7d32; }
  tr.missed .bar span { background: #c62828; } tr.missed td:nth-child(5) { color: #c62828; font-weight: 600; } tr.met td:nth-child(5) { color: #2e7d32; }
  .cards { display: flex; gap: 1rem; flex-wrap: wrap; } .card { background: #f3f5f8; border-radius: .5rem; padding: .6rem 1rem; min-width: 9rem; }
  .card b { display: block; font-size: 1.3rem; }
</style>
</head>
<body>
<h1>${escape(data.title)}</h1>
<p class="muted">shuangsuiji 演示：合成辖区，全部数据为模拟数据。Synthetic district; every number is simulated. Generated in ${data.elapsedSeconds.toFixed(1)} s.</p>
<div class="cards">
  <div class="card"><b>${data.subjects.toLocaleString('en-US')}</b>检查对象</div>
  <div class="card"><b>${data.enterprises.toLocaleString('en-US')}</b>企业</div>
  <div class="card"><b>${data.inspectors.toLocaleString('en-US')}</b>执法检查人员</div>
  <div class="card"><b>${data.findings}</b>计划校验发现</div>
  <div class="card"><b>${data.merge.visits.toLocaleString('en-US')}</b>上门检查</div>
</div>

<h2>1. 年度计划推演 Plan simulation (${simulation.runs} runs)</h2>
<table>${head(['指标', '目标', '均值', '5%–95%', '未达标概率'])}
${rows(simRows)}</table>

<h2>2. 抽查仪式 Draw ceremony</h2>
<p>种子承诺值（事先公布） <code>${escape(data.seedCommitment)}</code><br>公开种子 <code>${escape(data.seed)}</code></p>
<table>${head(['任务', '名称', '月', '范围', '可抽取', 'A/B/C/D', '抽取', '备选', '复核'])}
${rows(data.draws.map((d) => [d.taskId, d.name, d.month, d.pool, d.eligible, d.sizes, d.drawn, d.reserves, d.verified ? '✓' : '✗']))}</table>

<h2>3. 合并实施与派员 Merging and staffing</h2>
<p>${data.merge.pairs.toLocaleString('en-US')} 对（任务，对象） → ${data.merge.visits.toLocaleString('en-US')} 次上门，减少 ${data.merge.saved} 次；部门联合上门 ${data.merge.jointVisits.toLocaleString('en-US')} 次。${escape(data.staffing)}</p>
${histogramHtml(data.staffingHistogram)}

<h2>4. 考核指标 KPIs at ${escape(kpis.asOf)}</h2>
<table>${head(['指标', '进度', '数值', '目标', '状态', '分子 / 分母'])}
${indicatorRows}</table>

<h2>5. 分部门 By department</h2>
<table>${head(['部门', '检查', '随机抽查', '联合', '发现问题', '已处置', '已公示', '逾期'])}
${rows(departmentRows)}</table>

<h2>6. 分风险类别 By risk class</h2>
<table>${head(['类别', '已形成结果', '发现问题', '问题发现率'])}
${rows(classRows)}</table>
</body>
</html>
`;
}
