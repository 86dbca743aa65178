import type { ImsField, Loc, RuleLevel } from '../types.js';

type Hosting = 'on-premise' | 'hybrid' | 'hosted';

/** What `require:` can ask for: an input without which some checks are skipped; required, its absence is an error. */
export const REQUIRE_ITEMS = ['imsAccount', 'manifest', 'adminConsole', 'operatorGroups'] as const;
export type RequireItem = (typeof REQUIRE_ITEMS)[number];

/** One `require:` item of the config, where it is written; `instance` unset for the global list (every instance). */
export interface RequireEntry {
  item: RequireItem;
  instance?: string;
  /** The config key, for messages: `require`, `instances.prod.require`. */
  key: string;
  loc: Loc;
}

export interface InstanceConfig {
  /** Globs (relative to the scan root) of the files that belong to this instance. */
  paths?: string[];
  /** The instance's public URL; the callback server must be on its host. */
  url?: string;
  /** Path of the instance's IMS provisioning manifest. */
  imsManifest?: string;
  /** The command that restarts the instance's Campaign server after an IMS change; default `nlserver restart web`. */
  restartCommand?: string;
  /** Inputs this instance must have (besides the global `require:`). */
  require?: RequireItem[];
}

/** A file the config names (an instance's imsManifest, an enterpriseDashboard export), and where it names it. */
export interface ConfiguredInput {
  /** As written in the config, relative to the scan root. */
  path: string;
  kind: 'ims-manifest' | 'admin-console-csv';
  /** The config key, for messages: `instances.prod.imsManifest`, `enterpriseDashboard`. */
  key: string;
  /** The value in the config file. */
  loc: Loc;
}

/** `adminConsole:`: the live Admin Console, read through Adobe's User Management API (UMAPI). */
export interface AdminConsoleConfig {
  source: 'umapi';
  /** The IMS organization ID (`…@AdobeOrg`). */
  orgId: string;
  /** Names of the environment variables holding the OAuth Server-to-Server credential; never the values. */
  clientIdEnv: string;
  clientSecretEnv: string;
  /** Base URLs (for tests and Adobe's other regions). */
  imsUrl: string;
  umapiUrl: string;
  /** The time budget of one read, for organizations too large for the default (see src/read/umapi/limits.ts). */
  budgetSeconds?: number;
  /** The `adminConsole` key in the config file: where a failure to read the source is reported. */
  loc: Loc;
}

export const ADMIN_CONSOLE_DEFAULTS = {
  clientIdEnv: 'UMAPI_CLIENT_ID',
  clientSecretEnv: 'UMAPI_CLIENT_SECRET',
  imsUrl: 'https://ims-na1.adobelogin.com',
  umapiUrl: 'https://usermanagement.adobe.io',
} as const;

/** `.github/ims-gate.yml`, after validation and defaults. */
export interface Config {
  hosting: Hosting;
  instances: Record<string, InstanceConfig>;
  /** Admin Console (Enterprise Dashboard) user exports shared by all instances. */
  enterpriseDashboard: string[];
  /** The live Admin Console; when set, it is used instead of the CSV exports, which are compared with it. */
  adminConsole?: AdminConsoleConfig;
  /** Extra attribute names per IMS field; tried after the defaults of policies/fields.yml. */
  fields: Partial<Record<ImsField, string[]>>;
  /** Extra `type` values (e.g. numeric codes) that mark an extAccount as the IMS account. */
  imsAccountTypes: string[];
  rules: Record<string, RuleLevel>;
  /** Operator groups (internal names) every instance has but that are not exported to the repository. */
  operatorGroups: string[];
  include: string[];
  exclude: string[];
  allowInlineSuppressions: boolean;
  /** Inputs every instance (global) or one instance must have: their absence is an error, not a skipped check. */
  require: RequireEntry[];
  /** A scan that finds no IMS configuration at all passes (a repository meant to be empty). */
  allowEmpty: boolean;
  /** Files larger than this are skipped with a notice. */
  maxFileSizeBytes: number;
  /** Where the config came from (relative to the scan root), if a file was read. */
  source?: string;
  /** The files the config names, read whatever their content looks like. */
  inputs?: ConfiguredInput[];
}

const DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;

export function defaultConfig(): Config {
  return {
    hosting: 'on-premise',
    instances: {},
    enterpriseDashboard: [],
    fields: {},
    imsAccountTypes: [],
    rules: {},
    operatorGroups: [],
    include: [],
    exclude: [],
    allowInlineSuppressions: true,
    require: [],
    allowEmpty: false,
    maxFileSizeBytes: DEFAULT_MAX_FILE_SIZE,
  };
}
