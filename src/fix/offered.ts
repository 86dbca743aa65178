// Which fixes are offered. A fix is written into files and shown in every report: it never carries a secret (rules
// never build one from a secret; this drops any that would still show one, a value the scan knows as a secret
// written elsewhere too), and it is offered only when it can be made exactly.
import type { Finding } from '../types.js';
import { scrub } from '../util/redact.js';
import { applyToBytes } from './apply.js';
import { openInsideRoot } from './files.js';

export function dropSecretFixes(findings: Finding[], secrets: readonly string[]): void {
  if (secrets.length === 0) return;
  for (const finding of findings) {
    if (finding.fix?.replacements.some((replacement) => scrub(replacement.text, secrets) !== replacement.text)) delete finding.fix;
  }
}

/**
 * A fix is offered (in the report, SARIF, suggestions) only when it can be made exactly: its spans map onto the
 * file's bytes and its text fits the file's encoding (e.g. not a non-ASCII value in an ISO-8859-1 package).
 * Only the files that have fixes are read again.
 */
export function dropUnmappableFixes(root: string, findings: Finding[]): void {
  const bytesOf = new Map<string, Buffer | undefined>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (!bytesOf.has(finding.file)) {
      const opened = openInsideRoot(root, finding.file);
      bytesOf.set(finding.file, opened.ok ? opened.bytes : undefined);
    }
    const bytes = bytesOf.get(finding.file);
    if (!bytes || !applyToBytes(finding.file, bytes, finding.fix.replacements).ok) delete finding.fix;
  }
}
