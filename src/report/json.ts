import type { Report } from '../types.js';

/** The JSON report (policies/schemas/report.schema.json). */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
