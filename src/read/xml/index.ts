// The XML tokenizer used by the readers (see tokenizer.ts), and the pieces of its API they use.
export { XmlSyntaxError } from './errors.js';
export { attrValue, type XmlAttr, type XmlStartTag } from './start-tag.js';
export { scanXml, type ScanOptions, type XmlHandler } from './tokenizer.js';
