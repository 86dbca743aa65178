// Quoting lives in util/quote.ts, below every stage (restart detection quotes values too); re-exported here for
// the rules' imports. Once restart/diff.ts imports util/quote.ts, the rules can too and this file can go.
export { escapeChar, type QuoteOptions, quote } from '../../util/quote.js';
