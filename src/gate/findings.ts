// Turns rule diagnostics into findings: metadata (title, remediation, docs), severity, fingerprint.
import type { Diagnostic, RuleMeta } from '../rules/types.js';
import { SEVERITY_RANK, type Finding, type ReadProblem, type Severity } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { fingerprintOf } from './fingerprint.js';

export const DOCS_BASE_URL = 'https://github.com/ims-gate/ims-gate/blob/main/';

export function findingFrom(meta: RuleMeta, diagnostic: Diagnostic): Finding {
  const { loc } = diagnostic;
  return {
    ruleId: meta.id,
    severity: diagnostic.severity ?? meta.severity,
    message: diagnostic.message,
    remediation: diagnostic.remediation ?? meta.remediation,
    file: loc.file,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
    instance: diagnostic.instance,
    field: diagnostic.field,
    fingerprint: fingerprintOf(meta.id, diagnostic.instance, diagnostic.field, diagnostic.value ?? diagnostic.message),
    related: diagnostic.related,
    helpUri: DOCS_BASE_URL + meta.docs,
    title: meta.title,
  };
}

/** IMS000 for anything the scan could not read or accept: it carries the parser's own location. */
export function problemFinding(meta: RuleMeta, problem: ReadProblem, severity: Severity = meta.severity, instance?: string): Finding {
  // The line is part of an input problem's identity (two identical problems in one file stay two), which is safe
  // because IMS000 is never baselined.
  return findingFrom(meta, { loc: problem.loc, message: problem.message, severity, instance, field: 'input', value: `${problem.loc.file}:${problem.loc.line}\0${problem.message}` });
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareStrings(a.ruleId, b.ruleId);
}

/** Two findings with the same identity (e.g. the same bad value twice) get an occurrence suffix, in file order. */
export function disambiguateFingerprints(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const count = (seen.get(finding.fingerprint) ?? 0) + 1;
    seen.set(finding.fingerprint, count);
    if (count > 1) finding.fingerprint = `${finding.fingerprint}:${count}`;
  }
}
