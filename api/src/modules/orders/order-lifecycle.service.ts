import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { AuditService } from '../audit/audit.service';
import { lockProducts, refreshProductStock } from '../inventory/stock.service';
import { canTransition, OrderStatus, StockEffect, type OrderActor } from './order-status';
import { StatusChangeRefusedError } from './order.types';

export interface TransitionRequest {
  orderId: string;
  to: OrderStatus;
  actor: OrderActor;
  actorId: string | null;
  actorName: string;
  comment: string | null;
}

export type TransitionOutcome = { changed: boolean; from: OrderStatus } | StatusChangeRefusedError;

/**
 * Moves sub-orders along the declared lifecycle (order-status.ts) and applies its stock effect:
 * cancel/reject releases the reservation, passing SHIPPED ships it (on hand and reserved both go
 * down). Who may act on which order is the caller's check; this one asks the state machine.
 */
@Injectable()
export class OrderLifecycleService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** One order; the caller's transaction. A repeat of the current status is a no-op (no history). */
  async transition(ctx: RequestContext, req: TransitionRequest): Promise<TransitionOutcome> {
    const [order] = await this.db.query<{
      status: OrderStatus;
      stock_reserved: boolean;
      company_id: string;
      number: string;
    }>(ctx, `SELECT status, stock_reserved, company_id, number FROM sales_order WHERE id = $1 FOR UPDATE`, [
      req.orderId,
    ]);
    if (!order) return new StatusChangeRefusedError('NOT_FOUND', 'Order was not found');
    const check = canTransition(order.status, req.to, req.actor);
    if (!check.ok) return new StatusChangeRefusedError(check.code, check.reason);
    if (check.noop) return { changed: false, from: order.status };
    if (check.transition.requiresReason && !req.comment?.trim()) {
      return new StatusChangeRefusedError('REASON_REQUIRED', 'Say why (the buyer sees the comment)');
    }
    let stockReserved = order.stock_reserved;
    if (check.transition.stock !== StockEffect.NONE && order.stock_reserved) {
      await this.applyStock(ctx, req.orderId, check.transition.stock);
      stockReserved = false;
    }
    await this.db.query(
      ctx,
      `UPDATE sales_order SET status = $2, stock_reserved = $3, updated_at = clock_timestamp() WHERE id = $1`,
      [req.orderId, req.to, stockReserved],
    );
    await this.db.query(
      ctx,
      `INSERT INTO sales_order_event (order_id, from_status, to_status, actor_kind, actor_id, actor_name, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [req.orderId, order.status, req.to, req.actor, req.actorId, req.actorName, req.comment?.trim() || null],
    );
    await this.audit.record(ctx, {
      action: 'order.status_changed',
      entityType: 'sales_order',
      entityId: req.orderId,
      companyId: order.company_id,
      before: { status: order.status },
      after: { status: req.to, number: order.number },
      reason: req.comment?.trim() || null,
    });
    return { changed: true, from: order.status };
  }

  private async applyStock(ctx: RequestContext, orderId: string, effect: StockEffect): Promise<void> {
    const lines = await this.db.query<{ product_id: string }>(
      ctx,
      `SELECT DISTINCT product_id FROM sales_order_line WHERE order_id = $1`,
      [orderId],
    );
    const productIds = lines.map((l) => l.product_id);
    await lockProducts(this.db, ctx, productIds);
    const onHand = effect === StockEffect.SHIP_RESERVATION ? 'on_hand = s.on_hand - x.q,' : '';
    await this.db.query(
      ctx,
      `UPDATE stock_level s SET ${onHand} reserved = greatest(s.reserved - x.q, 0), updated_at = now()
         FROM (SELECT product_id, warehouse_id, sum(base_quantity) AS q FROM sales_order_line
                WHERE order_id = $1 GROUP BY 1, 2) x
        WHERE s.product_id = x.product_id AND s.warehouse_id = x.warehouse_id`,
      [orderId],
    );
    await refreshProductStock(this.db, ctx, productIds);
  }
}
