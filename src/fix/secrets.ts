// A fix is written into files and shown in every report: it never carries a secret. Rules never build one from a
// secret; this drops any fix that would still show one (a value the scan knows as a secret, written elsewhere too).
import type { Finding } from '../types.js';
import { scrub } from '../util/redact.js';

export function dropSecretFixes(findings: Finding[], secrets: readonly string[]): void {
  if (secrets.length === 0) return;
  for (const finding of findings) {
    if (finding.fix?.replacements.some((replacement) => scrub(replacement.text, secrets) !== replacement.text)) delete finding.fix;
  }
}
