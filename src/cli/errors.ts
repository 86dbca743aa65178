// How the CLI ends on an error. A user error (a wrong option, a path that is not there, an unusable config
// file) is one line, `ims-gate: <file or option>: <message>`, and exit 2: the user fixes the call, and a
// stack trace would only hide the one line that matters. Anything else is a bug in ims-gate: it says so,
// asks for a report, and keeps the stack trace, which is what the report needs.
import { CONFIG_PROBLEM_PREFIX, ConfigPathError } from '../config/load.js';
import { BaselineError } from '../gate/baseline.js';
import { UsageError } from '../pipeline.js';
import type { Report } from '../types.js';
import { fsErrorOf, UserError } from '../util/errors.js';

export const HELP_HINT = 'see ims-gate --help';

/** node:util parseArgs errors, by code: the option named in Node's message, and what to say about it. */
const PARSE_ARGS_ERRORS = new Map<string, { option: RegExp; message: string }>([
  ['ERR_PARSE_ARGS_UNKNOWN_OPTION', { option: /^Unknown option '([^']+)'/, message: `unknown option (${HELP_HINT})` }],
  [
    'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    { option: /^Option '(?:-\w, )?(--[\w-]+)[^']*' (argument missing|does not take an argument)/, message: '' },
  ],
  ['ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', { option: /^Unexpected argument '([^']+)'/, message: `unexpected argument (${HELP_HINT})` }],
]);

function parseArgsLine(code: string, message: string): string | undefined {
  const known = PARSE_ARGS_ERRORS.get(code);
  const match = known?.option.exec(message);
  if (!known || !match) return undefined;
  if (match[2] === 'argument missing') return `${match[1]}: needs a value`;
  if (match[2] === 'does not take an argument') return `${match[1]}: takes no value`;
  return `${match[1]}: ${known.message}`;
}

/** `<subject>: <message>` for a user error, or undefined for an internal one. */
export function userErrorLine(error: unknown): string | undefined {
  if (error instanceof UserError) return `${error.subject}: ${error.message}`;
  if (error instanceof ConfigPathError) return `--config: ${error.message}`;
  if (error instanceof UsageError || error instanceof BaselineError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
    // Never Node's own text as it is: its first line at most, which names the option.
    return parseArgsLine(code, (error as Error).message) ?? `${(error as Error).message.split('\n')[0]} (${HELP_HINT})`;
  // A file-system error on a path is about a file or folder the user named or keeps in the repository.
  const fs = fsErrorOf(error);
  if (fs) return `${fs.path}: ${fs.reason}`;
  return undefined;
}

/** What the CLI prints to standard error when `error` ends it. */
export function errorReport(error: unknown): string {
  const line = userErrorLine(error);
  if (line !== undefined) return `ims-gate: ${line}\n`;
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return `ims-gate: internal error, please report it (this is a bug in ims-gate, not in your configuration), with the details below:\n${detail}\n`;
}

/**
 * The config problems of a report as one line: the first at its file, line and column, and how many others the
 * report lists. Taken from the report, whose messages are already scrubbed of secrets.
 */
export function configProblemsLine(report: Report): string {
  const problems = report.findings.filter((f) => f.ruleId === 'IMS000' && f.message.startsWith(CONFIG_PROBLEM_PREFIX));
  const [first] = problems;
  if (!first) return 'the config is invalid; the report lists its problems (IMS000)';
  const more =
    problems.length > 1 ? ` (and ${problems.length - 1} more config problem${problems.length === 2 ? '' : 's'} in the report)` : '';
  return `${first.file}:${first.line}:${first.column}: ${first.message}${more}`;
}
