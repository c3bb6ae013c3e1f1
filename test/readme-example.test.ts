import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import {
  countPlanPools,
  drawSubjects,
  generateDirectory,
  isShuangsuijiError,
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

  it('handles errors as its example shows: isShuangsuijiError with the code, the path of the field', () => {
    let caught: unknown;
    try {
      drawSubjects({ seed: '', taskId: 'T01', pool: ['a'], size: 1 });
    } catch (error) {
      caught = error;
    }
    expect(isShuangsuijiError(caught, 'EMPTY_SEED')).toBe(true);
    expect(isShuangsuijiError(caught) && caught.path).toEqual(['seed']);
    expect(isShuangsuijiError(caught) && caught.message).toBe('抽取参数无效（字段 seed）：随机种子不能为空');
  });

  it('links docs absolutely, to files that exist, under the repository of package.json (they work on npm)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { repository: { url: string } };
    const base = `${manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/`;
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((link) => !/^(https?:|#)/.test(link)), 'relative links are dead on npm').toEqual([]);
    const own = links.filter((link) => link.startsWith('https://github.com/shuangsuiji/'));
    expect(own.length).toBeGreaterThan(10);
    for (const link of own) {
      expect(link.startsWith(base), link).toBe(true);
      expect(existsSync(new URL(`../${link.slice(base.length)}`, import.meta.url)), link).toBe(true);
    }
  });
});
