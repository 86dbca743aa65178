// `--fix-dry-run`: the unified diff of what `--fix` would write, with secrets masked on both sides (the diff is
// for reading only; the masking keeps every line where it is, so the hunks stay those of the real change).
import { createTwoFilesPatch } from 'diff';
import { redactText, type RedactOptions } from '../util/redact.js';
import type { FixPlan } from './plan.js';

export function unifiedDiff(plan: FixPlan, redaction: RedactOptions): string {
  return plan.files
    .map((file) =>
      createTwoFilesPatch(
        `a/${file.file}`,
        `b/${file.file}`,
        redactText(file.beforeText, redaction),
        redactText(file.afterText, redaction),
        '',
        '',
        {
          context: 3,
        },
      ),
    )
    .map((patch) => patch.replace(/^={67}\n/m, ''))
    .join('');
}
