// The shared vocabulary of the pipeline: discover → read → model → rules → findings → gate → reporters.
// Stages hand each other these types, so that each depends on what the stage before it produced, not on how.

/** A place in a file. 1-based lines and columns; `endColumn` is exclusive (as in SARIF and ESLint). */
export interface Loc {
  /** POSIX path relative to the scan root. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A value and the exact place it came from. Readers produce these; rules never compute positions. */
export interface Located<T> {
  value: T;
  loc: Loc;
}

/**
 * How a located value is written in its file, for fixes (readers register it beside the value: util/value-source.ts): the exact span of the value's own text (inside an XML
 * attribute's quotes; a YAML/JSON scalar with its quotes; a CSV name) and the syntax a new value must be written in.
 */
export interface ValueSource {
  loc: Loc;
  syntax: 'xml-attribute-double' | 'xml-attribute-single' | 'yaml-plain' | 'yaml-single' | 'yaml-double' | 'json-string' | 'csv-plain';
}

/** One span of a file and its new text (ESLint's `{ range, text }`, with a Loc). */
export interface FixReplacement {
  loc: Loc;
  text: string;
}

/** A machine-applicable fix of a finding: never a whole-file rewrite, never a secret. */
export interface Fix {
  replacements: FixReplacement[];
  /** Offered as a pull-request suggestion, never applied by `--fix` (the file is an export, e.g. the Admin Console CSV). */
  suggestionOnly?: boolean;
  /** The fix changes a setting that needs a restart of the instance. */
  restart?: boolean;
}

/** Most severe first. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Sort key of a severity: errors first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
/** What `fail-on` / `--fail-on` accepts: a severity fails the gate at that level and above; `never` never does. */
export const FAIL_ON_LEVELS = [...SEVERITIES, 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];
export type RuleLevel = Severity | 'off';

export type FileKind = 'campaign-xml' | 'server-conf' | 'ims-manifest' | 'admin-console-csv';

/** A file the reader could not read: becomes an IMS000 finding at `loc`. */
export interface ReadProblem {
  message: string;
  loc: Loc;
}

/**
 * An inline suppression comment, e.g. `<!-- ims-gate-disable-next-line IMS003 - reason -->`
 * or `# ims-gate-disable-next-line IMS006 -- reason`. It covers findings whose line lies in
 * [targetStartLine, targetEndLine] of the same file (for XML: the whole start tag of the
 * element that follows the comment; for YAML: the next non-comment line / node).
 */
export interface Suppression {
  file: string;
  ruleIds: string[];
  reason?: string;
  loc: Loc;
  targetStartLine: number;
  targetEndLine: number;
}

// ---------------------------------------------------------------- readers

/** One record of a Campaign package export (or a bare Write-API record). */
export interface XmlRecord {
  /** Schema from `<entities schema="…">`, or the record's own `xtkschema` for a bare record. */
  schema: string;
  /** Element name, e.g. `extAccount`. */
  element: string;
  /** The whole start tag, from `<` to `>`. */
  loc: Loc;
  /** Attributes, with entity references decoded. Each loc spans `name="value"` of the attribute. */
  attrs: Record<string, Located<string>>;
}

export interface ServerConfData {
  /** `<serverconf><shared><ims …/>` attributes (authIMSEndpoint, authIMSClientId, …). */
  ims?: { loc: Loc; attrs: Record<string, Located<string>> };
  /** `<web><redirection …/>` attributes (IMSOrgId, …). */
  redirection?: { loc: Loc; attrs: Record<string, Located<string>> };
}

/** A `kind: ims-provisioning` manifest. Each value's loc is its YAML/JSON value node. */
export interface ManifestData {
  /** The document (or its `kind` key) — where "missing key" findings go. */
  loc: Loc;
  instance?: Located<string>;
  clientId?: Located<string>;
  scopes?: Located<Located<string>[]>;
  productContext?: Located<string>;
  orgId?: Located<string>;
  redirectUris?: Located<Located<string>[]>;
  imsServer?: Located<string>;
  clientSecretSha256?: Located<string>;
}

export interface DashboardUser {
  /** The CSV row. */
  loc: Loc;
  username?: string;
  email?: string;
  /** Product Configurations and User Groups of the row, one entry per name, each at its cell. */
  groups: Located<string>[];
}

export interface DashboardData {
  users: DashboardUser[];
}

/** What reading one file yields. Exactly one of the payload fields is set when `problems` is empty. */
export interface ReadResult {
  file: string;
  kind: FileKind;
  records?: XmlRecord[];
  serverConf?: ServerConfData;
  manifest?: ManifestData;
  dashboard?: DashboardData;
  suppressions: Suppression[];
  problems: ReadProblem[];
  /**
   * Plaintext values found under a secret-named key at any depth (aliases resolved to their anchors), wherever they
   * are written: masked in every report and code frame, since the text scanner cannot see an anchor's use.
   */
  secretValues?: string[];
}

// ---------------------------------------------------------------- model

export const IMS_FIELDS = [
  'internalName',
  'type',
  'imsServer',
  'scope',
  'clientId',
  'clientSecret',
  'callbackServer',
  'orgId',
  'associationMask',
  'productContext',
  'server',
  'tenant',
] as const;
export type ImsField = (typeof IMS_FIELDS)[number];

/** An `nms:extAccount` record that is the IMS (Adobe Marketing Cloud) account. */
export interface ImsAccount {
  instance: string;
  file: string;
  /** The record's start tag. */
  loc: Loc;
  fields: Partial<Record<ImsField, Located<string>>>;
  /** All attributes of the record, for rules that need an unmapped one. */
  attrs: Record<string, Located<string>>;
}

/** An `xtk:group` record (Campaign operator group). */
export interface OperatorGroup {
  instance: string;
  file: string;
  loc: Loc;
  name: Located<string>;
  label?: Located<string>;
}

export interface ServerConf {
  instance: string;
  file: string;
  /** `config-<name>.xml` vs `serverConf.xml`. */
  scope: 'shared' | 'instance';
  data: ServerConfData;
}

export interface Manifest extends Omit<ManifestData, 'instance'> {
  /** The instance the manifest was assigned to. */
  instance: string;
  /** The manifest's own `instance:` value, where it has one. */
  declaredInstance?: Located<string>;
  file: string;
}

export interface DashboardExport {
  file: string;
  /** The instance the export was assigned to, or undefined when it is shared by all instances. */
  instance?: string;
  users: DashboardUser[];
  /**
   * Where the users came from: a CSV file in the repository (the default), or the live Admin Console (UMAPI), whose
   * `file` and locations name no file (see LIVE_ADMIN_CONSOLE): findings about it are moved to the mask or group.
   */
  origin?: 'csv' | 'live';
}

/** The `file` of the live Admin Console's export and of every location in it: no file of that name is ever read. */
export const LIVE_ADMIN_CONSOLE = 'Admin Console (live)';

/** A product profile of the live Admin Console (a UMAPI group of type PRODUCT_PROFILE). */
export interface LiveProfile {
  name: string;
  /** UMAPI's memberCount, when it sent one. */
  memberCount?: number;
}

/**
 * The state of the live Admin Console source (config `adminConsole: {source: umapi}`): read at `readAt`, or not read
 * and why. The coverage section reports it as `sources.adminConsole = {kind: 'umapi', readAt}` or a skip with reason
 * 'admin-console-unreachable'. `problem` never holds a secret, a token or personal data.
 */
export type LiveAdminConsoleStatus =
  | {
      kind: 'umapi';
      readAt: string;
      users: number;
      profiles: LiveProfile[];
      /** The CSV exports the live source replaced: not checked by the rules, only compared with the live users. */
      replacedCsv: DashboardExport[];
    }
  | { kind: 'umapi'; problem: string; required: boolean };

export interface Instance {
  name: string;
  /** From the config's `instances.<name>.url`. */
  url?: string;
  accounts: ImsAccount[];
  groups: OperatorGroup[];
  serverConfs: ServerConf[];
  manifests: Manifest[];
  /** Exports visible to this instance: its own plus the shared ones. */
  dashboards: DashboardExport[];
  files: string[];
  /** Files of this instance that could not be read (IMS000): what they hold is unknown, not absent. */
  unreadable: string[];
}

export interface Model {
  instances: Instance[];
  /** Where files with no instance of their own went: "default", or the repository's only named instance. */
  fallbackInstance: string;
  dashboards: DashboardExport[];
  suppressions: Suppression[];
  problems: ReadProblem[];
  /** Set when the config names the live Admin Console (UMAPI) as a source. */
  liveAdminConsole?: LiveAdminConsoleStatus;
}

// ---------------------------------------------------------------- findings

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** What a rule (or restart detection) reports; the gate turns it into a Finding. */
interface DiagnosticBase {
  loc: Loc;
  instance?: string;
  /** The field the finding is about; part of the fingerprint. */
  field?: string;
  related?: RelatedLocation[];
  /** For rules that emit more than one level (IMS005's unmapped-user warning). */
  severity?: Severity;
  /** The fix, when there is exactly one right answer. */
  fix?: Fix;
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
 * Restart detection's notice of one changed IMS setting (src/restart/diff.ts): its text is built there, since it
 * describes the change itself. IMS010 reports each notice as its message "restartRequired" (`{{notice}}`), with
 * `value` as the subject; no rule reports one directly.
 */
export interface InlineDiagnostic extends DiagnosticBase {
  message: string;
  /** The fix of this change; IMS010 falls back to its policy's remediation. */
  remediation?: string;
  /** The normalised change (before and after); the subject of IMS010's fingerprint. Never pass a secret. */
  value?: string;
}

/** The name restart detection (src/restart/) uses for its notices. */
export type Diagnostic = InlineDiagnostic;

/** What a rule reports: every rule reports messageIds (IMS010 too, for restart detection's notices). */
export type RuleDiagnostic = MessageDiagnostic;

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  remediation: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  instance?: string;
  /** The field the finding is about (an IMS field, manifest key or attribute name), for fingerprints. */
  field?: string;
  /** Stable fingerprint: rule + instance + field + hash of the normalised value (never the line). */
  fingerprint: string;
  related?: RelatedLocation[];
  /** The rule's docs page. */
  helpUri?: string;
  /** Title of the rule, for annotations. */
  title?: string;
  /** The fix, when there is exactly one right answer. */
  fix?: Fix;
}

export interface SuppressedFinding extends Finding {
  suppressedBy: 'inline' | 'config' | 'baseline';
  reason?: string;
}

export interface RestartChange {
  instance: string;
  field: string;
  file: string;
  line: number;
  before: string | null;
  after: string | null;
}

export interface RestartResult {
  required: boolean;
  instances: string[];
  /** The restart command of each instance to restart (`instances.<name>.restartCommand`, else `nlserver restart web`). */
  commands?: Record<string, string>;
  changes: RestartChange[];
  /** Why detection did not run (no git, base ref missing, …); absent when it ran. */
  skipped?: string;
}

export interface Stats {
  filesScanned: number;
  errors: number;
  warnings: number;
  notices: number;
}

// ---------------------------------------------------------------- coverage

/** What a rule did for one instance: it checked it, it could not (and why), or it does not apply to it. */
export type CoverageStatus = 'checked' | 'skipped' | 'not-applicable';
/**
 * Why a rule did not check an instance. `rule-off`: the config turns the rule off (`rules.IMSnnn: off`); the other
 * reasons are stated by the rules themselves.
 */
export type SkipReason =
  | 'no-ims-account'
  | 'no-manifest'
  | 'no-admin-console'
  | 'admin-console-unreachable'
  | 'no-operator-groups'
  | 'field-not-present'
  | 'field-not-mapped'
  | 'hosted'
  | 'no-base-revision'
  | 'rule-off';

export interface RuleCoverage {
  ruleId: string;
  status: CoverageStatus;
  /** Set when `status` is `skipped`. */
  reason?: SkipReason;
  /** What to do so that the rule checks the instance (never a value from the repository). */
  hint?: string;
}

export interface InstanceCoverage {
  instance: string;
  /** One entry per rule that ran, in rule order. */
  rules: RuleCoverage[];
  /** Where the instance's inputs came from, when that is not obvious from the files. */
  sources: { adminConsole?: { kind: 'csv'; files: string[] } | { kind: 'umapi'; readAt: string } };
}

export interface Coverage {
  instances: InstanceCoverage[];
}

export interface Report {
  version: 1;
  tool: { name: string; version: string };
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Baseline entries no longer found: the baseline can shrink. */
  fixed?: string[];
  restart: RestartResult;
  stats: Stats;
  verdict: Verdict;
  /**
   * The sources read besides the repository: the live Admin Console (UMAPI), when configured. To be folded into the
   * coverage section (`coverage.instances[].sources.adminConsole`) once it exists.
   */
  sources?: {
    adminConsole?: { kind: 'umapi'; readAt: string; users: number; profiles: number } | { kind: 'umapi'; problem: string };
  };
  /** For every instance and every rule: checked, skipped (and why) or not applicable. */
  coverage?: Coverage;
}

/** The outcome of `require-restart-ack`, when it applies (a restart is required and the option is on). */
export interface RestartAck {
  label: string;
  present: boolean;
}

/** The gate's decision. Every output (exit code, step result, check conclusion, comment) shows this one. */
export interface Verdict {
  failOn: FailOn;
  result: 'pass' | 'fail';
  /** Why the result is a failure, one line each; empty on a pass. */
  reasons: string[];
  restartAck?: RestartAck;
}
