// `ims-gate init`: writes a starter .github/ims-gate.yml with the instances found under the root (the same
// discovery and model as `check`) and a workflow that runs the action with the permissions it needs.
// Existing files are never overwritten without --force.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_CONFIG_PATH, parseConfig } from '../config/load.js';
import { defaultConfig, REQUIRE_ITEMS, type RequireItem } from '../config/types.js';
import { buildModel } from '../model/build.js';
import { DEFAULT_INSTANCE } from '../model/instances.js';
import { readAll, UsageError } from '../pipeline.js';
import type { Instance, Model } from '../types.js';
import { globMatcher } from '../util/glob.js';
import { compareStrings } from '../util/compare.js';
import { gitText } from '../util/git.js';
import { actionRef, configSchemaUrl } from '../policy/version.js';
import { toPosix } from '../util/paths.js';
import { plural, pluralForm } from '../util/plural.js';
import { scanRoot } from './paths.js';
import type { CliIo } from './io.js';

const WORKFLOW_PATH = '.github/workflows/ims-gate.yml';
const SARIF_FILE = 'ims-gate.sarif';

export const INIT_USAGE = `  ims-gate init [root] [--sarif] [--force]
      writes ${DEFAULT_CONFIG_PATH} (with the instances it finds) and ${WORKFLOW_PATH};
      --sarif adds the code-scanning upload (and security-events: write); --force overwrites existing files.`;

const OPTIONS = {
  sarif: { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface DetectedInstance {
  name: string;
  /** Globs (or plain paths) that select exactly this instance's files. */
  paths: string[];
  imsManifest?: string;
  /** A URL suggested for `url` (from the IMS account's callback server), written as a comment. */
  suggestedUrl?: string;
  /** The inputs found for this instance: required from now on, so that losing one fails the gate. */
  require: RequireItem[];
}

interface DetectedSetup {
  instances: DetectedInstance[];
  /** Admin Console exports not placed in an instance folder: shared by all instances. */
  enterpriseDashboard: string[];
  filesScanned: number;
}

// ------------------------------------------------------------------------------------------ detection

/** file → instance it was assigned to (undefined: a shared Admin Console export). */
function assignments(model: Model): Map<string, string | undefined> {
  const owner = new Map<string, string | undefined>();
  for (const instance of model.instances) for (const file of instance.files) owner.set(file, instance.name);
  for (const exported of model.dashboards) if (exported.instance === undefined) owner.set(exported.file, undefined);
  return owner;
}

/** A literal path as a glob (src/util/glob.ts): its glob characters escaped. */
function literal(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

/**
 * The instance folder a file sits in (`…/prod/**`), so that files added there later belong to the instance
 * too; else the file itself (a `config-<name>.xml` or a manifest naming its instance, or a file of the
 * catch-all instance), since a folder glob would take precedence over the hints of files added later.
 */
function candidateGlob(file: string, instance: string): string {
  const folders = file.split('/').slice(0, -1);
  const index = folders.lastIndexOf(instance);
  return index >= 0 ? `${literal(folders.slice(0, index + 1).join('/'))}/**` : literal(file);
}

/**
 * Globs for an instance that select its files and no other instance's, so that the written config
 * reproduces what discovery found; a glob that would also take another instance's file is replaced by the
 * plain paths of this instance's files under it.
 */
function instancePaths(instance: Instance, owner: Map<string, string | undefined>): string[] {
  const byGlob = new Map<string, string[]>();
  for (const file of instance.files) {
    const glob = candidateGlob(file, instance.name);
    byGlob.set(glob, [...(byGlob.get(glob) ?? []), file]);
  }
  const paths = new Set<string>();
  for (const [glob, files] of byGlob) {
    if (!glob.endsWith('/**')) {
      paths.add(glob);
      continue;
    }
    const match = globMatcher([glob]);
    const clean = [...owner].every(([file, name]) => !match(file) || name === instance.name);
    for (const path of clean ? [glob] : files.map(literal)) paths.add(path);
  }
  return [...paths].sort();
}

function callbackOrigin(instance: Instance): string | undefined {
  const value = instance.accounts.find((account) => account.fields.callbackServer)?.fields.callbackServer?.value.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The `require:` items an instance satisfies today, in the order of REQUIRE_ITEMS. */
function foundInputs(instance: Instance): RequireItem[] {
  const found: Record<RequireItem, boolean> = {
    imsAccount: instance.accounts.length > 0,
    manifest: instance.manifests.length > 0,
    adminConsole: instance.dashboards.length > 0,
    operatorGroups: instance.groups.length > 0,
  };
  return REQUIRE_ITEMS.filter((item) => found[item]);
}

/**
 * The starter `require:`: what every named instance has goes in the global list, what only some have in theirs.
 * The catch-all "default" instance requires nothing (it is renamed or removed first), and since a global item would
 * apply to it once it is in the config, beside it every item goes in the named instances' own lists.
 */
function requireLists(instances: DetectedInstance[]): { global: RequireItem[]; own: Map<string, RequireItem[]> } {
  const named = instances.filter((instance) => instance.name !== DEFAULT_INSTANCE);
  const withDefault = named.length < instances.length;
  const global = REQUIRE_ITEMS.filter(
    (item) => !withDefault && named.length > 0 && named.every((instance) => instance.require.includes(item)),
  );
  const own = new Map(named.map((instance) => [instance.name, instance.require.filter((item) => !global.includes(item))]));
  return { global, own };
}

/** Runs discovery and the model, as `check` does with no config, and describes what it found. */
export function detectSetup(root: string): DetectedSetup {
  const config = defaultConfig();
  const read = readAll(root, config);
  const model = buildModel(read.results, config);
  const owner = assignments(model);
  const instances = model.instances
    .filter((instance) => instance.files.length > 0)
    .map((instance): DetectedInstance => {
      const manifests = [...new Set(instance.manifests.map((manifest) => manifest.file))];
      return {
        name: instance.name,
        paths: instancePaths(instance, owner),
        ...(manifests.length === 1 ? { imsManifest: manifests[0] } : {}),
        ...(callbackOrigin(instance) ? { suggestedUrl: callbackOrigin(instance) } : {}),
        require: foundInputs(instance),
      };
    })
    // Named instances first, in name order; the catch-all "default" last.
    .sort((a, b) => Number(a.name === DEFAULT_INSTANCE) - Number(b.name === DEFAULT_INSTANCE) || compareStrings(a.name, b.name));
  const enterpriseDashboard = model.dashboards
    .filter((exported) => exported.instance === undefined)
    .map((exported) => exported.file)
    .sort();
  return { instances, enterpriseDashboard, filesScanned: read.filesScanned };
}

// ------------------------------------------------------------------------------------------ rendering

/** A YAML scalar: plain when it reads back as the same string, else double-quoted (JSON is valid YAML). */
function scalar(value: string): string {
  if (/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(value)) {
    try {
      if (parseYaml(value) === value) return value;
    } catch {
      // fall through to quoting
    }
  }
  return JSON.stringify(value);
}

export function renderConfig(setup: DetectedSetup): string {
  const lines: string[] = [
    `# yaml-language-server: $schema=${configSchemaUrl()}`,
    '# ims-gate configuration, written by `ims-gate init`. Reference: docs/config.md',
    '',
    '# on-premise | hybrid | hosted. With hosted, no rule runs: Adobe manages the IMS integration of hosted instances.',
    'hosting: on-premise',
    '',
  ];
  if (setup.instances.length === 0) {
    lines.push(
      '# No Campaign or IMS configuration was found. Name your instances and the files that belong to each, e.g.:',
      '#   prod:',
      '#     paths: ["prod/**"]',
      '#     imsManifest: prod/ims/manifest.yml',
      'instances: {}',
    );
  } else {
    const { global, own } = requireLists(setup.instances);
    lines.push(
      '# What the instances must have (imsAccount | manifest | adminConsole | operatorGroups): the inputs found today.',
      '# A rule that lacks one skips the instance; required, its absence is an error. See docs/config.md#require.',
      global.length > 0 ? `require: [${global.join(', ')}]` : '# require: [imsAccount, manifest]',
      '',
    );
    lines.push("# Campaign instances found by `ims-gate init`. Files matching an instance's paths belong to it.", 'instances:');
    for (const instance of setup.instances) {
      if (instance.name === DEFAULT_INSTANCE) {
        lines.push('  # Files outside any instance folder. Rename this instance to the Campaign instance they configure.');
      }
      lines.push(`  ${scalar(instance.name)}:`, '    paths:', ...instance.paths.map((path) => `      - ${scalar(path)}`));
      if (instance.imsManifest) lines.push(`    imsManifest: ${scalar(instance.imsManifest)}`);
      const extra = own.get(instance.name) ?? [];
      if (extra.length > 0) lines.push(`    require: [${extra.join(', ')}]`);
      lines.push(
        `    # url: ${instance.suggestedUrl ?? 'https://campaign.example.com'}  # the instance's public URL; the IMS callback must be on its host`,
      );
    }
  }
  lines.push('');
  if (setup.enterpriseDashboard.length > 0) {
    lines.push(
      '# Admin Console (Enterprise Dashboard) user exports, shared by all instances.',
      'enterpriseDashboard:',
      ...setup.enterpriseDashboard.map((path) => `  - ${scalar(path)}`),
    );
  } else {
    lines.push(
      '# Admin Console (Enterprise Dashboard) user export(s), shared by all instances; the association-mask rules use them.',
      '# enterpriseDashboard: admin-console/users.csv',
    );
  }
  lines.push('', '# Severity per rule (error | warning | notice | off); see docs/rules/.', '# rules:', '#   IMS005: warning', '');
  return lines.join('\n');
}

export interface WorkflowOptions {
  sarif: boolean;
  /** Branch that `push` runs on. */
  branch: string;
  /** Scan folder relative to the repository, when the config is not at the repository root. */
  path?: string;
}

export function renderWorkflow(options: WorkflowOptions): string {
  const withInputs: string[] = ['          fail-on: error  # error | warning | notice | never'];
  if (options.path) withInputs.push(`          path: ${scalar(options.path)}`);
  if (options.sarif) withInputs.push(`          sarif-file: ${SARIF_FILE}`);
  withInputs.push("          # client-secret: ${{ secrets.IMS_CLIENT_SECRET }}  # for the manifest's clientSecretSha256 check (IMS009)");
  const lines = [
    '# Written by `ims-gate init`: blocks pull requests that would break the Adobe Campaign IMS (Adobe ID) login.',
    'name: ims-gate',
    '',
    'on:',
    '  pull_request:',
    '  merge_group:  # merge queues wait for required checks on the queued commit',
    '  push:',
    `    branches: [${scalar(options.branch)}]`,
    '',
    'permissions:',
    '  contents: read',
    '  checks: write         # the check run with annotations',
    '  pull-requests: write  # the sticky PR comment',
    '  issues: write         # the restart label',
    ...(options.sarif ? ['  security-events: write  # the SARIF upload to code scanning'] : []),
    '',
    'jobs:',
    '  ims-gate:',
    // Not the check run's name: branch protection then offers one unambiguous "IMS policy gate" to require.
    '    name: ims-gate scan',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '        with:',
    '          fetch-depth: 0  # the base revision, for restart detection',
    `      - uses: ${actionRef()}`,
    '        with:',
    ...withInputs,
  ];
  if (options.sarif) {
    lines.push(
      '      - uses: github/codeql-action/upload-sarif@v4',
      `        if: \${{ !cancelled() && hashFiles('${SARIF_FILE}') != '' }}`,
      '        with:',
      `          sarif_file: ${SARIF_FILE}`,
      '          category: ims-gate',
    );
  }
  return `${lines.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------ the command

/** The repository's default branch (origin/HEAD), else `main`. */
function defaultBranch(root: string): string {
  const remoteHead = gitText(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  return remoteHead?.replace(/^[^/]+\//, '') || 'main';
}

interface InitOptions {
  root: string;
  sarif?: boolean;
  force?: boolean;
}

interface InitOutcome {
  setup: DetectedSetup;
  written: string[];
  kept: string[];
}

function runInit(options: InitOptions): InitOutcome {
  const root = resolve(options.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`scan root is not a folder: ${options.root}`);
  const setup = detectSetup(root);
  const config = renderConfig(setup);
  const check = parseConfig(config, DEFAULT_CONFIG_PATH);
  if (check.problems.length > 0) throw new Error(`generated config is invalid: ${check.problems.map((p) => p.message).join('; ')}`);

  // Workflows live at the repository root; the scan root may be a sub-folder of it.
  const top = gitText(root, ['rev-parse', '--show-toplevel']);
  const repoRoot = top && existsSync(top) ? top : root;
  const inside = toPosix(relative(repoRoot, root));
  const workflow = renderWorkflow({
    sarif: Boolean(options.sarif),
    branch: defaultBranch(root),
    path: inside && !inside.startsWith('..') ? inside : undefined,
  });

  const outcome: InitOutcome = { setup, written: [], kept: [] };
  const targets: [string, string][] = [
    [join(root, DEFAULT_CONFIG_PATH), config],
    [join(inside && !inside.startsWith('..') ? repoRoot : root, WORKFLOW_PATH), workflow],
  ];
  for (const [path, text] of targets) {
    if (existsSync(path) && !options.force) {
      outcome.kept.push(path);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    outcome.written.push(path);
  }
  return outcome;
}

export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(`Usage:\n${INIT_USAGE}\n`);
    return 0;
  }
  const outcome = runInit({ root: scanRoot(positionals, 'init'), sarif: values.sarif, force: values.force });
  const show = (path: string): string => toPosix(relative(process.cwd(), path)) || path;
  const { instances, enterpriseDashboard } = outcome.setup;
  const found =
    instances.length === 0
      ? 'no Campaign instance'
      : `${pluralForm(instances.length, 'instance')} ${instances.map((i) => i.name).join(', ')}`;
  const lines = [
    `Found ${found}${enterpriseDashboard.length > 0 ? ` and ${plural(enterpriseDashboard.length, 'Admin Console export')}` : ''} in ${plural(outcome.setup.filesScanned, 'file')}.`,
  ];
  for (const path of outcome.written) lines.push(`Wrote ${show(path)}`);
  for (const path of outcome.kept) lines.push(`Kept ${show(path)}: it already exists (use --force to overwrite)`);
  if (outcome.written.length > 0) lines.push('', 'Next: review the files, run `npx ims-gate check`, then commit them.');
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
