// The rule registry: explicit and sorted by ID, as in ESLint. IMS000 (unreadable input) is not listed: the
// pipeline itself produces it. IMS010 (restart required) is produced by restart detection (src/restart/).
// Each rule adds its import and its entry on the marked lines below, keeping the order.
import type { Rule } from './types.js';
// import: IMS001
// import: IMS002
// import: IMS003
// import: IMS004
// import: IMS005
// import: IMS006
// import: IMS007
// import: IMS008
// import: IMS009

export const rules: Rule[] = [
  // entry: IMS001
  // entry: IMS002
  // entry: IMS003
  // entry: IMS004
  // entry: IMS005
  // entry: IMS006
  // entry: IMS007
  // entry: IMS008
  // entry: IMS009
];
