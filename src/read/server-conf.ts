// Instance server configuration: `serverConf.xml` (shared by all instances) and `config-<instance>.xml`.
// Only `<serverconf>…<shared><ims …/>` and `…<web><redirection …/>` matter; the rest is scanned for
// well-formedness only. When a node occurs twice, the first one is read.
import type { ReadResult, ServerConfData } from '../types.js';
import { locatedAttrs, scanXmlFile } from './xml-common.js';
import { XmlSyntaxError } from './xml/index.js';

export function readServerConf(file: string, bytes: Buffer): ReadResult {
  const data: ServerConfData = {};
  const outcome = scanXmlFile(file, bytes, (text, lines) => ({
    startTag(tag, ancestors) {
      if (tag.depth === 0) {
        if (tag.name !== 'serverconf') {
          throw new XmlSyntaxError(
            `not a Campaign server configuration: expected <serverconf> as the root element, found <${tag.name}>`,
            tag.start,
            tag.start + 1 + tag.name.length,
          );
        }
        return;
      }
      const parent = ancestors[tag.depth - 1];
      if (tag.name === 'ims' && parent === 'shared' && !data.ims) {
        data.ims = { loc: lines.loc(file, tag.start, tag.end), attrs: locatedAttrs(file, text, lines, tag) };
      } else if (tag.name === 'redirection' && parent === 'web' && !data.redirection) {
        data.redirection = { loc: lines.loc(file, tag.start, tag.end), attrs: locatedAttrs(file, text, lines, tag) };
      }
    },
  }));
  const result: ReadResult = { file, kind: 'server-conf', suppressions: outcome.suppressions, problems: outcome.problems };
  if (outcome.problems.length === 0) result.serverConf = data;
  return result;
}
