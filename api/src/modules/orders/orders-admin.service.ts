import { Injectable } from '@nestjs/common';
import { RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import { NotFoundError } from '../../common/errors/error-result';
import { changesPage, changesWindow, decodeCursor, type ChangesArgs } from '../../common/pagination/changes-cursor';
import { companyScopeSql } from '../companies/access-policy';
import { loadReasons } from './order-limits';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderReadRepository, type LoadedSubOrder } from './order-read.repository';
import { nextStatuses, type OrderActor, OrderStatus } from './order-status';
import { StatusChangeRefusedError } from './order.types';
import {
  AdminOrderFilterInput,
  AdminOrderType,
  SetOrderStatusesInput,
  SetOrderStatusesResultType,
} from './orders.admin.types';

/** Staff order screens and the integrators' order API, limited to the clients the actor may see. */
@Injectable()
export class OrdersAdminService {
  constructor(
    private readonly db: Db,
    private readonly read: OrderReadRepository,
    private readonly lifecycle: OrderLifecycleService,
  ) {}

  private actor(ctx: RequestContext): OrderActor {
    return ctx.adminActor.kind === 'staff' ? 'staff' : 'integrator';
  }

  private async actorName(ctx: RequestContext): Promise<{ id: string | null; name: string }> {
    const a = ctx.adminActor;
    if (a.kind === 'apiKey') {
      const [k] = await this.db.query<{ name: string }>(ctx, `SELECT name FROM api_key WHERE id = $1`, [a.apiKeyId]);
      return { id: null, name: k?.name ?? 'API key' };
    }
    const [u] = await this.db.query<{ n: string }>(
      ctx,
      `SELECT coalesce(nullif(full_name, ''), email) AS n FROM staff_user WHERE id = $1`,
      [a.userId],
    );
    return { id: a.userId, name: u?.n ?? 'Staff' };
  }

  private toAdmin(ctx: RequestContext, o: LoadedSubOrder): AdminOrderType {
    const { row, ...rest } = o;
    return {
      ...rest,
      nextStatuses: nextStatuses(o.status, this.actor(ctx)),
      company: { id: row.company_id, name: row.company_name, managerId: row.company_manager_id },
      submissionId: row.submission_id,
      submissionNumber: row.submission_number,
      buyerName: row.buyer_name,
      poNumber: row.po_number,
      externalId: row.external_id,
      createdAt: row.created_at,
      deliveryAddress: row.delivery_address_text,
      pickupWarehouse: row.pickup_warehouse,
      desiredDate: row.desired_date,
      comment: row.submission_comment,
      approvalStatus: row.approval_status,
      approvalComment: row.approval_comment,
      approvalReasons: loadReasons(row.approval_reasons),
      currency: row.currency,
      contractNumber: row.contract_number,
    };
  }

  async list(ctx: RequestContext, filter: AdminOrderFilterInput, skip: number, take: number) {
    const params: unknown[] = [];
    const where = [companyScopeSql(ctx, 'c', params)];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.statuses?.length) add((p) => `o.status = ANY(${p}::text[])`, filter.statuses);
    if (filter.companyId) add((p) => `o.company_id = ${p}`, filter.companyId);
    if (filter.managerId) add((p) => `c.manager_id = ${p}`, filter.managerId);
    if (filter.from) add((p) => `o.created_at >= ${p}::date`, filter.from);
    if (filter.to) add((p) => `o.created_at < ${p}::date + 1`, filter.to);
    if (filter.search?.trim()) {
      add(
        (p) => `(lower(o.number) LIKE ${p} OR lower(coalesce(s.po_number, '')) LIKE ${p} OR lower(c.name) LIKE ${p})`,
        `%${filter.search.trim().toLowerCase()}%`,
      );
    }
    const page = await this.read.subOrderPage(ctx, where.join(' AND '), params, skip, take);
    const loaded = await this.read.details(ctx, page.rows);
    return { items: loaded.map((o) => this.toAdmin(ctx, o)), totalCount: page.total };
  }

  private async byWhere(ctx: RequestContext, where: string, value: string): Promise<AdminOrderType | null> {
    const params: unknown[] = [];
    const scope = companyScopeSql(ctx, 'c', params);
    params.push(value);
    const rows = await this.read.subOrderRows(ctx, `${scope} AND ${where.replace('$x', `$${params.length}`)}`, params);
    if (!rows.length) return null;
    return this.toAdmin(ctx, (await this.read.details(ctx, rows))[0]);
  }

  async one(ctx: RequestContext, id: string): Promise<AdminOrderType> {
    const order = await this.byWhere(ctx, 'o.id = $x', id);
    if (!order) throw new EntityNotFoundError('Order');
    return order;
  }

  async changeStatus(
    ctx: RequestContext,
    id: string,
    status: OrderStatus,
    comment: string | null,
  ): Promise<AdminOrderType | StatusChangeRefusedError | NotFoundError> {
    return this.db.transaction(ctx, async (tctx) => {
      const order = await this.byWhere(tctx, 'o.id = $x', id);
      if (!order) return new NotFoundError('Order');
      const who = await this.actorName(tctx);
      const r = await this.lifecycle.transition(tctx, {
        orderId: id,
        to: status,
        actor: this.actor(tctx),
        actorId: who.id,
        actorName: who.name,
        comment,
      });
      if (r instanceof StatusChangeRefusedError) return r;
      return this.one(tctx, id);
    });
  }

  /** Integrators: sub-orders changed since the cursor (status, lines, everything), oldest change first. */
  async changes(ctx: RequestContext, args: ChangesArgs) {
    const params: unknown[] = [];
    const scope = companyScopeSql(ctx, 'c', params);
    const w = changesWindow('o', decodeCursor(args.since), params.length + 1);
    const rows = await this.db.query<{ id: string }>(
      ctx,
      `SELECT o.id FROM sales_order o JOIN company c ON c.id = o.company_id
        WHERE ${scope} AND ${w.where} ORDER BY ${w.orderBy} LIMIT $${params.length + w.params.length + 1}`,
      [...params, ...w.params, args.take + 1],
    );
    const ordered = rows.map((r) => r.id);
    const full = await this.read.subOrderRows(ctx, `o.id = ANY($1::uuid[])`, [ordered]);
    const byId = new Map((await this.read.details(ctx, full)).map((o) => [o.id, this.toAdmin(ctx, o)]));
    const items = ordered.map((id) => byId.get(id)!);
    return changesPage(items, args.take, (o) => ({ updatedAt: o.updatedAt, id: o.id }));
  }

  /**
   * Integrators report statuses by sub-order number, many at once. Idempotent: a resent status is
   * `changed: false`; an old status (BACKWARD) or a refused transition is a row error; each row
   * stands alone (a bad row does not undo the others).
   */
  async setStatuses(ctx: RequestContext, input: SetOrderStatusesInput): Promise<SetOrderStatusesResultType> {
    const errors = new RowErrors();
    const items: SetOrderStatusesResultType['items'] = [];
    const who = await this.actorName(ctx);
    for (const [i, u] of input.updates.entries()) {
      const row = i + 1;
      const outcome = await this.db.transaction(ctx, async (tctx) => {
        const order = await this.byWhere(tctx, 'o.number = $x', u.number.trim());
        if (!order) return new NotFoundError('Order');
        if (u.externalId) {
          await this.db.query(
            tctx,
            `UPDATE sales_order SET external_id = $2, updated_at = clock_timestamp() WHERE id = $1 AND external_id IS DISTINCT FROM $2`,
            [order.id, u.externalId],
          );
        }
        return this.lifecycle.transition(tctx, {
          orderId: order.id,
          to: u.status,
          actor: this.actor(tctx),
          actorId: who.id,
          actorName: who.name,
          comment: u.comment ?? null,
        });
      });
      if (outcome instanceof NotFoundError) errors.add(row, 'number', 'NOT_FOUND', `No order ${u.number}`, u.number);
      else if (outcome instanceof StatusChangeRefusedError)
        errors.add(row, 'status', outcome.reason, outcome.message, u.number);
      else items.push({ number: u.number.trim(), status: u.status, changed: outcome.changed });
    }
    return { items, rowErrors: errors.list };
  }
}
