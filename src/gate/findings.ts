// Turns rule diagnostics into findings: metadata (title, remediation, docs), severity, fingerprint.
import type { RuleDiagnostic, RuleMeta } from '../rules/types.js';
import { problemDiagnostic } from '../rules/unreadable-input.js';
import { SEVERITY_RANK, type Finding, type ReadProblem, type Severity } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { fingerprintOf, legacyFingerprint } from './fingerprint.js';
import { renderMessage } from './messages.js';

export const DOCS_BASE_URL = 'https://github.com/ims-gate/ims-gate/blob/main/';

/**
 * Each fingerprint computed in this process, with the pre-1.0 fingerprint of the same finding. Read only by
 * `ims-gate baseline --migrate` (legacyFingerprintsOf), which rewrites version-1 baselines.
 */
const legacyByFingerprint = new Map<string, string>();

/** The message and remediation of a diagnostic, rendered from its messageId, and its identity. */
function resolve(meta: RuleMeta, diagnostic: RuleDiagnostic): { message: string; remediation: string; messageId: string; subject: string } {
  return { ...renderMessage(meta, diagnostic.messageId, diagnostic.data), messageId: diagnostic.messageId, subject: diagnostic.subject };
}

export function findingFrom(meta: RuleMeta, diagnostic: RuleDiagnostic): Finding {
  const { loc } = diagnostic;
  const { message, remediation, messageId, subject } = resolve(meta, diagnostic);
  const fingerprint = fingerprintOf({ ruleId: meta.id, messageId, instance: diagnostic.instance, field: diagnostic.field, subject });
  legacyByFingerprint.set(fingerprint, legacyFingerprint(meta.id, diagnostic.instance, diagnostic.field, subject));
  return {
    ruleId: meta.id,
    severity: diagnostic.severity ?? meta.severity,
    message,
    remediation,
    file: loc.file,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
    instance: diagnostic.instance,
    field: diagnostic.field,
    fingerprint,
    related: diagnostic.related,
    helpUri: DOCS_BASE_URL + meta.docs,
    title: meta.title,
    ...(diagnostic.fix ? { fix: diagnostic.fix } : {}),
  };
}

/** IMS000 for anything the scan could not read or accept: it carries the parser's own location. */
export function problemFinding(meta: RuleMeta, problem: ReadProblem, severity: Severity = meta.severity, instance?: string): Finding {
  return findingFrom(meta, problemDiagnostic(problem, severity, instance));
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.ruleId, b.ruleId)
  );
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

/**
 * The pre-1.0 fingerprints of `findings` (which must come from this process's scan, in report order), with the
 * occurrence suffixes the old code gave them: for `ims-gate baseline --migrate` only.
 */
export function legacyFingerprintsOf(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = legacyByFingerprint.get(finding.fingerprint.replace(/:\d+$/, ''));
    if (base === undefined) throw new Error(`no legacy fingerprint for ${finding.ruleId} finding ${finding.fingerprint}`);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count > 1 ? `${base}:${count}` : base;
  });
}
