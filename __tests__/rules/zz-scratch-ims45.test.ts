import { it } from 'vitest';
import { scan } from '../../src/pipeline.js';
it('scratch', async () => {
  const { report } = await scan({ root: process.env.SCRATCH_ROOT ?? '/tmp/ims45/repo', failOn: 'error', onlyRules: (process.env.RULES ?? 'IMS004,IMS005').split(',') });
  for (const f of [...report.findings, ...report.suppressed]) console.log(`${f.ruleId} ${f.severity} ${f.file}:${f.line}:${f.column} ${f.message}`);
});
