// Which fixes are offered. A fix is written into files and shown in every report: it never carries a secret (rules
// never build one from a secret; this drops any that would still show one, a value the scan knows as a secret
// written elsewhere too), and it is offered only when it can be made exactly.
import type { Finding, FixReplacement } from '../types.js';
import { scrub } from '../util/redact.js';
import { replacementChecker } from './apply.js';
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
  const checkers = new Map<string, (replacements: readonly FixReplacement[]) => boolean>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    let check = checkers.get(finding.file);
    if (!check) {
      const opened = openInsideRoot(root, finding.file);
      check = opened.ok ? replacementChecker(finding.file, opened.bytes) : () => false;
      checkers.set(finding.file, check);
    }
    if (!check(finding.fix.replacements)) delete finding.fix;
  }
}
