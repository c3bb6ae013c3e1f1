import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  countPlanPools,
  drawSubjects,
  generateDirectory,
  isWorkingDay,
  issueDeadline,
  validatePlan,
  longwan2023SamplePlan,
  verifyDraw,
  zhejiang2023,
  zhejiang2023Catalogue,
} from '../src/index.js';

describe('README example', () => {
  it('says what the library really does', () => {
    expect(isWorkingDay('2023-10-07')).toBe(true);
    expect(issueDeadline(2023, 10, { policy: zhejiang2023 })).toBe('2023-10-07');
    const { subjects } = generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 });
    const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
    const pools = countPlanPools(longwan2023SamplePlan, subjects, options);
    expect(validatePlan(longwan2023SamplePlan, { ...options, pools })).toEqual([]);

    const pool = ['91330303MA2AAAAA1X', '91330303MA2BBBBB2Y', '91330303MA2CCCCC3Z'];
    const { selected, record } = drawSubjects({ seed: '20230301-公开摇号', taskId: 'T01', pool, size: 2 });
    expect(selected).toHaveLength(2);
    expect(record.seedCommitment).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyDraw(record, pool).ok).toBe(true);
  });

  it('uses only names the package exports', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const imported = /import \{([^}]+)\} from 'shuangsuiji'/.exec(readme)?.[1] ?? '';
    const names = imported.split(',').map((name) => name.trim()).filter(Boolean);
    expect(names.length).toBeGreaterThan(3);
    return import('../src/index.js').then((lib) => {
      for (const name of names) expect(lib, name).toHaveProperty(name);
    });
  });
});
