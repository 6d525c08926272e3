import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { normalizeOrderQuantity } from '@wholesail/shared';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { NotFoundError } from '../../common/errors/error-result';
import { JobsService } from '../../common/jobs/jobs.service';
import { Dec } from '../../common/money/decimal';
import { Page } from '../../common/pagination/pagination.types';
import { AuditService } from '../audit/audit.service';
import { availableSql, STALE_CTE } from './availability.sql';
import { AdminReservationFilterInput, ReservationFilterInput, ReserveStockInput } from './inventory.inputs';
import {
  AdminReservationType,
  InsufficientStockError,
  QuantityNotAllowedError,
  ReservationNotActiveError,
  ReservationStatusEnum,
  ReservationType,
} from './inventory.types';
import { lockProducts, refreshProductStock } from './stock.service';

export const EXPIRE_ONE_JOB = 'reservation-expire';
export const EXPIRE_DUE_JOB = 'reservations-expire-due';

interface ReservationRow {
  id: string;
  product: ReservationType['product'];
  warehouse: ReservationType['warehouse'];
  quantity: string;
  status: ReservationStatusEnum;
  expires_at: Date;
  created_at: Date;
  ended_at: Date | null;
  comment: string | null;
  reserved_by: string;
  company: { id: string; name: string };
  buyer_user_id: string;
  total: string;
}

const SELECT_RESERVATIONS = `
  SELECT r.id, r.quantity::text, r.status, r.expires_at, r.created_at, r.ended_at, r.comment, r.buyer_user_id,
         json_build_object('id', p.id, 'sku', p.sku, 'name', p.name, 'unit',
           json_build_object('code', u.code, 'name', u.name, 'shortName', u.short_name, 'scale', u.scale, 'okei', u.okei)) AS product,
         json_build_object('id', w.id, 'code', w.code, 'name', w.name, 'city', w.city) AS warehouse,
         json_build_object('id', c.id, 'name', c.name) AS company,
         coalesce(bu.full_name, '') AS reserved_by, count(*) OVER () AS total
    FROM reservation r
    JOIN product p ON p.id = r.product_id JOIN unit u ON u.code = p.unit_code
    JOIN warehouse w ON w.id = r.warehouse_id
    JOIN company c ON c.id = r.company_id
    LEFT JOIN buyer_user bu ON bu.id = r.buyer_user_id`;

/**
 * Timed holds on stock. A reservation takes the product's stock lock, releases holds of the same
 * stock that are already past their time, then reserves with a conditional UPDATE (on_hand −
 * reserved ≥ quantity): concurrent buyers can never hold more than is on hand. Expiry: a pg-boss job
 * per reservation at its expiry time, a sweep every minute for anything missed, and every
 * availability query treats overdue holds as released even before either ran.
 */
@Injectable()
export class ReservationService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ reservationId?: string }>({
      name: EXPIRE_ONE_JOB,
      handler: async (ctx, data) => {
        if (data.reservationId) await this.expireDue(ctx, { reservationId: data.reservationId });
      },
    });
    this.jobs.register({
      name: EXPIRE_DUE_JOB,
      cron: '* * * * *',
      handler: async (ctx) => void (await this.expireDue(ctx, {})),
    });
  }

  private toType(r: ReservationRow, now = Date.now()): AdminReservationType {
    const overdue = r.status === ReservationStatusEnum.ACTIVE && r.expires_at.getTime() <= now;
    const status = overdue ? ReservationStatusEnum.EXPIRED : r.status;
    return {
      id: r.id,
      product: r.product,
      warehouse: r.warehouse,
      quantity: new Dec(r.quantity),
      status,
      expiresAt: r.expires_at,
      secondsLeft:
        status === ReservationStatusEnum.ACTIVE ? Math.max(0, Math.floor((r.expires_at.getTime() - now) / 1000)) : 0,
      createdAt: r.created_at,
      endedAt: r.ended_at ?? (overdue ? r.expires_at : null),
      comment: r.comment,
      reservedBy: r.reserved_by,
      company: r.company,
      buyerUserId: r.buyer_user_id,
    };
  }

  private async list(
    ctx: RequestContext,
    companyId: string | null,
    filter: AdminReservationFilterInput,
    skip: number,
    take: number,
  ): Promise<Page<AdminReservationType>> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['true'];
    if (companyId) where.push(`r.company_id = ${p(companyId)}`);
    if (filter.productId) where.push(`r.product_id = ${p(filter.productId)}`);
    if (filter.warehouseId) where.push(`r.warehouse_id = ${p(filter.warehouseId)}`);
    if (filter.statuses?.length) {
      // What the buyer sees: an overdue hold is EXPIRED even if the job has not marked it yet.
      const parts = filter.statuses.map((s) =>
        s === ReservationStatusEnum.ACTIVE
          ? `(r.status = 'ACTIVE' AND r.expires_at > now())`
          : s === ReservationStatusEnum.EXPIRED
            ? `(r.status = 'EXPIRED' OR (r.status = 'ACTIVE' AND r.expires_at <= now()))`
            : `r.status = 'RELEASED'`,
      );
      where.push(`(${parts.join(' OR ')})`);
    }
    const rows = await this.db.query<ReservationRow>(
      ctx,
      `${SELECT_RESERVATIONS} WHERE ${where.join(' AND ')}
       ORDER BY (r.status = 'ACTIVE' AND r.expires_at > now()) DESC, r.expires_at, r.created_at
       LIMIT ${p(take)} OFFSET ${p(skip)}`,
      params,
    );
    return { items: rows.map((r) => this.toType(r)), totalCount: rows.length ? Number(rows[0].total) : 0 };
  }

  /** The buyer's company's reservations (never another company's). */
  listForBuyer(
    ctx: RequestContext,
    filter: ReservationFilterInput,
    skip: number,
    take: number,
  ): Promise<Page<ReservationType>> {
    return this.list(ctx, ctx.buyer.companyId, filter, skip, take);
  }

  listForStaff(
    ctx: RequestContext,
    filter: AdminReservationFilterInput,
    skip: number,
    take: number,
  ): Promise<Page<AdminReservationType>> {
    return this.list(ctx, filter.companyId ?? null, filter, skip, take);
  }

  private async one(ctx: RequestContext, id: string, companyId: string | null): Promise<AdminReservationType | null> {
    const rows = await this.db.query<ReservationRow>(
      ctx,
      `${SELECT_RESERVATIONS} WHERE r.id = $1 ${companyId ? 'AND r.company_id = $2' : ''}`,
      companyId ? [id, companyId] : [id],
    );
    return rows[0] ? this.toType(rows[0]) : null;
  }

  /** What the buyer may ask for: the default and the maximum hours of a hold. */
  policy(): { defaultHours: number; maxHours: number } {
    return { defaultHours: this.config.reservationDefaultHours, maxHours: this.config.reservationMaxHours };
  }

  private hoursOf(hours: number | null | undefined, field: string): number {
    const value = hours ?? this.config.reservationDefaultHours;
    // A hold of zero or fewer hours would end it at once (or in the past): refused, not silently expired.
    if (value < 1) throw new UserInputError(field, `${field}: at least 1 hour`);
    if (value > this.config.reservationMaxHours) {
      throw new UserInputError(field, `${field}: at most ${this.config.reservationMaxHours} hours`);
    }
    return value;
  }

  async reserve(
    ctx: RequestContext,
    input: ReserveStockInput,
  ): Promise<ReservationType | InsufficientStockError | QuantityNotAllowedError | NotFoundError> {
    const buyer = ctx.buyer;
    const hours = this.hoursOf(input.hours, 'input.hours');
    return this.db.transaction(ctx, async (tctx) => {
      const [product] = await this.db.query<{
        step: string;
        min: string;
        scale: number;
        packagings: { code: string; factor: string }[];
        warehouse_ok: boolean;
      }>(
        tctx,
        `SELECT p.order_step::text AS step, p.min_order_quantity::text AS min, u.scale,
                (SELECT coalesce(json_agg(json_build_object('code', k.code, 'factor', k.factor::text)), '[]')
                   FROM product_packaging k WHERE k.product_id = p.id) AS packagings,
                EXISTS (SELECT 1 FROM warehouse w WHERE w.id = $2 AND w.active) AS warehouse_ok
           FROM product p JOIN unit u ON u.code = p.unit_code WHERE p.id = $1 AND p.active`,
        [input.productId, input.warehouseId],
      );
      if (!product) return new NotFoundError('Product');
      if (!product.warehouse_ok) return new NotFoundError('Warehouse');
      const check = normalizeOrderQuantity(
        input.quantity.toFixed(),
        input.packagingCode,
        product.packagings,
        { unitScale: product.scale, step: product.step, minQuantity: product.min },
        'reject',
      );
      if (!check.ok) {
        return new QuantityNotAllowedError(
          check.problem,
          check.message,
          check.suggested ? new Dec(check.suggested) : null,
        );
      }
      const quantity = new Dec(check.quantity).toFixed();

      await lockProducts(this.db, tctx, [input.productId]);
      await this.releaseOverdue(tctx, [input.productId]);
      const reserved = await this.db.query(
        tctx,
        `UPDATE stock_level SET reserved = reserved + $3, updated_at = now()
          WHERE product_id = $1 AND warehouse_id = $2 AND on_hand - reserved >= $3 RETURNING 1`,
        [input.productId, input.warehouseId, quantity],
      );
      if (!reserved.length) {
        const [left] = await this.db.query<{ a: string }>(
          tctx,
          `SELECT greatest(on_hand - reserved, 0)::text AS a FROM stock_level WHERE product_id = $1 AND warehouse_id = $2`,
          [input.productId, input.warehouseId],
        );
        return new InsufficientStockError(new Dec(left?.a ?? 0));
      }
      const [row] = await this.db.query<{ id: string; expires_at: Date }>(
        tctx,
        `INSERT INTO reservation (company_id, buyer_user_id, product_id, warehouse_id, quantity, expires_at, comment)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6), $7) RETURNING id, expires_at`,
        [buyer.companyId, buyer.userId, input.productId, input.warehouseId, quantity, hours, input.comment ?? null],
      );
      await refreshProductStock(this.db, tctx, [input.productId]);
      await this.jobs.send(tctx, EXPIRE_ONE_JOB, { reservationId: row.id }, { startAfter: row.expires_at });
      await this.audit.record(tctx, {
        action: 'reservation.created',
        entityType: 'reservation',
        entityId: row.id,
        after: { productId: input.productId, warehouseId: input.warehouseId, quantity, hours },
      });
      return (await this.one(tctx, row.id, buyer.companyId)) as ReservationType;
    });
  }

  async extend(
    ctx: RequestContext,
    id: string,
    hours: number | null,
  ): Promise<ReservationType | ReservationNotActiveError | NotFoundError> {
    const companyId = ctx.buyer.companyId;
    const h = this.hoursOf(hours, 'hours');
    return this.db.transaction(ctx, async (tctx) => {
      // The sweep re-checks expires_at after this row lock, so an extension never races an expiry.
      const [row] = await this.db.query<{ expires_at: Date }>(
        tctx,
        `UPDATE reservation SET expires_at = now() + make_interval(hours => $3), updated_at = now()
          WHERE id = $1 AND company_id = $2 AND status = 'ACTIVE' AND expires_at > now() RETURNING expires_at`,
        [id, companyId, h],
      );
      if (!row) {
        const current = await this.one(tctx, id, companyId);
        return current ? new ReservationNotActiveError(current.status) : new NotFoundError('Reservation');
      }
      await this.jobs.send(tctx, EXPIRE_ONE_JOB, { reservationId: id }, { startAfter: row.expires_at });
      await this.audit.record(tctx, {
        action: 'reservation.extended',
        entityType: 'reservation',
        entityId: id,
        after: { hours: h },
      });
      return (await this.one(tctx, id, companyId)) as ReservationType;
    });
  }

  async release(ctx: RequestContext, id: string): Promise<ReservationType | ReservationNotActiveError | NotFoundError> {
    const companyId = ctx.buyer.companyId;
    const result = await this.releaseAs(ctx, id, companyId, null);
    return result;
  }

  async releaseByStaff(ctx: RequestContext, id: string, reason: string | null): Promise<AdminReservationType> {
    const result = await this.releaseAs(ctx, id, null, reason);
    if (result instanceof NotFoundError) throw new EntityNotFoundError('Reservation', id);
    if (result instanceof ReservationNotActiveError) throw new UserInputError('id', `id: ${result.message}`);
    return result;
  }

  private async releaseAs(
    ctx: RequestContext,
    id: string,
    companyId: string | null,
    reason: string | null,
  ): Promise<AdminReservationType | ReservationNotActiveError | NotFoundError> {
    return this.db.transaction(ctx, async (tctx) => {
      const current = await this.one(tctx, id, companyId);
      if (!current) return new NotFoundError('Reservation');
      await lockProducts(this.db, tctx, [current.product.id]);
      const [released] = await this.db.query<{ product_id: string; warehouse_id: string; quantity: string }>(
        tctx,
        `UPDATE reservation SET status = 'RELEASED', ended_at = now(), updated_at = now()
          WHERE id = $1 AND status = 'ACTIVE' AND expires_at > now()
          RETURNING product_id, warehouse_id, quantity::text`,
        [id],
      );
      if (!released) {
        await this.releaseOverdue(tctx, [current.product.id]);
        return new ReservationNotActiveError(
          current.status === ReservationStatusEnum.ACTIVE ? ReservationStatusEnum.EXPIRED : current.status,
        );
      }
      await this.db.query(
        tctx,
        `UPDATE stock_level SET reserved = greatest(reserved - $3, 0), updated_at = now() WHERE product_id = $1 AND warehouse_id = $2`,
        [released.product_id, released.warehouse_id, released.quantity],
      );
      await refreshProductStock(this.db, tctx, [released.product_id]);
      await this.audit.record(tctx, {
        action: 'reservation.released',
        entityType: 'reservation',
        entityId: id,
        reason,
      });
      return (await this.one(tctx, id, companyId)) as AdminReservationType;
    });
  }

  private releaseOverdue(ctx: RequestContext, productIds: string[]): Promise<number> {
    return releaseOverdueHolds(this.db, ctx, productIds);
  }

  /** The expiry job: one reservation (at its time) or everything overdue (the sweep), a batch at a time. */
  async expireDue(ctx: RequestContext, scope: { reservationId?: string }): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.db.transaction(ctx, async (tctx) => {
        const due = await this.db.query<{ product_id: string }>(
          tctx,
          `SELECT DISTINCT product_id FROM reservation
            WHERE status = 'ACTIVE' AND expires_at <= now() ${scope.reservationId ? 'AND id = $1' : ''} LIMIT 500`,
          scope.reservationId ? [scope.reservationId] : [],
        );
        if (!due.length) return 0;
        const ids = due.map((d) => d.product_id).sort();
        await lockProducts(this.db, tctx, ids);
        const freed = await this.releaseOverdue(tctx, ids);
        await refreshProductStock(this.db, tctx, ids);
        if (freed) {
          await this.audit.record(tctx, {
            action: 'reservation.expired',
            entityType: 'reservation',
            after: { count: freed },
          });
        }
        return due.length;
      });
      total += n;
      if (n < 500 || scope.reservationId) return total;
    }
  }

  /** Available at one warehouse for a product (with overdue holds not counted), for the staff view. */
  async availableAt(ctx: RequestContext, productId: string, warehouseId: string): Promise<Dec> {
    const [row] = await this.db.query<{ a: string }>(
      ctx,
      `WITH ${STALE_CTE} SELECT ${availableSql()}::text AS a FROM stock_level s
         LEFT JOIN stale st ON st.product_id = s.product_id AND st.warehouse_id = s.warehouse_id
        WHERE s.product_id = $1 AND s.warehouse_id = $2`,
      [productId, warehouseId],
    );
    return new Dec(row?.a ?? 0);
  }
}

/**
 * Marks overdue active holds EXPIRED and gives their quantity back, in one statement (the
 * data-modifying CTE and the stock update succeed or fail together). Callers hold the products' locks
 * (lockProducts); order placement calls it too before reserving.
 */
export async function releaseOverdueHolds(db: Db, ctx: RequestContext, productIds: string[]): Promise<number> {
  const rows = await db.query<{ n: string }>(
    ctx,
    `WITH expired AS (
       UPDATE reservation SET status = 'EXPIRED', ended_at = expires_at, updated_at = now()
        WHERE status = 'ACTIVE' AND expires_at <= now() AND product_id = ANY($1::uuid[])
        RETURNING product_id, warehouse_id, quantity),
     freed AS (SELECT product_id, warehouse_id, sum(quantity) AS q, count(*) AS n FROM expired GROUP BY 1, 2),
     upd AS (UPDATE stock_level s SET reserved = greatest(s.reserved - f.q, 0), updated_at = now()
               FROM freed f WHERE s.product_id = f.product_id AND s.warehouse_id = f.warehouse_id RETURNING 1)
     SELECT coalesce(sum(n), 0) AS n FROM freed`,
    [productIds],
  );
  return Number(rows[0]?.n ?? 0);
}
