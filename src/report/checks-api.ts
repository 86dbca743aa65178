// The check run "IMS policy gate" on the head commit, carrying every finding as an annotation.
// The Checks API takes at most 50 annotations per request: the run is created (already completed, so that its
// conclusion is right even if a later request fails) with the first 50, and each further batch is appended
// with a PATCH. Conclusion: `failure` when the gate fails; `neutral` when there are findings that do not fail
// it (below `fail-on`), which branch protection treats as passing; `success` when there are no findings.
import type { Finding, Report, Severity } from '../types.js';
import type { GitHubClient } from '../github/octokit.js';
import { CHECK_NAME } from '../inputs.js';
import { RESTART_CLAIM } from './labels.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';
import { plural } from '../util/plural.js';
import { appendFindingsTable, Budget, bySeverity, clip, countsLine, neutraliseMentions, ruleTitle, type LocationOptions } from './md.js';

const ANNOTATIONS_PER_REQUEST = 50;
/** Limit of `output.summary` and `output.text`. */
export const CHECK_OUTPUT_LIMIT = 65535;
const DETAILS_LIMIT = 64 * 1024 - 1;

type CheckConclusion = 'failure' | 'neutral' | 'success';

interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

export function toCheckAnnotation(finding: Finding, options: LocationOptions = {}): CheckAnnotation {
  const repoPath = options.repoPath ?? ((file: string) => file);
  const start = Math.max(1, finding.line);
  const end = Math.max(start, finding.endLine || start);
  const annotation: CheckAnnotation = {
    path: repoPath(finding.file),
    start_line: start,
    end_line: end,
    annotation_level: LEVEL[finding.severity],
    // Annotation texts are shown as plain text, so the mentions in them are neutralised everywhere.
    message: clip(
      neutraliseMentions(finding.remediation ? `${finding.message}\n\n${finding.remediation}` : finding.message),
      DETAILS_LIMIT,
    ),
    title: clip(neutraliseMentions(ruleTitle(finding)), 255),
  };
  // The API accepts columns only on single-line annotations.
  if (start === end && finding.column >= 1) {
    annotation.start_column = finding.column;
    annotation.end_column = Math.max(finding.column, finding.endColumn > finding.column ? finding.endColumn - 1 : finding.column);
  }
  const details = [
    finding.instance ? `Instance: ${finding.instance}` : '',
    ...(finding.related ?? []).map((r) => `Related: ${repoPath(r.file)}:${r.line}:${r.column} ${r.message}`),
    finding.helpUri ? `Docs: ${finding.helpUri}` : '',
  ].filter(Boolean);
  if (details.length) annotation.raw_details = clip(neutraliseMentions(details.join('\n')), DETAILS_LIMIT);
  return annotation;
}

export function checkConclusion(result: 'pass' | 'fail', findings: readonly Finding[]): CheckConclusion {
  if (result === 'fail') return 'failure';
  return findings.length > 0 ? 'neutral' : 'success';
}

interface CheckOutput {
  title: string;
  summary: string;
  text: string;
}

/**
 * The counts; with no finding, what the gate decided: clean, or the gate's own reason for failing (an
 * unacknowledged restart has a short title). Not inferred here: a failure with no finding may have any reason.
 */
function checkTitle(report: Report): string {
  const { verdict } = report;
  if (report.findings.length > 0) return countsLine(report.stats);
  if (verdict.result === 'pass') return 'Clean: no IMS configuration findings';
  if (verdict.restartAck?.present === false) return 'Failed: a Campaign restart is not acknowledged';
  // The reason may quote repository values (instance names): shown as plain text, so its mentions are made inert.
  return clip(neutraliseMentions(`Failed: ${verdict.reasons[0] ?? 'see the summary'}`), 255);
}

export function checkOutput(report: Report, options: MarkdownOptions = {}): CheckOutput {
  const title = checkTitle(report);
  // The claim first, so that the other shards of a matrix see this one needs a restart (see labels.ts).
  const claim = report.restart.required ? `${RESTART_CLAIM}\n` : '';
  const summary =
    claim +
    renderMarkdown(report, {
      ...options,
      marker: false,
      maxChars: CHECK_OUTPUT_LIMIT - claim.length,
      moreIn: 'the annotations and the table below',
    });
  const text = new Budget(CHECK_OUTPUT_LIMIT);
  if (report.findings.length > 0) {
    text.force(`### All findings (${plural(report.findings.length, 'finding')})\n\n`);
    appendFindingsTable(text, report.findings, options, (n) => `\n…and ${plural(n, 'more finding')} in the full report.\n`);
  }
  return { title, summary, text: text.toString() };
}

interface PublishCheckRunParams {
  owner: string;
  repo: string;
  /** The check run's name; default CHECK_NAME. Shards of one pull request need one name each. */
  name?: string;
  headSha: string;
  report: Report;
  conclusion: CheckConclusion;
  output: CheckOutput;
  location?: LocationOptions;
  detailsUrl?: string;
}

interface PublishedCheckRun {
  id: number;
  url?: string;
  /** The slug of the GitHub App the token belongs to (`github-actions` for GITHUB_TOKEN), when the API says. */
  app?: string;
  /** Annotations GitHub accepted. */
  delivered: number;
  /** API requests that carried annotations (or created the run). */
  requests: number;
}

/** A check-run failure after `delivered` annotations were accepted: the caller delivers the rest another way. */
export class CheckRunError extends Error {
  override name = 'CheckRunError';

  constructor(
    override readonly cause: unknown,
    readonly delivered: number,
    readonly created: boolean,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export function annotationBatches(findings: readonly Finding[], location: LocationOptions = {}): CheckAnnotation[][] {
  const all = bySeverity(findings).map((finding) => toCheckAnnotation(finding, location));
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < all.length; i += ANNOTATIONS_PER_REQUEST) batches.push(all.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches;
}

/** Creates the check run with the first batch, then appends each further batch. */
export async function publishCheckRun(client: GitHubClient, params: PublishCheckRunParams): Promise<PublishedCheckRun> {
  const batches = annotationBatches(params.report.findings, params.location);
  const output = params.output;
  let delivered = 0;
  let id: number | undefined;
  let url: string | undefined;
  let app: string | undefined;
  let requests = 0;
  try {
    const created = await client.rest.checks.create({
      owner: params.owner,
      repo: params.repo,
      name: params.name ?? CHECK_NAME,
      head_sha: params.headSha,
      status: 'completed',
      conclusion: params.conclusion,
      completed_at: new Date().toISOString(),
      ...(params.detailsUrl ? { details_url: params.detailsUrl } : {}),
      output: { ...output, annotations: batches[0] ?? [] },
    });
    requests++;
    if (typeof created.data?.id !== 'number') throw new Error('the API answered the new check run without its id');
    id = created.data.id;
    url = created.data.html_url ?? undefined;
    app = typeof created.data.app?.slug === 'string' && /^[a-z0-9-]+$/i.test(created.data.app.slug) ? created.data.app.slug : undefined;
    delivered += batches[0]?.length ?? 0;
    for (const batch of batches.slice(1)) {
      await client.rest.checks.update({
        owner: params.owner,
        repo: params.repo,
        check_run_id: id,
        output: { title: output.title, summary: output.summary, annotations: batch },
      });
      requests++;
      delivered += batch.length;
    }
  } catch (error) {
    throw new CheckRunError(error, delivered, id !== undefined);
  }
  return { id, url, app, delivered, requests };
}
