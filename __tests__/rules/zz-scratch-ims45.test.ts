import { it } from 'vitest';
import { scan } from '../../src/pipeline.js';
it('scratch', async () => {
  for (const root of (process.env.SCRATCH_ROOT ?? '').split(',')) {
    const { report } = await scan({ root, failOn: 'error' });
    console.log(`== ${root}`);
    for (const f of [...report.findings, ...report.suppressed]) console.log(`${f.ruleId} ${f.severity} ${f.file}:${f.line}:${f.column} ${f.message.slice(0, 220)}`);
  }
});
