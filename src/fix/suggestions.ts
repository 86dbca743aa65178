// Pull-request suggestions: for each fixable finding, the lines its fix rewrites and what they become, computed
// from the file as the scan read it (decoded once; the pipeline offers only fixes that map exactly onto it). A
// suggestion replaces whole lines, so it is offered only when those lines carry no secret (a suggestion cannot
// be masked: applying it would write the mask) and fit a fenced block.
import type { Finding } from '../types.js';
import { redactText, type RedactOptions } from '../util/redact.js';
import { decodeBytes, LineMap } from '../util/text.js';
import { disjoint } from './apply.js';
import { openInsideRoot } from './files.js';

export interface Suggestion {
  finding: Finding;
  /** Scan-root-relative path. */
  file: string;
  /** First and last line (1-based) of the original text that the suggestion replaces. */
  startLine: number;
  line: number;
  /** The new text of those lines, without line ends. */
  lines: string[];
}

/** Lines of a text without their '\r\n' or '\n'. */
function splitLines(text: string): string[] {
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** A decoded file: its text and line map, decoded once for all its findings. */
interface Source {
  text: string;
  lines: LineMap;
}

function suggestionOf(finding: Finding, source: Source, redaction: RedactOptions): Suggestion | undefined {
  const replacements = finding.fix?.replacements ?? [];
  if (replacements.length === 0) return undefined;
  const { offsets, dropped } = disjoint(replacements, source.lines);
  if (dropped > 0) return undefined;
  const startLine = Math.min(...replacements.map((r) => r.loc.line));
  const line = Math.max(...replacements.map((r) => r.loc.endLine));
  // Only the lines the fix touches are rewritten: [start of the first, end of the last).
  const from = source.lines.starts[startLine - 1];
  const next = source.lines.starts[line];
  const to = next === undefined ? source.text.length : next - 1;
  let rewritten = '';
  let at = from;
  for (const [start, end, text] of offsets) {
    rewritten += source.text.slice(at, start) + text;
    at = end;
  }
  rewritten += source.text.slice(at, to);
  const old = splitLines(source.text.slice(from, to));
  const lines = splitLines(rewritten);
  // Secret values, secret attributes, URL passwords: none may appear in a suggestion, old lines or new.
  if (redactText(old.join('\n'), redaction) !== old.join('\n') || redactText(lines.join('\n'), redaction) !== lines.join('\n'))
    return undefined;
  if (lines.some((text) => text.includes('```'))) return undefined;
  return { finding, file: finding.file, startLine, line, lines };
}

/** The suggestions of the findings (suggestion-only fixes included), in report order. */
export function suggestionsFor(root: string, findings: readonly Finding[], redaction: RedactOptions): Suggestion[] {
  const sources = new Map<string, Source | undefined>();
  const suggestions: Suggestion[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (!sources.has(finding.file)) {
      const opened = openInsideRoot(root, finding.file);
      const decoded = opened.ok ? decodeBytes(finding.file, opened.bytes, { xml: true }) : undefined;
      sources.set(finding.file, decoded?.ok ? { text: decoded.text, lines: new LineMap(decoded.text) } : undefined);
    }
    const source = sources.get(finding.file);
    const suggestion = source ? suggestionOf(finding, source, redaction) : undefined;
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}
