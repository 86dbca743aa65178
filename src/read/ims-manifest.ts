// IMS provisioning manifests: YAML or JSON (parsed by the yaml package, which keeps node ranges for both) with a
// top-level `kind: ims-provisioning`. Validated against policies/schemas/manifest.schema.json; every schema error
// is a problem at the offending node. Scalars are read with the YAML failsafe schema, so every value stays the
// string that was written (a client ID such as `12e45` is not turned into a number).
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Loc, Located, ManifestData, ReadProblem, ReadResult, Suppression, ValueSource } from '../types.js';
import { recordSource } from '../util/value-source.js';
import { schemaValidator } from '../policy/schemas.js';
import { fileLoc } from '../util/loc.js';
import { isSecretName } from '../util/secrets.js';
import { duplicateKeys } from '../util/yaml-keys.js';
import { schemaProblems, trimmedEnd } from '../util/yaml-schema.js';
import { DIRECTIVE, parseDirective } from './suppressions.js';
import { openCandidate, type LineMap } from './text.js';

const MANIFEST_KIND = 'ims-provisioning';
const MANIFEST_SCHEMA = 'manifest.schema.json';

const STRING_FIELDS = ['instance', 'clientId', 'productContext', 'orgId', 'imsServer', 'clientSecretSha256'] as const;
const LIST_FIELDS = ['scopes', 'redirectUris'] as const;

type AnyDoc = Document.Parsed;

/** Offsets [start, end) of a node, without the trailing line breaks and spaces that block nodes include. */
function nodeSpan(text: string, node: Node): [number, number] {
  const range = node.range ?? [0, 0, 0];
  return [range[0], trimmedEnd(text, range[0], Math.max(range[0], range[1]))];
}

function nodeLoc(file: string, text: string, lines: LineMap, node: Node): Loc {
  const [start, end] = nodeSpan(text, node);
  return lines.loc(file, start, end);
}

/** The top-level pair `key:` of a document whose contents are a map. */
function topPair(doc: AnyDoc, key: string) {
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  return contents.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

function isManifestDoc(doc: AnyDoc): boolean {
  const pair = topPair(doc, 'kind');
  return pair !== undefined && isScalar(pair.value) && pair.value.value === MANIFEST_KIND;
}

/** A scalar string value (following one alias), located where it is written. */
function scalarString(doc: AnyDoc, node: unknown): string | undefined {
  const target = isAlias(node) ? node.resolve(doc) : node;
  return isScalar(target) && typeof target.value === 'string' ? target.value : undefined;
}

/** Where `# ims-gate-disable-next-line` comments are, and what they cover. */
function yamlSuppressions(file: string, text: string, lines: LineMap, docs: AnyDoc[]): Suppression[] {
  if (!text.includes(DIRECTIVE)) return [];
  // Multi-line scalars (block literals, quoted strings) may hold lines that look like comments but are not.
  const scalars: [number, number][] = [];
  /** For each line (0-based) on which a pair or sequence item starts, the last line (0-based) it covers. */
  const extent = new Map<number, number>();
  const note = (startOffset: number, node: Node | null | undefined, endOffset?: number): void => {
    const end = endOffset ?? (node ? nodeSpan(text, node)[1] : startOffset);
    const a = lines.lineIndex(startOffset);
    const b = lines.lineIndex(Math.max(startOffset, end - 1));
    if ((extent.get(a) ?? -1) < b) extent.set(a, b);
  };
  const stack: unknown[] = docs.map((doc) => doc.contents);
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node)) {
      const [start, end] = nodeSpan(text, node);
      if (lines.lineIndex(start) !== lines.lineIndex(end)) scalars.push([start, end]);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range) note(key.range[0], value ?? key);
        stack.push(key, value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as (Node | null)[]) {
        if (item?.range) note(item.range[0], item);
        stack.push(item);
      }
    }
  }
  const suppressions: Suppression[] = [];
  const lineCount = lines.starts.length;
  const lineText = (index: number): string => {
    const start = lines.starts[index];
    const end = index + 1 < lineCount ? lines.starts[index + 1] - 1 : text.length;
    return text.slice(start, end).replace(/\r$/, '');
  };
  for (let index = 0; index < lineCount; index++) {
    const raw = lineText(index);
    const match = /^(\s*)#(.*)$/.exec(raw);
    if (!match?.[2].includes(DIRECTIVE)) continue;
    const offset = lines.starts[index] + match[1].length;
    if (scalars.some(([start, end]) => offset > start && offset < end)) continue;
    const directive = parseDirective(match[2]);
    if (!directive) continue;
    let target = index + 1;
    while (target < lineCount && /^\s*(#.*)?$/.test(lineText(target))) target++;
    const last = target < lineCount ? (extent.get(target) ?? target) : target;
    const loc = lines.loc(file, offset, lines.starts[index] + raw.length);
    const suppression: Suppression = {
      file,
      ruleIds: directive.ruleIds,
      loc,
      targetStartLine: target + 1,
      targetEndLine: Math.max(target, last) + 1,
    };
    if (directive.reason !== undefined) suppression.reason = directive.reason;
    suppressions.push(suppression);
  }
  return suppressions;
}

/**
 * Every string scalar under a secret-named key, at any depth, in any document: keys compared as parsed (escapes
 * such as "client\\u0053ecret" decoded, complex `? key` entries included), aliases followed to their anchors, so
 * that `x-a: &s <secret>` is known to be a secret once `clientSecret: *s` uses it. Each node is visited once.
 */
function secretScalars(docs: AnyDoc[]): string[] {
  const values = new Set<string>();
  // A node is walked at most twice, once as plain and once as secret (an anchor may be used under both): an alias
  // bomb costs no more than its text.
  const visited = { plain: new Set<unknown>(), secret: new Set<unknown>() };
  const stack: [unknown, AnyDoc, boolean][] = [];
  for (const doc of docs) stack.push([doc.contents, doc, false]);
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [raw, doc, secret] = entry;
    let node: unknown = raw;
    if (isAlias(node)) {
      try {
        node = node.resolve(doc);
      } catch {
        continue;
      }
    }
    if (node === null || node === undefined) continue;
    const seen = secret ? visited.secret : visited.plain;
    if (seen.has(node)) continue;
    seen.add(node);
    if (isScalar(node)) {
      if (secret && typeof node.value === 'string' && node.value !== '') values.add(node.value);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        const keyName = isScalar(key) ? String(key.value) : isAlias(key) ? scalarString(doc, key) : undefined;
        stack.push([key, doc, false]); // keys are names, not values
        stack.push([pair.value, doc, secret || (keyName !== undefined && isSecretName(keyName))]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push([item, doc, secret]);
    }
  }
  return [...values];
}

/** The syntax a fix must write a scalar in: its own style; none for block scalars and aliases (never fixed). */
function scalarSyntax(file: string, node: unknown): ValueSource['syntax'] | undefined {
  if (!isScalar(node)) return undefined;
  const json = /\.json$/i.test(file);
  if (node.type === 'QUOTE_DOUBLE') return json ? 'json-string' : 'yaml-double';
  if (json) return undefined;
  if (node.type === 'QUOTE_SINGLE') return 'yaml-single';
  return node.type === 'PLAIN' ? 'yaml-plain' : undefined;
}

/** Registers the value's source (the scalar as written, with its quotes) when a fix could rewrite it. */
function withSource(file: string, text: string, lines: LineMap, node: unknown, located: Located<string>): Located<string> {
  const syntax = scalarSyntax(file, node);
  if (!syntax) return located;
  const [start, end] = nodeSpan(text, node as Node);
  return recordSource(located, { loc: lines.loc(file, start, end), syntax });
}

/** The first line of a yaml error message, without its " at line L, column C:" suffix. */
function yamlMessage(message: string): string {
  if (message.includes('Maximum call stack size exceeded')) return 'the document is nested too deeply to read';
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/:$/, '');
}

export function readImsManifest(file: string, bytes: Buffer): ReadResult {
  const { result, text, lines } = openCandidate(file, 'ims-manifest', bytes);
  if (text === undefined) return result;
  const format = /\.json$/i.test(file) ? 'JSON' : 'YAML';
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter: counter,
    schema: 'failsafe',
    prettyErrors: false,
    uniqueKeys: false,
  }) as unknown as AnyDoc[];
  const docList = Array.isArray(docs) ? docs : [];
  result.suppressions = yamlSuppressions(file, text, lines, docList);
  const secretValues = secretScalars(docList);
  if (secretValues.length > 0) result.secretValues = secretValues;

  const syntax: ReadProblem[] = [];
  for (const doc of docList) {
    // Duplicate keys are found here in linear time (yaml's own check is quadratic in the size of a map).
    const errors = doc.errors.length > 0 ? doc.errors : duplicateKeys(doc);
    for (const error of errors) {
      const [start, end] = error.pos;
      const loc = start < text.length ? lines.loc(file, start, Math.min(Math.max(end, start + 1), text.length)) : lines.eofLoc(file);
      syntax.push({ message: `malformed ${format}: ${yamlMessage(error.message)}`, loc });
    }
  }
  if (syntax.length > 0) {
    result.problems = syntax;
    return result;
  }

  const manifests = docList.filter(isManifestDoc);
  if (manifests.length === 0) {
    result.problems.push({
      message: `not an IMS provisioning manifest: no ${format} document has a top-level "kind: ${MANIFEST_KIND}"`,
      loc: fileLoc(file),
    });
    return result;
  }
  const doc = manifests[0];
  for (const extra of manifests.slice(1)) {
    const kind = topPair(extra, 'kind');
    result.problems.push({
      message: `several "kind: ${MANIFEST_KIND}" documents in one file; only the first (${lines.describe(manifests[0].range[0])}) is read — keep one manifest per file`,
      loc: nodeLoc(file, text, lines, (kind?.key as Node | undefined) ?? (extra.contents as Node)),
    });
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    result.problems.push({
      message: `malformed ${format}: ${(error as Error).message}`,
      loc: nodeLoc(file, text, lines, doc.contents as Node),
    });
    return result;
  }
  const validate = schemaValidator(MANIFEST_SCHEMA);
  const badPaths: string[] = [];
  if (!validate(value)) {
    result.problems.push(...schemaProblems(validate.errors, doc, counter, file, 'IMS manifest', text));
    result.problems.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
    for (const error of validate.errors ?? []) badPaths.push(error.instancePath);
  }
  const invalid = (key: string): boolean => badPaths.some((path) => path === `/${key}` || path.startsWith(`/${key}/`));

  const kindPair = topPair(doc, 'kind');
  const kindKey = kindPair?.key as Node;
  const kindValue = kindPair?.value as Node;
  const manifest: ManifestData = { loc: lines.loc(file, nodeSpan(text, kindKey)[0], nodeSpan(text, kindValue)[1]) };
  for (const key of STRING_FIELDS) {
    const pair = topPair(doc, key);
    if (!pair || invalid(key)) continue;
    const string = scalarString(doc, pair.value);
    if (string !== undefined)
      manifest[key] = withSource(file, text, lines, pair.value, { value: string, loc: nodeLoc(file, text, lines, pair.value as Node) });
  }
  for (const key of LIST_FIELDS) {
    const pair = topPair(doc, key);
    if (!pair || invalid(key)) continue;
    const node = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
    if (!isSeq(node)) continue;
    const items: Located<string>[] = [];
    for (const item of node.items) {
      const string = scalarString(doc, item);
      if (string !== undefined)
        items.push(withSource(file, text, lines, item, { value: string, loc: nodeLoc(file, text, lines, item as Node) }));
    }
    manifest[key] = { value: items, loc: nodeLoc(file, text, lines, pair.value as Node) };
  }
  result.manifest = manifest;
  return result;
}
