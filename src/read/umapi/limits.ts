// The bounds of every read of the live Admin Console. The IMS_GATE_TEST_UMAPI_* variables exist only so that the
// tests can run a throttled or never-answering stand-in in seconds; they are not documented settings. The one
// documented setting is the budget, `adminConsole.budgetSeconds`, for organizations too large to read in the default:
// at UMAPI's 25 users requests a minute (200 users a page), 100,000 users take 20 minutes.

export interface UmapiLimits {
  /** One attempt of one request, headers and body. */
  requestTimeoutMs: number;
  /** The whole read: token, every page, every wait. */
  budgetMs: number;
  /** Pages of one listing (groups or users); more is a failure, never a partial read. */
  maxPages: number;
  /** Base of the exponential back-off after a 429 or a 5xx: base × 2^n, plus up to base of jitter. */
  retryBaseMs: number;
  /** The longest wait ims-gate accepts, from Retry-After or the back-off. */
  maxWaitMs: number;
  /** Attempts of one request, the first included, on 429. */
  throttledAttempts: number;
  /** Attempts of one request, the first included, on 5xx or a network failure. */
  failedAttempts: number;
  /** The throttle window of UMAPI's per-client limits (a minute). */
  windowMs: number;
  /** Requests per window: UMAPI allows 5 (groups) and 25 (users) a minute per client. */
  groupsPerWindow: number;
  usersPerWindow: number;
  /** The largest answer body read, in bytes. */
  maxBodyBytes: number;
}

const DEFAULTS: UmapiLimits = {
  requestTimeoutMs: 30_000,
  // Well inside the 3 minutes after which a CI step is taken for stuck; a larger organization sets budgetSeconds.
  budgetMs: 120_000,
  maxPages: 1_000,
  retryBaseMs: 1_000,
  maxWaitMs: 60_000,
  throttledAttempts: 6,
  failedAttempts: 3,
  windowMs: 60_000,
  groupsPerWindow: 5,
  usersPerWindow: 25,
  maxBodyBytes: 32 * 1024 * 1024,
};

const OVERRIDES: Partial<Record<keyof UmapiLimits, string>> = {
  requestTimeoutMs: 'IMS_GATE_TEST_UMAPI_TIMEOUT_MS',
  budgetMs: 'IMS_GATE_TEST_UMAPI_BUDGET_MS',
  maxPages: 'IMS_GATE_TEST_UMAPI_MAX_PAGES',
  retryBaseMs: 'IMS_GATE_TEST_UMAPI_RETRY_BASE_MS',
  maxWaitMs: 'IMS_GATE_TEST_UMAPI_MAX_WAIT_MS',
  windowMs: 'IMS_GATE_TEST_UMAPI_WINDOW_MS',
};

/** The default budget, in seconds, as docs/config.md states it. */
export const DEFAULT_BUDGET_SECONDS = DEFAULTS.budgetMs / 1000;

/** The limits of one read: the defaults, the config's `adminConsole.budgetSeconds`, then the test overrides. */
export function umapiLimits(env: NodeJS.ProcessEnv = process.env, budgetSeconds?: number): UmapiLimits {
  const limits = { ...DEFAULTS };
  if (budgetSeconds !== undefined && Number.isFinite(budgetSeconds) && budgetSeconds > 0) limits.budgetMs = budgetSeconds * 1000;
  for (const [key, name] of Object.entries(OVERRIDES) as [keyof UmapiLimits, string][]) {
    const raw = env[name];
    const value = raw === undefined || raw === '' ? Number.NaN : Number(raw);
    if (Number.isFinite(value) && value >= 0) limits[key] = value;
  }
  return limits;
}
