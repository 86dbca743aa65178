// JUnit XML (`--format junit`) for Jenkins' `junit` step, Azure Pipelines' "Publish Test Results" and GitLab's
// `artifacts:reports:junit`. One testsuite per instance, one testcase per instance × rule (every rule the caller
// describes, so a passing rule shows as a passing test), and each finding is a <failure> naming file:line.
// Findings without an instance go to a suite of their own. Pure: the rules and paths come from the caller.
import type { Finding, Report } from '../types.js';

export interface JunitOptions {
  /** The rules to report as test cases, in order (id and short name). */
  rules: readonly { id: string; name: string }[];
  repoPath?: (file: string) => string;
}

/** The suite of findings that belong to no instance (a config problem, an unreadable file). */
export const NO_INSTANCE_SUITE = '(no instance)';

/**
 * Text for XML 1.0: characters XML cannot carry at all (C0 controls but tab and newlines, lone surrogates,
 * U+FFFE/U+FFFF) become U+FFFD, since no escape can represent them; markup characters become entities.
 * In attributes, tabs and line breaks are written as character references, or a parser would turn them into spaces.
 */
function xmlText(text: string, attribute = false): string {
  const valid = text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  const escaped = valid.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute
    ? escaped.replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
    : escaped.replace(/\r/g, '&#13;');
}

function attr(name: string, value: string | number): string {
  return `${name}="${xmlText(String(value), true)}"`;
}

function failure(finding: Finding, repoPath: (file: string) => string): string {
  const where = `${repoPath(finding.file)}:${finding.line}:${finding.column}`;
  const body = [`${where}: ${finding.severity}: ${finding.message}`, finding.remediation ? `Fix: ${finding.remediation}` : '']
    .filter(Boolean)
    .join('\n');
  return `      <failure ${attr('message', `${where} ${finding.message}`)} ${attr('type', `${finding.ruleId} ${finding.severity}`)}>${xmlText(body)}</failure>`;
}

/** The instances to report: those of the findings and of the restart result, plus the report's coverage if any. */
function instancesOf(report: Report): string[] {
  const coverage = (report as Report & { coverage?: { instances?: { instance?: unknown }[] } }).coverage;
  const names = new Set<string>();
  for (const entry of coverage?.instances ?? []) if (typeof entry.instance === 'string') names.add(entry.instance);
  for (const finding of report.findings) if (finding.instance) names.add(finding.instance);
  for (const name of report.restart.instances) names.add(name);
  return [...names].sort();
}

export function formatJunit(report: Report, options: JunitOptions): string {
  const repoPath = options.repoPath ?? ((file: string) => file);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  const instances = instancesOf(report);
  const orphans = report.findings.filter((f) => !f.instance);
  const suiteNames = [...instances, ...(orphans.length || instances.length === 0 ? [NO_INSTANCE_SUITE] : [])];
  for (const suite of suiteNames) {
    const own = report.findings.filter((f) => (suite === NO_INSTANCE_SUITE ? !f.instance : f.instance === suite));
    const ruleIds = [...options.rules.map((rule) => rule.id), ...own.map((f) => f.ruleId)];
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const ruleId of [...new Set(ruleIds)]) {
      const name = options.rules.find((rule) => rule.id === ruleId)?.name;
      const found = own.filter((f) => f.ruleId === ruleId);
      const head = `    <testcase ${attr('classname', `ims-gate.${suite}`)} ${attr('name', name ? `${ruleId} ${name}` : ruleId)}`;
      if (found.length === 0) cases.push(`${head}/>`);
      else {
        suiteFailures += found.length;
        cases.push(`${head}>`, ...found.map((f) => failure(f, repoPath)), '    </testcase>');
      }
    }
    const count = new Set(ruleIds).size;
    tests += count;
    failures += suiteFailures;
    suites.push(
      `  <testsuite ${attr('name', suite)} ${attr('tests', count)} ${attr('failures', suiteFailures)} ${attr('errors', 0)} ${attr('skipped', 0)}>`,
      ...cases,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attr('name', 'ims-gate')} ${attr('tests', tests)} ${attr('failures', failures)} ${attr('errors', 0)}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
