// Pull-request suggestions: for each fixable finding, the lines its fix rewrites and what they become, computed
// from the file as the scan read it. A suggestion replaces whole lines, so it is offered only when those lines
// carry no secret (a suggestion cannot be masked: applying it would write the mask) and fit a fenced block.
import type { Finding } from '../types.js';
import { redactText, type RedactOptions } from '../util/redact.js';
import { applyToBytes } from './apply.js';
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

function suggestionOf(finding: Finding, bytes: Buffer, redaction: RedactOptions): Suggestion | undefined {
  const replacements = finding.fix?.replacements ?? [];
  if (replacements.length === 0) return undefined;
  const applied = applyToBytes(finding.file, bytes, replacements);
  if (!applied.ok) return undefined;
  const startLine = Math.min(...replacements.map((r) => r.loc.line));
  const line = Math.max(...replacements.map((r) => r.loc.endLine));
  const added = replacements.reduce((sum, r) => sum + (r.text.split('\n').length - 1) - (r.loc.endLine - r.loc.line), 0);
  const before = splitLines(applied.before);
  const after = splitLines(applied.after);
  const old = before.slice(startLine - 1, line);
  const lines = after.slice(startLine - 1, line + added);
  // Secret values, secret attributes, URL passwords: none may appear in a suggestion, old lines or new.
  if (redactText(old.join('\n'), redaction) !== old.join('\n') || redactText(lines.join('\n'), redaction) !== lines.join('\n'))
    return undefined;
  if (lines.some((text) => text.includes('```'))) return undefined;
  return { finding, file: finding.file, startLine, line, lines };
}

/** The suggestions of the findings (suggestion-only fixes included), in report order. */
export function suggestionsFor(root: string, findings: readonly Finding[], redaction: RedactOptions): Suggestion[] {
  const bytesOf = new Map<string, Buffer | undefined>();
  const suggestions: Suggestion[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (!bytesOf.has(finding.file)) {
      const opened = openInsideRoot(root, finding.file);
      bytesOf.set(finding.file, opened.ok ? opened.bytes : undefined);
    }
    const bytes = bytesOf.get(finding.file);
    const suggestion = bytes ? suggestionOf(finding, bytes, redaction) : undefined;
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}
