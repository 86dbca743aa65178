// Loads rule metadata (policies/rules/*.yml) and validates it against policies/schemas/rule.schema.json.
import { readdirSync } from 'node:fs';
import { validPolicy } from './data.js';
import type { Severity } from '../types.js';
import { policyPath } from './paths.js';

/** A rule's metadata: data in policies/rules/<ID>.yml, validated by policies/schemas/rule.schema.json. */
export interface RuleMeta {
  id: string;
  name: string;
  title: string;
  severity: Severity;
  rationale: string;
  remediation: string;
  /** User-visible symptoms (from the guide's "Common types of errors") this rule explains. */
  symptoms: string[];
  /** Docs page, relative to the repository root (docs/rules/<ID>.md). */
  docs: string;
  /** Whether changing the fields this rule checks needs a Campaign server restart. */
  restart: boolean;
  /**
   * The rule's messages, by messageId (ESLint's meta.messages): a template, or a template with the remediation
   * for that case. `{{name}}` is replaced by the diagnostic's `data.name` (see gate/messages.ts).
   */
  messages: Record<string, MessageTemplate>;
}

export type MessageTemplate = string | { message: string; remediation?: string };

let cached: Map<string, RuleMeta> | undefined;

export function loadRuleMetadata(): Map<string, RuleMeta> {
  if (cached) return cached;
  const metas = new Map<string, RuleMeta>();
  for (const name of readdirSync(policyPath('rules'))
    .filter((file) => file.endsWith('.yml'))
    .sort()) {
    const meta = validPolicy<RuleMeta>(`rules/${name}`, 'rule.schema.json', 'rule metadata');
    if (`${meta.id}.yml` !== name) throw new Error(`policies/rules/${name} declares id ${meta.id}; the file must be named ${meta.id}.yml`);
    metas.set(meta.id, meta);
  }
  cached = metas;
  return metas;
}

export function ruleMeta(id: string): RuleMeta {
  const meta = loadRuleMetadata().get(id);
  if (!meta) throw new Error(`no metadata for rule ${id} in policies/rules/`);
  return meta;
}
