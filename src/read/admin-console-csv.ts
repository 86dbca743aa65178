// Admin Console (Enterprise Dashboard) user exports: a CSV whose header has Username or Email plus Product
// Configurations and/or User Groups. The separator (',' or ';') is detected from the header line; an Excel
// `sep=;` first line is honoured. Multi-valued cells hold comma-separated names inside quotes.
//
// The parser is a purpose-built RFC 4180 scanner (quoted cells, doubled quotes, line breaks inside quotes) rather
// than csv-parse: it yields the offset of every cell, so that each group name can be located inside its cell, and
// it reads a 100,000-row export in a few tens of milliseconds (csv-parse with `info`/`raw` takes about half a
// second). The tests check it against csv-parse on the same inputs.
import type { DashboardUser, Located, ReadProblem, ReadResult } from '../types.js';
import { openCandidate, type LineMap } from './text.js';
import { recordSource } from '../util/value-source.js';

const USER_COLUMNS = ['Username', 'Email'] as const;
const GROUP_COLUMNS = ['Product Configurations', 'User Groups'] as const;

/** Row-level problems reported before the rest are summed up in one last problem. */
const MAX_ROW_PROBLEMS = 50;

class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** One record: cell boundaries as offsets into the text. Quoted cells exclude their quotes. */
interface Row {
  start: number;
  /** End of the record, before its line break. */
  end: number;
  count: number;
  cellStart: number[];
  cellEnd: number[];
  /** 1 when the cell was quoted and holds a doubled quote ("") that must be unescaped. */
  cellEscaped: number[];
}

const QUOTE = 0x22;

/**
 * The offset of the line break that ends the line holding `pos` (or the length of the text). Lines end as csv-parse
 * ends them: at LF, CRLF, or a lone CR (Excel's "CSV (Macintosh)"), mixed in one file if need be.
 */
function lineBreakAt(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return text.length;
}

/** The start of the line after the line break at `at` (CRLF is one break). */
function nextLineStart(text: string, at: number): number {
  if (at >= text.length) return text.length;
  return text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
}

/** Scans the record starting at `pos` into `row`; returns the offset of the next record. */
function scanRow(text: string, pos: number, sep: number, row: Row, lines: LineMap): number {
  const len = text.length;
  row.start = pos;
  row.count = 0;
  for (;;) {
    const cell = row.count++;
    if (text.charCodeAt(pos) === QUOTE) {
      const open = pos;
      let i = pos + 1;
      let escaped = 0;
      let close: number;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          throw new CsvSyntaxError(
            `malformed CSV: unclosed quote: the quoted cell opened at ${lines.describe(open)} has no closing '"' (a '"' inside a quoted cell is written "")`,
            len,
          );
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          escaped = 1;
          i = q + 2;
          continue;
        }
        close = q;
        break;
      }
      row.cellStart[cell] = open + 1;
      row.cellEnd[cell] = close;
      row.cellEscaped[cell] = escaped;
      const after = close + 1;
      const c = text.charCodeAt(after);
      if (c === sep) {
        pos = after + 1;
        continue;
      }
      if (after >= len) {
        row.end = len;
        return len;
      }
      if (c === 0x0a) {
        row.end = after;
        return after + 1;
      }
      if (c === 0x0d) {
        row.end = after;
        return text.charCodeAt(after + 1) === 0x0a ? after + 2 : after + 1;
      }
      throw new CsvSyntaxError(
        `malformed CSV: expected '${String.fromCharCode(sep)}' or the end of the line after the closing quote of the cell opened at ${lines.describe(open)}, found '${text[after]}'`,
        after,
      );
    }
    let i = pos;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c === sep || c === 0x0a || c === 0x0d) break;
      i++;
    }
    row.cellStart[cell] = pos;
    row.cellEnd[cell] = i;
    row.cellEscaped[cell] = 0;
    if (i < len && text.charCodeAt(i) === sep) {
      pos = i + 1;
      continue;
    }
    row.end = i;
    return nextLineStart(text, i);
  }
}

function cellValue(text: string, row: Row, cell: number): string {
  const raw = text.slice(row.cellStart[cell], row.cellEnd[cell]);
  return row.cellEscaped[cell] ? raw.replace(/""/g, '"') : raw;
}

/** The cells of a header line, split naively (header names hold no separators), unquoted and trimmed. */
function headerNames(line: string, sep: string): string[] {
  return line.split(sep).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/** Whether a header line names an Admin Console user export when split on `sep`. */
function isDashboardHeader(line: string, sep: string): boolean {
  const names = headerNames(line, sep).map((name) => name.toLowerCase());
  return USER_COLUMNS.some((c) => names.includes(c.toLowerCase())) && GROUP_COLUMNS.some((c) => names.includes(c.toLowerCase()));
}

/** The separator of a header line: the one (',' or ';') that splits it into the expected columns. */
export function detectSeparator(line: string): ',' | ';' | undefined {
  if (isDashboardHeader(line, ',')) return ',';
  if (isDashboardHeader(line, ';')) return ';';
  return undefined;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Splits a multi-valued cell on ',' and locates every name. Only the white space next to a ',' is dropped, so a
 * stray space at either end of the cell, or inside a name, is kept for the rules to see.
 */
function pushGroups(file: string, text: string, lines: LineMap, row: Row, cell: number, groups: Located<string>[]): void {
  const start = row.cellStart[cell];
  const end = row.cellEnd[cell];
  if (start === end) return;
  if (!row.cellEscaped[cell]) {
    let from = start;
    for (;;) {
      // Searched within the cell only: with ';' separators a cell may hold no ',', and an unbounded indexOf would
      // scan to the end of the file for every cell.
      let to = from;
      while (to < end && text.charCodeAt(to) !== 0x2c) to++;
      let a = from;
      let b = to;
      if (from !== start) while (a < b && isSpace(text.charCodeAt(a))) a++;
      if (to !== end) while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      if (!isBlank(text, a, b)) {
        const loc = lines.loc(file, a, b);
        // An unquoted name is written as it reads: a fix (a suggestion) may replace it as it is.
        groups.push(recordSource({ value: text.slice(a, b), loc }, { loc, syntax: 'csv-plain' }));
      }
      if (to === end) return;
      from = to + 1;
    }
  }
  // A cell with doubled quotes: map each character of the value back to its offset in the text.
  const value: string[] = [];
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    value.push(text[i]);
    offsets.push(i);
    if (text.charCodeAt(i) === QUOTE) i++;
  }
  offsets.push(end);
  let from = 0;
  for (let k = 0; k <= value.length; k++) {
    if (k < value.length && value[k] !== ',') continue;
    let a = from;
    let b = k;
    if (from !== 0) while (a < b && isSpace(value[a].charCodeAt(0))) a++;
    if (k !== value.length) while (b > a && isSpace(value[b - 1].charCodeAt(0))) b--;
    const name = value.slice(a, b).join('');
    if (name.trim() !== '') groups.push({ value: name, loc: lines.loc(file, offsets[a], offsets[b]) });
    from = k + 1;
  }
}

export function readAdminConsoleCsv(file: string, bytes: Buffer): ReadResult {
  const { result, text, lines } = openCandidate(file, 'admin-console-csv', bytes);
  if (text === undefined) return result;
  const len = text.length;

  // The header: the first non-blank line, after an optional Excel `sep=X` line.
  let pos = 0;
  let sep: string | undefined;
  for (;;) {
    const lineEnd = lineBreakAt(text, pos);
    if (!isBlank(text, pos, lineEnd) || lineEnd >= len) break;
    pos = nextLineStart(text, lineEnd);
  }
  const firstLine = (from: number): string => text.slice(from, lineBreakAt(text, from));
  const hint = /^sep=([,;])$/.exec(firstLine(pos));
  if (hint) {
    sep = hint[1];
    pos = nextLineStart(text, lineBreakAt(text, pos));
  }
  const headerLine = firstLine(pos);
  sep ??= detectSeparator(headerLine);
  if (sep === undefined || !isDashboardHeader(headerLine, sep)) {
    result.problems.push({
      message: `not an Admin Console user export: expected a header line with ${USER_COLUMNS.join(' or ')} and ${GROUP_COLUMNS.join(' and/or ')}, separated by ',' or ';'`,
      loc: lines.loc(file, pos, pos + headerLine.length),
    });
    return result;
  }
  const sepCode = sep.charCodeAt(0);
  const row: Row = { start: 0, end: 0, count: 0, cellStart: [], cellEnd: [], cellEscaped: [] };
  const users: DashboardUser[] = [];
  const problems: ReadProblem[] = [];
  let extraProblems = 0;
  const headerStart = pos;
  let headerEnd = pos;
  try {
    pos = scanRow(text, pos, sepCode, row, lines);
    headerEnd = row.end;
    const header: string[] = [];
    for (let c = 0; c < row.count; c++) header.push(cellValue(text, row, c).trim());
    const width = row.count;
    const column = (name: string): number => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    const username = column('Username');
    const email = column('Email');
    const groupColumns = GROUP_COLUMNS.map(column).filter((c) => c !== -1);

    while (pos < len) {
      const next = scanRow(text, pos, sepCode, row, lines);
      if (row.count === 1 && row.cellEscaped[0] === 0 && isBlank(text, row.start, row.end) && text.charCodeAt(row.start) !== QUOTE) {
        pos = next;
        continue;
      }
      const loc = lines.loc(file, row.start, row.end);
      if (row.count !== width) {
        if (problems.length < MAX_ROW_PROBLEMS) {
          problems.push({
            message: `malformed CSV: this row has ${row.count} cells but the header has ${width} (separator '${sep}'); the row is skipped`,
            loc,
          });
        } else extraProblems++;
        pos = next;
        continue;
      }
      const user: DashboardUser = { loc, groups: [] };
      if (username !== -1) {
        const value = cellValue(text, row, username);
        if (value !== '') user.username = value;
      }
      if (email !== -1) {
        const value = cellValue(text, row, email);
        if (value !== '') user.email = value;
      }
      for (const c of groupColumns) pushGroups(file, text, lines, row, c, user.groups);
      users.push(user);
      pos = next;
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    result.problems = [{ message: error.message, loc: lines.charLoc(file, error.offset) }];
    return result;
  }
  if (extraProblems > 0) {
    const last = problems[problems.length - 1];
    problems.push({ message: `malformed CSV: ${extraProblems} more rows have the wrong number of cells and were skipped`, loc: last.loc });
  }
  if (users.length === 0 && problems.length === 0) {
    // An export always lists the users it was made for: no rows means a truncated or wrong file, never "no one".
    problems.push({
      message: `Admin Console user export without users: the header (${lines.describe(headerStart)}) is followed by no user rows; expected one row per user, as the Admin Console exports them`,
      loc: lines.loc(file, headerStart, headerEnd),
    });
  }
  result.problems = problems;
  result.dashboard = { users };
  return result;
}
