import { Injectable } from '@nestjs/common';
import { BuyerPermission, BuyerRole } from '../../common/auth/permissions';
import { RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, ForbiddenError, UserInputError } from '../../common/errors/domain-errors';
import { NotFoundError } from '../../common/errors/error-result';
import { CartWarningCodeValue, lineWarning } from '../cart/cart-lines';
import { CartPricingService } from '../cart/cart-pricing.service';
import { CartProductsRepository } from '../cart/cart-products.repository';
import { CartService } from '../cart/cart.service';
import { QuantityAdjustmentType } from '../cart/cart.types';
import { assertBuyerMay } from '../companies/access-policy';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderReadRepository, type LoadedSubOrder } from './order-read.repository';
import { nextStatuses, OrderStatus, type OrderActor } from './order-status';
import { OrderSubmissionType, StatusChangeRefusedError } from './order.types';
import {
  BuyerNotificationType,
  OrderHistoryFilterInput,
  RepeatChangeKind,
  RepeatOrderReportType,
} from './orders.shop.types';

/** The buyer's side of orders: history, cancel, approval by directors, notifications, repeat. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly db: Db,
    private readonly read: OrderReadRepository,
    private readonly lifecycle: OrderLifecycleService,
    private readonly cart: CartService,
    private readonly products: CartProductsRepository,
    private readonly pricing: CartPricingService,
  ) {}

  /** Purchasers see their own orders; directors and accountants the company's. */
  private scope(ctx: RequestContext, params: unknown[]): string {
    assertBuyerMay(ctx, 'orders.view');
    const buyer = ctx.buyer;
    params.push(buyer.companyId);
    const company = `s.company_id = $${params.length}`;
    if (buyer.permissions.has(BuyerPermission.VIEW_COMPANY_ORDERS)) return company;
    params.push(buyer.userId);
    return `${company} AND s.buyer_user_id = $${params.length}`;
  }

  private actor(ctx: RequestContext): OrderActor {
    return ctx.buyer.role === BuyerRole.DIRECTOR ? 'director' : 'buyer';
  }

  private toSubmission(
    ctx: RequestContext,
    s: Omit<OrderSubmissionType, 'orders'> & { orders: LoadedSubOrder[] },
  ): OrderSubmissionType {
    const buyer = ctx.buyer;
    const mayChange =
      buyer.permissions.has(BuyerPermission.PLACE_ORDERS) &&
      (s.buyerUserId === buyer.userId || buyer.role === BuyerRole.DIRECTOR);
    return {
      ...s,
      orders: s.orders.map(({ row: _row, ...o }) => ({
        ...o,
        nextStatuses: mayChange
          ? nextStatuses(o.status, this.actor(ctx)).filter((t) => t === OrderStatus.CANCELLED)
          : [],
      })),
    };
  }

  async history(ctx: RequestContext, filter: OrderHistoryFilterInput, skip: number, take: number) {
    const params: unknown[] = [];
    const where = [this.scope(ctx, params)];
    if (filter.statuses?.length) {
      params.push(filter.statuses);
      where.push(
        `EXISTS (SELECT 1 FROM sales_order o WHERE o.submission_id = s.id AND o.status = ANY($${params.length}::text[]))`,
      );
    }
    if (filter.from) {
      params.push(filter.from);
      where.push(`s.created_at >= $${params.length}::date`);
    }
    if (filter.to) {
      params.push(filter.to);
      where.push(`s.created_at < $${params.length}::date + 1`);
    }
    if (filter.search?.trim()) {
      params.push(`%${filter.search.trim().toLowerCase()}%`);
      where.push(`(lower(s.number) LIKE $${params.length} OR lower(coalesce(s.po_number, '')) LIKE $${params.length})`);
    }
    if (filter.awaitingMyApproval) {
      where.push(`s.approval_status = 'PENDING'`);
    }
    const page = await this.read.submissionPage(ctx, where.join(' AND '), params, skip, take);
    return { items: page.items.map((s) => this.toSubmission(ctx, s)), totalCount: page.total };
  }

  async submission(ctx: RequestContext, id: string): Promise<OrderSubmissionType> {
    const params: unknown[] = [];
    const where = this.scope(ctx, params);
    params.push(id);
    const page = await this.read.submissionPage(ctx, `${where} AND s.id = $${params.length}`, params, 0, 1);
    if (!page.items.length) throw new EntityNotFoundError('Order');
    return this.toSubmission(ctx, page.items[0]);
  }

  /** A buyer cancels a sub-order while it is awaiting approval or new. */
  async cancel(
    ctx: RequestContext,
    orderId: string,
    comment: string | null,
  ): Promise<OrderSubmissionType | StatusChangeRefusedError | NotFoundError> {
    assertBuyerMay(ctx, 'orders.place');
    return this.db.transaction(ctx, async (tctx) => {
      const params: unknown[] = [];
      const where = this.scope(tctx, params);
      params.push(orderId);
      const [row] = await this.db.query<{ submission_id: string; buyer_user_id: string }>(
        tctx,
        `SELECT o.submission_id, s.buyer_user_id FROM sales_order o JOIN order_submission s ON s.id = o.submission_id
          WHERE ${where} AND o.id = $${params.length}`,
        params,
      );
      if (!row) return new NotFoundError('Order');
      if (row.buyer_user_id !== ctx.buyer.userId && ctx.buyer.role !== BuyerRole.DIRECTOR) {
        return new StatusChangeRefusedError(
          'NOT_ALLOWED_FOR_ACTOR',
          'Only the buyer who placed it or a director may cancel',
        );
      }
      const result = await this.lifecycle.transition(tctx, {
        orderId,
        to: OrderStatus.CANCELLED,
        actor: this.actor(tctx),
        actorId: ctx.buyer.userId,
        actorName: await this.name(tctx),
        comment,
      });
      if (result instanceof StatusChangeRefusedError) return result;
      return this.submission(tctx, row.submission_id);
    });
  }

  private async name(ctx: RequestContext): Promise<string> {
    const [u] = await this.db.query<{ n: string }>(
      ctx,
      `SELECT coalesce(nullif(full_name, ''), email) AS n FROM buyer_user WHERE id = $1`,
      [ctx.buyer.userId],
    );
    return u?.n ?? '';
  }

  /** A director approves (→ new) or rejects (→ cancelled, reservation released) an order above a limit. */
  async decide(
    ctx: RequestContext,
    submissionId: string,
    approve: boolean,
    comment: string | null,
  ): Promise<OrderSubmissionType | StatusChangeRefusedError | NotFoundError> {
    assertBuyerMay(ctx, 'orders.approve');
    if (!approve && !comment?.trim()) throw new UserInputError('comment', 'comment: say why the order is rejected');
    return this.db.transaction(ctx, async (tctx) => {
      const buyer = ctx.buyer;
      const [s] = await this.db.query<{ id: string; approval_status: string; buyer_user_id: string; number: string }>(
        tctx,
        `SELECT id, approval_status, buyer_user_id, number FROM order_submission WHERE id = $1 AND company_id = $2 FOR UPDATE`,
        [submissionId, buyer.companyId],
      );
      if (!s) return new NotFoundError('Order');
      if (s.buyer_user_id === buyer.userId) {
        throw new ForbiddenError('Another director must approve your own order');
      }
      if (s.approval_status !== 'PENDING') {
        return new StatusChangeRefusedError('FINAL_STATUS', `The order was already ${s.approval_status.toLowerCase()}`);
      }
      const orders = await this.db.query<{ id: string }>(
        tctx,
        `SELECT id FROM sales_order WHERE submission_id = $1 AND status = 'AWAITING_APPROVAL' ORDER BY index`,
        [s.id],
      );
      const actorName = await this.name(tctx);
      for (const o of orders) {
        const r = await this.lifecycle.transition(tctx, {
          orderId: o.id,
          to: approve ? OrderStatus.NEW : OrderStatus.CANCELLED,
          actor: 'director',
          actorId: buyer.userId,
          actorName,
          comment: comment?.trim() || (approve ? 'Approved' : null),
        });
        if (r instanceof StatusChangeRefusedError) throw new UserInputError('comment', r.message);
      }
      await this.db.query(
        tctx,
        `UPDATE order_submission SET approval_status = $2, approved_by_user_id = $3, approval_comment = $4, decided_at = now()
          WHERE id = $1`,
        [s.id, approve ? 'APPROVED' : 'REJECTED', buyer.userId, comment?.trim() || null],
      );
      await this.db.query(
        tctx,
        `UPDATE buyer_notification SET read_at = now() WHERE submission_id = $1 AND kind = 'ORDER_APPROVAL_REQUESTED' AND read_at IS NULL`,
        [s.id],
      );
      await this.db.query(
        tctx,
        `INSERT INTO buyer_notification (company_id, buyer_user_id, kind, text, submission_id) VALUES ($1, $2, $3, $4, $5)`,
        [
          buyer.companyId,
          s.buyer_user_id,
          approve ? 'ORDER_APPROVED' : 'ORDER_REJECTED',
          `${actorName} ${approve ? 'approved' : 'rejected'} order ${s.number}${comment?.trim() ? `: ${comment.trim()}` : ''}`,
          s.id,
        ],
      );
      return this.submission(tctx, s.id);
    });
  }

  async notifications(ctx: RequestContext, unreadOnly: boolean): Promise<BuyerNotificationType[]> {
    return this.db.query<BuyerNotificationType>(
      ctx,
      `SELECT id, kind, text, submission_id AS "submissionId", read_at AS "readAt", created_at AS "createdAt"
         FROM buyer_notification WHERE buyer_user_id = $1 AND company_id = $2 ${unreadOnly ? 'AND read_at IS NULL' : ''}
        ORDER BY created_at DESC LIMIT 100`,
      [ctx.buyer.userId, ctx.buyer.companyId],
    );
  }

  async markRead(ctx: RequestContext, ids: string[]): Promise<number> {
    const { affected } = await this.db.run(
      ctx,
      `UPDATE buyer_notification SET read_at = now() WHERE buyer_user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [ctx.buyer.userId, ids],
    );
    return affected;
  }

  /** Puts a past order's lines into the cart and reports what changed since (prices, stock, discontinued). */
  async repeat(ctx: RequestContext, submissionId: string): Promise<RepeatOrderReportType> {
    const past = await this.submission(ctx, submissionId);
    return this.db.transaction(ctx, async (tctx) => {
      const cartId = await this.cart.cartId(tctx);
      const lines = past.orders.flatMap((o) => o.lines);
      const errors = new RowErrors();
      const adjustments: QuantityAdjustmentType[] = [];
      const { checked, facts } = await this.cart.checkLines(
        tctx,
        lines.map((l, i) => ({
          row: i + 1,
          productId: l.productId,
          quantity: l.quantity.toFixed(),
          packagingCode: l.packagingCode,
        })),
        'roundUp',
        errors,
        adjustments,
      );
      const quotes = await this.pricing.quote(
        tctx,
        this.cart.contractOf(tctx),
        checked.map((c) => ({
          key: String(c.row),
          productId: c.productId,
          quantity: c.quantity,
          unit: c.packagingCode,
        })),
      );
      const changes: RepeatOrderReportType['changes'] = [];
      for (const e of errors.list) {
        const l = lines[e.row - 1];
        changes.push({
          sku: l.sku,
          name: l.name,
          change: e.errorCode === 'DISCONTINUED' ? RepeatChangeKind.DISCONTINUED : RepeatChangeKind.NOT_ADDED,
          message: e.message,
          oldPrice: l.price,
          newPrice: null,
        });
      }
      for (const c of checked) {
        const l = lines[c.row - 1];
        const q = quotes.get(String(c.row)) ?? null;
        const f = facts.get(c.productId)!;
        if (!q) {
          changes.push({
            sku: l.sku,
            name: l.name,
            change: RepeatChangeKind.NO_PRICE,
            message: `${l.sku} has no price now`,
            oldPrice: l.price,
            newPrice: null,
          });
        } else if (!q.price.eq(l.price)) {
          changes.push({
            sku: l.sku,
            name: l.name,
            change: RepeatChangeKind.PRICE_CHANGED,
            message: `${l.sku}: ${l.price.toFixed()} → ${q.price.toFixed()}`,
            oldPrice: l.price,
            newPrice: q.price,
          });
        }
        const w = lineWarning(f, c.baseQuantity, null, true);
        if (w && (w.code === CartWarningCodeValue.NO_STOCK || w.code === CartWarningCodeValue.INSUFFICIENT_STOCK)) {
          changes.push({
            sku: l.sku,
            name: l.name,
            change:
              w.code === CartWarningCodeValue.NO_STOCK
                ? RepeatChangeKind.NO_STOCK
                : RepeatChangeKind.INSUFFICIENT_STOCK,
            message: w.message,
            oldPrice: l.price,
            newPrice: q?.price ?? null,
          });
        }
      }
      for (const a of adjustments) {
        const l = lines[a.row - 1];
        changes.push({
          sku: l.sku,
          name: l.name,
          change: RepeatChangeKind.QUANTITY_ADJUSTED,
          message: a.message,
          oldPrice: l.price,
          newPrice: null,
        });
      }
      const applied = await this.cart.putLines(tctx, cartId, checked, false);
      return { cart: await this.cart.load(tctx, cartId, false), applied, changes };
    });
  }

  /** Used by the placement mutation to answer with the new submission. */
  placed(ctx: RequestContext, submissionId: string): Promise<OrderSubmissionType> {
    return this.submission(ctx, submissionId);
  }
}
