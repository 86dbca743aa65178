// Turns ajv errors on a YAML/JSON document into problems at the offending node's line and column,
// with messages a person can act on (unknown keys get a "did you mean").
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Loc, ReadProblem } from '../types.js';

export function rangeLoc(range: readonly [number, number, number?] | null | undefined, lines: LineCounter, file: string): Loc {
  const [start, end] = range ?? [0, 0];
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(start, end));
  return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

interface Target {
  node: Node | null;
  /** The key node, when the path ends at a map entry. */
  key?: Node;
}

/** The node at a JSON pointer (ajv's instancePath), and the key of its map entry. */
export function nodeAtPointer(doc: Document, pointer: string): Target {
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
): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    const target = nodeAtPointer(doc, error.instancePath);
    let node: Node | null | undefined = target.node;
    let message: string;
    const where = describePath(error.instancePath);
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
        message = `${where} is ${JSON.stringify(isScalar(target.node) ? target.node.value : target.node?.toJSON())}; expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'const':
        message = `${where} must be ${JSON.stringify(error.params.allowedValue)}`;
        break;
      case 'type':
        message = `${where} must be ${String(error.params.type)}`;
        break;
      case 'pattern':
        message = `${where} ${JSON.stringify(isScalar(target.node) ? target.node.value : '')} does not match the expected pattern ${String(error.params.pattern)}`;
        break;
      default:
        message = `${where} ${error.message ?? 'is invalid'}`;
    }
    const loc = rangeLoc(node?.range, lines, file);
    const dedupeKey = `${loc.line}:${loc.column}:${message}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    problems.push({ message: `invalid ${what}: ${message}`, loc });
  }
  return problems;
}
