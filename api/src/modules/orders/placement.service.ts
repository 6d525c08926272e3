import { yearIn } from '@wholesail/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { ConflictError } from '../../common/errors/domain-errors';
import { ErrorCode } from '../../common/errors/error-result';
import { Dec } from '../../common/money/decimal';
import { AuditService } from '../audit/audit.service';
import { checkLine } from '../cart/cart-lines';
import { CartPricingService } from '../cart/cart-pricing.service';
import { CartProductsRepository } from '../cart/cart-products.repository';
import { lineMoney, totalsOf } from '../cart/cart-totals';
import { CartService } from '../cart/cart.service';
import { assertBuyerMay } from '../companies/access-policy';
import { validContractSql } from '../companies/contract-rules';
import { releaseOverdueHolds } from '../inventory/reservation.service';
import { lockProducts, refreshProductStock } from '../inventory/stock.service';
import { allocationStrategy } from './allocation';
import { OrderApprovalService } from './order-approval.service';
import { approvalReasons, approvalReasonsText, monthStartSql, storeReasons } from './order-limits';
import { initialOrderStatus } from './order-status';
import {
  CartEmptyError,
  CheckoutRefusedError,
  OrderLineProblemType,
  OrderLinesError,
  PlaceOrderInput,
} from './order.types';
import { formatOrderNumber, splitOrderLines, subOrderNumber, type SplitLine } from './split-rules';
import { SplitRulesService } from './split-rules.service';

interface CartRow {
  id: string;
  product_id: string;
  packaging_code: string | null;
  quantity: string;
  base_quantity: string;
  warehouse_id: string | null;
  position: number;
}

interface Checkout {
  contract_ok: boolean;
  currency: string;
  company_active: boolean;
  order_limit: string | null;
  monthly_limit: string | null;
  /** The buyer's not-cancelled orders since the month began (shop time zone); null without a monthly limit. */
  month_spent: string | null;
  buyer_name: string;
  address: string | null;
  pickup_ok: boolean | null;
  contract_number: string;
}

interface PlacedLine extends SplitLine {
  productId: string;
  sku: string;
  name: string;
  unitCode: string;
  packagingCode: string | null;
  quantity: Dec;
  baseQuantity: Dec;
  price: Dec;
  vatRate: Dec | null;
  vatIncluded: boolean;
  amount: Dec;
  vatAmount: Dec;
}

const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Checkout: the cart becomes an order in one transaction — re-price, validate, reserve stock
 * atomically, split into sub-orders by the staff's rules, number them — in a fixed number of SQL
 * statements whatever the number of lines. Stock: the products' summary rows are locked in id order
 * (lockProducts, the lock every stock writer takes), availability is read under that lock, and the
 * reservation is one conditional UPDATE, so concurrent orders never sell more than is on hand. An
 * idempotency key (per buyer) makes a double submit return the first order.
 */
@Injectable()
export class PlacementService {
  private readonly logger = new Logger(PlacementService.name);

  constructor(
    private readonly db: Db,
    private readonly cart: CartService,
    private readonly products: CartProductsRepository,
    private readonly pricing: CartPricingService,
    private readonly splitRules: SplitRulesService,
    private readonly audit: AuditService,
    private readonly approval: OrderApprovalService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async place(
    ctx: RequestContext,
    input: PlaceOrderInput,
  ): Promise<{ submissionId: string } | CartEmptyError | OrderLinesError | CheckoutRefusedError> {
    assertBuyerMay(ctx, 'orders.place');
    // A deadlock or serialization failure is retried whole: the buyer never sees a raw database error.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(ctx, (tctx) => this.placeOnce(tctx, input));
      } catch (e) {
        const code =
          (e as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (e as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= 3) throw e;
        this.logger.warn(`placement retried after ${code}`);
      }
    }
  }

  private async placeOnce(
    ctx: RequestContext,
    input: PlaceOrderInput,
  ): Promise<{ submissionId: string } | CartEmptyError | OrderLinesError | CheckoutRefusedError> {
    const buyer = ctx.buyer;
    const contractId = this.cart.contractOf(ctx);
    // 1. The same key again (double click, retry after a lost answer): the first order. Then the
    // buyer's own lock: his placements take turns, so two orders at once cannot both count the month
    // without the other and slip under his monthly limit together.
    await this.db.query(
      ctx,
      `SELECT pg_advisory_xact_lock(hashtextextended($1, 0)), pg_advisory_xact_lock(hashtextextended($2, 0))`,
      [`order:${buyer.userId}:${input.idempotencyKey}`, `order-limits:${buyer.companyId}:${buyer.userId}`],
    );
    const [previous] = await this.db.query<{ id: string }>(
      ctx,
      `SELECT id FROM order_submission WHERE buyer_user_id = $1 AND idempotency_key = $2`,
      [buyer.userId, input.idempotencyKey],
    );
    if (previous) return { submissionId: previous.id };

    // 2. The cart, and everything about the checkout in one statement.
    const cartId = await this.cart.cartId(ctx);
    const rows = await this.db.query<CartRow>(
      ctx,
      `SELECT id, product_id, packaging_code, quantity::text, base_quantity::text, warehouse_id, position
         FROM cart_line WHERE cart_id = $1 ORDER BY position, id FOR UPDATE`,
      [cartId],
    );
    if (!rows.length) return new CartEmptyError();
    if (input.deliveryAddressId && input.pickupWarehouseId) {
      return new CheckoutRefusedError('pickupWarehouseId', 'Choose a delivery address or a pickup warehouse, not both');
    }
    const [checkout] = await this.db.query<Checkout>(
      ctx,
      `SELECT ${validContractSql('k')} AS contract_ok, k.currency, k.number AS contract_number, c.status = 'active' AS company_active,
              m.order_limit::text, m.monthly_limit::text, coalesce(u.full_name, u.email) AS buyer_name,
              CASE WHEN m.monthly_limit IS NOT NULL THEN
                (SELECT coalesce(sum(o.total), 0)::text FROM sales_order o
                  WHERE o.company_id = $2 AND o.buyer_user_id = $4 AND o.status <> 'CANCELLED'
                    AND o.created_at >= ${monthStartSql('$7')}) END AS month_spent,
              (SELECT a.label || ': ' || a.address FROM delivery_address a WHERE a.id = $5 AND a.company_id = $2) AS address,
              (SELECT w.active AND w.pickup_point FROM warehouse w WHERE w.id = $6) AS pickup_ok
         FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id AND le.id = $3 AND le.company_id = $2
         JOIN company c ON c.id = le.company_id
         JOIN company_member m ON m.company_id = c.id AND m.buyer_user_id = $4 AND m.active
         JOIN buyer_user u ON u.id = m.buyer_user_id
        WHERE k.id = $1`,
      [
        contractId,
        buyer.companyId,
        buyer.legalEntityId,
        buyer.userId,
        input.deliveryAddressId ?? null,
        input.pickupWarehouseId ?? null,
        this.config.shopTimeZone,
      ],
    );
    if (!checkout?.contract_ok || !checkout.company_active) {
      return new CheckoutRefusedError('contract', 'The contract is not valid now; choose another or ask your manager');
    }
    if (input.deliveryAddressId && !checkout.address) {
      return new CheckoutRefusedError('deliveryAddressId', 'No such delivery address of your company');
    }
    if (input.pickupWarehouseId && !checkout.pickup_ok) {
      return new CheckoutRefusedError('pickupWarehouseId', 'This warehouse is not a pickup point');
    }
    if (input.desiredDate && input.desiredDate < new Date().toISOString().slice(0, 10)) {
      return new CheckoutRefusedError('desiredDate', 'The desired date is in the past');
    }

    // 3. Validate every line again (the catalog may have changed since it was added) and re-price.
    const facts = await this.products.facts(
      ctx,
      rows.map((r) => r.product_id),
    );
    const problems: OrderLineProblemType[] = [];
    const warehouses = new Set<string>(rows.flatMap((r) => (r.warehouse_id ? [r.warehouse_id] : [])));
    for (const r of rows) {
      const f = facts.get(r.product_id);
      const check = checkLine(
        { productId: r.product_id, quantity: r.quantity, packagingCode: r.packaging_code, warehouseId: r.warehouse_id },
        f,
        warehouses,
        'reject',
      );
      if (!check.ok) {
        problems.push({
          productId: r.product_id,
          sku: f?.sku ?? '',
          problem: check.errorCode,
          message: check.message,
          requested: new Dec(r.base_quantity),
          available: null,
        });
      }
    }
    const quotes = await this.pricing.quote(
      ctx,
      contractId,
      rows.map((r) => ({
        key: r.id,
        productId: r.product_id,
        quantity: new Dec(r.quantity),
        unit: r.packaging_code,
        warehouseId: r.warehouse_id ?? input.pickupWarehouseId ?? null,
      })),
      { twoPass: true },
    );
    for (const r of rows) {
      if (!quotes.get(r.id) && facts.get(r.product_id)?.active) {
        const f = facts.get(r.product_id)!;
        problems.push({
          productId: r.product_id,
          sku: f.sku,
          problem: 'NO_PRICE',
          message: `${f.sku} has no price on your contract`,
          requested: new Dec(r.base_quantity),
          available: null,
        });
      }
    }
    if (problems.length)
      return new OrderLinesError(ErrorCode.CART_INVALID, 'Some lines cannot be ordered as they are', problems);

    // 4. Stock: lock, give back overdue holds, read what is available, allocate.
    const productIds = [...new Set(rows.map((r) => r.product_id))];
    await lockProducts(this.db, ctx, productIds);
    await releaseOverdueHolds(this.db, ctx, productIds);
    const stock = await this.db.query<{ warehouse_id: string; code: string; product_id: string; available: string }>(
      ctx,
      `SELECT s.warehouse_id, w.code, s.product_id, greatest(s.on_hand - s.reserved, 0)::text AS available
         FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id AND w.active
        WHERE s.product_id = ANY($1::uuid[])`,
      [productIds],
    );
    const strategy = input.pickupWarehouseId
      ? allocationStrategy('chosenWarehouse')!
      : allocationStrategy('preferredThenMostStock')!;
    const plan = strategy.allocate({
      lines: rows.map((r) => ({
        key: r.id,
        productId: r.product_id,
        quantity: new Dec(r.base_quantity),
        warehouseId: r.warehouse_id,
      })),
      stock: stock.map((s) => ({
        warehouseId: s.warehouse_id,
        warehouseCode: s.code,
        productId: s.product_id,
        available: new Dec(s.available),
      })),
      warehouseId: input.pickupWarehouseId ?? null,
      // A line comes from one warehouse: a box is never split between two shipments.
      allowSplit: false,
    });
    const short = plan.filter((p) => p.reason !== null);
    if (short.length) {
      const availableOf = (productId: string) =>
        stock.filter((s) => s.product_id === productId).reduce((sum, s) => sum.plus(s.available), new Dec(0));
      return new OrderLinesError(
        ErrorCode.INSUFFICIENT_STOCK,
        'Not enough stock for some lines; nothing was reserved',
        short.map((p) => {
          const f = facts.get(p.productId)!;
          return {
            productId: p.productId,
            sku: f.sku,
            problem: p.reason!,
            message:
              p.reason === 'SPLIT_NOT_ALLOWED'
                ? `${f.sku}: no single warehouse has ${p.requested.toFixed()}; lower the quantity or order from several carts`
                : `${f.sku}: ${availableOf(p.productId).toFixed()} ${f.unitShortName} available of ${p.requested.toFixed()}`,
            requested: p.requested,
            available: availableOf(p.productId),
          };
        }),
      );
    }

    // 5. Lines with money, split into sub-orders.
    const rowById = new Map(rows.map((r) => [r.id, r]));
    const placed: PlacedLine[] = plan.map((p) => {
      const r = rowById.get(p.key)!;
      const f = facts.get(r.product_id)!;
      const q = quotes.get(r.id)!;
      const quantity = new Dec(r.quantity);
      const money = lineMoney({ quantity, price: q.price, vatIncluded: q.vatIncluded, vatRate: q.vatRate })!;
      return {
        key: r.id,
        position: r.position,
        warehouseId: p.allocations[0].warehouseId,
        categoryPath: f.categoryPath,
        productId: r.product_id,
        sku: f.sku,
        name: f.name,
        unitCode: f.unitCode,
        packagingCode: r.packaging_code,
        quantity,
        baseQuantity: new Dec(r.base_quantity),
        price: q.price,
        vatRate: q.vatRate,
        vatIncluded: q.vatIncluded,
        amount: money.amount,
        vatAmount: money.vatAmount,
      };
    });
    const { rules, divisions } = await this.splitRules.active(ctx);
    const groups = splitOrderLines(placed, rules, divisions);
    const totals = totalsOf(placed);
    const reasons = approvalReasons({
      orderTotal: totals.amount,
      orderLimit: checkout.order_limit === null ? null : new Dec(checkout.order_limit),
      monthlyLimit: checkout.monthly_limit === null ? null : new Dec(checkout.monthly_limit),
      monthSpent: new Dec(checkout.month_spent ?? 0),
    });
    const needsApproval = reasons.length > 0;
    const status = initialOrderStatus(needsApproval);

    // 6. Number, write the submission, sub-orders, lines and history; reserve; empty the cart.
    const year = yearIn(new Date(), this.config.shopTimeZone); // numbers follow the shop's calendar year
    const [{ last }] = await this.db.query<{ last: number }>(
      ctx,
      `INSERT INTO order_number_sequence (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = order_number_sequence.last + 1 RETURNING last`,
      [year],
    );
    const number = formatOrderNumber(year, last);
    const [submission] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO order_submission (number, company_id, legal_entity_id, contract_id, buyer_user_id, idempotency_key,
         delivery_address_id, delivery_address_text, pickup_warehouse_id, desired_date, comment, po_number, currency,
         total, vat_total, approval_status, approval_reasons)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [
        number,
        buyer.companyId,
        buyer.legalEntityId,
        contractId,
        buyer.userId,
        input.idempotencyKey,
        input.deliveryAddressId ?? null,
        checkout.address,
        input.pickupWarehouseId ?? null,
        input.desiredDate ?? null,
        input.comment?.trim() || null,
        input.poNumber?.trim() || null,
        checkout.currency,
        totals.amount.toFixed(2),
        totals.vat.toFixed(2),
        needsApproval ? 'PENDING' : 'NOT_REQUIRED',
        needsApproval ? JSON.stringify(storeReasons(reasons)) : null,
      ],
    );
    const groupTotals = groups.map((g) => totalsOf(g.lines));
    const orders = await this.db.query<{ id: string; index: number }>(
      ctx,
      `INSERT INTO sales_order (number, submission_id, index, company_id, buyer_user_id, status, warehouse_id, division_id,
         seller_legal_entity_id, total, vat_total, line_count, updated_at)
       SELECT x.number, $1, x.i, $2, $3, $4, x.wh, x.div, x.le, x.total, x.vat, x.n, clock_timestamp()
         FROM unnest($5::text[], $6::int[], $7::uuid[], $8::uuid[], $9::uuid[], $10::numeric[], $11::numeric[], $12::int[])
              AS x(number, i, wh, div, le, total, vat, n)
       RETURNING id, index`,
      [
        submission.id,
        buyer.companyId,
        buyer.userId,
        status,
        groups.map((g) => subOrderNumber(number, g.index)),
        groups.map((g) => g.index),
        groups.map((g) => g.warehouseId),
        groups.map((g) => g.divisionId),
        groups.map((g) => g.sellerLegalEntityId),
        groupTotals.map((t) => t.amount.toFixed(2)),
        groupTotals.map((t) => t.vat.toFixed(2)),
        groups.map((g) => g.lines.length),
      ],
    );
    const orderIdByIndex = new Map(orders.map((o) => [Number(o.index), o.id]));
    const flat = groups.flatMap((g) =>
      g.lines.map((l, i) => ({ l, orderId: orderIdByIndex.get(g.index)!, position: i + 1 })),
    );
    await this.db.query(
      ctx,
      `INSERT INTO sales_order_line (order_id, position, product_id, sku, name, unit_code, packaging_code, quantity,
         base_quantity, warehouse_id, price, vat_rate, amount, vat_amount)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::numeric[],
         $9::numeric[], $10::uuid[], $11::numeric[], $12::numeric[], $13::numeric[], $14::numeric[])`,
      [
        flat.map((x) => x.orderId),
        flat.map((x) => x.position),
        flat.map((x) => x.l.productId),
        flat.map((x) => x.l.sku),
        flat.map((x) => x.l.name),
        flat.map((x) => x.l.unitCode),
        flat.map((x) => x.l.packagingCode),
        flat.map((x) => x.l.quantity.toFixed()),
        flat.map((x) => x.l.baseQuantity.toFixed()),
        flat.map((x) => x.l.warehouseId),
        flat.map((x) => x.l.price.toFixed()),
        flat.map((x) => x.l.vatRate?.toFixed() ?? null),
        flat.map((x) => x.l.amount.toFixed(2)),
        flat.map((x) => x.l.vatAmount.toFixed(2)),
      ],
    );
    // The reservation: per product and warehouse, only where enough is still there (it is: we hold the lock).
    const need = new Map<string, { productId: string; warehouseId: string; quantity: Dec }>();
    for (const l of placed) {
      const key = `${l.productId}|${l.warehouseId}`;
      const cur = need.get(key);
      need.set(key, {
        productId: l.productId,
        warehouseId: l.warehouseId!,
        quantity: (cur?.quantity ?? new Dec(0)).plus(l.baseQuantity),
      });
    }
    const needs = [...need.values()];
    const reserved = await this.db.query(
      ctx,
      `UPDATE stock_level s SET reserved = s.reserved + x.q, updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[], $3::numeric[]) AS x(p, w, q)
        WHERE s.product_id = x.p AND s.warehouse_id = x.w AND s.on_hand - s.reserved >= x.q
        RETURNING 1`,
      [needs.map((n) => n.productId), needs.map((n) => n.warehouseId), needs.map((n) => n.quantity.toFixed())],
    );
    if (reserved.length !== needs.length) {
      // Cannot happen under the product locks; refuse rather than oversell if it ever does.
      throw new ConflictError('Stock changed while the order was placed; try again');
    }
    await refreshProductStock(this.db, ctx, productIds);
    await this.db.query(
      ctx,
      `INSERT INTO sales_order_event (order_id, from_status, to_status, actor_kind, actor_id, actor_name, comment)
       SELECT id, NULL, $2, 'buyer', $3, $4, $5 FROM unnest($1::uuid[]) AS id`,
      [
        orders.map((o) => o.id),
        status,
        buyer.userId,
        checkout.buyer_name,
        needsApproval ? `Awaiting approval: ${approvalReasonsText(reasons, checkout.currency, 'en')}` : null,
      ],
    );
    await this.db.query(ctx, `DELETE FROM cart_line WHERE cart_id = $1`, [cartId]);
    await this.audit.record(ctx, {
      action: 'order.placed',
      entityType: 'order_submission',
      entityId: submission.id,
      after: { number, lines: placed.length, orders: groups.length, total: totals.amount.toFixed(2), status },
    });
    if (needsApproval) {
      await this.approval.request(ctx, {
        submissionId: submission.id,
        number,
        buyerName: checkout.buyer_name,
        currency: checkout.currency,
        amount: totals.amount,
        reasons,
      });
    }
    return { submissionId: submission.id };
  }
}
