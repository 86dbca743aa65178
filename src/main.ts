// The action: inputs → scan → verdict → reporters.
// The verdict is decided, published as outputs and, on failure, set with core.setFailed before any reporter
// runs; every reporter is guarded, so that no reporting failure (a read-only fork token, a missing
// permission, an API outage) can change it. Findings that cannot go to a check run go to workflow commands.
import * as core from '@actions/core';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { blobUrl, readRunContext, type RunContext } from './github/context.js';
import { createClient, describeError, isPermissionError, type GitHubClient } from './github/octokit.js';
import { readSettings, type ActionSettings } from './inputs.js';
import { scan } from './pipeline.js';
import { checkConclusion, checkOutput, CheckRunError, publishCheckRun } from './report/checks-api.js';
import { AnnotationBudget, describeHidden, emitAnnotations, type AnnotationSink } from './report/github-commands.js';
import { formatJson } from './report/json.js';
import { listLabels, syncLabel } from './report/labels.js';
import { renderMarkdown } from './report/markdown.js';
import { bySeverity, countsLine, plural, type LocationOptions } from './report/md.js';
import { upsertStickyComment } from './report/pr-comment.js';
import { scrub, scrubReport } from './report/redact.js';
import { formatSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import type { Report } from './types.js';
import { relativeInside, toPosix, underPrefix } from './util/paths.js';

const REPORT_FILE_NAME = 'ims-gate-report.json';

/** Paths in the report are relative to the scan root; GitHub wants them relative to the repository. */
function locationOptions(ctx: RunContext, settings: ActionSettings): LocationOptions {
  const inside = relativeInside(ctx.workspace, settings.root);
  return {
    repoPath: (inside === undefined ? undefined : underPrefix(toPosix(inside))) ?? ((file) => file),
    link: ctx.repo.owner && ctx.sha ? (path, line) => blobUrl(ctx, path, line) : undefined,
  };
}

function runUrl(ctx: RunContext): string | undefined {
  return ctx.runId && ctx.repo.owner ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}` : undefined;
}

function setOutputs(report: Report): void {
  core.setOutput('result', report.verdict.result);
  core.setOutput('errors', String(report.stats.errors));
  core.setOutput('warnings', String(report.stats.warnings));
  core.setOutput('notices', String(report.stats.notices));
  core.setOutput('restart-required', String(report.restart.required));
  core.setOutput('restart-instances', report.restart.instances.join(','));
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Everything a reporter needs, decided once. */
interface RunState {
  ctx: RunContext;
  settings: ActionSettings;
  report: Report;
  client?: GitHubClient;
  location: LocationOptions;
  /** Counts every annotation of the step (the runner shows 10 per level). */
  budget: AnnotationBudget;
  /** @actions/core's annotation functions, counted. */
  log: AnnotationSink;
  /** How findings were delivered, for the job summary and the comment. */
  delivery: string[];
  reportFile: string;
}

/** Runs one reporter; its failure is logged and never changes the verdict. */
async function guarded(state: RunState, name: string, reporter: () => Promise<void> | void): Promise<void> {
  try {
    await reporter();
  } catch (error) {
    state.log.warning(`ims-gate could not write the ${name}: ${describeError(error)}. The verdict is unchanged.`);
  }
}

/**
 * Explains a permission failure, naming the permission to add. A fork PR's read-only token is expected, so it is
 * a log line (a warning only when `loud`); on the repository's own branches it is a misconfiguration: a warning.
 */
function permissionHint(state: RunState, what: string, permission: string, error: unknown, fallback: string, loud = false): void {
  const line = state.ctx.pullRequest?.fromFork
    ? `Cannot write the ${what} (${describeError(error)}): this pull request comes from a fork, and GitHub gives fork pull requests ` +
      `a read-only token whatever the workflow's \`permissions: ${permission}\` says. ${fallback}`
    : `Cannot write the ${what} (${describeError(error)}). Grant the workflow job \`permissions: ${permission}\`. ${fallback}`;
  if (loud || !state.ctx.pullRequest?.fromFork) state.log.warning(line);
  else core.info(line);
}

async function deliverAnnotations(state: RunState): Promise<void> {
  const { settings, report, ctx } = state;
  if (settings.annotations === 'none') {
    state.delivery.push('Annotations: off (annotations: none).');
    return;
  }
  let pending = report.findings;
  if (settings.annotations !== 'commands') {
    const loud = settings.annotations === 'checks';
    if (!state.client) {
      const line =
        'No github-token: no check run, PR comment or restart label is written. Findings are delivered as workflow commands and in the job summary. ' +
        'Pass `github-token` (default `${{ github.token }}`) with `permissions: checks: write` (check run), `pull-requests: write` and `issues: write` (comment and label).';
      if (loud) state.log.warning(line);
      else core.info(line);
    } else {
      const conclusion = checkConclusion(report.verdict.result, report.findings);
      try {
        const published = await publishCheckRun(state.client, {
          owner: ctx.repo.owner,
          repo: ctx.repo.repo,
          name: settings.checkName,
          headSha: ctx.sha,
          report,
          conclusion,
          location: state.location,
          detailsUrl: runUrl(ctx),
          output: checkOutput(report, {
            ...state.location,
            sha: ctx.sha,
            fullReport: { url: runUrl(ctx), text: 'job summary' },
          }),
        });
        core.info(`Check run "IMS policy gate" (${conclusion}) on ${ctx.sha}: ${plural(published.delivered, 'annotation')} in ${plural(published.requests, 'request')}.`);
        state.delivery.push(`Check run "IMS policy gate" on ${ctx.sha.slice(0, 12)}: ${conclusion}, ${plural(published.delivered, 'annotation')}.`);
        pending = [];
      } catch (error) {
        const cause = error instanceof CheckRunError ? error.cause : error;
        const delivered = error instanceof CheckRunError ? error.delivered : 0;
        if (isPermissionError(cause)) {
          permissionHint(state, 'check run', 'checks: write', cause, 'Findings are delivered as workflow commands and in the job summary instead; the verdict is unchanged.', loud);
        } else {
          state.log.warning(`ims-gate could not complete the check run: ${describeError(cause)}. Falling back to workflow commands.`);
        }
        // The check run sends errors first, so what it accepted is a prefix of the same order.
        pending = bySeverity(report.findings).slice(delivered);
        if (delivered > 0) state.delivery.push(`Check run: ${plural(delivered, 'annotation')} delivered before it failed.`);
      }
    }
  }
  if (pending.length === 0) return;
  const emitted = emitAnnotations(pending, core, state.budget, state.location);
  const hidden = describeHidden(emitted);
  state.delivery.push(`Workflow commands: ${plural(pending.length, 'annotation')} issued (errors first).`);
  if (hidden) {
    core.info(hidden);
    state.delivery.push(hidden);
  }
}

function commentBody(state: RunState): string {
  return renderMarkdown(state.report, {
    ...state.location,
    sha: state.ctx.sha,
    fullReport: { url: runUrl(state.ctx), text: 'job summary of the workflow run' },
  });
}

async function deliverComment(state: RunState): Promise<void> {
  const pr = state.ctx.pullRequest;
  if (!pr || !state.settings.comment) return;
  if (!state.client) {
    state.delivery.push('PR comment: not written (no github-token).');
    return;
  }
  // A clean PR that never had a comment gets none; an existing one is updated to say it is clean.
  const wanted = state.report.findings.length > 0 || state.report.restart.required || state.report.verdict.result === 'fail';
  try {
    const result = await upsertStickyComment(state.client, { owner: state.ctx.repo.owner, repo: state.ctx.repo.repo, issueNumber: pr.number }, commentBody(state), wanted);
    core.info(`PR comment: ${result.action}${result.url ? ` (${result.url})` : ''}.`);
    if (result.action !== 'skipped') state.delivery.push(`PR comment: ${result.action}.`);
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    permissionHint(state, 'pull request comment', 'pull-requests: write', error, 'This job summary holds the same report.');
    state.delivery.push('PR comment: not written (the token cannot write pull request comments).');
  }
}

async function deliverLabel(state: RunState, labels: readonly string[] | undefined): Promise<void> {
  const pr = state.ctx.pullRequest;
  const label = state.settings.restartLabel;
  if (!pr || !label) return;
  if (!state.client) {
    const line = state.report.restart.required
      ? `Label '${label}': not added (no github-token). Add it by hand: a Campaign server restart is required.`
      : `Label '${label}': not checked (no github-token).`;
    core.info(line);
    state.delivery.push(line);
    return;
  }
  try {
    const current = labels ?? pr.labels;
    const action = await syncLabel(state.client, { owner: state.ctx.repo.owner, repo: state.ctx.repo.repo, issueNumber: pr.number }, label, state.report.restart.required, current);
    if (action !== 'unchanged') {
      core.info(`Label '${label}' ${action}.`);
      state.delivery.push(`Label '${label}': ${action}.`);
    }
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    const fallback = state.report.restart.required ? `Add the label '${label}' by hand: a Campaign server restart is required.` : '';
    permissionHint(state, `label '${label}'`, 'issues: write` and `pull-requests: write', error, fallback);
  }
}

async function writeSummary(state: RunState): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
    return;
  }
  const markdown = renderSummary(state.report, {
    ...state.location,
    delivery: state.delivery,
    fullReport: `JSON report: the \`report-file\` output, ${state.reportFile}`,
  });
  // Appended directly: core.summary caches the file path and buffers across calls, which buys nothing here.
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
}

export async function run(): Promise<void> {
  const env = process.env;
  const secrets: string[] = [];
  try {
    const ctx = readRunContext(env);
    const settings = readSettings(ctx);
    secrets.push(...[settings.token, settings.clientSecret].filter((s): s is string => Boolean(s)));

    const client = settings.token && ctx.repo.owner ? createClient(settings.token, ctx.apiUrl, env) : undefined;

    // Live labels, for require-restart-ack and the restart label; the payload's when they cannot be read.
    let labels: string[] | undefined;
    if (ctx.pullRequest && client && (settings.requireRestartAck || settings.restartLabel)) {
      try {
        labels = await listLabels(client, { owner: ctx.repo.owner, repo: ctx.repo.repo, issueNumber: ctx.pullRequest.number });
      } catch (error) {
        core.info(`Cannot read the pull request's labels (${describeError(error)}); using those of the event.`);
      }
    }

    // The restart acknowledgement is a merge condition: it applies to pull requests only, never to pushes.
    const restartAck =
      settings.requireRestartAck && ctx.pullRequest ? { label: settings.restartPlannedLabel, labels: labels ?? ctx.pullRequest.labels } : undefined;
    const outcome = await scan({
      root: settings.root,
      configPath: settings.configPath,
      failOn: settings.failOn,
      baseRef: settings.baseRef,
      secrets: settings.clientSecret ? { clientSecret: settings.clientSecret } : {},
      restartAck,
    });
    const report = scrubReport(outcome.report, secrets);

    // The verdict (the gate's, in the report), first. Nothing after this line can change it.
    const budget = new AnnotationBudget();
    setOutputs(report);
    if (report.verdict.result === 'fail') {
      budget.take('error');
      core.setFailed(report.verdict.reasons.join(' '));
    }
    core.info(`IMS policy gate: ${report.verdict.result} (${countsLine(report.stats)}, fails on ${report.verdict.failOn}).`);

    const reportFile = join(env.RUNNER_TEMP || tmpdir(), REPORT_FILE_NAME);
    const state: RunState = {
      ctx,
      settings,
      report,
      client,
      location: locationOptions(ctx, settings),
      budget,
      log: budget.counting(core),
      delivery: [],
      reportFile,
    };

    await guarded(state, 'JSON report', () => {
      writeFile(reportFile, formatJson(report));
      core.setOutput('report-file', reportFile);
    });
    core.setOutput('sarif-file', '');
    if (settings.sarifFile) {
      const sarifFile = settings.sarifFile;
      await guarded(state, 'SARIF file', () => {
        writeFile(sarifFile, scrub(formatSarif(report, { repoPath: state.location.repoPath }), secrets));
        core.setOutput('sarif-file', sarifFile);
      });
    }
    await guarded(state, 'annotations', () => deliverAnnotations(state));
    await guarded(state, 'pull request comment', () => deliverComment(state));
    await guarded(state, 'restart label', () => deliverLabel(state, labels));
    await guarded(state, 'job summary', () => writeSummary(state));
  } catch (error) {
    core.setOutput('result', 'fail');
    core.setFailed(scrub(error instanceof Error ? error.message : String(error), secrets));
  }
}
