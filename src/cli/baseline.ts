// `ims-gate baseline`: adopt ims-gate on a repository that already has findings. Scans without any baseline,
// then writes the fingerprints of every current finding to .github/ims-gate-baseline.json; `check` then
// reports those as `baseline` (never failing) and lists the ones that were fixed, so the file can shrink.
// IMS000 findings (a file that cannot be read, an invalid config) are never baselined: an unreadable file
// hides its settings from every rule, so accepting it would accept changes nobody checked.
// `--migrate` rewrites a baseline of ims-gate before 1.0 (version 1, legacy fingerprints) into the 1.0 format,
// keeping exactly the findings it accepted: it rescans, and keeps a current finding when its legacy fingerprint
// is in the old file. It never accepts a finding the old baseline did not.
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_BASELINE_PATH,
  isBaselinable,
  isLegacyBaseline,
  readBaselineFile,
  writeBaseline,
  type BaselineEntry,
} from '../gate/baseline.js';
import { legacyFingerprintsOf } from '../gate/findings.js';
import { scan, UsageError } from '../pipeline.js';
import type { Finding } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { toPosix } from '../util/paths.js';
import { plural, pluralForm } from '../util/plural.js';
import { configProblemsLine } from './errors.js';
import { checkOutputPath, rejectEmptyValues, scanRoot } from './paths.js';
import type { CliIo } from './io.js';

export const BASELINE_USAGE = `  ims-gate baseline [root] [--config FILE] [--output FILE] [--migrate]
      writes the fingerprints of every current finding to <root>/${DEFAULT_BASELINE_PATH}; check then
      reports them as "baseline" without failing. IMS000 (unreadable input) is never baselined.
      --migrate rewrites a baseline written by ims-gate before 1.0 into the 1.0 fingerprints, keeping
      only the findings it already accepted.`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  output: { type: 'string', short: 'o' },
  migrate: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface BaselineOutcome {
  path: string;
  written: Finding[];
  /** IMS000 findings left out: they still fail `check` until fixed. */
  unbaselinable: Finding[];
  /** Entries of the previous baseline at the same path no longer found. */
  dropped: number;
  /** Entries not in the previous baseline. */
  added: number;
  /** Whether a baseline already existed at the path. */
  replaced: boolean;
  /** Whether the file is where `check` looks for it (<root>/.github/ims-gate-baseline.json). */
  atDefaultPath: boolean;
}

function baselinePath(root: string, output: string | undefined): string {
  return output ? (isAbsolute(output) ? output : resolve(output)) : join(root, DEFAULT_BASELINE_PATH);
}

/** The current findings, scanned without any baseline. Throws UsageError when the config is invalid. */
async function currentFindings(root: string, configPath: string | undefined): Promise<Finding[]> {
  const outcome = await scan({ root, configPath, failOn: 'never', noBaseline: true });
  if (outcome.configInvalid) {
    // The config decides which findings exist, so a baseline of a scan with the defaults would be wrong.
    throw new UsageError(`${configProblemsLine(outcome.report)}; the config is invalid, fix it before writing a baseline`);
  }
  return outcome.report.findings;
}

/** The fingerprints of `findings` in the format of the previous baseline, to compare them with its entries. */
function comparable(findings: Finding[], legacy: boolean): Map<Finding, string> {
  const fingerprints = legacy ? legacyFingerprintsOf(findings) : findings.map((finding) => finding.fingerprint);
  return new Map(findings.map((finding, index) => [finding, fingerprints[index]]));
}

/** Scans `root` ignoring any baseline and writes the new one. Throws UsageError when the config is invalid. */
async function createBaseline(options: { root: string; configPath?: string; output?: string }): Promise<BaselineOutcome> {
  const root = resolve(options.root);
  const path = baselinePath(root, options.output);
  const findings = await currentFindings(root, options.configPath);
  const written = findings.filter(isBaselinable);
  const unbaselinable = findings.filter((finding) => !isBaselinable(finding) && finding.severity !== 'notice');
  const previous = readBaselineFile(path);
  // A pre-1.0 baseline is compared through the legacy fingerprints, so the counts stay meaningful.
  const fingerprints = comparable(findings, previous !== undefined && isLegacyBaseline(previous));
  const before = new Set(previous?.findings.map((entry) => entry.fingerprint));
  const current = new Set(written.map((finding) => fingerprints.get(finding)));
  const added = written.filter((finding) => !before.has(fingerprints.get(finding) ?? '')).length;
  const dropped = [...before].filter((fingerprint) => !current.has(fingerprint)).length;
  writeBaseline(path, written);
  return {
    path,
    written,
    unbaselinable,
    dropped,
    added,
    replaced: previous !== undefined,
    atDefaultPath: path === join(root, DEFAULT_BASELINE_PATH),
  };
}

interface MigrateOutcome {
  path: string;
  /** The current findings the old baseline accepted, now written with their 1.0 fingerprints. */
  kept: Finding[];
  /** Old entries no current finding matches: fixed, or changed since the old baseline was written. */
  dropped: BaselineEntry[];
  /** Current findings (other than IMS000) the old baseline did not accept: they still fail check. */
  notBaselined: Finding[];
  /** The file already had the 1.0 format: nothing was written. */
  alreadyCurrent: boolean;
}

async function migrateBaseline(options: { root: string; configPath?: string; output?: string }): Promise<MigrateOutcome> {
  const root = resolve(options.root);
  const path = baselinePath(root, options.output);
  const old = readBaselineFile(path);
  if (!old) throw new UsageError(`no baseline to migrate at ${path}; run \`ims-gate baseline\` to write one`);
  if (!isLegacyBaseline(old)) return { path, kept: [], dropped: [], notBaselined: [], alreadyCurrent: true };
  const findings = await currentFindings(root, options.configPath);
  const legacy = comparable(findings, true);
  const accepted = new Set(old.findings.map((entry) => String(entry.fingerprint)));
  const candidates = findings.filter(isBaselinable);
  const kept = candidates.filter((finding) => accepted.has(legacy.get(finding) ?? ''));
  const matched = new Set(kept.map((finding) => legacy.get(finding)));
  const keptSet = new Set(kept);
  writeBaseline(path, kept);
  return {
    path,
    kept,
    dropped: old.findings.filter((entry) => !matched.has(String(entry.fingerprint))),
    notBaselined: candidates.filter((finding) => !keptSet.has(finding)),
    alreadyCurrent: false,
  };
}

function shownPath(path: string): string {
  return toPosix(relative(process.cwd(), path)) || path;
}

async function migrateCommand(options: { root: string; configPath?: string; output?: string }, io: CliIo): Promise<number> {
  const outcome = await migrateBaseline(options);
  const shown = shownPath(outcome.path);
  if (outcome.alreadyCurrent) {
    io.stdout(`${shown} already uses the ims-gate 1.0 fingerprints; nothing to migrate.\n`);
    return 0;
  }
  const total = outcome.kept.length + outcome.dropped.length;
  io.stdout(
    `Migrated ${shown} to the ims-gate 1.0 fingerprints: ${outcome.kept.length} of ${total} entr${total === 1 ? 'y' : 'ies'} kept. Commit the file.\n`,
  );
  if (outcome.dropped.length > 0) {
    io.stderr(
      `ims-gate: ${outcome.dropped.length} entr${outcome.dropped.length === 1 ? 'y matches' : 'ies match'} no current finding (fixed, or changed since the baseline was written) and ${outcome.dropped.length === 1 ? 'was' : 'were'} dropped:\n` +
        outcome.dropped.map((entry) => `  ${entry.ruleId} ${entry.file}:${entry.line}: ${entry.message}\n`).join(''),
    );
  }
  if (outcome.notBaselined.length > 0) {
    io.stderr(
      `ims-gate: ${outcome.notBaselined.length} current finding(s) were not in the old baseline and still fail check (${countByRule(outcome.notBaselined)}).\n`,
    );
  }
  return 0;
}

function countByRule(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([id, n]) => `${id} ×${n}`)
    .join(', ');
}

export async function baselineCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  rejectEmptyValues(values);
  if (values.help) {
    io.stdout(`Usage:\n${BASELINE_USAGE}\n`);
    return 0;
  }
  const root = scanRoot(positionals, 'baseline');
  checkOutputPath(values.output);
  if (values.migrate) return migrateCommand({ root, configPath: values.config, output: values.output }, io);
  const outcome = await createBaseline({ root, configPath: values.config, output: values.output });
  const shown = shownPath(outcome.path);
  const summary =
    outcome.written.length === 0 ? 'no findings' : `${plural(outcome.written.length, 'finding')} (${countByRule(outcome.written)})`;
  const change = outcome.replaced ? `; ${outcome.added} new, ${outcome.dropped} dropped since the previous baseline` : '';
  io.stdout(`Wrote ${shown}: ${summary}${change}.\n`);
  if (outcome.written.length > 0) io.stdout('check now reports these as "baseline" and fails only on new findings. Commit the file.\n');
  if (!outcome.atDefaultPath) {
    io.stderr(`ims-gate: note: check reads the baseline from <root>/${DEFAULT_BASELINE_PATH}; move the file there to use it.\n`);
  }
  if (outcome.unbaselinable.length > 0) {
    io.stderr(
      `ims-gate: ${plural(outcome.unbaselinable.length, 'IMS000 finding')} ${pluralForm(outcome.unbaselinable.length, 'was', 'were')} not baselined: a file that cannot be read must be fixed, so check still fails on:\n` +
        outcome.unbaselinable.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}\n`).join(''),
    );
  }
  return 0;
}
