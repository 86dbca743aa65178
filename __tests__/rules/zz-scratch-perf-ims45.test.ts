import { it } from 'vitest';
import { associationMaskRule } from '../../src/rules/association-mask.js';
import { operatorGroupsRule } from '../../src/rules/operator-groups.js';
import { defaultConfig } from '../../src/config/types.js';
import type { DashboardExport, DashboardUser, ImsAccount, Instance, Loc, Model, OperatorGroup } from '../../src/types.js';
import type { Diagnostic, RuleMeta } from '../../src/rules/types.js';

const loc = (file: string, line: number, column = 1): Loc => ({ file, line, column, endLine: line, endColumn: column + 1 });

function build(kind: 'realistic' | 'adversarial'): Model {
  const N = 10_000;
  const prefix = 'Campaign - prod - ';
  const groups: OperatorGroup[] = [];
  const users: DashboardUser[] = [];
  const words = ['marketing', 'delivery', 'analyst', 'content', 'report', 'offer', 'approver', 'designer'];
  for (let i = 0; i < N; i++) {
    const name = kind === 'realistic' ? `${words[i % words.length]}_${String(i).padStart(5, '0')}` : `g${String(i).padStart(5, '0')}`;
    groups.push({ instance: 'prod', file: 'prod/groups.xml', loc: loc('prod/groups.xml', i + 5), name: { value: name, loc: loc('prod/groups.xml', i + 5, 12) } });
    let ed = name;
    if (kind === 'adversarial') ed = `h${name.slice(1)}`; // every name fails, each within distance 1..2 of many groups
    else if (i % 10 === 1) ed = name.toUpperCase(); // renamed in case
    else if (i % 10 === 2) ed = name.slice(0, -1) + 'x'; // typo
    else if (i % 20 === 3) ed = `missing_${i}`;
    const cell = { value: prefix + ed, loc: loc('users.csv', i + 2, 70) };
    users.push({ loc: loc('users.csv', i + 2), email: `u${i}@example.com`, groups: [cell, { value: 'Analytics - Default', loc: loc('users.csv', i + 2, 120) }] });
  }
  const exported: DashboardExport = { file: 'users.csv', users };
  const maskAttr = { value: 'Campaign - prod - (.*)', loc: loc('prod/ims.xml', 9, 54) };
  const account: ImsAccount = { instance: 'prod', file: 'prod/ims.xml', loc: loc('prod/ims.xml', 6, 5), fields: { internalName: { value: 'Adobe_Marketing_Cloud', loc: loc('prod/ims.xml', 6, 17) }, associationMask: maskAttr }, attrs: {} };
  const instance: Instance = { name: 'prod', accounts: [account], groups, serverConfs: [], manifests: [], dashboards: [exported], files: [] };
  return { instances: [instance], dashboards: [exported], suppressions: [], problems: [], filesScanned: 0 };
}

for (const kind of ['realistic', 'adversarial'] as const) {
  it(kind, () => {
    const model = build(kind);
    const found: Diagnostic[] = [];
    const meta = {} as RuleMeta;
    const t0 = process.cpuUsage();
    const w0 = performance.now();
    for (const rule of [associationMaskRule, operatorGroupsRule]) rule.check({ model, config: defaultConfig(), meta, secrets: {}, report: (d) => found.push(d) });
    const cpu = process.cpuUsage(t0);
    const counts: Record<string, number> = {};
    for (const d of found) { const k = d.message.split(' ')[0] + '/' + (d.severity ?? 'error'); counts[k] = (counts[k] ?? 0) + 1; }
    console.log(kind, `cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, wall ${(performance.now() - w0).toFixed(0)} ms`, JSON.stringify(counts));
  });
}
