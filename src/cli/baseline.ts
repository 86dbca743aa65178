// `ims-gate baseline`: adopt ims-gate on a repository that already has findings. Scans without any baseline,
// then writes the fingerprints of every current finding to .github/ims-gate-baseline.json; `check` then
// reports those as `baseline` (never failing) and lists the ones that were fixed, so the file can shrink.
// IMS000 findings (a file that cannot be read, an invalid config) are never baselined: an unreadable file
// hides its settings from every rule, so accepting it would accept changes nobody checked.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BASELINE_PATH, readBaseline, writeBaseline } from '../gate/baseline.js';
import { scan, UsageError } from '../pipeline.js';
import type { Finding } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { toPosix } from '../util/paths.js';
import { plural, pluralForm } from '../util/plural.js';
import { configProblemsLine } from './errors.js';
import { checkOutputPath, rejectEmptyValues, scanRoot } from './paths.js';
import type { CliIo } from './io.js';

/** The rule whose findings are never baselined. */
const UNBASELINABLE_RULE = 'IMS000';

export const BASELINE_USAGE = `  ims-gate baseline [root] [--config FILE] [--output FILE]
      writes the fingerprints of every current finding to <root>/${DEFAULT_BASELINE_PATH}; check then
      reports them as "baseline" without failing. IMS000 (unreadable input) is never baselined.`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  output: { type: 'string', short: 'o' },
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

/** Scans `root` ignoring any baseline and writes the new one. Throws UsageError when the config is invalid. */
async function createBaseline(options: { root: string; configPath?: string; output?: string }): Promise<BaselineOutcome> {
  const root = resolve(options.root);
  const path = options.output ? (isAbsolute(options.output) ? options.output : resolve(options.output)) : join(root, DEFAULT_BASELINE_PATH);
  const outcome = await scan({ root, configPath: options.configPath, failOn: 'never', noBaseline: true });
  if (outcome.configInvalid) {
    // The config decides which findings exist, so a baseline of a scan with the defaults would be wrong.
    throw new UsageError(`${configProblemsLine(outcome.report)}; the config is invalid, fix it before writing a baseline`);
  }
  const written = outcome.report.findings.filter((finding) => finding.ruleId !== UNBASELINABLE_RULE);
  const unbaselinable = outcome.report.findings.filter((finding) => finding.ruleId === UNBASELINABLE_RULE && finding.severity !== 'notice');
  const previous = existsSync(path) ? readBaseline(path) : undefined;
  const current = new Set(written.map((finding) => finding.fingerprint));
  const added = written.filter((finding) => !previous?.has(finding.fingerprint)).length;
  const dropped = previous ? [...previous].filter((fingerprint) => !current.has(fingerprint)).length : 0;
  writeBaseline(path, written);
  return { path, written, unbaselinable, dropped, added, replaced: previous !== undefined, atDefaultPath: path === join(root, DEFAULT_BASELINE_PATH) };
}

function countByRule(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => compareStrings(a, b)).map(([id, n]) => `${id} ×${n}`).join(', ');
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
  const outcome = await createBaseline({ root, configPath: values.config, output: values.output });
  const shown = toPosix(relative(process.cwd(), outcome.path)) || outcome.path;
  const summary = outcome.written.length === 0 ? 'no findings' : `${plural(outcome.written.length, 'finding')} (${countByRule(outcome.written)})`;
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
