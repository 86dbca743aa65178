// Hand-built reports for the reporter unit tests: findings are constructed directly, not produced by rules.
import type { Finding, Report, RestartResult, Severity } from '../../src/types.js';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'IMS003',
    severity: 'error',
    message: 'IMS server "http://ims-na1.adobelogin.com/x" uses http://; expected https://ims-na1.adobelogin.com',
    remediation:
      'In the Adobe Marketing Cloud external account, set IMS server to https://ims-na1.adobelogin.com. Restart the server afterwards.',
    file: 'prod/ims.xml',
    line: 12,
    column: 17,
    endLine: 12,
    endColumn: 52,
    instance: 'prod',
    field: 'imsServer',
    fingerprint: 'IMS003:prod:imsServer:abc',
    helpUri: 'https://github.com/ims-gate/ims-gate/blob/main/docs/rules/IMS003.md',
    title: 'IMS server is a production Adobe endpoint',
    ...overrides,
  };
}

export function findings(count: number, make: (i: number) => Partial<Finding> = () => ({})): Finding[] {
  const severities: Severity[] = ['notice', 'warning', 'error'];
  return Array.from({ length: count }, (_, i) =>
    finding({ line: i + 1, endLine: i + 1, severity: severities[i % 3], fingerprint: `fp${i}`, ...make(i) }),
  );
}

export function report(list: Finding[] = [], overrides: Partial<Report> = {}, restart: Partial<RestartResult> = {}): Report {
  const count = (s: Severity) => list.filter((f) => f.severity === s).length;
  return {
    version: 1,
    tool: { name: 'ims-gate', version: '0.1.0' },
    findings: list,
    suppressed: [],
    restart: { required: false, instances: [], changes: [], ...restart },
    stats: { filesScanned: 7, errors: count('error'), warnings: count('warning'), notices: count('notice') },
    verdict:
      count('error') > 0
        ? { failOn: 'error', result: 'fail', reasons: ['IMS policy gate failed.'] }
        : { failOn: 'error', result: 'pass', reasons: [] },
    ...overrides,
  };
}
