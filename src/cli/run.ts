// The CLI: argument parsing, then the same pipeline as the action. Exit codes: 0 clean, 1 findings at or
// above --fail-on, 2 usage or config error (one line on standard error: see errors.ts).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { codeFrames } from '../excerpt/code-frames.js';
import { scan, type ScanOptions, type ScanOutcome } from '../pipeline.js';
import { describedRules } from '../policy/rule-help.js';
import { loadRuleMetadata } from '../policy/rules.js';
import { toolVersion } from '../policy/version.js';
import { FORMAT_NAMES, formatNamed } from '../report/formats.js';
import { FAIL_ON_LEVELS, type FailOn } from '../types.js';
import { UserError } from '../util/errors.js';
import { BASE_REVISION_EXPECTED, baseRevisionProblem, quoteValue } from '../util/git-ref.js';
import { plural } from '../util/plural.js';
import { configProblemsLine, errorReport, HELP_HINT } from './errors.js';
import type { CliIo } from './io.js';
import { checkOutputPath, rejectEmptyValues, scanRoot, writeOutput } from './paths.js';
import { gitRepoPath } from './repo-path.js';
import { matchSymptoms } from './symptoms.js';
import { colorWanted, terminalWidth } from './terminal.js';
import { BASELINE_USAGE, baselineCommand } from './baseline.js';
import { INIT_USAGE, initCommand } from './init.js';
import { ADMIN_CONSOLE_USAGE, adminConsoleCommand } from './admin-console.js';
import { FIX_USAGE, fixStep } from './fix.js';

export type { CliIo } from './io.js';

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

const USAGE = `Usage:
  ims-gate check [root] [--config FILE] [--format FORMAT] [--fail-on LEVEL] [--base REF] [--output FILE] [--fix | --fix-dry-run]
  ims-gate explain "<symptom>" [root] [--config FILE]
${BASELINE_USAGE}
${INIT_USAGE}
${ADMIN_CONSOLE_USAGE}
  ims-gate help [command] | --version | --help

  --format    ${FORMAT_NAMES.join(' | ')}  (default: stylish)
  --fail-on   ${FAIL_ON_LEVELS.join(' | ')}  (default: error)
  --base      git ref of the base revision, for restart detection
  --output    write the report to FILE (creating its folders) instead of standard output
${FIX_USAGE}

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error (one line on standard error).
The client secret to compare with a manifest's clientSecretSha256 is read from IMS_CLIENT_SECRET.
The live Admin Console's credential (config adminConsole) is read from UMAPI_CLIENT_ID and UMAPI_CLIENT_SECRET.`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  base: { type: 'string' },
  output: { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  if (!(FAIL_ON_LEVELS as readonly string[]).includes(value))
    throw new UserError('--fail-on', `invalid value '${value}'. Expected one of ${FAIL_ON_LEVELS.join(', ')}.`);
  return value as FailOn;
}

/** The --base value, checked before anything runs: git never sees it unless it is a plain revision. */
function parseBase(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = baseRevisionProblem(value);
  if (problem) throw new UserError('--base', `invalid value '${quoteValue(value)}': ${problem}. ${BASE_REVISION_EXPECTED}.`);
  return value;
}

const CHECK_USAGE = `Usage: ims-gate check [root] [options]

Scans the Campaign IMS configuration under root (default: the current folder) and reports findings.

  -c, --config FILE   the config file (default: .github/ims-gate.yml under root)
  -f, --format NAME   ${FORMAT_NAMES.join(' | ')}  (default: stylish)
      --fail-on LEVEL ${FAIL_ON_LEVELS.join(' | ')}  (default: error)
      --base REF      git revision to compare with, for restart detection; one that cannot be read is a usage error
  -o, --output FILE   write the report to FILE instead of standard output
      --no-color      no colours (NO_COLOR=1 does the same; FORCE_COLOR=1 forces them)

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error.`;

const EXPLAIN_USAGE = `Usage: ims-gate explain "<symptom>" [root] [options]

Runs only the rules behind a symptom your users report, e.g. "cannot log in", "redirected to adobe.com",
"no right matching". Takes the options of ims-gate check.`;

const COMMAND_USAGE: Readonly<Record<string, string>> = {
  check: CHECK_USAGE,
  explain: EXPLAIN_USAGE,
  baseline: `Usage:\n${BASELINE_USAGE}`,
  init: `Usage:\n${INIT_USAGE}`,
};

/** The long option closest to an unknown one, if it is close enough to be a typo. */
function closestOption(unknown: string): string | undefined {
  const name = unknown.replace(/^-+/, '').split('=')[0];
  if (!name) return undefined;
  const names = Object.keys(OPTIONS);
  const best = closest(name, names);
  const prefix = names.filter((candidate) => candidate.startsWith(name));
  if (prefix.length === 1) return prefix[0];
  return distance(name, best) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

/** parseArgs, with its errors turned into one line that names the option (and the closest known one). */
function parseCliArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw error;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? 'option';
    const suggestion = closestOption(option);
    throw new UserError(option, `unknown option${suggestion ? `; did you mean \`--${suggestion}\`?` : ''} (${HELP_HINT})`);
  }
}

function scanOptions(values: Values, root: string, io: CliIo): ScanOptions {
  return {
    root,
    configPath: values.config,
    failOn: parseFailOn(values['fail-on']),
    baseRef: parseBase(values.base),
    log: (line) => io.stderr(`${line}\n`),
    secrets: { clientSecret: io.env.IMS_CLIENT_SECRET || undefined },
    env: io.env,
  };
}

async function check(
  values: Values,
  positionals: string[],
  io: CliIo,
  onlyRules?: string[],
  after?: (outcome: ScanOutcome) => void,
): Promise<number> {
  const root = scanRoot(positionals, onlyRules ? 'explain' : 'check');
  const formatName = values.format ?? 'stylish';
  const format = formatNamed(formatName);
  if (!format) throw new UserError('--format', `unknown format '${formatName}'. Expected one of ${FORMAT_NAMES.join(', ')}.`);
  checkOutputPath(values.output);
  if (values.fix || values['fix-dry-run']) {
    if (onlyRules) throw new UserError(values.fix ? '--fix' : '--fix-dry-run', 'is an option of ims-gate check only');
    if (values.fix && values['fix-dry-run']) throw new UserError('--fix', 'cannot be combined with --fix-dry-run; choose one');
    const exit = await fixStep(scanOptions(values, root, io), io, Boolean(values['fix-dry-run']));
    if (exit !== undefined) return exit;
  }
  const outcome = await scan({ ...scanOptions(values, root, io), onlyRules });
  const text = format(outcome.report, {
    root: resolve(root),
    color: colorWanted(io, values['no-color'] === true),
    width: terminalWidth(io),
    // Only the terminal format shows source lines: they are read (and redacted) here, never by a reporter.
    frames: formatName === 'stylish' ? codeFrames(outcome.report, resolve(root), outcome.redaction) : undefined,
    repoPath: gitRepoPath(resolve(root)),
    rules: describedRules(),
  });
  if (values.output) writeOutput(values.output, text);
  else io.stdout(text);
  after?.(outcome);
  if (outcome.configInvalid) {
    io.stderr(`ims-gate: ${configProblemsLine(outcome.report)}\n`);
    return EXIT_USAGE;
  }
  // A --base that names no readable revision is a mistake in the call: the report (which says restart detection
  // was skipped) is still written, like a config problem's, then one line and exit 2, whatever the findings.
  if (values.base !== undefined && outcome.report.restart.skipped) {
    io.stderr(`ims-gate: --base: ${outcome.report.restart.skipped}\n`);
    return EXIT_USAGE;
  }
  return outcome.report.verdict.result === 'fail' ? EXIT_FINDINGS : EXIT_CLEAN;
}

async function explain(values: Values, positionals: string[], io: CliIo): Promise<number> {
  const [symptom, ...rest] = positionals;
  if (!symptom) throw new UserError('explain', 'needs the symptom your users see, e.g. ims-gate explain "redirected to adobe.com"');
  scanRoot(rest, 'explain');
  const matches = matchSymptoms(symptom, loadRuleMetadata().values());
  if (matches.length === 0) {
    const known = [...new Set([...loadRuleMetadata().values()].flatMap((meta) => meta.symptoms))];
    throw new UserError('explain', `no known symptom matches "${symptom}". Known symptoms: ${known.join('; ')}.`);
  }
  const ruleIds = [...new Set(matches.flatMap((match) => match.ruleIds))].sort();
  for (const match of matches) io.stderr(`Symptom: ${match.symptom}\nExplained by: ${match.ruleIds.join(', ')}\n\n`);
  return check(values, rest, io, ruleIds, (outcome) => {
    const unreadable = outcome.model?.problems.length ?? 0;
    if (unreadable > 0)
      io.stderr(
        `Note: ${plural(unreadable, 'file problem')} kept some configuration from being read; \`ims-gate check\` lists them (IMS000).\n`,
      );
  });
}

const COMMANDS = ['check', 'explain', 'baseline', 'init', 'admin-console'];

/** `ims-gate help`, `ims-gate help check`, `ims-gate check --help`. */
function help(command: string | undefined, io: CliIo): number {
  if (command !== undefined && !Object.hasOwn(COMMAND_USAGE, command))
    throw new UserError(command, `unknown command. Expected one of ${COMMANDS.join(', ')} (${HELP_HINT}).`);
  io.stdout(`${command ? COMMAND_USAGE[command] : USAGE}\n`);
  return EXIT_CLEAN;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === 'baseline') return await baselineCommand(argv.slice(1), io);
    if (argv[0] === 'init') return await initCommand(argv.slice(1), io);
    if (argv[0] === 'help') return help(argv[1], io);
    if (argv[0] === 'admin-console') return await adminConsoleCommand(argv.slice(1), io);
    const { values, positionals } = parseCliArgs(argv[0] === 'version' ? ['--version'] : argv);
    rejectEmptyValues(values);
    if (values.version) {
      io.stdout(`${toolVersion()}\n`);
      return EXIT_CLEAN;
    }
    const [command, ...rest] = positionals;
    if (values.help) return help(command, io);
    if (command === 'check') return await check(values, rest, io);
    if (command === 'explain') return await explain(values, rest, io);
    const expected = `Expected one of ${COMMANDS.join(', ')} (${HELP_HINT}).`;
    if (command === undefined) throw new UserError('<command>', `missing. ${expected}`);
    throw new UserError(command, `unknown command. ${expected}`);
  } catch (error) {
    // An internal error's stack may quote a value the scan saw; the runtime client secret is never printed.
    let report = errorReport(error);
    for (const secret of [io.env.IMS_CLIENT_SECRET, io.env.UMAPI_CLIENT_SECRET]) if (secret) report = report.replaceAll(secret, '***');
    io.stderr(report);
    return EXIT_USAGE;
  }
}
