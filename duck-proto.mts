import { DuckDBInstance } from '@duckdb/node-api';
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
await c.run(`CREATE TABLE p AS SELECT '9133' || lpad(g::VARCHAR, 13, '0') || 'X' AS id FROM range(200000) t(g)`);
for (const q of [
  `SELECT count(*), min(sha256('abc' || id)) FROM p`,
  `SELECT count(*), min(w) FROM (SELECT ('0x' || substr(sha256('abc' || id), 57, 8))::UBIGINT AS w FROM p)`,
  `SELECT count(*), min(k) FROM (SELECT (('0x' || substr(h, 57, 8))::UBIGINT + ('0x' || substr(h, 49, 8))::UBIGINT * 7 + ('0x' || substr(h, 41, 8))::UBIGINT * 11 + ('0x' || substr(h, 33, 8))::UBIGINT * 13 + ('0x' || substr(h, 25, 8))::UBIGINT * 17+ ('0x' || substr(h, 17, 8))::UBIGINT * 19+ ('0x' || substr(h, 9, 8))::UBIGINT * 23+ ('0x' || substr(h, 1, 8))::UBIGINT * 29) % 1000000000 AS k FROM (SELECT sha256('abc' || id) AS h FROM p))`,
  `SELECT count(*), min(k) FROM (SELECT (w0 + w1 * 7 + w2 * 11 + w3*13+w4*17+w5*19+w6*23+w7*29) % 1000000000 AS k FROM (SELECT ('0x' || substr(h, 57, 8))::UBIGINT AS w0, ('0x' || substr(h, 49, 8))::UBIGINT AS w1, ('0x' || substr(h, 41, 8))::UBIGINT AS w2, ('0x' || substr(h, 33, 8))::UBIGINT AS w3, ('0x' || substr(h, 25, 8))::UBIGINT AS w4, ('0x' || substr(h, 17, 8))::UBIGINT AS w5, ('0x' || substr(h, 9, 8))::UBIGINT AS w6, ('0x' || substr(h, 1, 8))::UBIGINT AS w7 FROM (SELECT sha256('abc' || id) AS h FROM p)))`,
  `SELECT count(*), min(w) FROM (SELECT ('0x' || sha256('abc' || id))::UHUGEINT AS w FROM p)`,
]) {
  const t = performance.now();
  try { const r = await c.runAndReadAll(q); console.log((performance.now() - t).toFixed(0), 'ms', JSON.stringify(r.getRowsJS(), (k, v) => typeof v === 'bigint' ? String(v) : v).slice(0, 80)); } catch (e) { console.log('ERR', (e as Error).message.slice(0, 200)); }
}
