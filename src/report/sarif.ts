// SARIF 2.1.0 for GitHub code scanning (`--format sarif`, the action's `sarif-file`). One run; every rule the
// caller describes (every rule of policies/rules/, with the help generated from its docs page) is in
// tool.driver.rules; findings become results with a region and the stable fingerprint; suppressed findings are
// kept with their SARIF `suppressions` so the debt stays visible. Only formats: the rule descriptions and the
// repository-relative paths are given by the caller; nothing here reads a file.
import { DEFAULT_BASELINE_PATH } from '../gate/baseline.js';
import { DOCS_BASE_URL } from '../gate/findings.js';
import type { DescribedRule, ExampleBlock } from '../policy/rule-help.js';
import type { Finding, Fix, RelatedLocation, Report, Severity, SuppressedFinding } from '../types.js';
import { coverageNotifications, notificationDescriptors } from './sarif-coverage.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_VERSION = '2.1.0';
const INFORMATION_URI = 'https://github.com/ims-gate/ims-gate';
/** GitHub code scanning ingests at most this many results per run (and drops the whole file above it). */
const GITHUB_MAX_RESULTS = 25_000;
/** GitHub's limit on `relatedLocations` (and `locations`) per result. */
const GITHUB_MAX_RELATED = 1_000;
/** The key of our stable fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'imsGate/v1';
const URI_BASE_ID = '%SRCROOT%';
const EXAMPLE_MAX_LINES = 40;

export interface SarifOptions {
  /** The rules to describe in tool.driver.rules, in order (the policy loader's `describedRules()`). */
  rules: readonly DescribedRule[];
  /** Scan-root-relative path → repository-relative path, when the scan root is a sub-folder. Default: identity. */
  repoPath?: (file: string) => string;
  /** Keep inline- and baseline-suppressed findings as results carrying `suppressions` (default true). */
  includeSuppressed?: boolean;
  /** Results per run (default 25,000, GitHub's limit). Findings past it are left out and the run says so. */
  maxResults?: number;
  /** `runAutomationDetails.id` prefix, e.g. the instance of a matrix shard, so uploads don't replace each other. */
  category?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/** Ends a sentence: SARIF viewers (and the Multitool's SARIF2001) expect messages to end with a period. */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/** The failing example as Markdown: whole blocks while they fit in EXAMPLE_MAX_LINES, then a pointer to the page. */
function exampleMarkdown(examples: readonly ExampleBlock[]): string[] {
  const out: string[] = [];
  let budget = EXAMPLE_MAX_LINES;
  for (const [index, example] of examples.entries()) {
    const lines = example.code.split('\n').length;
    if (lines > budget && index > 0) {
      out.push('', '_More in the documentation._');
      break;
    }
    const code = lines > budget ? [...example.code.split('\n').slice(0, budget), '…'].join('\n') : example.code;
    budget -= Math.min(lines, budget);
    const { title, language } = example;
    out.push(
      '',
      title ? `\`${title}\`:` : language === 'text' ? 'ims-gate reports:' : '',
      '',
      `${fence(code)}${language}`,
      code,
      fence(code),
    );
  }
  return out.filter((line, i, all) => !(line === '' && all[i - 1] === ''));
}

function ruleHelp(meta: DescribedRule): { text: string; markdown: string } {
  const examples = meta.failingExample;
  const text: string[] = [sentence(meta.remediation)];
  const markdown: string[] = [`**How to fix:** ${sentence(meta.remediation)}`];
  if (meta.symptoms.length > 0) {
    text.push(`Symptoms users see: ${meta.symptoms.join('; ')}.`);
    markdown.push('', '**Symptoms users see:**', '', ...meta.symptoms.map((symptom) => `- ${symptom}`));
  }
  if (examples.length > 0) markdown.push('', '**Failing example**', ...exampleMarkdown(examples));
  const uri = DOCS_BASE_URL + meta.docs;
  text.push(`Documentation: ${uri}`);
  markdown.push('', `[Documentation](${uri})`);
  return { text: text.join('\n\n'), markdown: markdown.join('\n') };
}

function ruleTags(meta: DescribedRule): string[] {
  const tags = ['adobe-campaign', 'ims', 'configuration'];
  if (meta.securitySeverity !== undefined) tags.push('security');
  if (meta.restart) tags.push('restart-required');
  return tags;
}

function ruleDescriptor(meta: DescribedRule): Record<string, unknown> {
  const properties: Record<string, unknown> = { tags: ruleTags(meta), precision: 'very-high' };
  if (meta.securitySeverity !== undefined) properties['security-severity'] = meta.securitySeverity.toFixed(1);
  return {
    id: meta.id,
    name: meta.name,
    shortDescription: { text: sentence(meta.title) },
    fullDescription: { text: sentence(meta.rationale.replace(/\s+/g, ' ')) },
    help: ruleHelp(meta),
    helpUri: DOCS_BASE_URL + meta.docs,
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties,
  };
}

/** A descriptor for a finding whose rule has no metadata (should not happen; keeps ruleIndex valid). */
function fallbackDescriptor(finding: Finding): Record<string, unknown> {
  return {
    id: finding.ruleId,
    name: finding.ruleId,
    shortDescription: { text: sentence(finding.title ?? finding.ruleId) },
    fullDescription: { text: sentence(finding.title ?? finding.ruleId) },
    help: { text: sentence(finding.remediation), markdown: sentence(finding.remediation) },
    ...(finding.helpUri ? { helpUri: finding.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[finding.severity] },
  };
}

function region(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Record<string, number> {
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  const endLine = Math.max(startLine, finding.endLine || startLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, finding.endColumn || startColumn) : Math.max(1, finding.endColumn || 1);
  return { startLine, startColumn, endLine, endColumn };
}

function artifact(file: string, options: SarifOptions): { uri: string; uriBaseId: string } {
  const path = (options.repoPath ? options.repoPath(file) : file).split('\\').join('/').replace(/^\.\//, '');
  return { uri: encodeURI(path).replace(/[?#]/g, encodeURIComponent), uriBaseId: URI_BASE_ID };
}

function relatedLocations(related: RelatedLocation[], options: SarifOptions): Record<string, unknown>[] {
  return related.slice(0, GITHUB_MAX_RELATED).map((location, index) => ({
    id: index + 1,
    physicalLocation: {
      artifactLocation: artifact(location.file, options),
      region: { startLine: Math.max(1, location.line), startColumn: Math.max(1, location.column) },
    },
    message: { text: sentence(location.message) },
  }));
}

function isSuppressed(finding: Finding | SuppressedFinding): finding is SuppressedFinding {
  return 'suppressedBy' in finding;
}

function suppression(finding: SuppressedFinding): Record<string, unknown> {
  const kind = finding.suppressedBy === 'inline' ? 'inSource' : 'external';
  const justification =
    finding.suppressedBy === 'baseline'
      ? `In the ims-gate baseline (${DEFAULT_BASELINE_PATH}): accepted when ims-gate was adopted.`
      : finding.reason?.trim() || 'Suppressed by an ims-gate-disable-next-line comment that gives no reason.';
  return { kind, status: 'accepted', justification };
}

function result(finding: Finding | SuppressedFinding, ruleIndex: number, options: SarifOptions): Record<string, unknown> {
  const text = [sentence(finding.message), sentence(finding.remediation)].filter(Boolean).join(' ');
  const out: Record<string, unknown> = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: artifact(finding.file, options), region: region(finding) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
  };
  if (finding.related && finding.related.length > 0) out.relatedLocations = relatedLocations(finding.related, options);
  const properties: Record<string, string> = {};
  if (finding.instance) properties.instance = finding.instance;
  if (finding.field) properties.field = finding.field;
  if (Object.keys(properties).length > 0) out.properties = properties;
  if (isSuppressed(finding)) out.suppressions = [suppression(finding)];
  if (finding.fix) out.fixes = [sarifFix(finding.fix, finding.file, options)];
  return out;
}

/** `{ [key]: items }` when there are items; SARIF leaves an empty list out. */
function nonEmpty(key: string, items: unknown[]): Record<string, unknown[]> {
  return items.length > 0 ? { [key]: items } : {};
}

/** SARIF 2.1.0 §3.55 fix: one artifactChange (the finding's file) whose replacements delete a region and insert text. */
function sarifFix(fix: Fix, file: string, options: SarifOptions): Record<string, unknown> {
  const how = fix.suggestionOnly
    ? 'Suggested fix: make this change in the Admin Console (the file is an export; ims-gate check --fix leaves it alone).'
    : 'Fix: ims-gate check --fix applies it.';
  return {
    description: { text: fix.restart ? `${how} Restart the Campaign server after deploying it.` : how },
    artifactChanges: [
      {
        artifactLocation: artifact(file, options),
        replacements: fix.replacements.map((replacement) => ({
          deletedRegion: {
            startLine: replacement.loc.line,
            startColumn: replacement.loc.column,
            endLine: replacement.loc.endLine,
            endColumn: replacement.loc.endColumn,
          },
          insertedContent: { text: replacement.text },
        })),
      },
    ],
  };
}

/** The SARIF 2.1.0 log of a report. Plain data: `JSON.stringify` it. */
export function toSarif(report: Report, options: SarifOptions): Record<string, unknown> {
  const metas = options.rules;
  const rules = metas.map(ruleDescriptor);
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
  const indexOf = (finding: Finding): number => {
    let index = ruleIndex.get(finding.ruleId);
    if (index === undefined) {
      index = rules.length;
      rules.push(fallbackDescriptor(finding));
      ruleIndex.set(finding.ruleId, index);
    }
    return index;
  };

  // Open findings first (the report already orders them), then the suppressed ones; a rule turned off in
  // the config is not reported at all.
  const suppressed = options.includeSuppressed === false ? [] : report.suppressed.filter((finding) => finding.suppressedBy !== 'config');
  const all: (Finding | SuppressedFinding)[] = [...report.findings, ...suppressed];
  const max = Math.max(0, options.maxResults ?? GITHUB_MAX_RESULTS);
  const kept = all.slice(0, max);
  const omitted = all.length - kept.length;
  const results = kept.map((finding) => result(finding, indexOf(finding), options));

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules,
        notifications: notificationDescriptors(rules),
      },
    },
    ...(options.category ? { automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` } } : {}),
    invocations: [
      {
        executionSuccessful: true,
        ...nonEmpty('toolExecutionNotifications', [
          ...(omitted > 0
            ? [
                {
                  level: 'warning',
                  message: {
                    text: `${omitted} of ${all.length} results were left out: GitHub code scanning accepts at most ${max} results per run. Run ims-gate check --format json for the full report.`,
                  },
                },
              ]
            : []),
          ...coverageNotifications(report.coverage, rules),
        ]),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results,
    properties: {
      verdict: report.verdict.result,
      failOn: report.verdict.failOn,
      restartRequired: report.restart.required,
      ...(report.restart.required ? { restartInstances: report.restart.instances } : {}),
      ...(omitted > 0 ? { truncated: true, omittedResults: omitted, totalResults: all.length } : {}),
    },
  };
  return { $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs: [run] };
}

/** The `sarif` output format. */
export function formatSarif(report: Report, options: SarifOptions): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}
