// The rule registry: explicit and sorted by ID, as in ESLint. IMS000 (unreadable input) is not listed: the
// pipeline itself produces it. IMS010 (restart required) is produced by restart detection.
import type { Rule } from './types.js';

export const rules: Rule[] = [];
