/**
 * The order lifecycle as data: who may move an order (a sub-order) from which status to which, and
 * what that does to stock. The orders service asks `canTransition` and then applies `stock`; the
 * admin UI and the storefront show `nextStatuses`. The table is documented in docs/ordering.md.
 */

export enum OrderStatus {
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  NEW = 'NEW',
  CONFIRMED = 'CONFIRMED',
  IN_ASSEMBLY = 'IN_ASSEMBLY',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/**
 * Who acts. `buyer`: any buyer allowed to see the order (the service checks ownership and role);
 * `director`: a buyer who approves orders above limits; `staff`: admin UI; `integrator`: an API key
 * (1C and the like); `system`: scheduled jobs (approval expiry, auto-close).
 */
export type OrderActor = 'buyer' | 'director' | 'staff' | 'integrator' | 'system';

export type OrderEvent = 'approve' | 'reject' | 'cancel' | 'confirm' | 'startAssembly' | 'ship' | 'deliver' | 'close';

/**
 * What a transition does to the order's stock. Stock is reserved once, at placement (also for an
 * order awaiting approval, so an approved order does not find its goods gone).
 */
export enum StockEffect {
  NONE = 'NONE',
  /** The reservation is given back to the warehouse: cancel, reject. */
  RELEASE_RESERVATION = 'RELEASE_RESERVATION',
  /** The reserved quantity leaves the warehouse: on-hand and reserved both decrease. */
  SHIP_RESERVATION = 'SHIP_RESERVATION',
}

export const PLACEMENT_STOCK_EFFECT = 'RESERVE' as const;

export interface OrderTransition {
  from: OrderStatus;
  to: OrderStatus;
  event: OrderEvent;
  actors: readonly OrderActor[];
  stock: StockEffect;
  /** A comment is required (the buyer sees why his order was rejected or cancelled by the seller). */
  requiresReason: boolean;
}

const S = OrderStatus;
/** The forward path after approval; staff and integrators may skip steps along it (1C often reports only "shipped"). */
const MAIN_PATH = [S.NEW, S.CONFIRMED, S.IN_ASSEMBLY, S.SHIPPED, S.DELIVERED, S.CLOSED] as const;
const STEP_EVENT: Record<string, OrderEvent> = {
  [S.CONFIRMED]: 'confirm',
  [S.IN_ASSEMBLY]: 'startAssembly',
  [S.SHIPPED]: 'ship',
  [S.DELIVERED]: 'deliver',
  [S.CLOSED]: 'close',
};
const SELLER: readonly OrderActor[] = ['staff', 'integrator'];

function forwardTransitions(): OrderTransition[] {
  const result: OrderTransition[] = [];
  MAIN_PATH.forEach((from, i) => {
    MAIN_PATH.slice(i + 1).forEach((to, k) => {
      const crossesShipping = i < MAIN_PATH.indexOf(S.SHIPPED) && i + 1 + k >= MAIN_PATH.indexOf(S.SHIPPED);
      // The system only closes delivered orders (auto-close after N days).
      const actors: OrderActor[] = from === S.DELIVERED && to === S.CLOSED ? [...SELLER, 'system'] : [...SELLER];
      const stock = crossesShipping ? StockEffect.SHIP_RESERVATION : StockEffect.NONE;
      result.push({ from, to, event: STEP_EVENT[to], actors, stock, requiresReason: false });
    });
  });
  return result;
}

const cancel = (from: OrderStatus, actors: readonly OrderActor[], requiresReason: boolean): OrderTransition => ({
  from,
  to: S.CANCELLED,
  event: 'cancel',
  actors,
  stock: StockEffect.RELEASE_RESERVATION,
  requiresReason,
});

/** Every allowed transition. Order matters only for `nextStatuses` (main path first, then cancel). */
export const ORDER_TRANSITIONS: readonly OrderTransition[] = [
  {
    from: S.AWAITING_APPROVAL,
    to: S.NEW,
    event: 'approve',
    actors: ['director'],
    stock: StockEffect.NONE,
    requiresReason: false,
  },
  {
    from: S.AWAITING_APPROVAL,
    to: S.CANCELLED,
    event: 'reject',
    actors: ['director'],
    stock: StockEffect.RELEASE_RESERVATION,
    requiresReason: true,
  },
  cancel(S.AWAITING_APPROVAL, ['buyer', 'staff', 'integrator', 'system'], false),
  ...forwardTransitions(),
  cancel(S.NEW, ['buyer', 'director'], false),
  cancel(S.NEW, SELLER, true),
  cancel(S.CONFIRMED, SELLER, true),
  cancel(S.IN_ASSEMBLY, SELLER, true),
];

export const FINAL_STATUSES: readonly OrderStatus[] = [S.CLOSED, S.CANCELLED];

export function isFinalStatus(status: OrderStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** The status a placed order starts in: above the buyer's limit it waits for a director. */
export function initialOrderStatus(needsApproval: boolean): OrderStatus {
  return needsApproval ? S.AWAITING_APPROVAL : S.NEW;
}

export type TransitionRefusal =
  'UNKNOWN_STATUS' | 'FINAL_STATUS' | 'BACKWARD' | 'NOT_ALLOWED_FOR_ACTOR' | 'NO_SUCH_TRANSITION';

export type TransitionCheck =
  | { ok: true; noop: false; transition: OrderTransition }
  /** The order is already in that status: nothing to do, not an error (integrators resend). */
  | { ok: true; noop: true }
  | { ok: false; code: TransitionRefusal; reason: string };

const RANK: Record<OrderStatus, number> = {
  [S.AWAITING_APPROVAL]: 0,
  [S.NEW]: 1,
  [S.CONFIRMED]: 2,
  [S.IN_ASSEMBLY]: 3,
  [S.SHIPPED]: 4,
  [S.DELIVERED]: 5,
  [S.CLOSED]: 6,
  [S.CANCELLED]: 7,
};

const label = (status: OrderStatus) => status.toLowerCase().replaceAll('_', ' ');
const ACTOR: Record<OrderActor, string> = {
  buyer: 'A buyer',
  director: 'A director',
  staff: 'Staff',
  integrator: 'An integration',
  system: 'The system',
};

const VERB: Record<OrderEvent, string> = {
  approve: 'approve an order',
  reject: 'reject an order',
  cancel: 'cancel an order',
  confirm: 'confirm an order',
  startAssembly: 'start assembling an order',
  ship: 'ship an order',
  deliver: 'mark an order as delivered',
  close: 'close an order',
};

function refuse(code: TransitionRefusal, reason: string): TransitionCheck {
  return { ok: false, code, reason };
}

function isStatus(value: string): value is OrderStatus {
  return Object.hasOwn(RANK, value);
}

export function canTransition(from: OrderStatus, to: OrderStatus, actor: OrderActor): TransitionCheck {
  // Statuses come from the database and from integrators: check them at run time too.
  if (!isStatus(from) || !isStatus(to))
    return refuse('UNKNOWN_STATUS', `Unknown order status ${isStatus(from) ? to : from}`);
  const reachable = ORDER_TRANSITIONS.filter((t) => t.to === to && t.actors.includes(actor));
  if (from === to) {
    // A repeat is harmless only for someone who could have made that change at all.
    if (reachable.length > 0) return { ok: true, noop: true };
    return refuse('NOT_ALLOWED_FOR_ACTOR', `${ACTOR[actor]} may not set an order ${label(to)}`);
  }
  if (isFinalStatus(from)) return refuse('FINAL_STATUS', `The order is ${label(from)} and can no longer change`);
  const candidates = ORDER_TRANSITIONS.filter((t) => t.from === from && t.to === to);
  const transition = candidates.find((t) => t.actors.includes(actor));
  if (transition) return { ok: true, noop: false, transition };
  if (candidates.length > 0) {
    const verb = VERB[candidates[0].event];
    const reason =
      reachable.length > 0
        ? `${ACTOR[actor]} may ${verb} only while it is ${[...new Set(reachable.map((t) => label(t.from)))].join(' or ')}`
        : `${ACTOR[actor]} may not ${verb}`;
    return refuse('NOT_ALLOWED_FOR_ACTOR', reason);
  }
  if (to !== S.CANCELLED && RANK[to] < RANK[from]) {
    return refuse('BACKWARD', `The order is already ${label(from)}; it cannot go back to ${label(to)}`);
  }
  return refuse('NO_SUCH_TRANSITION', `An order cannot go from ${label(from)} to ${label(to)}`);
}

/** Where `actor` may move an order from `from` (main path first, then cancellation). */
export function nextStatuses(from: OrderStatus, actor: OrderActor): OrderStatus[] {
  const targets = ORDER_TRANSITIONS.filter((t) => t.from === from && t.actors.includes(actor)).map((t) => t.to);
  return [...new Set(targets)];
}
