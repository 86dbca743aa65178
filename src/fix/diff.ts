// `--fix-dry-run`: the unified diff of what `--fix` would write, made to be applied with `git apply` or `patch`.
//
// The diff is of the file's bytes as written: a UTF-8 file's byte-order mark stays on line 1, its CRLF line ends
// stay on every line, a missing final newline is marked. A file whose bytes are not UTF-8 (UTF-16, a legacy code
// page) cannot be printed as its bytes: its diff is shown decoded, with a note that it cannot be applied.
//
// A secret is never printed, and a masked line would not match the file: so a line that holds a secret is never
// a context line. The context around a change stops before it (a hunk may have fewer than 3 context lines on that
// side, or none), and two changes with a secret line between them get two hunks. Only when a changed line holds
// a secret is it printed masked, and the hunk is said not to apply.
import { diffArrays } from 'diff';
import { RedactedText, secretSpans, type RedactOptions, type Span } from '../util/redact.js';
import { utf16Encoding } from '../util/text.js';
import type { FileFix, FixPlan } from './plan.js';

const CONTEXT = 3;

export interface DryRunDiff {
  /** The unified diff, for standard output. */
  patch: string;
  /** What of the diff cannot be applied as printed, one line each, for standard error. */
  notes: string[];
}

/** One side of a file: its lines (each with its line end), and which hold a secret and how they print masked. */
interface Side {
  lines: string[];
  secret: boolean[];
  masked: (index: number) => string;
}

interface Op {
  kind: ' ' | '-' | '+';
  /** Index of the line in the old (' ', '-') or new ('+') side. */
  old: number;
  new: number;
}

/** The text whose lines are printed: the bytes themselves when they are UTF-8, else the decoded text. */
function printable(file: FileFix): { before: string; after: string; bytes: boolean } {
  if (!utf16Encoding(file.before) && !utf16Encoding(file.after)) {
    const before = file.before.toString('utf8');
    const after = file.after.toString('utf8');
    if (Buffer.from(before, 'utf8').equals(file.before) && Buffer.from(after, 'utf8').equals(file.after))
      return { before, after, bytes: true };
  }
  return { before: file.beforeText, after: file.afterText, bytes: false };
}

/** The lines of a text, each with its '\n' (the last one without, when the text does not end with one). */
function splitLines(text: string): { lines: string[]; starts: number[] } {
  const lines: string[] = [];
  const starts: number[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    starts.push(start);
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) {
    starts.push(start);
    lines.push(text.slice(start));
  }
  return { lines, starts };
}

function sideOf(text: string, redaction: RedactOptions): Side {
  // The scanners read the text after a byte-order mark; their spans are moved back onto the text with it.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const spans: Span[] = secretSpans(text.slice(bom), redaction).map(([start, end]) => [start + bom, end + bom]);
  const { lines, starts } = splitLines(text);
  const secret = lines.map(() => false);
  let s = 0;
  for (let i = 0; i < lines.length; i++) {
    const end = starts[i] + lines[i].length;
    while (s < spans.length && spans[s][1] <= starts[i]) s++;
    secret[i] = s < spans.length && spans[s][0] < end;
  }
  const redacted = new RedactedText(text, spans);
  const masked = (index: number): string => {
    const line = lines[index];
    const ending = line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
    return redacted.line(index + 1).text + ending;
  };
  return { lines, secret, masked };
}

function operations(before: Side, after: Side): Op[] {
  const ops: Op[] = [];
  let old = 0;
  let added = 0;
  for (const change of diffArrays(before.lines, after.lines)) {
    for (let i = 0; i < (change.count ?? change.value.length); i++) {
      if (change.added) ops.push({ kind: '+', old, new: added++ });
      else if (change.removed) ops.push({ kind: '-', old: old++, new: added });
      else ops.push({ kind: ' ', old: old++, new: added++ });
    }
  }
  return ops;
}

/** [from, to) ranges of ops that make the hunks: changes with their context, never a context line with a secret. */
function hunkRanges(ops: Op[], before: Side, after: Side): [number, number][] {
  // An equal line is a secret one when either side's scan says so (a fix above it may change how it is read).
  const isSecretContext = (i: number) => ops[i].kind === ' ' && (before.secret[ops[i].old] || after.secret[ops[i].new]);
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    let from = i;
    const floor = ranges.length > 0 ? ranges[ranges.length - 1][1] : 0;
    while (from > floor && i - from < CONTEXT && ops[from - 1].kind === ' ' && !isSecretContext(from - 1)) from--;
    let to = i;
    for (;;) {
      while (to < ops.length && ops[to].kind !== ' ') to++;
      // The run of equal lines after the change: the next change joins this hunk when the run is short and clean.
      let next = to;
      while (next < ops.length && ops[next].kind === ' ' && !isSecretContext(next)) next++;
      const clean = next === ops.length || ops[next].kind !== ' ';
      if (clean && next < ops.length && next - to <= 2 * CONTEXT) {
        to = next;
        continue;
      }
      to = Math.min(next, to + CONTEXT);
      break;
    }
    const range = balanced(ops, from, i, to);
    ranges.push(range);
    i = range[1];
  }
  return ranges;
}

/**
 * A hunk whose context a secret cut short on one side keeps at most 2 more lines on the other: `patch` (fuzz 2)
 * matches a hunk in the middle of a file only then; and with no line after the change, none before it either
 * (`git apply` takes such a hunk only with --unidiff-zero, and `patch` then matches it without fuzz).
 */
function balanced(ops: Op[], from: number, firstChange: number, to: number): [number, number] {
  let lastChange = to - 1;
  while (ops[lastChange].kind === ' ') lastChange--;
  let leading = firstChange - from;
  let trailing = to - 1 - lastChange;
  const leadingCut = leading < CONTEXT && from > 0;
  const trailingCut = trailing < CONTEXT && to < ops.length;
  if (trailingCut && trailing === 0) leading = 0;
  if (leadingCut) trailing = Math.min(trailing, leading + 2);
  if (trailingCut) leading = Math.min(leading, trailing + 2);
  return [firstChange - leading, lastChange + 1 + trailing];
}

function header(ops: Op[], from: number, to: number): string {
  let oldLength = 0;
  let newLength = 0;
  for (let i = from; i < to; i++) {
    if (ops[i].kind !== '+') oldLength++;
    if (ops[i].kind !== '-') newLength++;
  }
  // A side with no line in the hunk is numbered by the line before it (unified diff's convention).
  const oldStart = oldLength === 0 ? ops[from].old : ops[from].old + 1;
  const newStart = newLength === 0 ? ops[from].new : ops[from].new + 1;
  return `@@ -${oldStart},${oldLength} +${newStart},${newLength} @@\n`;
}

function printed(line: string): string {
  return line.endsWith('\n') ? line : `${line}\n\\ No newline at end of file\n`;
}

function fileDiff(file: FileFix, redaction: RedactOptions): DryRunDiff {
  const text = printable(file);
  const before = sideOf(text.before, redaction);
  const after = sideOf(text.after, redaction);
  const ops = operations(before, after);
  const notes: string[] = [];
  if (!text.bytes)
    notes.push(`${file.file}: its diff is shown decoded (the file is not UTF-8): it cannot be applied with patch; --fix applies it`);
  let patch = `--- a/${file.file}\n+++ b/${file.file}\n`;
  for (const [from, to] of hunkRanges(ops, before, after)) {
    patch += header(ops, from, to);
    let masked: number | undefined; // the first masked line's number
    let changed: number | undefined; // the first changed line's number
    for (let i = from; i < to; i++) {
      const op = ops[i];
      const side = op.kind === '+' ? after : before;
      const index = op.kind === '+' ? op.new : op.old;
      // (a context line is never a secret one: hunkRanges stops before those)
      if (op.kind !== ' ') changed ??= index + 1;
      if (side.secret[index]) masked ??= index + 1;
      patch += op.kind + printed(side.secret[index] ? side.masked(index) : side.lines[index]);
    }
    if (masked !== undefined) notes.push(`${file.file}:${masked} (hunk not applicable: a secret on the changed line is masked)`);
    else if (text.bytes && ops[to - 1].kind !== ' ' && to < ops.length)
      notes.push(
        `${file.file}:${changed} (hunk without context after it, a secret follows: apply with git apply --unidiff-zero, or patch)`,
      );
  }
  return { patch, notes };
}

export function unifiedDiff(plan: FixPlan, redaction: RedactOptions): DryRunDiff {
  const diffs = plan.files.map((file) => fileDiff(file, redaction));
  return { patch: diffs.map((diff) => diff.patch).join(''), notes: diffs.flatMap((diff) => diff.notes) };
}
