// The findings of the PR comment, grouped by file: one line per finding (line, rule, message), then each distinct
// fix once, folded in a <details>, with the lines it applies to. Added to a size budget file by file; a file that
// does not fit whole is shown up to the finding that fits, and the caller says how many more there are.
import type { Finding } from '../types.js';
import { plural } from '../util/plural.js';
import {
  type Budget,
  bySeverity,
  code,
  htmlText,
  inlineLine,
  inlineParagraph,
  type LocationOptions,
  ruleLabel,
  SEVERITY_ICON,
} from './md.js';

interface FileGroup {
  path: string;
  findings: Finding[];
}

/** Files in the order of their most severe finding (errors first); findings of a file by line. */
function groupByFile(findings: readonly Finding[], options: LocationOptions): FileGroup[] {
  const repoPath = options.repoPath ?? ((file: string) => file);
  const groups = new Map<string, FileGroup>();
  for (const finding of bySeverity(findings)) {
    const path = repoPath(finding.file);
    const group = groups.get(path) ?? { path, findings: [] };
    group.findings.push(finding);
    groups.set(path, group);
  }
  for (const group of groups.values()) group.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return [...groups.values()];
}

function lineRef(path: string, line: number, options: LocationOptions): string {
  return options.link ? `[L${line}](${options.link(path, line)})` : `L${line}`;
}

function findingLine(path: string, finding: Finding, options: LocationOptions): string {
  const instance = finding.instance ? ` (${code(finding.instance)})` : '';
  return `- ${SEVERITY_ICON[finding.severity]} ${lineRef(path, finding.line, options)} · ${ruleLabel(finding, options.ruleNames)}${instance} · ${inlineLine(finding.message)}`;
}

/** Each distinct remediation once, with the lines (and rules) it applies to. */
function fixBlocks(findings: readonly Finding[]): string[] {
  const byFix = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.remediation) continue;
    byFix.set(finding.remediation, [...(byFix.get(finding.remediation) ?? []), finding]);
  }
  return [...byFix].map(([fix, applies]) => {
    const rules = [...new Set(applies.map((f) => f.ruleId))].join(', ');
    const lines = [...new Set(applies.map((f) => f.line))];
    const summary = `How to fix ${rules} (${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')})`;
    return `<details><summary>${htmlText(summary)}</summary>\n\n${inlineParagraph(fix)}\n\n</details>\n`;
  });
}

function fileBlock(group: FileGroup, count: number, options: LocationOptions): string {
  const shown = group.findings.slice(0, count);
  const title = `**${code(group.path)}** · ${plural(group.findings.length, 'finding')}`;
  const lines = shown.map((finding) => findingLine(group.path, finding, options));
  return `${title}\n\n${lines.join('\n')}\n\n${fixBlocks(shown).join('\n')}\n`;
}

/** The largest number of the group's findings whose block fits the budget (0 when not even one does). */
function fittingCount(doc: Budget, group: FileGroup, options: LocationOptions, reserve: number): number {
  let low = 0;
  let high = group.findings.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (doc.fits(fileBlock(group, mid, options), reserve)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Adds the file groups that fit; returns how many findings were shown. */
export function appendFileGroups(doc: Budget, findings: readonly Finding[], options: LocationOptions, reserve: number): number {
  let shown = 0;
  for (const group of groupByFile(findings, options)) {
    if (doc.add(fileBlock(group, group.findings.length, options), reserve)) {
      shown += group.findings.length;
      continue;
    }
    const count = fittingCount(doc, group, options, reserve);
    if (count > 0) {
      doc.add(fileBlock(group, count, options), reserve);
      shown += count;
    }
    break;
  }
  return shown;
}
