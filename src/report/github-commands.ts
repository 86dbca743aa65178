// Findings as GitHub workflow commands (`::error file=…,line=…::message`), errors first.
// Pure: the CLI's `--format github` prints `renderWorkflowCommands`; the action hands the same annotations to
// @actions/core through `emitAnnotations`, counting what the runner will actually show: it keeps at most
// 10 annotations of each level (error, warning, notice) per step and cuts messages at 4096 characters,
// dropping the rest silently. The caller states the hidden counts in the log and the job summary.
import { SEVERITIES, type Finding, type Report, type Severity } from '../types.js';
import { plural } from '../util/plural.js';
import { bySeverity, clip, neutraliseMentions, ruleTitle, type LocationOptions } from './md.js';

/** The runner shows at most this many annotations of each level per step. */
const RUNNER_ANNOTATION_LIMIT = 10;
/** The runner cuts an annotation message at this many characters. */
export const RUNNER_MESSAGE_LIMIT = 4096;

/** The annotation properties of @actions/core (`core.error(message, properties)`). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

interface CommandAnnotation {
  level: Severity;
  message: string;
  properties: AnnotationProperties;
}

/** Where annotations go: @actions/core itself satisfies this. */
export type AnnotationSink = Record<Severity, (message: string, properties?: AnnotationProperties) => void>;

/** One finding as an annotation. Columns only when the finding is on one line (the runner's rule). */
export function toCommandAnnotation(finding: Finding, options: LocationOptions = {}): CommandAnnotation {
  const file = (options.repoPath ?? ((f: string) => f))(finding.file);
  const line = Math.max(1, finding.line);
  const endLine = Math.max(line, finding.endLine || line);
  // Workflow-command annotations become annotations of the job's check run: their texts are neutralised like
  // the check run's own (the file is a path, kept exact).
  const properties: AnnotationProperties = { file, startLine: line, endLine, title: clip(neutraliseMentions(ruleTitle(finding)), 255) };
  if (endLine === line && finding.column >= 1) {
    properties.startColumn = finding.column;
    // Finding.endColumn is exclusive; the runner's endColumn is the last column.
    if (finding.endColumn > finding.column + 1) properties.endColumn = finding.endColumn - 1;
  }
  const text = finding.remediation ? `${finding.message}\n\n${finding.remediation}` : finding.message;
  return { level: finding.severity, message: clip(neutraliseMentions(text), RUNNER_MESSAGE_LIMIT), properties };
}

/** All findings as annotations, errors first. */
function toCommandAnnotations(findings: readonly Finding[], options: LocationOptions = {}): CommandAnnotation[] {
  return bySeverity(findings).map((finding) => toCommandAnnotation(finding, options));
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`, escaped as the runner expects. */
export function formatWorkflowCommand(annotation: CommandAnnotation): string {
  const p = annotation.properties;
  const props: [string, string | number | undefined][] = [
    ['file', p.file],
    ['line', p.startLine],
    ['endLine', p.endLine],
    ['col', p.startColumn],
    ['endColumn', p.endColumn],
    ['title', p.title],
  ];
  const rendered = props
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${annotation.level}${rendered ? ` ${rendered}` : ''}::${escapeData(annotation.message)}`;
}

/** The `github` output format: one workflow command per finding, errors first. */
export function renderWorkflowCommands(report: Report, options: LocationOptions = {}): string {
  return toCommandAnnotations(report.findings, options)
    .map((a) => `${formatWorkflowCommand(a)}\n`)
    .join('');
}

type LevelCounts = Record<Severity, number>;

const zero = (): LevelCounts => ({ error: 0, warning: 0, notice: 0 });

/**
 * Counts the annotations a step has issued, per level, so that the action knows which of its annotations the
 * runner shows (the first 10 of each level) and which it drops. Every annotation of the step, including the
 * action's own warnings and `core.setFailed`'s error, must go through the same budget.
 */
export class AnnotationBudget {
  readonly issued: LevelCounts = zero();

  constructor(readonly limit: number = RUNNER_ANNOTATION_LIMIT) {}

  /** Records one annotation; returns whether the runner will show it. */
  take(level: Severity): boolean {
    this.issued[level]++;
    return this.issued[level] <= this.limit;
  }

  /** Wraps a sink so that everything sent through it is counted. */
  counting(sink: AnnotationSink): AnnotationSink {
    return {
      error: (message, properties) => {
        this.take('error');
        sink.error(message, properties);
      },
      warning: (message, properties) => {
        this.take('warning');
        sink.warning(message, properties);
      },
      notice: (message, properties) => {
        this.take('notice');
        sink.notice(message, properties);
      },
    };
  }
}

interface EmitResult {
  /** Annotations issued, per level. */
  issued: LevelCounts;
  /** Of those, how many the runner shows, and how many it drops. */
  shown: LevelCounts;
  hidden: LevelCounts;
}

/**
 * Issues every finding as a workflow command (errors first), so that the log holds all of them, and counts
 * how many the runner will show as annotations given what the step has already issued.
 */
export function emitAnnotations(
  findings: readonly Finding[],
  sink: AnnotationSink,
  budget: AnnotationBudget,
  options: LocationOptions = {},
): EmitResult {
  const result: EmitResult = { issued: zero(), shown: zero(), hidden: zero() };
  for (const annotation of toCommandAnnotations(findings, options)) {
    const visible = budget.take(annotation.level);
    sink[annotation.level](annotation.message, annotation.properties);
    result.issued[annotation.level]++;
    result[visible ? 'shown' : 'hidden'][annotation.level]++;
  }
  return result;
}

/** "27 errors and 3 warnings were not shown as annotations …", or undefined when nothing was hidden. */
export function describeHidden(result: EmitResult): string | undefined {
  const parts = SEVERITIES.filter((level) => result.hidden[level] > 0).map(
    (level) => `${result.hidden[level]} of ${plural(result.issued[level], level)}`,
  );
  if (parts.length === 0) return undefined;
  return (
    `The runner shows at most ${RUNNER_ANNOTATION_LIMIT} annotations of each level per step, so ${parts.join(', ')} ` +
    'were not shown as annotations. Every finding is in the log above and in the job summary.'
  );
}
