import { Dec } from '../../common/money/decimal';

/**
 * The buyer's spending limits at checkout: an order waits for a director's approval when it is above
 * the member's per-order limit, or when it would take his orders of the current calendar month above
 * his monthly limit. Pure: the placement reads the figures under the buyer's lock and asks here.
 */
export enum ApprovalLimitKind {
  ORDER_LIMIT = 'ORDER_LIMIT',
  MONTHLY_LIMIT = 'MONTHLY_LIMIT',
}

export interface ApprovalReason {
  kind: ApprovalLimitKind;
  limit: Dec;
  orderTotal: Dec;
  /** MONTHLY_LIMIT: what the buyer's orders of this month (not cancelled) already come to. */
  monthSpent: Dec | null;
}

export interface LimitFacts {
  orderTotal: Dec;
  orderLimit: Dec | null;
  monthlyLimit: Dec | null;
  /** The buyer's not-cancelled orders placed since the start of the month, this one excluded. */
  monthSpent: Dec;
}

/** Every limit the order breaks (none: it needs no approval). Reaching a limit exactly is within it. */
export function approvalReasons(f: LimitFacts): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  if (f.orderLimit !== null && f.orderTotal.gt(f.orderLimit)) {
    reasons.push({
      kind: ApprovalLimitKind.ORDER_LIMIT,
      limit: f.orderLimit,
      orderTotal: f.orderTotal,
      monthSpent: null,
    });
  }
  if (f.monthlyLimit !== null && f.monthSpent.plus(f.orderTotal).gt(f.monthlyLimit)) {
    reasons.push({
      kind: ApprovalLimitKind.MONTHLY_LIMIT,
      limit: f.monthlyLimit,
      orderTotal: f.orderTotal,
      monthSpent: f.monthSpent,
    });
  }
  return reasons;
}

/** "500 000 ₽" (ru), "₽500,000" (en); kopecks only when there are some. */
export function formatLimitMoney(amount: Dec, currency: string, locale: 'ru' | 'en'): string {
  const digits = amount.isInteger() ? 0 : 2;
  try {
    return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount.toFixed(digits) as unknown as number);
  } catch {
    return `${amount.toFixed(digits)} ${currency}`;
  }
}

/** One reason as people read it: "monthly limit 500 000 ₽, this month 420 000 ₽ + this order 120 000 ₽". */
export function approvalReasonText(r: ApprovalReason, currency: string, locale: 'ru' | 'en'): string {
  const m = (d: Dec) => formatLimitMoney(d, currency, locale);
  if (r.kind === ApprovalLimitKind.MONTHLY_LIMIT) {
    return locale === 'ru'
      ? `месячный лимит ${m(r.limit)}, в этом месяце ${m(r.monthSpent ?? new Dec(0))} + этот заказ ${m(r.orderTotal)}`
      : `monthly limit ${m(r.limit)}, this month ${m(r.monthSpent ?? new Dec(0))} + this order ${m(r.orderTotal)}`;
  }
  return locale === 'ru'
    ? `лимит на заказ ${m(r.limit)}, этот заказ ${m(r.orderTotal)}`
    : `order limit ${m(r.limit)}, this order ${m(r.orderTotal)}`;
}

export function approvalReasonsText(reasons: readonly ApprovalReason[], currency: string, locale: 'ru' | 'en'): string {
  return reasons.map((r) => approvalReasonText(r, currency, locale)).join('; ');
}

/** As stored in order_submission.approval_reasons (jsonb): decimals as strings. */
export interface StoredApprovalReason {
  kind: ApprovalLimitKind;
  limit: string;
  orderTotal: string;
  monthSpent: string | null;
}

export function storeReasons(reasons: readonly ApprovalReason[]): StoredApprovalReason[] {
  return reasons.map((r) => ({
    kind: r.kind,
    limit: r.limit.toFixed(2),
    orderTotal: r.orderTotal.toFixed(2),
    monthSpent: r.monthSpent?.toFixed(2) ?? null,
  }));
}

export function loadReasons(stored: readonly StoredApprovalReason[] | null): ApprovalReason[] {
  return (stored ?? []).map((r) => ({
    kind: r.kind,
    limit: new Dec(r.limit),
    orderTotal: new Dec(r.orderTotal),
    monthSpent: r.monthSpent === null ? null : new Dec(r.monthSpent),
  }));
}

/**
 * SQL for the instant the current calendar month began on the shop's wall clock (`tzParam` is the
 * placeholder holding the IANA zone, SHOP_TIME_ZONE): 1 December 00:00 in Moscow is 30 November
 * 21:00 UTC. `at` lets a test ask about another instant.
 */
export function monthStartSql(tzParam: string, at = 'now()'): string {
  return `(date_trunc('month', ${at} AT TIME ZONE ${tzParam}::text) AT TIME ZONE ${tzParam}::text)`;
}
