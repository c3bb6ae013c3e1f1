/**
 * A custom preset changes every rule's result and message accordingly (issue #14, must show): a
 * district on zhejiang2023 with jointShare 35 %, tasks issued by the 10th, indicators due 30
 * November, results published within 15 working days and per-class ranges. Every rule that reads one
 * of those fields gives another verdict on a plan built to tell them apart, and every text — rule
 * description, clause, finding, allocation explanation, KPI report line — states the custom numbers
 * and cites the custom source. The rules that read none of them say exactly what they said before.
 */
import { describe, it, expect } from 'vitest';
import {
  allocateSample,
  builtinPlanRules,
  computeKpis,
  definePolicy,
  describeRules,
  issueDeadline,
  longwan2023SamplePlan,
  overduePublications,
  publicationDeadline,
  validatePlan,
  zhejiang2023,
  zhejiang2023Catalogue as catalogue,
  type AnnualPlan,
  type InspectionRecordInput,
  type PlannedTask,
} from '../../src/index.js';
import { samplePools } from '../support/sample-pools.js';

const notice = (clause: string, quote: string) => ({ status: 'sourced' as const, ref: `区通知·${clause}`, document: '某区2024年通知（测试）', clause, quote });

const custom = definePolicy(
  {
    id: 'custom',
    name: '测试用区级预设',
    jointShare: 0.35,
    issueDay: 10,
    completionDeadline: '11-30',
    publicationWorkingDays: 15,
    riskRanges: { A: { max: 0.05 }, B: { min: 0.05, max: 0.2 }, C: { min: 0.21, max: 0.6 }, D: { min: 0.61, max: 1 } },
    sources: {
      jointShare: notice('三', '部门联合随机抽查率达到35%以上'),
      issueDay: notice('一', '每月10日前下发任务'),
      completionDeadline: notice('四', '11月底前完成各项指标'),
      publicationWorkingDays: notice('四', '检查结果产生之日起15个工作日内公示'),
      riskRanges: notice('二', 'A类不超过5%，B类5%-20%，C类21%-60%，D类61%-100%'),
    },
  },
  zhejiang2023,
);
const pools = samplePools();
const base = { catalogue, pools };

function planWith(change: (tasks: PlannedTask[]) => void): AnnualPlan {
  const plan = structuredClone(longwan2023SamplePlan);
  change(plan.tasks);
  return plan;
}
const task = (tasks: PlannedTask[], id: string): PlannedTask => tasks.find((candidate) => candidate.id === id)!;
const only = (ruleId: string, plan: AnnualPlan, policy = zhejiang2023) =>
  validatePlan(plan, { ...base, policy, only: [ruleId] }).map((finding) => [finding.severity, finding.clause, finding.message]);

/** The rules that read a field the custom preset changes. */
const CHANGED = ['plan.issue-deadline', 'plan.risk-ratios', 'plan.joint-share', 'plan.completion-deadline'];

describe('a custom preset: jointShare 0.35, issue day 10, completion 11-30, publication 15 working days, per-class ranges', () => {
  it('keeps the sources it was given, and the base\'s for the rest', () => {
    expect(custom.lineage).toEqual(['national', 'zhejiang2023', 'custom']);
    expect(custom.sources.jointShare).toMatchObject({ ref: '区通知·三', setBy: 'custom' });
    expect(custom.sources['riskRanges.C']).toMatchObject({ ref: '区通知·二', setBy: 'custom' });
    expect(custom.sources.itemCoverage).toEqual(zhejiang2023.sources.itemCoverage);
  });

  it('renders every rule\'s description from the policy: the changed ones say the new numbers and clauses, the others are unchanged', () => {
    const before = new Map(describeRules(builtinPlanRules, zhejiang2023).map((rule) => [rule.id, rule]));
    const after = describeRules(builtinPlanRules, custom);
    expect(after.map((rule) => rule.id)).toEqual([...before.keys()]);
    for (const rule of after) {
      if (CHANGED.includes(rule.id)) expect(rule.description, rule.id).not.toBe(before.get(rule.id)?.description);
      // (a rule that checks nothing names the policy it looked at)
      else expect({ ...rule, description: rule.description.replace('政策 custom ', '政策 zhejiang2023 ') }, rule.id).toEqual(before.get(rule.id));
    }
    const text = Object.fromEntries(after.map((rule) => [rule.id, rule]));
    expect(text['plan.joint-share']).toMatchObject({
      clause: '区通知·三',
      description: '按各随机抽查任务的预计检查次数估算：部门联合随机抽查率 = 部门联合随机抽查次数 ÷ 随机抽查次数，目标 ≥ 35%（区通知·三）',
    });
    expect(text['plan.issue-deadline']).toMatchObject({
      clause: '区通知·一',
      description: '每个任务在所属月份的下发期限前下发：每月10日，遇节假日顺延至下一个工作日（区通知·一）',
    });
    expect(text['plan.completion-deadline']).toMatchObject({
      clause: '区通知·四',
      description: '任务安排在完成期限所在月份及之前，完成日期不晚于完成期限（11月30日，区通知·四）',
    });
    expect(text['plan.risk-ratios']).toMatchObject({
      clause: '区通知·二',
      description: '每个随机抽查任务分层抽取，各类别抽查比例符合政策规定——各类别抽查比例范围：A类 ≤ 5%，B类 5%–20%，C类 21%–60%，D类 61%–100%（区通知·二）',
    });
  });

  it('plan.joint-share: 32.7 % of the checks passes 30 % and misses 35 %, and says 35 %', () => {
    const plan = planWith((tasks) => (task(tasks, 'T03').partnerDepartments = []));
    expect(only('plan.joint-share', plan)).toEqual([]);
    expect(only('plan.joint-share', plan, custom)).toEqual([
      [
        'error',
        '区通知·三',
        '部门联合随机抽查率（估算）32.7%（约 269/823 次），低于 35%：联合任务 9 个预计 269 次检查，随机抽查预计共 823 次；' +
          '按检查次数而非任务个数计算，估算未计入合并实施使同户其他任务一并成为联合检查的情形，为下限',
      ],
    ]);
  });

  it('plan.issue-deadline: 8 March is late by the 5th (06 March) but in time by the 10th; 13 March is late by the 10th', () => {
    expect([issueDeadline(2023, 3, { policy: zhejiang2023 }), issueDeadline(2023, 3, { policy: custom })]).toEqual(['2023-03-06', '2023-03-10']);
    const eighth = planWith((tasks) => (task(tasks, 'T01').issuedOn = '2023-03-08'));
    expect(only('plan.issue-deadline', eighth)).toEqual([['error', '通知·一', '任务 T01 于 2023-03-08 下发，晚于 3 月的下发期限 2023-03-06']]);
    expect(only('plan.issue-deadline', eighth, custom)).toEqual([]);
    const thirteenth = planWith((tasks) => (task(tasks, 'T01').issuedOn = '2023-03-13'));
    expect(only('plan.issue-deadline', thirteenth, custom)).toEqual([['error', '区通知·一', '任务 T01 于 2023-03-13 下发，晚于 3 月的下发期限 2023-03-10']]);
  });

  it('plan.completion-deadline: a November task breaks 10-31 but not 11-30; a December due date breaks 11-30', () => {
    const november = planWith((tasks) => Object.assign(task(tasks, 'T20'), { month: 11, issuedOn: '2023-11-06', dueOn: '2023-11-24' }));
    expect(only('plan.completion-deadline', november)).toEqual([
      ['error', '通知·四', '任务 T20 安排在 11 月，晚于完成期限 2023-10-31'],
      ['error', '通知·四', '任务 T20 的完成日期 2023-11-24 晚于完成期限 2023-10-31'],
    ]);
    expect(only('plan.completion-deadline', november, custom)).toEqual([]);
    const december = planWith((tasks) => (task(tasks, 'T20').dueOn = '2023-12-05'));
    expect(only('plan.completion-deadline', december, custom)).toEqual([['error', '区通知·四', '任务 T20 的完成日期 2023-12-05 晚于完成期限 2023-11-30']]);
  });

  it('plan.risk-ratios: nothing to check under zhejiang2023; under the ranges T01\'s C and D ratios are named with the range and its clause', () => {
    expect(only('plan.risk-ratios', longwan2023SamplePlan)).toEqual([]);
    const t01 = only('plan.risk-ratios', longwan2023SamplePlan, custom).filter(([, , message]) => String(message).startsWith('任务 T01 '));
    expect(t01).toEqual([
      ['error', '区通知·二', '任务 T01 的C类抽查比例 10%（基础比例 5% × 倍数 2）不在政策规定的范围 21%–60% 内'],
      ['error', '区通知·二', '任务 T01 的D类抽查比例 20%（基础比例 5% × 倍数 4）不在政策规定的范围 61%–100% 内'],
    ]);
    // a task that sets its own class ratios within the ranges passes
    const within = planWith((tasks) => (task(tasks, 'T01').sampling = { ratio: 0.05, classRatios: { C: 0.3, D: 0.8 }, riskAllocation: true }));
    expect(only('plan.risk-ratios', within, custom).filter(([, , message]) => String(message).startsWith('任务 T01 '))).toEqual([]);
  });

  it('the allocation explains itself from the policy: the task\'s own class ratios under the ranges', () => {
    const allocation = allocateSample({ poolCounts: { A: 100, B: 100, C: 100, D: 10 }, sampling: { ratio: 0.05, classRatios: { C: 0.3, D: 0.8 } } }, custom);
    expect(allocation.sizes).toEqual({ A: 3, B: 5, C: 30, D: 8 });
    expect(allocation.steps.lines.slice(-3)).toEqual([
      'C类（信用风险较高）：100户 × 30%（本任务规定的该类抽查比例）= 30，向上取整为 30户',
      'D类（信用风险高）：10户 × 80%（本任务规定的该类抽查比例）= 8，向上取整为 8户',
      '合计抽取 46户（可抽取对象 310户）',
    ]);
  });

  it('publication: 15 working days from 2023-09-28 end on 10-25 (20 on 11-01); overdue lists follow', () => {
    expect(publicationDeadline('2023-09-28', { policy: zhejiang2023 })).toBe('2023-11-01');
    expect(publicationDeadline('2023-09-28', { policy: custom })).toBe('2023-10-25');
    const record: InspectionRecordInput = {
      subjectId: 'E1', subjectKind: 'enterprise', taskId: 'T01', department: '食品生产流通科', checkDate: '2023-09-28',
      doubleRandom: true, joint: false, riskApplied: true, mobile: true, resultCategory: 'no-problem',
    };
    expect(overduePublications([record], { asOf: '2023-10-26', policy: zhejiang2023 })).toEqual([]);
    expect(overduePublications([record], { asOf: '2023-10-26', policy: custom }).map((o) => [o.status, o.deadline])).toEqual([['unpublished', '2023-10-25']]);
  });

  it('the KPI report lines state the custom targets, deadline and clauses', () => {
    const record = (n: number, joint: boolean): InspectionRecordInput => ({
      subjectId: `E${n}`, subjectKind: 'enterprise', taskId: 'T01', visitId: `v${n}`, department: '食品生产流通科', checkDate: '2023-09-28',
      doubleRandom: true, joint, riskApplied: true, mobile: true, resultCategory: 'no-problem', publishedOn: '2023-10-27',
    });
    const records = [record(1, true), record(2, false), record(3, false)];
    const context = { enterprises: 100, catalogue, plan: longwan2023SamplePlan, asOf: '2023-11-02' };
    const line = (policy: typeof custom, id: string) => computeKpis(records, { ...context, policy }).indicators.find((i) => i.id === id)!;
    expect(line(zhejiang2023, 'jointShare').line).toBe('部门联合随机抽查率 33.3%（1/3 次），目标 ≥ 30%，已达标（通知·三）');
    expect(line(custom, 'jointShare').line).toBe('部门联合随机抽查率 33.3%（1/3 次），目标 ≥ 35%，目前未达标（区通知·三）');
    // published 10-27: in time by 20 working days (11-01), late by 15 (10-25)
    expect(line(zhejiang2023, 'timelyPublicationRate').line).toBe('抽查结果按时公示率 100%（3/3 项），目标 ≥ 100%（产生之日起20个工作日内），已达标（《企业信息公示暂行条例》第六条）');
    expect(line(custom, 'timelyPublicationRate').line).toBe('抽查结果按时公示率 0%（0/3 项），目标 ≥ 100%（产生之日起15个工作日内），目前未达标（区通知·四）');
    expect(computeKpis(records, { ...context, policy: custom }).completionDeadline).toBe('2023-11-30');
  });
});
