#!/usr/bin/env bash
# Installs the packed tarball (.pack/, made by `npm run lint:package` or, after a build, `npm run lint:packed`) into a fresh project with zod,
# then uses it through require() and import — the root and every subpath of its "exports"
# (test/package/check-entries.mjs, run from inside the fresh project) — including a shipped JSON
# Schema and the guides shipped in docs/.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tarball="$(ls "$root"/.pack/shuangsuiji-*.tgz | head -n 1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y > /dev/null
npm install --no-audit --no-fund --silent "$tarball" zod@4 > /dev/null
node -e '
const lib = require("shuangsuiji");
const ok = lib.ticketNumber("01382438112797316654", "AB-130") === "0.26299714122838008416507544297546663599715395525154425586041245287750224561854"
  && lib.isWorkingDay("2023-10-07") === true;
if (!ok) { console.error("CommonJS consumer: wrong answers"); process.exit(1); }
console.log("CommonJS consumer: ok");
'
node --input-type=module -e '
import { drawSubjects, issueDeadline, verifyDraw, zhejiang2023 } from "shuangsuiji";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("shuangsuiji/schemas/AnnualPlan.json"), "utf8"));
const pool = ["a", "b", "c", "d"];
const { record } = drawSubjects({ seed: "31", taskId: "T1", pool, size: 2 });
if (issueDeadline(2023, 10, { policy: zhejiang2023 }) !== "2023-10-07" || !verifyDraw(record, pool).ok || schema.title !== "AnnualPlan") {
  console.error("ES module consumer: wrong answers");
  process.exit(1);
}
console.log("ES module consumer: ok");
'
cp "$root/test/package/check-entries.mjs" "$work/check-entries.mjs"
node "$work/check-entries.mjs"
for page in guide.md guide.zh.md verify-draw.md; do
  test -s "node_modules/shuangsuiji/docs/$page" || { echo "docs/$page is not in the tarball"; exit 1; }
done
echo "shipped docs: ok"
