// The Campaign record schemas are named once, in util/campaign.ts; every stage takes them from there.
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../scripts/layers.mjs';
import { EXT_ACCOUNT_SCHEMA, GROUP_SCHEMA, RECORD_SCHEMAS } from '../../src/util/campaign.js';

// No exception is left: every file takes the schemas from util/campaign.ts.
const pending = new Set<string>();

describe('record schema names', () => {
  it('are the two schemas ims-gate reads', () => {
    expect([EXT_ACCOUNT_SCHEMA, GROUP_SCHEMA, RECORD_SCHEMAS]).toEqual(['nms:extAccount', 'xtk:group', ['nms:extAccount', 'xtk:group']]);
  });

  it.each(RECORD_SCHEMAS.map((schema) => [schema]))('%s is a quoted string in util/campaign.ts only', (schema) => {
    const literal = new RegExp(`['"]${schema}['"]`);
    const spelled = [...sourceFiles(process.cwd())]
      .filter(([file, text]) => !pending.has(file) && literal.test(text))
      .map(([file]) => file);
    expect(spelled).toEqual(['src/util/campaign.ts']);
  });
});
