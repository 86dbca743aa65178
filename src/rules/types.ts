import type { Config } from '../config/types.js';
import type { Loc, Model, RelatedLocation, Severity } from '../types.js';

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
  /** The settings the rule checks (IMS fields, manifest keys). */
  fields?: string[];
}

/** Secrets supplied at run time, never read from the repository. */
export interface RuntimeSecrets {
  clientSecret?: string;
}

export interface Diagnostic {
  loc: Loc;
  message: string;
  instance?: string;
  /** The field the finding is about; part of the fingerprint. */
  field?: string;
  /** The normalised offending value; hashed into the fingerprint. Never pass a secret. */
  value?: string;
  related?: RelatedLocation[];
  /** Replaces the metadata's remediation when the fix depends on the case. */
  remediation?: string;
  /** For rules that emit more than one level (IMS005's unmapped-user warning). */
  severity?: Severity;
}

export interface RuleContext {
  model: Model;
  config: Config;
  meta: RuleMeta;
  secrets: RuntimeSecrets;
  report(diagnostic: Diagnostic): void;
}

export interface Rule {
  id: string;
  check(context: RuleContext): void;
}
