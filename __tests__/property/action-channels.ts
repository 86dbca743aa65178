// Every channel through which a run of dist/index.js can publish text, by name, for the planted-secret tests:
// standard output (less the `::add-mask::` lines, which the runner consumes and never shows), standard error,
// $GITHUB_OUTPUT, the step summary, the report and SARIF files, and every request sent to the API.
import { readFileSync } from 'node:fs';
import type { FakeGitHub } from '../e2e/fake-github.js';
import type { RunResult } from '../e2e/harness.js';

export function publishedChannels(result: RunResult, sarifFile: string, server: FakeGitHub): Record<string, string> {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return {
    'action stdout': stdout,
    'action stderr': result.stderr,
    'action GITHUB_OUTPUT': JSON.stringify(result.outputs),
    'action step summary': result.summary,
    'action report file': readFileSync(result.outputs['report-file'], 'utf8'),
    'action SARIF file': readFileSync(sarifFile, 'utf8'),
    ...Object.fromEntries(
      server.requests.map((request, i) => [
        `API request ${i + 1} (${request.method} ${request.path})`,
        `${request.path} ${JSON.stringify(request.query)} ${request.rawBody}`,
      ]),
    ),
  };
}
