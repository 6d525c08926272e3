import { Dec } from '../../common/money/decimal';
import {
  ApprovalLimitKind,
  approvalReasons,
  approvalReasonText,
  loadReasons,
  storeReasons,
  type StoredApprovalReason,
} from './order-limits';

const d = (v: string) => new Dec(v);
const facts = (orderTotal: string, orderLimit: string | null, monthlyLimit: string | null, monthSpent = '0') => ({
  orderTotal: d(orderTotal),
  orderLimit: orderLimit === null ? null : d(orderLimit),
  monthlyLimit: monthlyLimit === null ? null : d(monthlyLimit),
  monthSpent: d(monthSpent),
});

describe('order limits', () => {
  it('needs no approval without limits or within them (the limit itself is within)', () => {
    expect(approvalReasons(facts('1000000', null, null, '9999999'))).toEqual([]);
    expect(approvalReasons(facts('500', '500', null))).toEqual([]);
    expect(approvalReasons(facts('80000', null, '500000', '420000'))).toEqual([]);
  });

  it('names the per-order limit when the order is above it', () => {
    expect(approvalReasons(facts('500.01', '500', null))).toEqual([
      { kind: ApprovalLimitKind.ORDER_LIMIT, limit: d('500'), orderTotal: d('500.01'), monthSpent: null },
    ]);
  });

  it('names the monthly limit when this month plus the order goes above it', () => {
    const [r] = approvalReasons(facts('120000', '200000', '500000', '420000'));
    expect(r).toEqual({
      kind: ApprovalLimitKind.MONTHLY_LIMIT,
      limit: d('500000'),
      orderTotal: d('120000'),
      monthSpent: d('420000'),
    });
    expect(approvalReasonText(r, 'RUB', 'en')).toBe(
      'monthly limit ₽500,000, this month ₽420,000 + this order ₽120,000',
    );
    expect(approvalReasonText(r, 'RUB', 'ru').replace(/\s/g, ' ')).toBe(
      'месячный лимит 500 000 ₽, в этом месяце 420 000 ₽ + этот заказ 120 000 ₽',
    );
  });

  it('names both when both are broken, and survives storage', () => {
    const reasons = approvalReasons(facts('600.50', '500', '1000', '400'));
    expect(reasons.map((r) => r.kind)).toEqual([ApprovalLimitKind.ORDER_LIMIT, ApprovalLimitKind.MONTHLY_LIMIT]);
    expect(approvalReasonText(reasons[0], 'RUB', 'en')).toBe('order limit ₽500, this order ₽600.50');
    expect(loadReasons(JSON.parse(JSON.stringify(storeReasons(reasons))) as StoredApprovalReason[])).toEqual(
      reasons.map((r) => ({ ...r, limit: d(r.limit.toFixed(2)), orderTotal: d(r.orderTotal.toFixed(2)) })),
    );
  });
});
