// The one pipeline: discover → read → model → rules → findings → gate. Reporters run after it, on its Report.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { loadConfig } from './config/load.js';
import type { Config } from './config/types.js';
import { configuredFiles } from './discover/configured.js';
import { loadCandidates } from './discover/load.js';
import { skippedFoldersNotice } from './discover/skipped-folders.js';
import { discover } from './discover/walk.js';
import { DEFAULT_BASELINE_PATH, readBaseline } from './gate/baseline.js';
import { compareFindings, disambiguateFingerprints, findingFrom, problemFinding } from './gate/findings.js';
import { applyGate } from './gate/gate.js';
import { requiredFindings } from './gate/require.js';
import { buildModel } from './model/build.js';
import { attachLiveAdminConsole, type LiveInput } from './model/live-admin-console.js';
import { type LiveSource, liveExport, liveProfiles, readLiveAdminConsole } from './read/umapi/index.js';
import { FieldMapping } from './model/fields.js';
import { loadRuleMetadata, ruleMeta } from './policy/rules.js';
import { toolVersion } from './policy/version.js';
import { redactReadProblems, scrubReport } from './util/redact.js';
import { fileLoc } from './util/loc.js';
import { isSecretName } from './util/secrets.js';
import { readFile, sniffer, sniffKind } from './read/index.js';
import { detectRestart } from './restart/index.js';
import { rules } from './rules/index.js';
import { dropLiveFix, liveSourceLoc } from './rules/util/live-admin-console.js';
import { adminConsoleSource, CoverageCollector } from './rules/util/coverage.js';
import type { Rule, RuntimeSecrets, ScanFacts } from './rules/types.js';
import {
  type FailOn,
  type Finding,
  LIVE_ADMIN_CONSOLE,
  type LiveAdminConsoleStatus,
  type Model,
  type ReadProblem,
  type ReadResult,
  type Report,
  type RestartResult,
} from './types.js';
import { compareStrings } from './util/compare.js';
import { sha256 } from './fix/files.js';
import { dropSecretFixes, dropUnmappableFixes } from './fix/offered.js';

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
  /** Keep the SHA-256 of every file read (ScanOutcome.digests), for `--fix`. */
  keepDigests?: boolean;
  /** require-restart-ack on a pull request: a required restart fails the gate unless the PR has this label. */
  restartAck?: { label: string; labels: readonly string[] };
  /** Where the live Admin Console's credentials are read (`adminConsole.clientIdEnv`, …); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Called with every secret the scan learns at run time (the UMAPI client secret, its token): the action masks them. */
  onSecret?: (value: string) => void;
}

export interface ScanOutcome {
  report: Report;
  /** True when the config file itself was invalid (the CLI exits 2). */
  configInvalid: boolean;
  model?: Model;
  /** What reporters that show source text (code frames) must mask besides secret-looking names. */
  redaction: { secrets: string[]; secretNames: string[] };
  /** SHA-256 of each file read, by path, when `keepDigests` was asked for. */
  digests?: Map<string, string>;
}

/** A problem with how ims-gate was called (exit code 2), as opposed to a finding in the repository. */
export class UsageError extends Error {}

export function readAll(
  root: string,
  config: Config,
  digests?: Map<string, string>,
): { results: ReadResult[]; skipped: { path: string; reason: string }[]; filesScanned: number; problems: ReadProblem[] } {
  const discovery = discover(root, config);
  // Files the config names are read as the kind it says, even where discovery does not look.
  const configured = configuredFiles(root, config);
  const discovered = new Set(discovery.files.map((file) => file.path));
  const files = [...discovery.files, ...configured.files.filter((file) => !discovered.has(file.path))].sort((a, b) =>
    compareStrings(a.path, b.path),
  );
  const loaded = loadCandidates(files, config.maxFileSizeBytes, sniffer, configured.kinds);
  // What `--fix` compares before it writes: a file changed since the scan read it is never rewritten.
  if (digests) for (const candidate of loaded.candidates) digests.set(candidate.path, sha256(candidate.bytes));
  // Attributes the field mapping makes secret are masked in reader messages too, whatever their names look like.
  const secretNames = new FieldMapping(config).attributesByField.clientSecret;
  const results = loaded.candidates.map((candidate) =>
    redactReadProblems(readFile(candidate.path, candidate.bytes, candidate.kind), candidate.bytes, { secretNames }),
  );
  const skipped = [...discovery.skipped, ...loaded.skipped];
  const notice = skippedFoldersNotice(root, discovery.skippedByDefault, sniffKind, new Set(configured.kinds.keys()));
  if (notice) skipped.push(notice);
  return { results, skipped, filesScanned: loaded.filesScanned, problems: configured.problems };
}

/**
 * The model `scan` rules see where no file is read (`hosting: hosted`): the config's instances, empty (or the
 * `default` one), so that the coverage names every instance the IMS rules did not check.
 */
function emptyModel(config: Config): Model {
  const names = Object.keys(config.instances).length > 0 ? Object.keys(config.instances).sort(compareStrings) : ['default'];
  const instances = names.map((name) => ({
    name,
    accounts: [],
    groups: [],
    serverConfs: [],
    manifests: [],
    dashboards: [],
    files: [],
    unreadable: [],
  }));
  return { instances, fallbackInstance: 'default', dashboards: [], suppressions: [], problems: [] };
}

/** The registered rules that run: those `explain` asked for, and with `hosting: hosted` only those about the scan itself. */
function selectRules(config: Config, onlyRules: string[] | undefined): Rule[] {
  const hosted = config.hosting === 'hosted';
  return rules.filter((rule) => (!onlyRules || onlyRules.includes(rule.id)) && (!hosted || rule.subject === 'scan'));
}

function runRules(
  selected: Rule[],
  model: Model,
  config: Config,
  scan: ScanFacts,
  options: ScanOptions,
  coverage: CoverageCollector,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of selected) {
    const meta = ruleMeta(rule.id);
    try {
      rule.check({
        model,
        config,
        meta,
        secrets: options.secrets ?? {},
        scan,
        report: (diagnostic) => findings.push(findingFrom(meta, diagnostic)),
        cover: (instance, statement) => coverage.cover(rule.id, instance, statement),
      });
      // Fail closed: a rule that says nothing about an instance has not checked it, whatever it reported.
      for (const instance of coverage.missing(rule.id)) {
        findings.push(
          problemFinding(ruleMeta('IMS000'), {
            loc: fileLoc(config.source ?? '.'),
            message: `rule ${rule.id} did not state whether it checked instance "${instance}" (an ims-gate bug)`,
          }),
        );
      }
    } catch (error) {
      // A rule bug must not hide every other finding; it still blocks, since the check did not run.
      findings.push(
        problemFinding(ruleMeta('IMS000'), {
          loc: fileLoc(config.source ?? '.'),
          message: `rule ${rule.id} failed to run: ${(error as Error).message}`,
        }),
      );
    }
  }
  return findings;
}

/**
 * The live Admin Console is no file, so no finding, annotation or SARIF location may point at it. The rules that
 * read it report at the mask (src/rules/util/live-admin-console.ts); a finding of any other rule that still does is
 * moved to the config's `adminConsole` key, and its related locations there are dropped.
 */
function awayFromLiveSource(findings: Finding[], config: Config): void {
  const at = liveSourceLoc(config);
  for (const finding of findings) {
    dropLiveFix(finding);
    if (finding.file === LIVE_ADMIN_CONSOLE)
      Object.assign(finding, { file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn });
    if (finding.related?.some((entry) => entry.file === LIVE_ADMIN_CONSOLE)) {
      const related = finding.related.filter((entry) => entry.file !== LIVE_ADMIN_CONSOLE);
      if (related.length > 0) finding.related = related;
      else delete finding.related;
    }
  }
}

/** What the report says of the live Admin Console: when it was read, or why not (never who is in it). */
function reportedSource(status: LiveAdminConsoleStatus): NonNullable<NonNullable<Report['sources']>['adminConsole']> {
  if ('problem' in status) return { kind: 'umapi', problem: status.problem };
  return { kind: 'umapi', readAt: status.readAt, users: status.users, profiles: status.profiles.length };
}

const MIN_SCRUBBED_SECRET = 6;

/** Every secret the scan knows of: the runtime client secret and the plaintext secrets found in the repository. */
function secretValues(model: Model | undefined, secrets: RuntimeSecrets | undefined, results: readonly ReadResult[] = []): string[] {
  const values = new Set<string>();
  if (secrets?.clientSecret) values.add(secrets.clientSecret);
  // Plaintext only (encrypted "@…" values are safe to show), and long enough not to blank out ordinary words.
  const addPlaintext = (value: string | undefined) => {
    if (value !== undefined && value.trim().length >= MIN_SCRUBBED_SECRET && !value.startsWith('@')) values.add(value);
  };
  // Values the readers found under secret-named keys (a manifest's anchors used under clientSecret, nested keys).
  for (const result of results) for (const value of result.secretValues ?? []) addPlaintext(value);
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

/** Whether `require:` names the Admin Console, globally or for some instance: a failed live read is then an error. */
function requiresAdminConsole(config: Config): boolean {
  return (config.require ?? []).some((entry) => entry.item === 'adminConsole');
}

/** The live Admin Console as the model takes it. */
function liveInput(live: LiveSource, config: Config): LiveInput {
  if (!live.ok) return { ok: false, problem: live.problem, required: requiresAdminConsole(config) };
  return { ok: true, readAt: live.readAt, export: liveExport(live.read), profiles: liveProfiles(live.read) };
}

/** The scan root as the user gave it, relative to the working directory when inside it (for messages). */
function displayRoot(root: string): string {
  const inside = relative(process.cwd(), resolve(root));
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? root : inside.split('\\').join('/');
}

/**
 * What the rules cannot say about themselves: `require:` turns their skips into IMS000 errors (decided on what
 * they stated, before the next step); the IMS rules that `hosting: hosted` does not run, and those the config turns
 * off, are skipped for that reason whatever they found.
 */
function coverageDecisions(config: Config, options: ScanOptions, coverage: CoverageCollector): Finding[] {
  const required = requiredFindings(coverage.toCoverage(rules.map((rule) => rule.id)), config, ruleMeta('IMS000'));
  for (const rule of rules) {
    if (options.onlyRules && !options.onlyRules.includes(rule.id)) continue;
    if (config.hosting === 'hosted' && rule.subject !== 'scan') coverage.override(rule.id, { status: 'skipped', reason: 'hosted' });
    else if (Object.hasOwn(config.rules, rule.id) && config.rules[rule.id] === 'off')
      coverage.override(rule.id, {
        status: 'skipped',
        reason: 'rule-off',
        hint: `remove \`rules.${rule.id}: off\` from ${config.source ?? 'the config'}`,
      });
  }
  return required;
}

export async function scan(options: ScanOptions): Promise<ScanOutcome> {
  const root = resolve(options.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`scan root is not a folder: ${options.root}`);
  loadRuleMetadata();
  const inputRule = ruleMeta('IMS000');
  const { config, problems: configProblems } = loadConfig(root, options.configPath);
  const selected = selectRules(config, options.onlyRules);
  const facts: ScanFacts = { configProblems, inputProblems: [], skipped: [], restartNotices: [] };
  let model: Model | undefined;
  let restart: RestartResult = { required: false, instances: [], changes: [] };
  let filesScanned = 0;
  let readResults: ReadResult[] = [];
  const digests = options.keepDigests ? new Map<string, string>() : undefined;

  // With `hosting: hosted` no file is read (Adobe manages the IMS integration): only the rules about the scan run.
  let live: LiveSource | undefined;
  if (config.hosting !== 'hosted') {
    // The one read over the network, bounded in time (src/read/umapi/limits.ts): it never throws.
    if (config.adminConsole) live = await readLiveAdminConsole(config.adminConsole, { env: options.env, onSecret: options.onSecret });
    const read = readAll(root, config, digests);
    filesScanned = read.filesScanned;
    readResults = read.results;
    model = buildModel(read.results, config);
    if (live) attachLiveAdminConsole(model, liveInput(live, config));
    facts.inputProblems = [...read.problems, ...model.problems];
    facts.skipped = read.skipped;
    facts.root = displayRoot(options.root);
    if (selected.some((rule) => rule.usesRestartDetection)) {
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
      facts.restartNotices = outcome.diagnostics;
      facts.restartSkipped = outcome.restart.skipped;
      facts.restartCompared = options.baseRef !== undefined && outcome.restart.skipped === undefined;
    }
  }
  const ruleModel = model ?? emptyModel(config);
  const coverage = new CoverageCollector(ruleModel.instances.map((instance) => instance.name));
  for (const instance of ruleModel.instances) coverage.setSources(instance.name, adminConsoleSource(instance, ruleModel));
  const findings = runRules(selected, ruleModel, config, facts, options, coverage);
  awayFromLiveSource(findings, config);
  findings.push(...coverageDecisions(config, options, coverage));

  // `explain` shows only the findings of the rules it asked for (a rule that failed to run is an IMS000).
  const shown = options.onlyRules ? findings.filter((finding) => options.onlyRules?.includes(finding.ruleId)) : findings;
  shown.sort(compareFindings);
  disambiguateFingerprints(shown);
  const baselinePath = options.baselinePath
    ? isAbsolute(options.baselinePath)
      ? options.baselinePath
      : resolve(options.baselinePath)
    : join(root, DEFAULT_BASELINE_PATH);
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
    ...(model?.liveAdminConsole ? { sources: { adminConsole: reportedSource(model.liveAdminConsole) } } : {}),
    coverage: coverage.toCoverage(rules.map((rule) => rule.id)),
  };
  // Belt and braces: rules never quote a secret, but no message, wherever it came from, may carry one.
  const secrets = [...secretValues(model, options.secrets, readResults), ...(live?.secrets ?? [])];
  // A fix is never masked (a masked fix would write the mask): one that would show a secret is dropped.
  dropSecretFixes(unscrubbed.findings, secrets);
  dropUnmappableFixes(root, unscrubbed.findings);
  const report = scrubReport(unscrubbed, secrets);
  // Attributes mapped to the client secret with `fields:` hold a secret whatever their name.
  const secretNames = new FieldMapping(config).attributesByField.clientSecret;
  return { report, configInvalid: configProblems.length > 0, model, redaction: { secrets, secretNames }, ...(digests ? { digests } : {}) };
}
