// The verdict is the gate's alone: findings at or above fail-on, and require-restart-ack on pull requests.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { applyGate, type GateInput } from '../../src/gate/gate.js';
import { ruleMeta } from '../../src/policy/rules.js';
import type { Finding } from '../../src/types.js';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'IMS003',
  severity: 'error',
  message: 'm',
  remediation: 'r',
  file: 'prod/a.xml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  fingerprint: 'f',
  ...overrides,
});

const restart = { required: true, instances: ['prod'], changes: [] };

function gate(overrides: Partial<GateInput>) {
  return applyGate({
    findings: [],
    suppressions: [],
    config: defaultConfig(),
    failOn: 'error',
    inputRule: ruleMeta('IMS000'),
    knownRuleIds: new Set(['IMS003', 'IMS010']),
    filesScanned: 1,
    restart: { required: false, instances: [], changes: [] },
    ...overrides,
  }).verdict;
}

describe('verdict', () => {
  it('fails on findings at or above fail-on, and says why', () => {
    expect(gate({ findings: [finding()] })).toEqual({
      failOn: 'error',
      result: 'fail',
      reasons: ['IMS policy gate failed: 1 error, 0 warnings, 0 notices (fails on error).'],
    });
    expect(gate({ findings: [finding({ severity: 'warning' })] }).result).toBe('pass');
    expect(gate({ findings: [finding({ severity: 'warning' })], failOn: 'warning' }).result).toBe('fail');
    expect(gate({ findings: [finding()], failOn: 'never' }).result).toBe('pass');
  });

  it('fails a required restart without the planned label, and passes with it (any case)', () => {
    const blocked = gate({ restart, restartAck: { label: 'ims-restart-planned', labels: ['bug'] } });
    expect(blocked).toMatchObject({ result: 'fail', restartAck: { label: 'ims-restart-planned', present: false } });
    expect(blocked.reasons[0]).toContain("add the label 'ims-restart-planned'");
    expect(gate({ restart, restartAck: { label: 'ims-restart-planned', labels: ['IMS-Restart-Planned'] } })).toEqual({
      failOn: 'error',
      result: 'pass',
      reasons: [],
      restartAck: { label: 'ims-restart-planned', present: true },
    });
  });

  it('asks for no acknowledgement when no restart is required, or when the option is off (pushes)', () => {
    expect(gate({ restartAck: { label: 'ims-restart-planned', labels: [] } })).toEqual({ failOn: 'error', result: 'pass', reasons: [] });
    expect(gate({ restart })).toEqual({ failOn: 'error', result: 'pass', reasons: [] });
  });
});
