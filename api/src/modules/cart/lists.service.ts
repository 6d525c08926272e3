import { Injectable } from '@nestjs/common';
import { RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { BuyerRole } from '../../common/auth/permissions';
import { EntityNotFoundError, ForbiddenError, UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import { assertBuyerMay } from '../companies/access-policy';
import { CartProductsRepository } from './cart-products.repository';
import { CartService, roundingMode } from './cart.service';
import { CartAddMode, CartChangeType, QuantityAdjustmentType } from './cart.types';
import {
  AddShortListSkusInput,
  ListItemInput,
  OrderTemplateType,
  SaveTemplateInput,
  ShortListChangeType,
  ShortListInput,
  ShortListType,
  UpdateShortListItemsInput,
} from './lists.types';
import { UnknownSkuType } from './order-entry.types';

type ListKind = 'short' | 'template';
const TABLES: Record<ListKind, { list: string; item: string; fk: string; entity: string }> = {
  short: { list: 'short_list', item: 'short_list_item', fk: 'short_list_id', entity: 'Short list' },
  template: { list: 'order_template', item: 'order_template_line', fk: 'template_id', entity: 'Order template' },
};

interface ListRow {
  id: string;
  name: string;
  shared: boolean;
  owner_user_id: string;
  owner_name: string;
  updated_at: Date;
  items: { id: string; product_id: string; packaging_code: string | null; quantity: string | null }[];
}

/**
 * Short lists and order templates of a buyer. Both belong to the company and their owner; a shared
 * one is seen (and used) by colleagues. Who changes one (items, quantities, name, deletion): its owner,
 * and — for a list shared in the company — any director of the company (he answers for what the
 * company buys; a private list stays private, even from him). Sharing or unsharing is the owner's
 * alone. A colleague's shared list is FORBIDDEN to change; another company's lists, and colleagues'
 * private ones, do not exist for the buyer (NOT_FOUND).
 */
@Injectable()
export class ListsService {
  constructor(
    private readonly db: Db,
    private readonly products: CartProductsRepository,
    private readonly cart: CartService,
  ) {}

  private async rows(ctx: RequestContext, kind: ListKind, id: string | null): Promise<ListRow[]> {
    const t = TABLES[kind];
    const buyer = ctx.buyer;
    return this.db.query<ListRow>(
      ctx,
      `SELECT l.id, l.name, l.shared, l.owner_user_id, coalesce(u.full_name, '') AS owner_name, l.updated_at,
              (SELECT coalesce(json_agg(json_build_object('id', i.id, 'product_id', i.product_id,
                        'packaging_code', nullif(i.packaging_code, ''), 'quantity', i.quantity::text) ORDER BY i.position), '[]')
                 FROM ${t.item} i WHERE i.${t.fk} = l.id) AS items
         FROM ${t.list} l JOIN buyer_user u ON u.id = l.owner_user_id
        WHERE l.company_id = $1 AND (l.owner_user_id = $2 OR l.shared) ${id ? 'AND l.id = $3' : ''}
        ORDER BY (l.owner_user_id = $2) DESC, l.name, l.id`,
      id ? [buyer.companyId, buyer.userId, id] : [buyer.companyId, buyer.userId],
    );
  }

  async list(ctx: RequestContext, kind: ListKind): Promise<ShortListType[]> {
    const rows = await this.rows(ctx, kind, null);
    return this.toTypes(ctx, rows);
  }

  private async toTypes(ctx: RequestContext, rows: ListRow[]): Promise<ShortListType[]> {
    const facts = await this.products.facts(
      ctx,
      rows.flatMap((r) => r.items.map((i) => i.product_id)),
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      shared: r.shared,
      mine: r.owner_user_id === ctx.buyer.userId,
      editable: r.owner_user_id === ctx.buyer.userId || (r.shared && ctx.buyer.role === BuyerRole.DIRECTOR),
      ownerName: r.owner_name,
      itemCount: r.items.length,
      updatedAt: r.updated_at,
      items: r.items.flatMap((i) => {
        const f = facts.get(i.product_id);
        if (!f) return [];
        return [
          {
            id: i.id,
            packagingCode: i.packaging_code,
            quantity: i.quantity === null ? null : new Dec(i.quantity),
            product: {
              id: f.id,
              sku: f.sku,
              name: f.name,
              active: f.active,
              unit: {
                code: f.unitCode,
                name: f.unitShortName,
                shortName: f.unitShortName,
                scale: f.unitScale,
                okei: null,
              },
              packagings: f.packagings.map((p) => ({
                code: p.code,
                name: p.name,
                factor: new Dec(p.factor),
                barcode: null,
              })),
              quantityRules: { unitScale: f.unitScale, step: new Dec(f.step), minQuantity: new Dec(f.minQuantity) },
            },
          },
        ];
      }),
    }));
  }

  async one(ctx: RequestContext, kind: ListKind, id: string): Promise<ShortListType> {
    const rows = await this.rows(ctx, kind, id);
    if (!rows.length) throw new EntityNotFoundError(TABLES[kind].entity);
    return (await this.toTypes(ctx, rows))[0];
  }

  /**
   * Locks a list the buyer may change: `edit` his own, or as a director one shared in the company;
   * `share` only his own. Lists he cannot see are NOT_FOUND, colleagues' shared ones FORBIDDEN.
   */
  private async mayChange(ctx: RequestContext, kind: ListKind, id: string, what: 'edit' | 'share'): Promise<void> {
    const t = TABLES[kind];
    const [row] = await this.db.query<{ mine: boolean }>(
      ctx,
      `SELECT owner_user_id = $3 AS mine FROM ${t.list}
        WHERE id = $1 AND company_id = $2 AND (owner_user_id = $3 OR shared) FOR UPDATE`,
      [id, ctx.buyer.companyId, ctx.buyer.userId],
    );
    if (!row) throw new EntityNotFoundError(t.entity);
    if (row.mine || (what === 'edit' && ctx.buyer.role === BuyerRole.DIRECTOR)) return;
    throw new ForbiddenError(
      what === 'share'
        ? 'Only the owner shares or unshares a list'
        : 'Only its owner or a director changes a list shared in the company',
    );
  }

  private async checkItems(ctx: RequestContext, items: ListItemInput[], field: string): Promise<void> {
    const facts = await this.products.facts(
      ctx,
      items.map((i) => i.productId),
    );
    items.forEach((item, n) => {
      const f = facts.get(item.productId);
      if (!f) throw new UserInputError(`${field}.${n}.productId`, `${field}[${n + 1}]: no such product`);
      if (item.packagingCode && !f.packagings.some((p) => p.code === item.packagingCode)) {
        throw new UserInputError(
          `${field}.${n}.packagingCode`,
          `${field}[${n + 1}]: ${f.sku} has no packaging "${item.packagingCode}"`,
        );
      }
      if (item.quantity && item.quantity.lte(0)) {
        throw new UserInputError(
          `${field}.${n}.quantity`,
          `${field}[${n + 1}]: the quantity must be greater than zero`,
        );
      }
    });
  }

  private async putItems(ctx: RequestContext, listId: string, items: ListItemInput[]): Promise<void> {
    if (!items.length) return;
    await this.db.query(
      ctx,
      `WITH start AS (SELECT coalesce(max(position), 0) AS p FROM short_list_item WHERE short_list_id = $1)
       INSERT INTO short_list_item (short_list_id, product_id, packaging_code, quantity, position)
       SELECT DISTINCT ON (x.p, x.k) $1, x.p, x.k, x.q, start.p + x.i
         FROM unnest($2::uuid[], $3::text[], $4::numeric[]) WITH ORDINALITY AS x(p, k, q, i), start
        ORDER BY x.p, x.k, x.i
       ON CONFLICT (short_list_id, product_id, packaging_code) DO UPDATE SET quantity = coalesce(excluded.quantity, short_list_item.quantity)`,
      [
        listId,
        items.map((i) => i.productId),
        items.map((i) => i.packagingCode ?? ''),
        items.map((i) => i.quantity?.toFixed() ?? null),
      ],
    );
    await this.db.query(ctx, `UPDATE short_list SET updated_at = now() WHERE id = $1`, [listId]);
  }

  async createShortList(ctx: RequestContext, input: ShortListInput): Promise<ShortListType> {
    assertBuyerMay(ctx, 'orders.place');
    return this.db.transaction(ctx, async (tctx) => {
      await this.checkItems(tctx, input.items ?? [], 'input.items');
      const [row] = await this.db.query<{ id: string }>(
        tctx,
        `INSERT INTO short_list (company_id, owner_user_id, name, shared) VALUES ($1, $2, $3, $4) RETURNING id`,
        [ctx.buyer.companyId, ctx.buyer.userId, input.name.trim(), input.shared],
      );
      await this.putItems(tctx, row.id, input.items ?? []);
      return this.one(tctx, 'short', row.id);
    });
  }

  async updateShortList(
    ctx: RequestContext,
    id: string,
    patch: { name?: string | null; shared?: boolean | null },
  ): Promise<ShortListType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.mayChange(tctx, 'short', id, patch.shared === null || patch.shared === undefined ? 'edit' : 'share');
      await this.db.query(
        tctx,
        `UPDATE short_list SET name = coalesce($2, name), shared = coalesce($3, shared), updated_at = now() WHERE id = $1`,
        [id, patch.name?.trim() || null, patch.shared ?? null],
      );
      return this.one(tctx, 'short', id);
    });
  }

  async addToShortList(ctx: RequestContext, id: string, items: ListItemInput[]): Promise<ShortListType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.mayChange(tctx, 'short', id, 'edit');
      await this.checkItems(tctx, items, 'items');
      await this.putItems(tctx, id, items);
      return this.one(tctx, 'short', id);
    });
  }

  async removeFromShortList(ctx: RequestContext, id: string, itemIds: string[]): Promise<ShortListType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.mayChange(tctx, 'short', id, 'edit');
      await this.db.query(tctx, `DELETE FROM short_list_item WHERE short_list_id = $1 AND id = ANY($2::uuid[])`, [
        id,
        itemIds,
      ]);
      return this.one(tctx, 'short', id);
    });
  }

  async delete(ctx: RequestContext, kind: ListKind, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.mayChange(tctx, kind, id, 'edit');
      await this.db.query(tctx, `DELETE FROM ${TABLES[kind].list} WHERE id = $1`, [id]);
      return true;
    });
  }

  /** Quantities of items changed in place (null clears one), checked as cart lines are; per-row errors. */
  async updateItems(ctx: RequestContext, id: string, input: UpdateShortListItemsInput): Promise<ShortListChangeType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.mayChange(tctx, 'short', id, 'edit');
      const errors = new RowErrors();
      const adjustments: QuantityAdjustmentType[] = [];
      const items = await this.db.query<{ id: string; product_id: string; packaging_code: string | null }>(
        tctx,
        `SELECT id, product_id, nullif(packaging_code, '') AS packaging_code FROM short_list_item
          WHERE short_list_id = $1 AND id = ANY($2::uuid[])`,
        [id, input.items.map((i) => i.itemId)],
      );
      const byId = new Map(items.map((i) => [i.id, i]));
      const updates = new Map<string, string | null>();
      const toCheck: {
        row: number;
        itemId: string;
        productId: string;
        packagingCode: string | null;
        quantity: string;
      }[] = [];
      input.items.forEach((u, n) => {
        const item = byId.get(u.itemId);
        if (!item) errors.add(n + 1, 'itemId', 'NOT_FOUND', `Row ${n + 1}: the list has no such item`);
        else if (u.quantity === null || u.quantity === undefined) updates.set(item.id, null);
        else
          toCheck.push({
            row: n + 1,
            itemId: item.id,
            productId: item.product_id,
            packagingCode: item.packaging_code,
            quantity: u.quantity.toFixed(),
          });
      });
      const { checked } = await this.cart.checkLines(tctx, toCheck, roundingMode(input.rounding), errors, adjustments);
      const itemOfRow = new Map(toCheck.map((c) => [c.row, c.itemId]));
      for (const c of checked) updates.set(itemOfRow.get(c.row)!, c.quantity.toFixed());
      if (updates.size) {
        await this.db.query(
          tctx,
          `UPDATE short_list_item i SET quantity = x.q FROM unnest($2::uuid[], $3::numeric[]) AS x(id, q)
            WHERE i.short_list_id = $1 AND i.id = x.id`,
          [id, [...updates.keys()], [...updates.values()]],
        );
        await this.db.query(tctx, `UPDATE short_list SET updated_at = now() WHERE id = $1`, [id]);
      }
      return {
        list: await this.one(tctx, 'short', id),
        applied: updates.size,
        rowErrors: errors.list,
        adjustments,
        unknownSkus: [],
      };
    });
  }

  /**
   * Items added by SKU or barcode (as quick order resolves them; unknown ones with suggestions). A row
   * with a quantity is checked as a cart line; one without is checked at the product's smallest
   * quantity (discontinued, unknown packaging) and kept without one.
   */
  async addBySku(ctx: RequestContext, id: string, input: AddShortListSkusInput): Promise<ShortListChangeType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.mayChange(tctx, 'short', id, 'edit');
      const errors = new RowErrors();
      const adjustments: QuantityAdjustmentType[] = [];
      const lines = input.lines.map((l, n) => ({ row: n + 1, sku: l.sku.trim(), quantity: l.quantity ?? null }));
      const { resolved, facts } = await this.products.resolveWithFacts(
        tctx,
        lines.map((l) => l.sku),
      );
      const unknownLines = lines.filter((l) => !resolved.has(l.sku));
      const suggestions = await this.products.suggest(
        tctx,
        unknownLines.map((l) => l.sku),
      );
      const unknownSkus: UnknownSkuType[] = [];
      for (const l of unknownLines) {
        const similar = suggestions.get(l.sku) ?? [];
        unknownSkus.push({ row: l.row, sku: l.sku, suggestions: similar });
        errors.add(
          l.row,
          'sku',
          'UNKNOWN_SKU',
          `Unknown SKU or barcode "${l.sku}"${similar.length ? `; did you mean ${similar.join(', ')}?` : ''}`,
          l.sku,
        );
      }
      const known = lines.flatMap((l) => {
        const match = resolved.get(l.sku);
        return match ? [{ ...l, productId: match.productId, packagingCode: match.packagingCode }] : [];
      });
      const withoutQuantity = new Set(known.filter((k) => k.quantity === null).map((k) => k.row));
      const probeAdjustments: QuantityAdjustmentType[] = [];
      const checked = await this.cart.checkAgainst(
        tctx,
        known.map((k) => ({
          row: k.row,
          productId: k.productId,
          packagingCode: k.packagingCode,
          quantity: k.quantity?.toFixed() ?? (k.packagingCode ? '1' : facts.get(k.productId)!.minQuantity),
        })),
        roundingMode(input.rounding),
        errors,
        probeAdjustments,
        facts,
      );
      adjustments.push(...probeAdjustments.filter((a) => !withoutQuantity.has(a.row)));
      await this.putItems(
        tctx,
        id,
        checked.map((c) => ({
          productId: c.productId,
          packagingCode: c.packagingCode,
          quantity: withoutQuantity.has(c.row) ? null : c.quantity,
        })),
      );
      return {
        list: await this.one(tctx, 'short', id),
        applied: checked.length,
        rowErrors: errors.list.sort((a, b) => a.row - b.row),
        adjustments,
        unknownSkus,
      };
    });
  }

  /** "Move to a short list" from the cart: the lines go to the list and leave the cart. */
  async moveCartLinesToShortList(ctx: RequestContext, lineIds: string[], listId: string): Promise<ShortListType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.mayChange(tctx, 'short', listId, 'edit');
      const cartId = await this.cart.cartId(tctx);
      const moved = await this.db.query<{ product_id: string; packaging_code: string | null; quantity: string }>(
        tctx,
        `DELETE FROM cart_line WHERE cart_id = $1 AND id = ANY($2::uuid[])
         RETURNING product_id, packaging_code, quantity::text`,
        [cartId, lineIds],
      );
      await this.putItems(
        tctx,
        listId,
        moved.map((m) => ({ productId: m.product_id, packagingCode: m.packaging_code, quantity: new Dec(m.quantity) })),
      );
      return this.one(tctx, 'short', listId);
    });
  }

  /** Puts a short list or template into the cart (items without a quantity take the product's minimum). */
  async addListToCart(ctx: RequestContext, kind: ListKind, id: string, mode: CartAddMode): Promise<CartChangeType> {
    return this.db.transaction(ctx, async (tctx) => {
      const list = await this.one(tctx, kind, id);
      const cartId = await this.cart.cartId(tctx);
      const errors = new RowErrors();
      const adjustments: QuantityAdjustmentType[] = [];
      const { checked } = await this.cart.checkLines(
        tctx,
        list.items.map((item, n) => ({
          row: n + 1,
          productId: item.product.id,
          packagingCode: item.packagingCode,
          quantity: new Dec(item.quantity ?? item.product.quantityRules.minQuantity).toFixed(),
        })),
        'roundUp',
        errors,
        adjustments,
      );
      const applied = await this.cart.putLines(tctx, cartId, checked, mode === CartAddMode.REPLACE);
      return { cart: await this.cart.load(tctx, cartId, false), applied, rowErrors: errors.list, adjustments };
    });
  }

  async saveCartAsTemplate(ctx: RequestContext, input: SaveTemplateInput): Promise<OrderTemplateType> {
    return this.db.transaction(ctx, async (tctx) => {
      const cartId = await this.cart.cartId(tctx);
      const [row] = await this.db.query<{ id: string }>(
        tctx,
        `INSERT INTO order_template (company_id, owner_user_id, name, shared) VALUES ($1, $2, $3, $4) RETURNING id`,
        [ctx.buyer.companyId, ctx.buyer.userId, input.name.trim(), input.shared],
      );
      const [{ n }] = await this.db.query<{ n: string }>(
        tctx,
        `WITH ins AS (
           INSERT INTO order_template_line (template_id, product_id, packaging_code, quantity, warehouse_id, position)
           SELECT $1, product_id, packaging_code, quantity, warehouse_id, position FROM cart_line WHERE cart_id = $2
           RETURNING 1)
         SELECT count(*) AS n FROM ins`,
        [row.id, cartId],
      );
      if (Number(n) === 0) throw new UserInputError('cart', 'The cart is empty: nothing to save');
      return this.one(tctx, 'template', row.id);
    });
  }

  templates(ctx: RequestContext): Promise<OrderTemplateType[]> {
    return this.list(ctx, 'template');
  }
}
