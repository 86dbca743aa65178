// `ims-gate admin-console pull`: the live Admin Console (UMAPI) written into the repository as the CSV export that
// ims-gate reads, so that Admin Console changes get a review trail. `--check` writes nothing and exits 1 when the
// committed file differs from the live Admin Console.
//
// What it prints is counts and line numbers, never an e-mail or username: the file is where the team chooses to
// see who holds what; standard output may end up in a CI log that anyone with read access to the repository sees.
// It writes only a regular file inside the scan root, through no symbolic link.
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { buildModel } from '../model/build.js';
import { readAll } from '../pipeline.js';
import { readAdminConsoleCsv } from '../read/admin-console-csv.js';
import { renderAdminConsoleCsv } from '../read/umapi/csv.js';
import { readLiveAdminConsole } from '../read/umapi/index.js';
import {
  campaignPrefixes,
  campaignRelevance,
  describeDiff,
  diffRows,
  isEmptyDiff,
  rowsOf,
  type UserRow,
} from '../rules/util/admin-console-diff.js';
import { UserError } from '../util/errors.js';
import { toPosix } from '../util/paths.js';
import { plural } from '../util/plural.js';
import { quote } from '../util/quote.js';
import { NotRegularFileError, readRegularFile } from '../util/regular-file.js';
import { scrub } from '../util/redact.js';
import type { CliIo } from './io.js';
import { rejectEmptyValues, scanRoot } from './paths.js';

export const DEFAULT_PULL_PATH = 'admin-console/users.csv';

export const ADMIN_CONSOLE_USAGE = `  ims-gate admin-console pull [root] [--config FILE] [--out FILE] [--all] [--check]
      writes the live Admin Console (config adminConsole: {source: umapi}) to --out (default
      ${DEFAULT_PULL_PATH}, inside root) in the Admin Console's CSV export format, sorted, only the
      Campaign profiles unless --all. --check writes nothing and exits 1 when the file differs.`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  out: { type: 'string', short: 'o' },
  all: { type: 'boolean' },
  check: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const EXIT_SAME = 0;
const EXIT_DIFFERS = 1;

/** What is at `path` without following a link, or undefined when nothing is. */
function lstatIfAny(path: string) {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * The absolute path of --out, once it is known to be inside the root and to pass through no symbolic link (each
 * existing part of it is a real folder, and the file itself, if any, a regular file).
 */
export function pullTarget(root: string, out: string): { path: string; shown: string } {
  const absolute = isAbsolute(out) ? out : join(root, out);
  const rel = relative(root, absolute);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
    throw new UserError('--out', `${out} is not inside the scan root; expected a file path under ${root}`);
  const parts = rel.split(sep);
  // Git's own folder is no place for a file of the repository (hooks, config).
  if (parts.some((part) => part.toLowerCase() === '.git'))
    throw new UserError('--out', `${toPosix(rel)} is inside .git; expected a file of the repository`);
  let at = root;
  for (const [index, part] of parts.entries()) {
    at = join(at, part);
    const stat = lstatIfAny(at);
    if (!stat) break;
    if (stat.isSymbolicLink())
      throw new UserError('--out', `${toPosix(relative(root, at))} is a symbolic link; ims-gate writes no file through one`);
    const last = index === parts.length - 1;
    if (!last && !stat.isDirectory()) throw new UserError('--out', `${toPosix(relative(root, at))} is not a folder`);
    if (last && !stat.isFile()) throw new UserError('--out', `${toPosix(rel)} exists and is not a regular file`);
  }
  return { path: absolute, shown: toPosix(rel) };
}

/** Writes through a temporary file in the same folder, so that a reader never sees half a file. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.ims-gate-${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function lines(rows: UserRow[]): string {
  const numbers = rows.map((row) => row.line).filter((line): line is number => line !== undefined);
  const shown = numbers.slice(0, 20).join(', ') + (numbers.length > 20 ? `, and ${numbers.length - 20} more` : '');
  return `${numbers.length === 1 ? 'line' : 'lines'} ${shown}`;
}

/** The one-line summary of how the committed file differs from the live Admin Console: counts and line numbers. */
function differenceSummary(shown: string, committed: Buffer, rendered: string, keep: (name: string) => boolean): string {
  const before = readAdminConsoleCsv(shown, committed);
  const after = readAdminConsoleCsv(shown, Buffer.from(rendered));
  if (!before.dashboard || before.problems.length > 0)
    return `${shown} differs from the live Admin Console: it is not a readable Admin Console export (run pull to rewrite it)`;
  const diff = diffRows(rowsOf(before.dashboard.users, keep, true), rowsOf(after.dashboard?.users ?? [], keep));
  if (isEmptyDiff(diff))
    return `${shown} differs from the live Admin Console in form only (order, columns or quoting); run pull to rewrite it`;
  const where = [
    diff.removed.length > 0 ? `removed: ${lines(diff.removed)}` : '',
    diff.changed.length > 0 ? `changed: ${lines(diff.changed)}` : '',
  ].filter(Boolean);
  return `${shown} differs from the live Admin Console: ${describeDiff(diff)}${where.length > 0 ? ` (${where.join('; ')} of ${shown})` : ''}`;
}

async function pull(values: ReturnType<typeof parse>['values'], positionals: string[], io: CliIo): Promise<number> {
  const root = resolve(scanRoot(positionals, 'admin-console pull'));
  const { config, problems } = loadConfig(root, values.config);
  if (problems.length > 0) {
    const first = problems[0];
    throw new UserError(`${first.loc.file}:${first.loc.line}`, first.message);
  }
  if (!config.adminConsole)
    throw new UserError(
      'admin-console pull',
      'the config has no adminConsole (source: umapi, orgId: …); see docs/config.md#the-live-admin-console-umapi',
    );
  const target = pullTarget(root, values.out ?? DEFAULT_PULL_PATH);

  let keep: (name: string) => boolean = () => true;
  if (!values.all) {
    const model = buildModel(readAll(root, config).results, config);
    keep = campaignRelevance(model);
    if (campaignPrefixes(model).length === 0)
      throw new UserError(
        'admin-console pull',
        "no instance has an IMS account with an association mask, so no profile is known to be Campaign's; pass --all to write every profile",
      );
  }

  const live = await readLiveAdminConsole(config.adminConsole, { env: io.env });
  if (!live.ok) {
    io.stderr(`ims-gate: Admin Console not read: ${scrub(live.problem, live.secrets)}\n`);
    return 2;
  }
  const rendered = renderAdminConsoleCsv(live.read, { keep, all: Boolean(values.all) });
  const summary = `${plural(rendered.users, 'user')}, ${plural(rendered.profiles, 'product profile')}`;
  if (rendered.withComma.length > 0)
    io.stderr(
      `ims-gate: warning: ${plural(rendered.withComma.length, 'group name')} ${rendered.withComma.length === 1 ? 'holds' : 'hold'} a comma, which the Admin Console's CSV format reads as a separator: ${rendered.withComma.map((name) => quote(name)).join(', ')}\n`,
    );

  if (values.check) {
    let committed: Buffer | undefined;
    try {
      committed = readRegularFile(target.path);
    } catch (error) {
      if (error instanceof NotRegularFileError) throw new UserError('--out', `${target.shown} ${error.message}`);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (!committed) {
      io.stdout(`${target.shown} does not exist; the live Admin Console has ${summary} (run ims-gate admin-console pull)\n`);
      return EXIT_DIFFERS;
    }
    if (committed.equals(Buffer.from(rendered.text))) {
      io.stdout(`${target.shown} is up to date with the live Admin Console (${summary})\n`);
      return EXIT_SAME;
    }
    io.stdout(`${differenceSummary(target.shown, committed, rendered.text, keep)}\n`);
    return EXIT_DIFFERS;
  }
  writeAtomically(target.path, rendered.text);
  io.stdout(`wrote ${target.shown}: ${summary} from the live Admin Console\n`);
  return EXIT_SAME;
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

export async function adminConsoleCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    if (sub === undefined) throw new UserError('admin-console', 'needs a subcommand: pull (see ims-gate --help)');
    io.stdout(`Usage:\n${ADMIN_CONSOLE_USAGE}\n`);
    return EXIT_SAME;
  }
  if (sub !== 'pull') throw new UserError(`admin-console ${sub}`, 'unknown subcommand; expected pull');
  const { values, positionals } = parse(rest);
  rejectEmptyValues(values);
  if (values.help) {
    io.stdout(`Usage:\n${ADMIN_CONSOLE_USAGE}\n`);
    return EXIT_SAME;
  }
  return pull(values, positionals, io);
}
