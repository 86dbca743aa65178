// Turns ajv errors on a YAML/JSON document into problems at the offending node's line and column,
// with messages a person can act on (unknown keys get a "did you mean").
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Loc, ReadProblem } from '../types.js';
import { isSecretOrHashName, redactSecretValues } from './secrets.js';

/** The end of [start, end) without the spaces and line breaks that YAML block nodes include after their value. */
export function trimmedEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start) {
    const c = text.charCodeAt(trimmed - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    trimmed--;
  }
  return trimmed;
}

/**
 * The place of a node's range. `text`, when given, trims the white space and line breaks a YAML range carries after
 * its value, so that a finding ends where the value ends, not at the start of the next line.
 */
function rangeLoc(range: readonly [number, number, number?] | null | undefined, lines: LineCounter, file: string, text?: string): Loc {
  const [start] = range ?? [0, 0];
  const raw = Math.max(start, range?.[1] ?? 0);
  const end = text === undefined ? raw : trimmedEnd(text, start, raw);
  const from = lines.linePos(start);
  const to = lines.linePos(end);
  return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

interface Target {
  node: Node | null;
  /** The key node, when the path ends at a map entry. */
  key?: Node;
}

/** The node at a JSON pointer (ajv's instancePath), and the key of its map entry. */
function nodeAtPointer(doc: Document, pointer: string): Target {
  let target: Target = { node: doc.contents as Node | null };
  if (!pointer) return target;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const node = target.node;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) return target;
      target = { node: (pair.value as Node | null) ?? (pair.key as Node), key: pair.key as Node };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return target;
      target = { node: item as Node };
    } else return target;
  }
  return target;
}

function keysOf(node: Node | null): Node[] {
  return isMap(node) ? node.items.filter(isPair).map((pair) => pair.key as Node) : [];
}

function describePath(pointer: string): string {
  return pointer ? pointer.slice(1).replace(/\//g, '.') : 'the document';
}

function suggestion(word: string, candidates: string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(word, candidates);
  return distance(word.toLowerCase(), best.toLowerCase()) <= 3 ? ` Did you mean "${best}"?` : '';
}

export function schemaProblems(
  errors: ErrorObject[] | null | undefined,
  doc: Document,
  lines: LineCounter,
  file: string,
  what: string,
  text?: string,
): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    const target = nodeAtPointer(doc, error.instancePath);
    let node: Node | null | undefined = target.node;
    let message: string;
    const where = describePath(error.instancePath);
    // A value under a secret-looking key, at any depth, is never quoted: it may be the secret itself, pasted in the
    // wrong place. A map or list quoted whole has its own secret-looking keys masked, and URLs their userinfo.
    const secret = error.instancePath.split('/').some((segment) => isSecretOrHashName(segment.replace(/~1/g, '/').replace(/~0/g, '~')));
    const value = secret
      ? 'a value not shown (it may be a secret)'
      : JSON.stringify(redactSecretValues(isScalar(target.node) ? target.node.value : target.node?.toJSON()));
    const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
    if (error.keyword === 'propertyNames') continue; // the failing keyword under it says what is wrong
    if (propertyName !== undefined) {
      // A key that is not allowed (propertyNames): at the key itself, naming the keys that are.
      node = keysOf(target.node).find((k) => isScalar(k) && String(k.value) === propertyName) ?? node;
      const allowed = (error.params.allowedValues as unknown[] | undefined)?.map(String);
      message = allowed
        ? `${where} has the key "${propertyName}";${suggestion(propertyName, allowed)} Expected one of: ${allowed.join(', ')}`
        : `${where} has the key "${propertyName}", which ${error.message ?? 'is not allowed'}`;
      const loc = rangeLoc(node?.range, lines, file, text);
      problems.push({ message: `invalid ${what}: ${message}`, loc });
      continue;
    }
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        node = keysOf(target.node).find((k) => isScalar(k) && String(k.value) === key) ?? node;
        const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
        message = `unknown key "${key}" in ${where}.${suggestion(key, allowed)} Expected one of: ${allowed.join(', ')}`;
        break;
      }
      case 'required':
        message = `${where} is missing the required key "${String(error.params.missingProperty)}"`;
        node = target.key ?? target.node;
        break;
      case 'enum':
        message = `${where} is ${value}; expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'const':
        message = `${where} must be ${JSON.stringify(error.params.allowedValue)}, found ${value}`;
        break;
      case 'type':
        message = `${where} must be ${String(error.params.type)}, found ${secret ? 'another type' : value}`;
        break;
      case 'pattern':
        message = secret
          ? `${where} does not match the expected pattern ${String(error.params.pattern)} (the value is not shown: it may be a secret)`
          : `${where} ${value} does not match the expected pattern ${String(error.params.pattern)}`;
        break;
      default:
        message = `${where} ${error.message ?? 'is invalid'}`;
    }
    const loc = rangeLoc(node?.range, lines, file, text);
    const dedupeKey = `${loc.line}:${loc.column}:${message}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    problems.push({ message: `invalid ${what}: ${message}`, loc });
  }
  return problems;
}
