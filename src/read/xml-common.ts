// What the two XML readers share: decoding, scanning with problem reporting, located attributes, and the
// `<!-- ims-gate-disable-next-line … -->` comments.
import type { Located, ReadProblem, Suppression } from '../types.js';
import { recordSource } from '../util/value-source.js';
import { DIRECTIVE, parseDirective } from './suppressions.js';
import { decodeBytes, LineMap } from './text.js';
import { attrValue, scanXml, XmlSyntaxError, type ScanOptions, type XmlHandler, type XmlStartTag } from './xml/index.js';

interface XmlScanOutcome {
  lines?: LineMap;
  suppressions: Suppression[];
  problems: ReadProblem[];
}

/** All attributes of a start tag, decoded, each located at its `name="value"` span. */
export function locatedAttrs(file: string, text: string, lines: LineMap, tag: XmlStartTag): Record<string, Located<string>> {
  // No prototype: an attribute named `__proto__` is an attribute like any other, not the object's prototype.
  const attrs = Object.create(null) as Record<string, Located<string>>;
  for (const attr of tag.attrs) {
    const located = { value: attrValue(text, attr), loc: lines.loc(file, attr.start, attr.end) };
    // The value's own span, inside its quotes, for fixes (a fix rewrites the whole value, escaped for its quote).
    const syntax = text.charCodeAt(attr.valueStart - 1) === 0x27 ? 'xml-attribute-single' : 'xml-attribute-double';
    attrs[attr.name] = recordSource(located, { loc: lines.loc(file, attr.valueStart, attr.valueEnd), syntax });
  }
  return attrs;
}

/** The decoded value of one attribute of a start tag, or undefined. */
export function attrOf(text: string, tag: XmlStartTag, name: string): string | undefined {
  for (const attr of tag.attrs) if (attr.name === name) return attrValue(text, attr);
  return undefined;
}

/**
 * Decodes and scans an XML file. `handler` sees every token; suppression comments are collected here and bound
 * to the start tag that follows them. A well-formedness error ends the scan and becomes the one problem.
 */
export function scanXmlFile(
  file: string,
  bytes: Buffer,
  makeHandler: (text: string, lines: LineMap) => XmlHandler,
  options: ScanOptions = {},
): XmlScanOutcome {
  const decoded = decodeBytes(file, bytes, { xml: true });
  if (!decoded.ok) return { suppressions: [], problems: [decoded.problem] };
  const text = decoded.text;
  const lines = new LineMap(text);
  const suppressions: Suppression[] = [];
  /** Directives waiting for the next start tag. */
  let pending: Suppression[] = [];
  const inner = makeHandler(text, lines);
  const bindPending = (startLine: number, endLine: number): void => {
    for (const s of pending) {
      s.targetStartLine = startLine;
      s.targetEndLine = endLine;
    }
    pending = [];
  };
  const handler: XmlHandler = {
    startTag(tag, ancestors) {
      if (pending.length > 0) {
        const loc = lines.loc(file, tag.start, tag.end);
        bindPending(loc.line, loc.endLine);
      }
      return inner.startTag?.(tag, ancestors);
    },
    endTag(name, depth) {
      // A directive followed by an end tag has no element to cover: it covers the line after it.
      if (pending.length > 0) pending = [];
      inner.endTag?.(name, depth);
    },
    comment(start, end) {
      const body = text.slice(start + 4, end - 3);
      if (body.includes(DIRECTIVE)) {
        const directive = parseDirective(body);
        if (directive) {
          const loc = lines.loc(file, start, end);
          const suppression: Suppression = {
            file,
            ruleIds: directive.ruleIds,
            loc,
            targetStartLine: loc.endLine + 1,
            targetEndLine: loc.endLine + 1,
          };
          if (directive.reason !== undefined) suppression.reason = directive.reason;
          suppressions.push(suppression);
          pending.push(suppression);
        }
      }
      inner.comment?.(start, end);
    },
  };
  try {
    scanXml(text, lines, handler, options);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      const loc =
        error.end !== undefined && error.end > error.offset && error.offset < text.length
          ? lines.loc(file, error.offset, Math.min(error.end, lineEnd(text, error.offset)))
          : lines.charLoc(file, error.offset);
      return { lines, suppressions, problems: [{ message: error.message, loc }] };
    }
    throw error;
  }
  return { lines, suppressions, problems: [] };
}

/** The end of the line holding `offset` (the offset of its '\r' or '\n'), so that problem spans stay on one line. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
