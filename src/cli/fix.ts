// `ims-gate check --fix` and `--fix-dry-run`: a first scan finds the fixes; --fix writes them (only into regular
// files inside the root whose bytes are still those the scan read) and says what it changed on standard error,
// then the usual check runs on the fixed tree and decides the exit code. --fix-dry-run prints the unified diff
// of what --fix would write (no secret printed), writes nothing, and exits as the check of the tree as it is.
import { resolve } from 'node:path';
import { unifiedDiff } from '../fix/diff.js';
import { writeIfUnchanged } from '../fix/files.js';
import { planFixes, type FixPlan } from '../fix/plan.js';
import { scan, type ScanOptions } from '../pipeline.js';
import type { Finding } from '../types.js';
import { plural } from '../util/plural.js';
import type { CliIo } from './io.js';

export const FIX_USAGE = `  --fix          apply the fixes of fixable findings in place, then check again (what changed: standard error)
  --fix-dry-run  print the unified diff --fix would apply, and write nothing`;

/** `file:line RULE` of a finding, as the summary lists it. */
function at(finding: Finding): string {
  return `${finding.file}:${finding.line} ${finding.ruleId}`;
}

function restartNote(findings: readonly Finding[]): string {
  return findings.some((finding) => finding.fix?.restart)
    ? ' (restart the Campaign server after deploying: IMS settings are read at start-up)'
    : '';
}

/** Writes the plan's files; the lines of the summary, for standard error. */
function writePlan(root: string, plan: FixPlan): string[] {
  const lines: string[] = [];
  const fixed: Finding[] = [];
  for (const file of plan.files) {
    const written = writeIfUnchanged(root, file.file, file.before, file.after);
    if (!written.ok) {
      for (const finding of file.findings) lines.push(`not fixed ${at(finding)}: ${file.file} ${written.reason}`);
      continue;
    }
    for (const finding of file.findings) lines.push(`fixed ${at(finding)}`);
    fixed.push(...file.findings);
  }
  for (const { finding, reason } of plan.notFixed) lines.push(`not fixed ${at(finding)}: ${reason}`);
  const files = new Set(fixed.map((finding) => finding.file)).size;
  lines.push(`ims-gate: --fix: ${plural(fixed.length, 'fix', 'fixes')} applied in ${plural(files, 'file')}${restartNote(fixed)}`);
  return lines;
}

/**
 * Runs the fix step before the check. Returns the exit code when the command ends here (a dry run, a config
 * error), undefined when the check should run next (on the fixed tree).
 */
export async function fixStep(options: ScanOptions, io: CliIo, dryRun: boolean): Promise<number | undefined> {
  const outcome = await scan({ ...options, keepDigests: true });
  if (outcome.configInvalid) return undefined; // the check says what is wrong with the config, and exits 2
  const root = resolve(options.root);
  const plan = planFixes(root, outcome.report.findings, { mode: 'apply', digests: outcome.digests });
  if (dryRun) {
    const diff = unifiedDiff(plan, outcome.redaction);
    io.stdout(diff.patch);
    for (const note of diff.notes) io.stderr(`ims-gate: --fix-dry-run: ${note}\n`);
    const count = plan.files.reduce((sum, file) => sum + file.findings.length, 0);
    io.stderr(
      `ims-gate: --fix-dry-run: ${plural(count, 'fix', 'fixes')} in ${plural(plan.files.length, 'file')} would be applied; nothing was written\n`,
    );
    return outcome.report.verdict.result === 'fail' ? 1 : 0;
  }
  io.stderr(`${writePlan(root, plan).join('\n')}\n`);
  return undefined;
}
