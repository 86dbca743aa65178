import type { Config } from '../config/types.js';
import type { Loc, Model, ReadProblem, RelatedLocation, Severity } from '../types.js';

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

/**
 * What the stages before the rules found about the scan itself, besides the model. IMS000 reports the problems
 * and skipped files, IMS010 the restart notices; the other rules check the model.
 */
export interface ScanFacts {
  /** Problems of the config file (an unknown key, a configured path that does not exist). */
  configProblems: ReadProblem[];
  /** Candidate files that could not be read, then problems found while building the model, in that order. */
  inputProblems: ReadProblem[];
  /** Files and folders the scan did not read, and why (reported as notices). */
  skipped: { path: string; reason: string }[];
  /** Restart detection's notices, one per changed IMS setting; empty unless a rule that uses them runs. */
  restartNotices: Diagnostic[];
}

export interface RuleContext {
  /** The IMS configuration; empty for `scan` rules when `hosting: hosted`, where no file is read. */
  model: Model;
  config: Config;
  meta: RuleMeta;
  secrets: RuntimeSecrets;
  scan: ScanFacts;
  report(diagnostic: Diagnostic): void;
}

export interface Rule {
  id: string;
  /**
   * What the rule checks. `model` (the default): the IMS configuration, so it runs only where IMS rules apply
   * (not with `hosting: hosted`). `scan`: the scan itself (its config, the files it could not read), so it always runs.
   */
  subject?: 'model' | 'scan';
  /** The rule reports `scan.restartNotices`: restart detection (a diff with the base revision) runs only for such a rule. */
  usesRestartDetection?: boolean;
  check(context: RuleContext): void;
}
