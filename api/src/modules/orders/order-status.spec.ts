import {
  canTransition,
  initialOrderStatus,
  isFinalStatus,
  nextStatuses,
  OrderStatus,
  StockEffect,
  type OrderActor,
  type TransitionCheck,
} from './order-status';

const { AWAITING_APPROVAL: AA, NEW, CONFIRMED, IN_ASSEMBLY: ASM, SHIPPED, DELIVERED, CLOSED, CANCELLED } = OrderStatus;
const STATUSES = Object.values(OrderStatus);
const ACTORS: OrderActor[] = ['buyer', 'director', 'staff', 'integrator', 'system'];
const SELLER: OrderActor[] = ['staff', 'integrator'];

// Written out by hand (not derived from the table under test): the whole allowed set.
const ALLOWED: [OrderStatus, OrderStatus, OrderActor[]][] = [
  [AA, NEW, ['director']],
  [AA, CANCELLED, ['buyer', 'director', 'staff', 'integrator', 'system']],
  [NEW, CONFIRMED, SELLER],
  [NEW, ASM, SELLER],
  [NEW, SHIPPED, SELLER],
  [NEW, DELIVERED, SELLER],
  [NEW, CLOSED, SELLER],
  [NEW, CANCELLED, ['buyer', 'director', 'staff', 'integrator']],
  [CONFIRMED, ASM, SELLER],
  [CONFIRMED, SHIPPED, SELLER],
  [CONFIRMED, DELIVERED, SELLER],
  [CONFIRMED, CLOSED, SELLER],
  [CONFIRMED, CANCELLED, SELLER],
  [ASM, SHIPPED, SELLER],
  [ASM, DELIVERED, SELLER],
  [ASM, CLOSED, SELLER],
  [ASM, CANCELLED, SELLER],
  [SHIPPED, DELIVERED, SELLER],
  [SHIPPED, CLOSED, SELLER],
  [DELIVERED, CLOSED, ['staff', 'integrator', 'system']],
];

const allowed = (from: OrderStatus, to: OrderStatus, actor: OrderActor) =>
  ALLOWED.some(([f, t, actors]) => f === from && t === to && actors.includes(actor));

const triples = STATUSES.flatMap((from) =>
  STATUSES.filter((to) => to !== from).flatMap((to) => ACTORS.map((actor) => [from, to, actor] as const)),
);

describe('canTransition', () => {
  it.each(triples)('%s → %s by %s', (from, to, actor) => {
    const check = canTransition(from, to, actor);
    expect(check.ok).toBe(allowed(from, to, actor));
    if (!check.ok) expect(check.reason).toMatch(/\S/);
  });

  it.each<[OrderStatus, OrderStatus, OrderActor, string, StockEffect, boolean]>([
    [AA, NEW, 'director', 'approve', StockEffect.NONE, false],
    [AA, CANCELLED, 'director', 'reject', StockEffect.RELEASE_RESERVATION, true],
    [AA, CANCELLED, 'buyer', 'cancel', StockEffect.RELEASE_RESERVATION, false],
    [AA, CANCELLED, 'system', 'cancel', StockEffect.RELEASE_RESERVATION, false],
    [NEW, CANCELLED, 'buyer', 'cancel', StockEffect.RELEASE_RESERVATION, false],
    [NEW, CANCELLED, 'staff', 'cancel', StockEffect.RELEASE_RESERVATION, true],
    [ASM, CANCELLED, 'integrator', 'cancel', StockEffect.RELEASE_RESERVATION, true],
    [NEW, CONFIRMED, 'staff', 'confirm', StockEffect.NONE, false],
    [CONFIRMED, ASM, 'integrator', 'startAssembly', StockEffect.NONE, false],
    [ASM, SHIPPED, 'staff', 'ship', StockEffect.SHIP_RESERVATION, false],
    [NEW, SHIPPED, 'integrator', 'ship', StockEffect.SHIP_RESERVATION, false], // 1C reports only "shipped"
    [CONFIRMED, CLOSED, 'integrator', 'close', StockEffect.SHIP_RESERVATION, false], // skipping past shipping ships
    [SHIPPED, DELIVERED, 'staff', 'deliver', StockEffect.NONE, false],
    [SHIPPED, CLOSED, 'staff', 'close', StockEffect.NONE, false], // already shipped: nothing more leaves
    [DELIVERED, CLOSED, 'system', 'close', StockEffect.NONE, false],
  ])('%s → %s by %s is %s with stock %s (reason required: %s)', (from, to, actor, event, stock, requiresReason) => {
    expect(canTransition(from, to, actor)).toEqual({
      ok: true,
      noop: false,
      transition: expect.objectContaining({ from, to, event, stock, requiresReason }),
    });
  });

  it.each<[OrderStatus, OrderStatus, OrderActor, TransitionCheck]>([
    [NEW, NEW, 'staff', { ok: false, code: 'NOT_ALLOWED_FOR_ACTOR', reason: 'Staff may not set an order new' }],
    [NEW, NEW, 'director', { ok: true, noop: true }], // a second click on "approve"
    [CANCELLED, CANCELLED, 'buyer', { ok: true, noop: true }], // a second click on "cancel"
    [SHIPPED, SHIPPED, 'integrator', { ok: true, noop: true }], // 1C resends the status
    [CLOSED, CLOSED, 'system', { ok: true, noop: true }],
    [
      CONFIRMED,
      CONFIRMED,
      'buyer',
      { ok: false, code: 'NOT_ALLOWED_FOR_ACTOR', reason: 'A buyer may not set an order confirmed' },
    ],
    [
      AA,
      AA,
      'director',
      { ok: false, code: 'NOT_ALLOWED_FOR_ACTOR', reason: 'A director may not set an order awaiting approval' },
    ],
    [
      CONFIRMED,
      CANCELLED,
      'buyer',
      {
        ok: false,
        code: 'NOT_ALLOWED_FOR_ACTOR',
        reason: 'A buyer may cancel an order only while it is awaiting approval or new',
      },
    ],
    [
      ASM,
      CANCELLED,
      'director',
      {
        ok: false,
        code: 'NOT_ALLOWED_FOR_ACTOR',
        reason: 'A director may cancel an order only while it is awaiting approval or new',
      },
    ],
    [AA, NEW, 'staff', { ok: false, code: 'NOT_ALLOWED_FOR_ACTOR', reason: 'Staff may not approve an order' }],
    [AA, NEW, 'buyer', { ok: false, code: 'NOT_ALLOWED_FOR_ACTOR', reason: 'A buyer may not approve an order' }],
    [NEW, CONFIRMED, 'buyer', { ok: false, code: 'NOT_ALLOWED_FOR_ACTOR', reason: 'A buyer may not confirm an order' }],
    [
      SHIPPED,
      DELIVERED,
      'system',
      { ok: false, code: 'NOT_ALLOWED_FOR_ACTOR', reason: 'The system may not mark an order as delivered' },
    ],
    [
      AA,
      CONFIRMED,
      'staff',
      { ok: false, code: 'NO_SUCH_TRANSITION', reason: 'An order cannot go from awaiting approval to confirmed' },
    ],
    [
      SHIPPED,
      CANCELLED,
      'staff',
      { ok: false, code: 'NO_SUCH_TRANSITION', reason: 'An order cannot go from shipped to cancelled' },
    ],
    [
      DELIVERED,
      SHIPPED,
      'integrator',
      { ok: false, code: 'BACKWARD', reason: 'The order is already delivered; it cannot go back to shipped' },
    ],
    [
      NEW,
      AA,
      'staff',
      { ok: false, code: 'BACKWARD', reason: 'The order is already new; it cannot go back to awaiting approval' },
    ],
    [
      CANCELLED,
      NEW,
      'staff',
      { ok: false, code: 'FINAL_STATUS', reason: 'The order is cancelled and can no longer change' },
    ],
    [
      CLOSED,
      CANCELLED,
      'integrator',
      { ok: false, code: 'FINAL_STATUS', reason: 'The order is closed and can no longer change' },
    ],
    ['LOST' as OrderStatus, NEW, 'staff', { ok: false, code: 'UNKNOWN_STATUS', reason: 'Unknown order status LOST' }],
    [
      NEW,
      'toString' as OrderStatus,
      'staff',
      { ok: false, code: 'UNKNOWN_STATUS', reason: 'Unknown order status toString' },
    ],
  ])('%s → %s by %s', (from, to, actor, expected) => {
    expect(canTransition(from, to, actor)).toEqual(expected);
  });

  it('never lets a buyer touch an order once the seller confirmed it', () => {
    for (const from of [CONFIRMED, ASM, SHIPPED, DELIVERED, CLOSED, CANCELLED]) {
      expect(nextStatuses(from, 'buyer')).toEqual([]);
      expect(nextStatuses(from, 'director')).toEqual([]);
    }
  });
});

describe('nextStatuses', () => {
  it.each<[OrderStatus, OrderActor, OrderStatus[]]>([
    [AA, 'director', [NEW, CANCELLED]],
    [AA, 'buyer', [CANCELLED]],
    [AA, 'staff', [CANCELLED]],
    [NEW, 'buyer', [CANCELLED]],
    [NEW, 'staff', [CONFIRMED, ASM, SHIPPED, DELIVERED, CLOSED, CANCELLED]],
    [ASM, 'integrator', [SHIPPED, DELIVERED, CLOSED, CANCELLED]],
    [SHIPPED, 'staff', [DELIVERED, CLOSED]],
    [DELIVERED, 'system', [CLOSED]],
    [NEW, 'system', []],
    [CLOSED, 'staff', []],
    [CANCELLED, 'staff', []],
  ])('from %s for %s', (from, actor, expected) => {
    expect(nextStatuses(from, actor)).toEqual(expected);
  });

  it('agrees with canTransition everywhere', () => {
    for (const [from, to, actor] of triples) {
      expect(nextStatuses(from, actor).includes(to)).toBe(canTransition(from, to, actor).ok);
    }
  });
});

describe('statuses', () => {
  it('starts above the limit awaiting approval, otherwise new', () => {
    expect(initialOrderStatus(true)).toBe(AA);
    expect(initialOrderStatus(false)).toBe(NEW);
  });

  it.each(STATUSES.map((s) => [s, s === CLOSED || s === CANCELLED]))('%s final: %s', (status, final) => {
    expect(isFinalStatus(status)).toBe(final);
  });
});
