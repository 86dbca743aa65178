// Output formats of the CLI (`--format`). Each only formats the report; none decides anything.
import type { Report } from '../types.js';
import { renderWorkflowCommands } from './github-commands.js';
import { formatJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { formatSarif, gitRepoPath } from './sarif.js';
import { formatStylish } from './stylish.js';

interface FormatContext {
  /** Absolute scan root. */
  root: string;
  color: boolean;
  /** Secret values and secret attribute names to mask in code frames (see ScanOutcome.redaction). */
  redaction?: { secrets: readonly string[]; secretNames: readonly string[] };
}

type Formatter = (report: Report, context: FormatContext) => string;

export const formats: Record<string, Formatter> = {
  stylish: (report, context) => formatStylish(report, { root: context.root, color: context.color, ...context.redaction }),
  json: (report) => formatJson(report),
  sarif: (report, context) => formatSarif(report, { repoPath: gitRepoPath(context.root) }),
  github: (report, context) => renderWorkflowCommands(report, { repoPath: gitRepoPath(context.root) }),
  markdown: (report, context) => renderMarkdown(report, { repoPath: gitRepoPath(context.root), marker: false }),
};
