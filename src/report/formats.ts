// Output formats of the CLI (`--format`). Each only formats the report; none decides anything, and none reads
// a file: what a format needs beyond the report (rule descriptions, repository paths) comes in the context.
import type { DescribedRule } from '../policy/rule-help.js';
import type { Report } from '../types.js';
import { renderWorkflowCommands } from './github-commands.js';
import { formatJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import type { CodeFrame } from '../excerpt/code-frames.js';
import { formatStylish } from './stylish.js';
import { formatJunit } from './junit.js';
import { formatGitlab } from './gitlab.js';
import { formatAzure } from './azure.js';

export interface FormatContext {
  /** Absolute scan root. */
  root: string;
  color: boolean;
  /** Columns the terminal format fits (default 100). */
  width?: number;
  /** Code frames of the report's findings, in order, already read and redacted (src/excerpt/code-frames.ts). */
  frames?: readonly (CodeFrame | undefined)[];
  /** Scan-root-relative path → repository-relative path (the scan root may be a sub-folder). Default: identity. */
  repoPath?: (file: string) => string;
  /** Every rule, described for SARIF's tool.driver.rules (the policy loader's `describedRules()`). */
  rules: readonly DescribedRule[];
}

type Formatter = (report: Report, context: FormatContext) => string;

export const formats: Readonly<Record<string, Formatter>> = Object.freeze({
  stylish: (report, context) => formatStylish(report, { color: context.color, frames: context.frames, width: context.width }),
  json: (report) => formatJson(report),
  sarif: (report, context) => formatSarif(report, { rules: context.rules, repoPath: context.repoPath }),
  github: (report, context) => renderWorkflowCommands(report, { repoPath: context.repoPath }),
  markdown: (report, context) =>
    renderMarkdown(report, {
      repoPath: context.repoPath,
      marker: false,
      ruleNames: Object.fromEntries(context.rules.map((r) => [r.id, r.name])),
    }),
  junit: (report, context) => formatJunit(report, { rules: context.rules, repoPath: context.repoPath }),
  gitlab: (report, context) => formatGitlab(report, { rules: context.rules, repoPath: context.repoPath }),
  azure: (report, context) => formatAzure(report, { repoPath: context.repoPath }),
});

/** The format names, for usage and error messages. */
export const FORMAT_NAMES: readonly string[] = Object.keys(formats);

/**
 * The formatter named `name`, or undefined. An own-property check: `formats[name]` would find `toString`,
 * `constructor` or `__proto__` on Object.prototype and call something that is not a formatter.
 */
export function formatNamed(name: string): Formatter | undefined {
  return Object.hasOwn(formats, name) ? formats[name] : undefined;
}
