// Campaign package exports (`<package>…<entities schema=…><extAccount …/></entities>…` (the schema named in util/campaign.ts)) and bare
// Write-API records (`<extAccount xtkschema=… …/>`). Yields the records of the schemas ims-gate
// reads (external accounts and operator groups); everything else is scanned for well-formedness only.
import type { ReadResult, XmlRecord } from '../types.js';
import { attrOf, locatedAttrs, scanXmlFile } from './xml-common.js';
import { RECORD_SCHEMAS } from '../util/campaign.js';

/** The schemas whose records are read. */
const RECORD_SCHEMA_SET: ReadonlySet<string> = new Set(RECORD_SCHEMAS);

export function readCampaignPackage(file: string, bytes: Buffer): ReadResult {
  const records: XmlRecord[] = [];
  const outcome = scanXmlFile(
    file,
    bytes,
    (text, lines) => {
      /** Open `<entities>` elements (outside records), innermost last. */
      const entities: { depth: number; schema: string }[] = [];
      /** Depth of the open record whose descendants are its content, or -1. */
      let recordDepth = -1;
      return {
        startTag(tag) {
          if (recordDepth !== -1) return;
          const top = entities[entities.length - 1];
          let schema: string | undefined;
          if (top !== undefined && top.depth === tag.depth - 1) {
            schema = top.schema;
          } else {
            schema = attrOf(text, tag, 'xtkschema');
            if (schema === undefined && tag.name === 'entities') {
              const entitiesSchema = attrOf(text, tag, 'schema') ?? '';
              // Entities of other schemas (workflows, forms, schemas) are most of a package: checked by the tokenizer, never read.
              if (!RECORD_SCHEMA_SET.has(entitiesSchema)) return 'skip';
              if (!tag.selfClosing) entities.push({ depth: tag.depth, schema: entitiesSchema });
              return;
            }
          }
          if (schema === undefined) return;
          // A record (of any schema): its child elements are its content, never records.
          if (!tag.selfClosing) recordDepth = tag.depth;
          if (!RECORD_SCHEMA_SET.has(schema)) return;
          records.push({
            schema,
            element: tag.name,
            loc: lines.loc(file, tag.start, tag.end),
            attrs: locatedAttrs(file, text, lines, tag),
          });
        },
        endTag(_name, depth) {
          if (depth === recordDepth) recordDepth = -1;
          else if (entities.length > 0 && entities[entities.length - 1].depth === depth) entities.pop();
        },
      };
    },
    { extraRoot: (name) => name === 'package' },
  );
  const result: ReadResult = { file, kind: 'campaign-xml', suppressions: outcome.suppressions, problems: outcome.problems };
  if (outcome.problems.length === 0) result.records = records;
  return result;
}
