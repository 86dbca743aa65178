// The shipped policies as the runtime reads them: policies/compiled.json first, validated against their schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { policyData, validPolicy } from '../../src/policy/data.js';

const POLICIES = join(import.meta.dirname, '..', '..', 'policies');

describe('policy data', () => {
  it('reads each runtime policy as its YAML says', () => {
    for (const path of ['fields.yml', 'coverage.yml', 'builtin-operator-groups.yml', 'rules/IMS004.yml'])
      expect(policyData(path), path).toEqual(parse(readFileSync(join(POLICIES, path), 'utf8')));
  });

  it('returns a policy that fits its schema, and throws naming the file and the problem when it does not', () => {
    expect(validPolicy<{ reasons: object }>('coverage.yml', 'coverage.schema.json').reasons).toHaveProperty('no-manifest');
    expect(() => validPolicy('fields.yml', 'coverage.schema.json', 'coverage wording')).toThrow(
      /^invalid coverage wording policies\/fields\.yml: \/ must have required property 'reasons'/,
    );
  });
});
