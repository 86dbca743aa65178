// Code frames: the source lines around each finding, read from the scan root, decoded as the readers decoded
// them and redacted before anything else sees them. This stage owns the file reads and the decision of what to
// mask, so that the stylish reporter only lays out the lines it is given.
import { closeSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Report } from '../types.js';
import { relativeInside } from '../util/paths.js';
import { RedactedText, secretSpans, type Span } from '../util/redact.js';
import { openRegularFile } from '../util/regular-file.js';
import { isSecretName } from '../util/secrets.js';
import { decodeBytes, utf16Bom } from '../util/text.js';

/** One finding's frame: redacted source lines, and where its underline goes in the redacted text. */
export interface CodeFrame {
  lines: { number: number; text: string }[];
  /** Columns (1-based) of the redacted finding line; an underline over a masked value covers only the mask. */
  caret?: { line: number; column: number; length: number };
}

export interface FrameOptions {
  /** Secret values the scan knows of (the runtime client secret, plaintext secrets found): masked in every frame. */
  secrets?: readonly string[];
  /** Attribute and key names that hold a secret besides those named like one (the config's `fields:` aliases). */
  secretNames?: readonly string[];
}

const CONTEXT_LINES = 1;
const MAX_FRAME_SOURCE_BYTES = 64 * 1024 * 1024;

/**
 * The file's text as the readers decoded it (UTF-16 with a BOM, an XML-declared code page), so that frames match
 * the reported columns; invalid UTF-8 is shown with replacement characters, and a binary file gets no frame.
 */
function sourceText(root: string, file: string): string | null {
  // Only a regular file inside the root: a finding can name a symbolic link that the scan did not follow (a notice
  // on a link out of the root, e.g. to /etc/passwd), and the frame must not follow it either.
  const real = realpathSync(join(root, file));
  const inside = relativeInside(realpathSync(root), real);
  if (inside === undefined || inside === '') return null;
  // A regular file only, checked on the open descriptor (never a FIFO that would block); and a frame is worth a
  // few lines, not loading a huge file (e.g. one skipped for its size) into memory.
  const { fd, size } = openRegularFile(real);
  let bytes: Buffer;
  try {
    if (size > MAX_FRAME_SOURCE_BYTES) return null;
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  const decoded = decodeBytes(file, bytes, { xml: true });
  if (decoded.ok) return decoded.text;
  return utf16Bom(bytes) || bytes.includes(0) ? null : bytes.toString('utf8');
}

/**
 * Findings that point at a plaintext secret (reported or suppressed), by file: their field is a secret one
 * (IMS009's clientSecret, a mapped alias). The redaction pass knows secrets by attribute or key name; these spans
 * cover the rest, e.g. a client secret mapped to another attribute name with `fields:`.
 */
function secretFindings(report: Report): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of [...report.findings, ...report.suppressed]) {
    if (!finding.field || !isSecretName(finding.field)) continue;
    const inFile = byFile.get(finding.file);
    if (inFile) inFile.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return byFile;
}

/** The offsets of the value inside each secret finding's span (`name="value"`, possibly over several lines). */
function findingSpans(text: string, findings: readonly Finding[]): Span[] {
  if (findings.length === 0) return [];
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const spans: Span[] = [];
  for (const finding of findings) {
    for (let n = finding.line; n <= Math.min(finding.endLine, starts.length); n++) {
      const lineStart = starts[n - 1];
      const lineEnd = n < starts.length ? starts[n] - 1 : text.length;
      const from = lineStart + (n === finding.line ? Math.max(0, finding.column - 1) : 0);
      const to = n === finding.endLine ? Math.min(lineEnd, lineStart + finding.endColumn - 1) : lineEnd;
      if (to <= from) continue;
      const segment = text.slice(from, to);
      // Keep `name="` and the closing quote visible; the value between them is the secret.
      const head = n === finding.line ? (/^[^=\s"']*\s*=\s*["']?/.exec(segment)?.[0] ?? '') : '';
      const tail = n === finding.endLine && segment.length > head.length && /["']$/.test(segment) ? 1 : 0;
      spans.push([from + head.length, to - tail]);
    }
  }
  return spans;
}

/** The whole file, redacted as a whole so that a secret spanning lines (a PEM key) is masked on each of them. */
function redactedSource(root: string, file: string, findings: readonly Finding[], options: FrameOptions): RedactedText | null {
  try {
    const text = sourceText(root, file)?.replace(/^\uFEFF/, '') ?? null;
    if (text === null) return null;
    return new RedactedText(
      text,
      secretSpans(text, { secrets: options.secrets, secretNames: options.secretNames }, findingSpans(text, findings)),
    );
  } catch {
    return null;
  }
}

function isCsv(file: string): boolean {
  return /\.csv$/i.test(file);
}

/** An underline from the first column to the end of the line: a finding about the whole row. */
function coversLine(caret: { column: number; length: number }, text: string): boolean {
  return caret.column <= 1 && caret.column + caret.length - 1 >= text.trimEnd().length;
}

/** The cells of one CSV line (comma or semicolon separated, double quotes), as [start, end) offsets. */
function csvCells(text: string): [number, number][] {
  const separator = (text.match(/;/g)?.length ?? 0) > (text.match(/,/g)?.length ?? 0) ? ';' : ',';
  const cells: [number, number][] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if ((char === separator && !quoted) || i === text.length) {
      cells.push([start, i]);
      start = i + 1;
    }
  }
  return cells;
}

/**
 * A row-wide finding underlines the cell that holds the first value its message quotes (the user's e-mail, a
 * group), or nothing: a caret under a whole 130-character row says nothing the line number does not.
 */
function csvCellCaret(text: string, line: number, message: string): CodeFrame['caret'] {
  const quoted = [...message.matchAll(/"((?:[^"\\]|\\.)+)"/g)].map((match) => match[1]);
  for (const value of quoted) {
    for (const [start, end] of csvCells(text)) {
      const cell = text.slice(start, end).trim().replace(/^"|"$/g, '');
      if (cell && (cell === value || cell.split(/[,;]\s*/).includes(value))) {
        const offset = text.indexOf(cell, start);
        return { line, column: offset + 1, length: cell.length };
      }
    }
  }
  return undefined;
}

function frameOf(source: RedactedText, finding: Finding): CodeFrame | undefined {
  if (finding.line < 1 || finding.line > source.lineCount) return undefined;
  const first = Math.max(1, finding.line - CONTEXT_LINES);
  const last = Math.min(source.lineCount, finding.line + CONTEXT_LINES);
  const frame: CodeFrame = { lines: [] };
  for (let n = first; n <= last; n++) {
    const line = source.line(n);
    frame.lines.push({ number: n, text: line.text });
    if (n === finding.line && finding.column >= 1) {
      const column = line.column(finding.column, 'start');
      const end = finding.endLine === finding.line ? line.column(finding.endColumn, 'end') : column + 1;
      const caret = { line: n, column, length: Math.max(1, end - column) };
      frame.caret = isCsv(finding.file) && coversLine(caret, line.text) ? csvCellCaret(line.text, n, finding.message) : caret;
    }
  }
  return frame;
}

/** A frame for each finding of the report, in order (undefined where its file cannot be shown). */
export function codeFrames(report: Report, root: string, options: FrameOptions = {}): (CodeFrame | undefined)[] {
  const sources = new Map<string, RedactedText | null>();
  const secrets = secretFindings(report);
  return report.findings.map((finding) => {
    if (!sources.has(finding.file)) sources.set(finding.file, redactedSource(root, finding.file, secrets.get(finding.file) ?? [], options));
    const source = sources.get(finding.file);
    return source ? frameOf(source, finding) : undefined;
  });
}
