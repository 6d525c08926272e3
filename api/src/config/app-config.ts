import { randomBytes } from 'node:crypto';

/** Validated runtime configuration. Every variable is documented in docs/configuration.md. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  databasePoolSize: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  cookieSecure: boolean;
  graphiql: boolean;
  graphqlMaxDepth: number;
  graphqlMaxCost: number;
  bodyLimit: string;
  loginMaxAttempts: number;
  loginWindowSeconds: number;
  staticRoot: string | null;
  logSql: boolean;
  sqlCountHeader: boolean;
  /** Where people open the apps; links in e-mails start with it (no trailing slash). */
  publicUrl: string;
  /** nodemailer SMTP URL; null keeps e-mails in the outbox unsent. */
  smtpUrl: string | null;
  mailFrom: string;
  mailSweepSeconds: number;
  mailMaxAttempts: number;
  actAsTtlMinutes: number;
  registrationMaxPerIp: number;
  registrationWindowSeconds: number;
  /** Largest JSON body on /admin-api (bulk upserts of up to 10 000 rows). */
  adminBodyLimit: string;
  jobsEnabled: boolean;
  jobPollSeconds: number;
  reservationMaxHours: number;
  reservationDefaultHours: number;
  imageMaxBytes: number;
  /** Uploaded order sheets: file size, rows, and the unpacked size of an .xlsx (zip bombs). */
  excelMaxBytes: number;
  excelMaxRows: number;
  excelMaxUnpackedBytes: number;
  /** Largest price list export (rows). */
  priceListMaxRows: number;
  /** Bytes of built price lists kept in memory (PRICE_LIST_CACHE_MB); 0 = none. */
  priceListCacheBytes: number;
  /** Bytes of kept catalog filter matches (CATALOG_MATCHES_CACHE_MB); 0 = none. */
  catalogMatchesCacheBytes: number;
  /** Bytes of kept catalog row prices (CATALOG_PRICE_CACHE_MB); 0 = none. */
  catalogPriceCacheBytes: number;
  imageUrlSecret: string;
  imageUrlTtlSeconds: number;
  /** Whether the shop shows prices with VAT (true) or without (false), whatever the price type's mode. */
  shopPricesWithVat: boolean;
  /** How long a contract's prepared rules may be reused (ms); a rule change is visible after at most this. */
  pricingCacheMs: number;
  /** IANA time zone of the shop's calendar: where a month starts for the buyers' monthly limits. */
  shopTimeZone: string;
  /** An order awaiting a director's approval longer than this is cancelled by a job. */
  orderApprovalTimeoutHours: number;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(raw))
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function smtp(raw: string): string {
  if (!/^smtps?:\/\/\S+$/.test(raw))
    throw new ConfigError(`SMTP_URL must look like smtp://user:pass@host:587, got "${raw}"`);
  return raw;
}

function timeZone(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: raw });
  } catch {
    throw new ConfigError(`${name} must be an IANA time zone such as Europe/Moscow, got "${raw}"`);
  }
  return raw;
}

let devSecret: string | undefined;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${String(env.NODE_ENV)}"`);
  }
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new ConfigError('DATABASE_URL is required (pnpm start sets it for the embedded database)');
  let jwtSecret = env.JWT_SECRET ?? '';
  if (!jwtSecret) {
    if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET is required in production');
    // A per-process secret is fine on a laptop: tokens simply do not survive a restart.
    devSecret ??= randomBytes(32).toString('hex');
    jwtSecret = devSecret;
  } else if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  const reservationMaxHours = int(env, 'RESERVATION_MAX_HOURS', 72);
  return {
    nodeEnv,
    port: int(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10),
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30),
    cookieSecure: bool(env, 'COOKIE_SECURE', nodeEnv === 'production'),
    graphiql: bool(env, 'GRAPHIQL', nodeEnv !== 'production'),
    graphqlMaxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12),
    graphqlMaxCost: int(env, 'GRAPHQL_MAX_COST', 5000),
    bodyLimit: env.BODY_LIMIT ?? '1mb',
    loginMaxAttempts: int(env, 'LOGIN_MAX_ATTEMPTS', 10),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 900),
    staticRoot: env.STATIC_ROOT === 'off' ? null : (env.STATIC_ROOT ?? null),
    logSql: bool(env, 'LOG_SQL', false),
    sqlCountHeader: bool(env, 'SQL_COUNT_HEADER', false),
    publicUrl: url(env, 'PUBLIC_URL', `http://localhost:${int(env, 'PORT', 3000)}`),
    smtpUrl: env.SMTP_URL ? smtp(env.SMTP_URL) : null,
    mailFrom: env.MAIL_FROM || 'Wholesail <no-reply@wholesail.local>',
    mailSweepSeconds: int(env, 'MAIL_SWEEP_SECONDS', 30, 0),
    mailMaxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 8),
    actAsTtlMinutes: int(env, 'ACT_AS_TTL_MINUTES', 60),
    registrationMaxPerIp: int(env, 'REGISTRATION_MAX_PER_IP', 10),
    registrationWindowSeconds: int(env, 'REGISTRATION_WINDOW_SECONDS', 3600),
    adminBodyLimit: env.ADMIN_BODY_LIMIT ?? '20mb',
    jobsEnabled: bool(env, 'JOBS_ENABLED', true),
    jobPollSeconds: int(env, 'JOB_POLL_SECONDS', 2),
    reservationMaxHours,
    reservationDefaultHours: Math.min(int(env, 'RESERVATION_DEFAULT_HOURS', 24), reservationMaxHours),
    imageMaxBytes: int(env, 'IMAGE_MAX_BYTES', 5 * 1024 * 1024),
    excelMaxBytes: int(env, 'EXCEL_MAX_BYTES', 10 * 1024 * 1024),
    excelMaxRows: int(env, 'EXCEL_MAX_ROWS', 20_000),
    excelMaxUnpackedBytes: int(env, 'EXCEL_MAX_UNPACKED_BYTES', 200 * 1024 * 1024),
    priceListMaxRows: int(env, 'PRICE_LIST_MAX_ROWS', 300_000),
    priceListCacheBytes: int(env, 'PRICE_LIST_CACHE_MB', 64, 0) * 1024 * 1024,
    catalogMatchesCacheBytes: int(env, 'CATALOG_MATCHES_CACHE_MB', 32, 0) * 1024 * 1024,
    catalogPriceCacheBytes: int(env, 'CATALOG_PRICE_CACHE_MB', 16, 0) * 1024 * 1024,
    // Image URLs are signed with their own secret when given, else with one derived from JWT_SECRET.
    imageUrlSecret: env.IMAGE_URL_SECRET || `image-url:${jwtSecret}`,
    imageUrlTtlSeconds: int(env, 'IMAGE_URL_TTL_SECONDS', 6 * 3600, 60),
    shopPricesWithVat: bool(env, 'SHOP_PRICES_WITH_VAT', true),
    pricingCacheMs: Math.min(int(env, 'PRICING_CACHE_MS', 500, 0), 1000),
    shopTimeZone: timeZone(env, 'SHOP_TIME_ZONE', 'Europe/Moscow'),
    orderApprovalTimeoutHours: int(env, 'ORDER_APPROVAL_TIMEOUT_HOURS', 72),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
