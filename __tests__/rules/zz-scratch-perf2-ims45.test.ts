import { it } from 'vitest';
import { NearMissIndex } from '../../src/rules/util/suggest.js';
const cases: [string, (i: number) => string, (n: string) => string][] = [
  ['dense-short', (i) => `g${String(i).padStart(5, '0')}`, (n) => `h${n.slice(1)}`],
  ['long-shared-prefix, typo at end', (i) => `operator_group_${String(i).padStart(5, '0')}`, (n) => `${n.slice(0, -1)}x`],
  ['long-shared-prefix, case', (i) => `operator_group_${String(i).padStart(5, '0')}`, (n) => n.toUpperCase()],
  ['long-shared-prefix, no match', (i) => `operator_group_${String(i).padStart(5, '0')}`, (n) => `reporting_${n.slice(-5)}`],
];
for (const [label, make, mutate] of cases) it(label, () => {
  const names = Array.from({ length: 10000 }, (_, i) => make(i));
  const t0 = process.cpuUsage();
  const index = new NearMissIndex(names, (n) => n);
  let total = 0;
  for (const n of names) total += index.nearestLevel(mutate(n)).length;
  const t = process.cpuUsage(t0);
  console.log(`${label}: ${(t.user + t.system) / 1000} ms, matches ${total}`);
});
