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
  /**
   * The rule's messages, by messageId (ESLint's meta.messages): a template, or a template with the remediation
   * for that case. `{{name}}` is replaced by the diagnostic's `data.name` (see gate/messages.ts).
   */
  messages: Record<string, MessageTemplate>;
}

export type MessageTemplate = string | { message: string; remediation?: string };

/** Secrets supplied at run time, never read from the repository. */
export interface RuntimeSecrets {
  clientSecret?: string;
}

interface DiagnosticBase {
  loc: Loc;
  instance?: string;
  /** The field the finding is about; part of the fingerprint. */
  field?: string;
  related?: RelatedLocation[];
  /** For rules that emit more than one level (IMS005's unmapped-user warning). */
  severity?: Severity;
}

/** What a rule reports: a message of its policy YAML by ID, the data for its placeholders, and what it is about. */
export interface MessageDiagnostic extends DiagnosticBase {
  /** A key of `messages` in the rule's policy YAML. */
  messageId: string;
  /** Values for the template's `{{placeholders}}`, inserted as they are (quote them in the rule when needed). */
  data?: Record<string, string | number>;
  /**
   * What the finding is about (an account name, a group name, a host, a value), normalised into the fingerprint.
   * Never message text, never a secret: rewording a message must not change a fingerprint.
   */
  subject: string;
}

/**
 * TRANSITIONAL, for IMS003 and IMS007 and restart detection's notices (src/restart/diff.ts) until they report
 * a messageId: a message and remediation built in code. Its fingerprint comes from `value`, as before 1.0.
 */
export interface InlineDiagnostic extends DiagnosticBase {
  message: string;
  /** Replaces the metadata's remediation when the fix depends on the case. */
  remediation?: string;
  /** The normalised offending value; hashed into the fingerprint. Never pass a secret. */
  value?: string;
}

/**
 * TRANSITIONAL name of InlineDiagnostic, kept while src/restart/diff.ts and callback-url.ts still build inline
 * messages; new code reports a MessageDiagnostic.
 */
export type Diagnostic = InlineDiagnostic;

/** Anything a rule may report. */
export type RuleDiagnostic = MessageDiagnostic | InlineDiagnostic;

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
  restartNotices: InlineDiagnostic[];
}

/**
 * What a rule's check sees. `D` is what its helpers may report: rules that report messageIds type their helpers'
 * context as RuleContext<MessageDiagnostic>. TRANSITIONAL: the default, InlineDiagnostic, is what ims-server.ts
 * and callback-url.ts still report; once they report messageIds, the default becomes MessageDiagnostic.
 */
export interface RuleContext<D extends RuleDiagnostic = InlineDiagnostic> {
  /** The IMS configuration; empty for `scan` rules when `hosting: hosted`, where no file is read. */
  model: Model;
  config: Config;
  meta: RuleMeta;
  secrets: RuntimeSecrets;
  scan: ScanFacts;
  report(diagnostic: D): void;
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
  check(context: RuleContext<RuleDiagnostic>): void;
}
