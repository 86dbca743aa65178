// The action: inputs → scan → verdict → files → delivery → job summary.
// The verdict is decided from the repository and the event alone (require-restart-ack reads the labels of the
// event payload), then published as outputs, set with core.setFailed and written to the report file, all before
// the first API call. Delivery (check run, PR comment, restart label) comes last, through a client whose every
// request has a timeout and which stops when the delivery budget is used up; every reporter is guarded, so that
// no reporting failure (a read-only fork token, a missing permission, an API outage, an API that never answers)
// can change the verdict or hold the job. Findings that cannot go to a check run go to workflow commands.
import * as core from '@actions/core';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { seconds } from './github/bounded-fetch.js';
import { blobUrl, readRunContext, type RunContext } from './github/context.js';
import {
  createClient,
  deliveryLimits,
  DeliveryBudget,
  describeError,
  isBudgetExceeded,
  isPermissionError,
  PageLimitError,
  type GitHubClient,
} from './github/octokit.js';
import { readSettings, type ActionSettings } from './inputs.js';
import { suggestionsFor } from './fix/suggestions.js';
import { filterByDiff, readPullRequestDiff, type PullRequestDiff } from './github/pr-diff.js';
import { deliverSuggestions } from './report/review.js';
import { scan } from './pipeline.js';
import { describedRules, ruleNames } from './policy/rule-help.js';
import { checkConclusion, checkOutput, CheckRunError, publishCheckRun } from './report/checks-api.js';
import { AnnotationBudget, describeHidden, emitAnnotations, type AnnotationSink } from './report/github-commands.js';
import { formatJson } from './report/json.js';
import { labelLine, listLabels, syncSharedLabel } from './report/labels.js';
import { renderMarkdown } from './report/markdown.js';
import { bySeverity, countsLine, type LocationOptions } from './report/md.js';
import { commentIdentity, upsertStickyComment } from './report/pr-comment.js';
import { scrub, scrubReport } from './util/redact.js';
import { formatSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { coverageNoticeLine } from './report/coverage.js';
import type { Report } from './types.js';
import { relativeInside, toPosix, underPrefix } from './util/paths.js';
import { plural } from './util/plural.js';

const REPORT_FILE_NAME = 'ims-gate-report.json';

/** Paths in the report are relative to the scan root; GitHub wants them relative to the repository. */
function locationOptions(ctx: RunContext, settings: ActionSettings): LocationOptions {
  const inside = relativeInside(ctx.workspace, settings.root);
  return {
    repoPath: (inside === undefined ? undefined : underPrefix(toPosix(inside))) ?? ((file) => file),
    link: ctx.repo.owner && ctx.sha ? (path, line) => blobUrl(ctx, path, line) : undefined,
    ruleNames: ruleNames(),
  };
}

function runUrl(ctx: RunContext): string | undefined {
  return ctx.runId && ctx.repo.owner ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}` : undefined;
}

function setOutputs(report: Report): void {
  // `result` first: whatever happens to the other outputs, a scan that ran has a result.
  core.setOutput('result', report.verdict.result);
  core.setOutput('errors', String(report.stats.errors));
  core.setOutput('warnings', String(report.stats.warnings));
  core.setOutput('notices', String(report.stats.notices));
  core.setOutput('restart-required', String(report.restart.required));
  core.setOutput('restart-instances', report.restart.instances.join(','));
  core.setOutput('restart-commands', JSON.stringify(report.restart.commands ?? {}));
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
  /** Set when delivery starts: never before the verdict is written. */
  client?: GitHubClient;
  /** The time delivery may take, shared by every request. */
  apiBudget?: DeliveryBudget;
  /** What the delivery budget stopped (for the one warning that says so). */
  cut: string[];
  location: LocationOptions;
  /** Counts every annotation of the step (the runner shows 10 per level). */
  budget: AnnotationBudget;
  /** @actions/core's annotation functions, counted. */
  log: AnnotationSink;
  /** How findings were delivered, for the job summary and the comment. */
  delivery: string[];
  reportFile: string;
  /** The GitHub App that created the check run: who the token writes comments as. */
  checkRunApp?: string;
  /** The check run's page, linked from the comment and the summary. */
  checkRunUrl?: string;
  /** Warnings the job summary repeats (they are in the log too). */
  warnings: string[];
  secrets: string[];
  /** What suggestions must not show (see fix/suggestions.ts). */
  redaction: { secrets: string[]; secretNames: string[] };
  /** The pull request's changed lines, when read (for `annotate` and suggestions); read at most once. */
  diff?: PullRequestDiff;
  diffRead?: boolean;
}

/** Runs one reporter; its failure is logged and never changes the verdict. */
async function guarded(state: RunState, name: string, reporter: () => Promise<void> | void): Promise<void> {
  try {
    await reporter();
  } catch (error) {
    if (isBudgetExceeded(error)) {
      state.cut.push(name);
      core.info(`The ${name} was not written: ${describeError(error)}.`);
      return;
    }
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

/** The check run, or (when it cannot be written) workflow commands for what it did not carry. */
async function deliverAnnotations(state: RunState): Promise<void> {
  const { settings } = state;
  const report = annotatedReport(state);
  if (settings.annotations === 'none') {
    state.delivery.push('Annotations: off (annotations: none).');
    return;
  }
  let pending = report.findings;
  if (settings.annotations !== 'commands') {
    if (!state.client) noTokenHint(state, settings.annotations === 'checks');
    else pending = await deliverCheckRun(state, state.client);
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

function noTokenHint(state: RunState, loud: boolean): void {
  const line =
    'No github-token: no check run, PR comment or restart label is written. Findings are delivered as workflow commands and in the job summary. ' +
    'Pass `github-token` (default `${{ github.token }}`) with `permissions: checks: write` (check run), `pull-requests: write` and `issues: write` (comment and label).';
  if (loud) state.log.warning(line);
  else core.info(line);
}

/** Publishes the check run; returns the findings it could not carry (errors first), for workflow commands. */
async function deliverCheckRun(state: RunState, client: GitHubClient): Promise<Report['findings']> {
  const { settings, ctx } = state;
  const report = annotatedReport(state);
  const conclusion = checkConclusion(report.verdict.result, state.report.findings);
  try {
    const published = await publishCheckRun(client, {
      owner: ctx.repo.owner,
      repo: ctx.repo.repo,
      name: settings.checkName,
      headSha: ctx.sha,
      report,
      conclusion,
      location: state.location,
      detailsUrl: runUrl(ctx),
      output: checkOutput(report, { ...state.location, sha: ctx.sha, title: settings.checkName, workflowRunUrl: runUrl(ctx) }),
    });
    state.checkRunApp = published.app;
    state.checkRunUrl = published.url;
    core.info(
      `Check run "${settings.checkName}" (${conclusion}) on ${ctx.sha}: ${plural(published.delivered, 'annotation')} in ${plural(published.requests, 'request')}.`,
    );
    state.delivery.push(
      `Check run "${settings.checkName}" on ${ctx.sha.slice(0, 12)}: ${conclusion}, ${plural(published.delivered, 'annotation')}.`,
    );
    return [];
  } catch (error) {
    const cause = error instanceof CheckRunError ? error.cause : error;
    const delivered = error instanceof CheckRunError ? error.delivered : 0;
    if (isBudgetExceeded(cause)) {
      state.cut.push('check run (its findings are issued as workflow commands instead)');
      core.info(`The check run was not completed: ${describeError(cause)}. Falling back to workflow commands.`);
    } else if (isPermissionError(cause)) {
      const fallback = 'Findings are delivered as workflow commands and in the job summary instead; the verdict is unchanged.';
      permissionHint(state, 'check run', 'checks: write', cause, fallback, settings.annotations === 'checks');
    } else {
      state.log.warning(`ims-gate could not complete the check run: ${describeError(cause)}. Falling back to workflow commands.`);
    }
    if (delivered > 0) state.delivery.push(`Check run: ${plural(delivered, 'annotation')} delivered before it failed.`);
    // The check run sends errors first, so what it accepted is a prefix of the same order.
    return bySeverity(report.findings).slice(delivered);
  }
}

function commentBody(state: RunState): string {
  return renderMarkdown(state.report, {
    ...state.location,
    sha: state.ctx.sha,
    title: state.settings.checkName,
    checkRunUrl: state.checkRunUrl,
    workflowRunUrl: runUrl(state.ctx),
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
  const target = { owner: state.ctx.repo.owner, repo: state.ctx.repo.repo, issueNumber: pr.number };
  try {
    const identity = await commentIdentity(state.client, state.checkRunApp);
    core.info(`PR comment: the sticky comment is the one by ${identity.login} (${identity.how}) that starts with the marker.`);
    const result = await upsertStickyComment(state.client, target, scrub(commentBody(state), state.secrets), wanted, identity.login);
    for (const other of result.ignored) {
      core.info(
        `PR comment: ignored comment ${other.id} by ${other.login}: it carries the marker, but only ${identity.login}'s comment is the report.`,
      );
    }
    core.info(`PR comment: ${result.action}${result.url ? ` (${result.url})` : ''}.`);
    if (result.action !== 'skipped') state.delivery.push(`PR comment: ${result.action}.`);
  } catch (error) {
    if (error instanceof PageLimitError) {
      state.log.warning(`ims-gate did not write the pull request comment: it ${error.message}. This job summary holds the same report.`);
      state.delivery.push('PR comment: not written (the comment list did not end).');
      return;
    }
    if (!isPermissionError(error)) throw error;
    permissionHint(state, 'pull request comment', 'pull-requests: write', error, 'This job summary holds the same report.');
    state.delivery.push('PR comment: not written (the token cannot write pull request comments).');
  }
}

/** The PR's live labels, read with the bounded client; the event's when they cannot be read. */
async function currentLabels(
  state: RunState,
  client: GitHubClient,
  issueNumber: number,
  eventLabels: readonly string[],
): Promise<readonly string[]> {
  try {
    return await listLabels(client, { owner: state.ctx.repo.owner, repo: state.ctx.repo.repo, issueNumber });
  } catch (error) {
    if (isBudgetExceeded(error)) throw error;
    const line = `Cannot read the pull request's labels (${describeError(error)}); using those of the event.`;
    // A list that does not end is an API gone wrong, worth a warning; a refused read (fork token) is routine.
    if (error instanceof PageLimitError) state.log.warning(line);
    else core.info(line);
    return eventLabels;
  }
}

/**
 * The verdict used the event's labels. When the acknowledgement label was added after the event (a re-run
 * reuses the old event), say how to get a run that sees it, rather than letting the verdict depend on the API.
 */
function staleAckHint(state: RunState, labels: readonly string[]): void {
  const ack = state.report.verdict.restartAck;
  if (!ack || ack.present || !labels.some((name) => name.toLowerCase() === ack.label.toLowerCase())) return;
  state.log.warning(
    `The pull request carries '${ack.label}' now, but the event of this run did not: the verdict uses the event's labels. ` +
      "A run started by the `labeled` event (list `labeled` in the workflow's `on.pull_request.types`) or by a new push sees it; re-running this job reuses the old event.",
  );
}

async function deliverLabel(state: RunState): Promise<void> {
  const pr = state.ctx.pullRequest;
  const label = state.settings.restartLabel;
  const ackMissing = state.report.verdict.restartAck?.present === false;
  if (!pr || (!label && !ackMissing)) return;
  if (!state.client) {
    if (!label) return;
    const line = state.report.restart.required
      ? `Label '${label}': not added (no github-token). Add it by hand: a Campaign server restart is required.`
      : `Label '${label}': not checked (no github-token).`;
    core.info(line);
    state.delivery.push(line);
    return;
  }
  const labels = await currentLabels(state, state.client, pr.number, pr.labels);
  staleAckHint(state, labels);
  if (!label) return;
  try {
    const target = { owner: state.ctx.repo.owner, repo: state.ctx.repo.repo, issueNumber: pr.number };
    const shard = { checkName: state.settings.checkName, sha: state.ctx.sha };
    const outcome = await syncSharedLabel(state.client, target, label, state.report.restart.required, labels, shard);
    const line = labelLine(label, outcome);
    if (line) {
      core.info(line);
      state.delivery.push(line);
    }
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    const fallback = state.report.restart.required ? `Add the label '${label}' by hand: a Campaign server restart is required.` : '';
    permissionHint(state, `label '${label}'`, 'issues: write` and `pull-requests: write', error, fallback);
  }
}

/** The report as annotations show it: `annotate` keeps the findings of the PR's changed files or lines. */
function annotatedReport(state: RunState): Report {
  const { settings, report, diff } = state;
  if (settings.annotate === 'all' || !diff) return report;
  return { ...report, findings: filterByDiff(report.findings, diff, state.location.repoPath ?? ((file) => file), settings.annotate) };
}

/** The PR's diff, needed by `annotate` (other than `all`) and by suggestions. */
async function readDiff(state: RunState): Promise<void> {
  const pr = state.ctx.pullRequest;
  const wanted = state.settings.annotate !== 'all' || (state.settings.suggestions && state.report.findings.some((f) => f.fix));
  if (!pr || !state.client || !wanted || state.diffRead) return;
  state.diffRead = true;
  try {
    state.diff = await readPullRequestDiff(state.client, { owner: state.ctx.repo.owner, repo: state.ctx.repo.repo, pullNumber: pr.number });
  } finally {
    if (!state.diff && state.settings.annotate !== 'all')
      core.info(`annotate: ${state.settings.annotate}: the pull request's files could not be read; every finding is annotated.`);
  }
}

/** One review with a suggestion per fixable finding on the diff; never on a fork PR (read-only token). */
async function deliverReview(state: RunState): Promise<void> {
  const pr = state.ctx.pullRequest;
  if (!pr || !state.settings.suggestions || !state.client || !state.report.findings.some((f) => f.fix)) return;
  if (pr.fromFork) {
    core.info('Suggestions: skipped, this pull request comes from a fork and its token is read-only.');
    return;
  }
  await readDiff(state);
  // A pull request without files (or whose files could not be read) has no line to suggest on.
  if (!state.diff || state.diff.size === 0) return;
  const findings = annotatedReport(state).findings;
  const identity = await commentIdentity(state.client, state.checkRunApp);
  try {
    const { line } = await deliverSuggestions({
      client: state.client,
      target: { owner: state.ctx.repo.owner, repo: state.ctx.repo.repo, pullNumber: pr.number, commitId: state.ctx.sha },
      suggestions: suggestionsFor(state.settings.root, findings, state.redaction),
      diff: state.diff,
      repoPath: state.location.repoPath ?? ((file) => file),
      login: identity.login,
    });
    core.info(line);
    state.delivery.push(line);
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    permissionHint(state, 'suggestions', 'pull-requests: write', error, 'The annotations and `ims-gate check --fix` carry the same fixes.');
    state.delivery.push('Suggestions: not written (the token cannot write pull request reviews).');
  }
}

/** Check run, comment and label: the only phase that calls the API, bounded by the delivery budget. */
async function deliver(state: RunState): Promise<void> {
  const { settings, ctx } = state;
  if (settings.token && ctx.repo.owner) {
    const limits = deliveryLimits(process.env);
    state.apiBudget = new DeliveryBudget(limits.budgetMs);
    state.client = await createClient(settings.token, ctx.apiUrl, state.apiBudget, process.env);
  }
  // `annotate` needs the diff before the annotations; suggestions read it last, after everything else.
  if (settings.annotate !== 'all') await guarded(state, 'pull request diff', () => readDiff(state));
  await guarded(state, 'annotations', () => deliverAnnotations(state));
  await guarded(state, 'pull request comment', () => deliverComment(state));
  await guarded(state, 'restart label', () => deliverLabel(state));
  await guarded(state, 'suggestions', () => deliverReview(state));
  if (state.apiBudget?.exceeded) {
    const line =
      `ims-gate stopped calling the GitHub API when its delivery budget of ${seconds(state.apiBudget.ms)} ran out: ` +
      `not written: ${state.cut.join('; ') || 'the rest of the delivery'}. The verdict is unchanged; the job summary holds the full report.`;
    state.log.warning(line);
    state.delivery.push(
      `Delivery stopped after ${seconds(state.apiBudget.ms)} (the delivery budget): ${state.cut.join('; ')} not written.`,
    );
  }
}

async function writeSummary(state: RunState): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
    return;
  }
  const markdown = renderSummary(state.report, {
    ...state.location,
    title: state.settings.checkName,
    checkRunUrl: state.checkRunUrl,
    warnings: state.warnings,
    delivery: state.delivery,
    fullReport: `JSON report: the \`report-file\` output, ${state.reportFile}`,
  });
  // Appended directly: core.summary caches the file path and buffers across calls, which buys nothing here.
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${scrub(markdown, state.secrets)}\n`);
}

/** The verdict, as outputs and the step's status. Nothing after this can change it. */
function publishVerdict(report: Report, budget: AnnotationBudget): void {
  setOutputs(report);
  if (report.verdict.result === 'fail') {
    budget.take('error');
    core.setFailed(report.verdict.reasons.join(' '));
  }
  core.info(`IMS policy gate: ${report.verdict.result} (${countsLine(report.stats)}, fails on ${report.verdict.failOn}).`);
  const coverage = coverageNoticeLine(report.coverage);
  if (coverage && budget.take('notice')) core.notice(coverage);
}

/** The JSON report and the SARIF file: written before any API call, so an API outage cannot cost them. */
async function writeReportFiles(state: RunState): Promise<void> {
  const { report, settings, secrets } = state;
  await guarded(state, 'JSON report', () => {
    writeFile(state.reportFile, formatJson(report));
    core.setOutput('report-file', state.reportFile);
  });
  core.setOutput('sarif-file', '');
  if (settings.sarifFile) {
    const sarifFile = settings.sarifFile;
    await guarded(state, 'SARIF file', () => {
      writeFile(sarifFile, scrub(formatSarif(report, { rules: describedRules(), repoPath: state.location.repoPath }), secrets));
      core.setOutput('sarif-file', sarifFile);
    });
  }
}

/** A base revision was given (or the event's) but could not be read: a warning in the log and in the summary. */
function warnSkippedRestart(state: RunState, alreadyWarned: boolean): void {
  const skipped = state.report.restart.skipped;
  if (!skipped || !state.settings.baseRef) return;
  const line = `Restart detection did not run: ${skipped}`;
  // Restart detection may have warned already (a base it could not fetch): the log gets one warning, not two.
  if (alreadyWarned) core.info(line);
  else state.log.warning(line);
  state.warnings.push(line);
}

/** Restart detection's log lines (a base fetch, a warning when it fails) go to the job log at their level. */
function logScanLine(line: string): boolean {
  const warning = /^ims-gate: warning: /.exec(line);
  if (warning) core.warning(line.slice(warning[0].length));
  else core.info(line);
  return warning !== null;
}

export async function run(): Promise<void> {
  const env = process.env;
  const secrets: string[] = [];
  let verdictWritten = false;
  let scanWarned = false;
  try {
    const ctx = readRunContext(env);
    const settings = readSettings(ctx);
    secrets.push(...[settings.token, settings.clientSecret].filter((s): s is string => Boolean(s)));

    // The restart acknowledgement is a merge condition: it applies to pull requests only, never to pushes. It is
    // read from the event payload, so that the verdict never waits for, or depends on, the API.
    const restartAck =
      settings.requireRestartAck && ctx.pullRequest ? { label: settings.restartPlannedLabel, labels: ctx.pullRequest.labels } : undefined;
    const outcome = await scan({
      root: settings.root,
      configPath: settings.configPath,
      failOn: settings.failOn,
      baseRef: settings.baseRef,
      secrets: settings.clientSecret ? { clientSecret: settings.clientSecret } : {},
      restartAck,
      log: (line) => {
        scanWarned = logScanLine(scrub(line, secrets)) || scanWarned;
      },
      // The live Admin Console's credential comes from the step's env (secrets), never from an input: its secret
      // and the token it buys are masked in the job log as soon as they are known, and scrubbed from every output.
      env,
      onSecret: (value) => {
        core.setSecret(value);
        secrets.push(value);
      },
    });
    const report = scrubReport(outcome.report, secrets);

    const budget = new AnnotationBudget();
    publishVerdict(report, budget);
    verdictWritten = true;

    const state: RunState = {
      ctx,
      settings,
      report,
      cut: [],
      location: locationOptions(ctx, settings),
      budget,
      log: budget.counting(core),
      delivery: [],
      reportFile: join(env.RUNNER_TEMP || tmpdir(), REPORT_FILE_NAME),
      secrets,
      warnings: [],
      redaction: { secrets: [...(outcome.redaction?.secrets ?? []), ...secrets], secretNames: outcome.redaction?.secretNames ?? [] },
    };
    warnSkippedRestart(state, scanWarned);
    await writeReportFiles(state);
    await deliver(state);
    await guarded(state, 'job summary', () => writeSummary(state));
  } catch (error) {
    const message = scrub(error instanceof Error ? error.message : String(error), secrets);
    if (verdictWritten) {
      // Only reporting can fail here, and reporting never changes the verdict.
      core.warning(`ims-gate failed after writing its verdict: ${message}. The verdict is unchanged.`);
      return;
    }
    try {
      core.setOutput('result', 'fail');
    } catch (outputError) {
      core.error(`Cannot write the 'result' output: ${(outputError as Error).message.split('\n')[0]}`);
    }
    core.setFailed(message);
  }
}
