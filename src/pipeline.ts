// The one pipeline: discover → read → model → rules → findings → gate. Reporters run after it, on its Report.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { loadConfig } from './config/load.js';
import type { Config } from './config/types.js';
import { configuredFiles } from './discover/configured.js';
import { loadCandidates } from './discover/load.js';
import { skippedFoldersNotice } from './discover/skipped-folders.js';
import { discover } from './discover/walk.js';
import { DEFAULT_BASELINE_PATH, readBaseline } from './gate/baseline.js';
import { compareFindings, disambiguateFingerprints, findingFrom, problemFinding } from './gate/findings.js';
import { applyGate } from './gate/gate.js';
import { buildModel } from './model/build.js';
import { loadRuleMetadata, ruleMeta } from './policy/rules.js';
import { toolVersion } from './policy/version.js';
import { scrubReport } from './report/redact.js';
import { fileLoc } from './util/loc.js';
import { isSecretName } from './util/secrets.js';
import { readFile, sniffer, sniffKind } from './read/index.js';
import { detectRestart } from './restart/index.js';
import { rules } from './rules/index.js';
import type { RuntimeSecrets } from './rules/types.js';
import type { FailOn, Finding, Model, ReadProblem, ReadResult, Report, RestartResult } from './types.js';
import { appendAll } from './util/arrays.js';

export interface ScanOptions {
  /** Scan root (absolute, or relative to the working directory). */
  root: string;
  /** Explicit config file; default `<root>/.github/ims-gate.yml` when it exists. */
  configPath?: string;
  failOn: FailOn;
  /** Git ref of the base revision, for restart detection. */
  baseRef?: string;
  /** Where restart detection says that it fetches the base from origin; default standard error. */
  log?: (line: string) => void;
  secrets?: RuntimeSecrets;
  /** Run only these rules (used by `explain`). */
  onlyRules?: string[];
  /** Baseline file; default `<root>/.github/ims-gate-baseline.json` when it exists. */
  baselinePath?: string;
  /** Ignore any baseline file (used when writing a new baseline). */
  noBaseline?: boolean;
  /** require-restart-ack on a pull request: a required restart fails the gate unless the PR has this label. */
  restartAck?: { label: string; labels: readonly string[] };
}

export interface ScanOutcome {
  report: Report;
  /** True when the config file itself was invalid (the CLI exits 2). */
  configInvalid: boolean;
  model?: Model;
}

/** A problem with how ims-gate was called (exit code 2), as opposed to a finding in the repository. */
export class UsageError extends Error {}

const HOSTED_MESSAGE =
  'hosting is "hosted": no IMS rule runs, because the IMS integration of hosted Campaign instances is managed by Adobe. Contact Adobe for IMS issues on hosted instances.';

export function readAll(root: string, config: Config): { results: ReadResult[]; skipped: { path: string; reason: string }[]; filesScanned: number; problems: ReadProblem[] } {
  const discovery = discover(root, config);
  // Files the config names are read as the kind it says, even where discovery does not look.
  const configured = configuredFiles(root, config);
  const discovered = new Set(discovery.files.map((file) => file.path));
  const files = [...discovery.files, ...configured.files.filter((file) => !discovered.has(file.path))].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const loaded = loadCandidates(files, config.maxFileSizeBytes, sniffer, configured.kinds);
  const results = loaded.candidates.map((candidate) => readFile(candidate.path, candidate.bytes, candidate.kind));
  const skipped = [...discovery.skipped, ...loaded.skipped];
  const notice = skippedFoldersNotice(root, discovery.skippedByDefault, sniffKind, new Set(configured.kinds.keys()));
  if (notice) skipped.push(notice);
  return { results, skipped, filesScanned: loaded.filesScanned, problems: configured.problems };
}

function runRules(model: Model, config: Config, options: ScanOptions): Finding[] {
  const findings: Finding[] = [];
  const selected = options.onlyRules ? rules.filter((rule) => options.onlyRules?.includes(rule.id)) : rules;
  for (const rule of selected) {
    const meta = ruleMeta(rule.id);
    try {
      rule.check({ model, config, meta, secrets: options.secrets ?? {}, report: (diagnostic) => findings.push(findingFrom(meta, diagnostic)) });
    } catch (error) {
      // A rule bug must not hide every other finding; it still blocks, since the check did not run.
      findings.push(problemFinding(ruleMeta('IMS000'), { loc: fileLoc(config.source ?? '.'), message: `rule ${rule.id} failed to run: ${(error as Error).message}` }));
    }
  }
  return findings;
}

const MIN_SCRUBBED_SECRET = 6;

/** Every secret the scan knows of: the runtime client secret and the plaintext secrets found in the repository. */
function secretValues(model: Model | undefined, secrets: RuntimeSecrets | undefined): string[] {
  const values = new Set<string>();
  if (secrets?.clientSecret) values.add(secrets.clientSecret);
  // Plaintext only (encrypted "@…" values are safe to show), and long enough not to blank out ordinary words.
  const addPlaintext = (value: string | undefined) => {
    if (value !== undefined && value.trim().length >= MIN_SCRUBBED_SECRET && !value.startsWith('@')) values.add(value);
  };
  for (const instance of model?.instances ?? []) {
    for (const account of instance.accounts) {
      for (const [name, attr] of Object.entries(account.attrs)) if (isSecretName(name)) addPlaintext(attr.value);
      addPlaintext(account.fields.clientSecret?.value);
    }
    for (const conf of instance.serverConfs) {
      for (const [name, attr] of Object.entries(conf.data.ims?.attrs ?? {})) if (isSecretName(name)) addPlaintext(attr.value);
    }
  }
  return [...values];
}

export async function scan(options: ScanOptions): Promise<ScanOutcome> {
  const root = resolve(options.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`scan root is not a folder: ${options.root}`);
  loadRuleMetadata();
  const inputRule = ruleMeta('IMS000');
  const { config, problems: configProblems } = loadConfig(root, options.configPath);
  const findings: Finding[] = configProblems.map((problem) => problemFinding(inputRule, problem));
  let model: Model | undefined;
  let restart: RestartResult = { required: false, instances: [], changes: [] };
  let filesScanned = 0;

  if (config.hosting === 'hosted') {
    findings.push(
      findingFrom(inputRule, {
        loc: fileLoc(config.source ?? '.github/ims-gate.yml'),
        message: HOSTED_MESSAGE,
        severity: 'notice',
        field: 'hosting',
        value: 'hosted',
        remediation: 'Nothing to change in the repository. If the instances are on-premise or hybrid after all, set `hosting: on-premise` or `hosting: hybrid` in .github/ims-gate.yml so that the IMS rules run.',
      }),
    );
  } else {
    const read = readAll(root, config);
    filesScanned = read.filesScanned;
    model = buildModel(read.results, config);
    for (const problem of [...read.problems, ...model.problems]) findings.push(problemFinding(inputRule, problem));
    for (const skipped of read.skipped) findings.push(problemFinding(inputRule, { loc: fileLoc(skipped.path), message: skipped.reason }, 'notice'));
    appendAll(findings, runRules(model, config, options));
    if (!options.onlyRules || options.onlyRules.includes('IMS010')) {
      const outcome = detectRestart({
        root,
        baseRef: options.baseRef,
        log: options.log,
        config,
        headResults: read.results,
        headModel: model,
        buildModel: (results, baseConfig) => buildModel(results, baseConfig ?? config, model?.fallbackInstance),
      });
      restart = outcome.restart;
      const restartMeta = loadRuleMetadata().get('IMS010');
      if (restartMeta) for (const diagnostic of outcome.diagnostics) findings.push(findingFrom(restartMeta, diagnostic));
    }
  }

  // `explain` shows only the rules behind the symptom; unreadable files are counted in the model's problems.
  const shown = options.onlyRules ? findings.filter((finding) => options.onlyRules?.includes(finding.ruleId)) : findings;
  shown.sort(compareFindings);
  disambiguateFingerprints(shown);
  const baselinePath = options.baselinePath ? (isAbsolute(options.baselinePath) ? options.baselinePath : resolve(options.baselinePath)) : join(root, DEFAULT_BASELINE_PATH);
  const baseline = options.noBaseline ? undefined : readBaseline(baselinePath);
  const gate = applyGate({
    findings: shown,
    suppressions: model?.suppressions ?? [],
    config,
    failOn: options.failOn,
    baseline,
    inputRule,
    knownRuleIds: new Set(loadRuleMetadata().keys()),
    filesScanned,
    restart,
    restartAck: options.restartAck,
  });

  const unscrubbed: Report = {
    version: 1,
    tool: { name: 'ims-gate', version: toolVersion() },
    findings: gate.findings,
    suppressed: gate.suppressed,
    ...(baseline ? { fixed: gate.fixed } : {}),
    restart,
    stats: gate.stats,
    verdict: gate.verdict,
  };
  // Belt and braces: rules never quote a secret, but no message, wherever it came from, may carry one.
  const report = scrubReport(unscrubbed, secretValues(model, options.secrets));
  return { report, configInvalid: configProblems.length > 0, model };
}
