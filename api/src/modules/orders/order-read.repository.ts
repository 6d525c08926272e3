import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { Dec } from '../../common/money/decimal';
import { loadReasons, type StoredApprovalReason } from './order-limits';
import type { OrderStatus } from './order-status';
import {
  ApprovalStatus,
  OrderLineType,
  OrderStatusChangeType,
  OrderSubmissionType,
  SalesOrderType,
} from './order.types';

export interface SubOrderRow {
  id: string;
  number: string;
  status: OrderStatus;
  submission_id: string;
  company_id: string;
  company_name: string;
  company_manager_id: string | null;
  buyer_user_id: string;
  warehouse: { id: string; code: string; name: string; city: string } | null;
  division_name: string | null;
  seller_name: string | null;
  total: string;
  vat_total: string;
  line_count: number;
  stock_reserved: boolean;
  updated_at: Date;
  created_at: Date;
  submission_number: string;
  po_number: string | null;
  buyer_name: string;
  external_id: string | null;
  delivery_address_text: string | null;
  pickup_warehouse: { id: string; code: string; name: string; city: string } | null;
  desired_date: string | null;
  submission_comment: string | null;
  approval_status: ApprovalStatus;
  approval_comment: string | null;
  approval_reasons: StoredApprovalReason[] | null;
  currency: string;
  contract_number: string;
}

export type LoadedSubOrder = Omit<SalesOrderType, 'nextStatuses'> & { row: SubOrderRow };

const SUB_ORDER_SELECT = `
  SELECT o.id, o.number, o.status, o.submission_id, o.company_id, c.name AS company_name, c.manager_id AS company_manager_id,
         o.buyer_user_id, o.total::text, o.vat_total::text, o.line_count, o.stock_reserved, o.updated_at, o.created_at,
         o.external_id, s.number AS submission_number, s.po_number, coalesce(u.full_name, '') AS buyer_name,
         CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('id', w.id, 'code', w.code, 'name', w.name, 'city', w.city) END AS warehouse,
         d.name AS division_name, sle.name AS seller_name,
         s.delivery_address_text, to_char(s.desired_date, 'YYYY-MM-DD') AS desired_date, s.comment AS submission_comment,
         s.approval_status, s.approval_comment, s.approval_reasons, s.currency, k.number AS contract_number,
         CASE WHEN pw.id IS NULL THEN NULL ELSE json_build_object('id', pw.id, 'code', pw.code, 'name', pw.name, 'city', pw.city) END AS pickup_warehouse
    FROM sales_order o
    JOIN order_submission s ON s.id = o.submission_id
    JOIN company c ON c.id = o.company_id
    JOIN contract k ON k.id = s.contract_id
    LEFT JOIN warehouse pw ON pw.id = s.pickup_warehouse_id
    LEFT JOIN buyer_user u ON u.id = o.buyer_user_id
    LEFT JOIN warehouse w ON w.id = o.warehouse_id
    LEFT JOIN seller_division d ON d.id = o.division_id
    LEFT JOIN seller_legal_entity sle ON sle.id = o.seller_legal_entity_id`;

/** Orders with their lines and history: a fixed number of statements for any number of orders. */
@Injectable()
export class OrderReadRepository {
  constructor(private readonly db: Db) {}

  /** Sub-orders matching `where` (SQL on aliases o, s, c), newest first. */
  async subOrderPage(
    ctx: RequestContext,
    where: string,
    params: unknown[],
    skip: number,
    take: number,
  ): Promise<{ rows: SubOrderRow[]; total: number }> {
    const rows = await this.db.query<SubOrderRow & { total_count: string }>(
      ctx,
      `${SUB_ORDER_SELECT.replace('SELECT o.id,', 'SELECT count(*) OVER () AS total_count, o.id,')}
        WHERE ${where} ORDER BY o.created_at DESC, o.number DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, take, skip],
    );
    return { rows, total: rows.length ? Number(rows[0].total_count) : 0 };
  }

  async subOrderRows(ctx: RequestContext, where: string, params: unknown[]): Promise<SubOrderRow[]> {
    return this.db.query<SubOrderRow>(
      ctx,
      `${SUB_ORDER_SELECT} WHERE ${where} ORDER BY o.submission_id, o.index`,
      params,
    );
  }

  /** Lines and history of the given sub-orders. */
  async details(ctx: RequestContext, rows: SubOrderRow[]): Promise<LoadedSubOrder[]> {
    const ids = rows.map((r) => r.id);
    const [lines, events] = await this.db.all(ctx, [
      () =>
        this.db.query<{
          order_id: string;
          id: string;
          position: number;
          product_id: string;
          sku: string;
          name: string;
          unit_code: string;
          packaging_code: string | null;
          quantity: string;
          base_quantity: string;
          price: string;
          vat_rate: string | null;
          amount: string;
          vat_amount: string;
        }>(
          ctx,
          `SELECT order_id, id, position, product_id, sku, name, unit_code, packaging_code, quantity::text,
                  base_quantity::text, price::text, vat_rate::text, amount::text, vat_amount::text
             FROM sales_order_line WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, position`,
          [ids],
        ),
      () =>
        this.db.query<{
          order_id: string;
          from_status: OrderStatus | null;
          to_status: OrderStatus;
          actor_kind: string;
          actor_name: string;
          comment: string | null;
          created_at: Date;
        }>(
          ctx,
          `SELECT order_id, from_status, to_status, actor_kind, actor_name, comment, created_at
             FROM sales_order_event WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, created_at, id`,
          [ids],
        ),
    ] as const);
    const linesBy = new Map<string, OrderLineType[]>();
    for (const l of lines) {
      const list = linesBy.get(l.order_id) ?? [];
      list.push({
        id: l.id,
        position: l.position,
        productId: l.product_id,
        sku: l.sku,
        name: l.name,
        unitCode: l.unit_code,
        packagingCode: l.packaging_code,
        quantity: new Dec(l.quantity),
        baseQuantity: new Dec(l.base_quantity),
        price: new Dec(l.price),
        vatRate: l.vat_rate === null ? null : new Dec(l.vat_rate),
        amount: new Dec(l.amount),
        vatAmount: new Dec(l.vat_amount),
      });
      linesBy.set(l.order_id, list);
    }
    const historyBy = new Map<string, OrderStatusChangeType[]>();
    for (const e of events) {
      const list = historyBy.get(e.order_id) ?? [];
      list.push({
        fromStatus: e.from_status,
        toStatus: e.to_status,
        actorKind: e.actor_kind,
        actorName: e.actor_name,
        comment: e.comment,
        at: e.created_at,
      });
      historyBy.set(e.order_id, list);
    }
    return rows.map((r) => ({
      row: r,
      id: r.id,
      number: r.number,
      status: r.status,
      warehouse: r.warehouse,
      divisionName: r.division_name,
      sellerName: r.seller_name,
      total: new Dec(r.total),
      vatTotal: new Dec(r.vat_total),
      lineCount: r.line_count,
      lines: linesBy.get(r.id) ?? [],
      history: historyBy.get(r.id) ?? [],
      updatedAt: r.updated_at,
    }));
  }

  /** Submissions matching `where` (aliases s), with all their sub-orders. */
  async submissionPage(
    ctx: RequestContext,
    where: string,
    params: unknown[],
    skip: number,
    take: number,
  ): Promise<{ items: (Omit<OrderSubmissionType, 'orders'> & { orders: LoadedSubOrder[] })[]; total: number }> {
    const subs = await this.db.query<{
      id: string;
      number: string;
      created_at: Date;
      buyer_user_id: string;
      buyer_name: string;
      contract_number: string;
      currency: string;
      total: string;
      vat_total: string;
      delivery_address_text: string | null;
      pickup: { id: string; code: string; name: string; city: string } | null;
      desired_date: string | null;
      comment: string | null;
      po_number: string | null;
      approval_status: ApprovalStatus;
      approval_comment: string | null;
      approval_reasons: StoredApprovalReason[] | null;
      total_count: string;
    }>(
      ctx,
      `SELECT count(*) OVER () AS total_count, s.id, s.number, s.created_at, s.buyer_user_id, coalesce(u.full_name, '') AS buyer_name,
              k.number AS contract_number, s.currency, s.total::text, s.vat_total::text, s.delivery_address_text,
              CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('id', w.id, 'code', w.code, 'name', w.name, 'city', w.city) END AS pickup,
              to_char(s.desired_date, 'YYYY-MM-DD') AS desired_date, s.comment, s.po_number, s.approval_status, s.approval_comment,
              s.approval_reasons
         FROM order_submission s JOIN contract k ON k.id = s.contract_id
         LEFT JOIN buyer_user u ON u.id = s.buyer_user_id LEFT JOIN warehouse w ON w.id = s.pickup_warehouse_id
        WHERE ${where} ORDER BY s.created_at DESC, s.number DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, take, skip],
    );
    if (!subs.length) return { items: [], total: 0 };
    const orderRows = await this.subOrderRows(ctx, `o.submission_id = ANY($1::uuid[])`, [subs.map((s) => s.id)]);
    const loaded = await this.details(ctx, orderRows);
    const bySubmission = new Map<string, LoadedSubOrder[]>();
    for (const o of loaded) {
      const list = bySubmission.get(o.row.submission_id) ?? [];
      list.push(o);
      bySubmission.set(o.row.submission_id, list);
    }
    return {
      total: Number(subs[0].total_count),
      items: subs.map((s) => ({
        id: s.id,
        number: s.number,
        createdAt: s.created_at,
        buyerUserId: s.buyer_user_id,
        buyerName: s.buyer_name,
        contractNumber: s.contract_number,
        currency: s.currency,
        total: new Dec(s.total),
        vatTotal: new Dec(s.vat_total),
        deliveryAddress: s.delivery_address_text,
        pickupWarehouse: s.pickup,
        desiredDate: s.desired_date,
        comment: s.comment,
        poNumber: s.po_number,
        approvalStatus: s.approval_status,
        approvalComment: s.approval_comment,
        approvalReasons: loadReasons(s.approval_reasons),
        orders: bySubmission.get(s.id) ?? [],
      })),
    };
  }
}
