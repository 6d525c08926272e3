import { Injectable } from '@nestjs/common';
import { RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import { assertBuyerMay } from '../companies/access-policy';
import { CartProductsRepository } from './cart-products.repository';
import { CartService } from './cart.service';
import { CartAddMode, CartChangeType, QuantityAdjustmentType } from './cart.types';
import { ListItemInput, OrderTemplateType, SaveTemplateInput, ShortListInput, ShortListType } from './lists.types';

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
 * one is seen (and used) by colleagues, changed only by its owner. Another company's lists do not
 * exist for the buyer (NOT_FOUND).
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

  private async one(ctx: RequestContext, kind: ListKind, id: string): Promise<ShortListType> {
    const rows = await this.rows(ctx, kind, id);
    if (!rows.length) throw new EntityNotFoundError(TABLES[kind].entity);
    return (await this.toTypes(ctx, rows))[0];
  }

  /** Locks a list the buyer owns (others' lists are NOT_FOUND for changes, even shared ones). */
  private async own(ctx: RequestContext, kind: ListKind, id: string): Promise<void> {
    const t = TABLES[kind];
    const [row] = await this.db.query(
      ctx,
      `SELECT 1 FROM ${t.list} WHERE id = $1 AND company_id = $2 AND owner_user_id = $3 FOR UPDATE`,
      [id, ctx.buyer.companyId, ctx.buyer.userId],
    );
    if (!row) throw new EntityNotFoundError(TABLES[kind].entity);
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
      await this.own(tctx, 'short', id);
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
      await this.own(tctx, 'short', id);
      await this.checkItems(tctx, items, 'items');
      await this.putItems(tctx, id, items);
      return this.one(tctx, 'short', id);
    });
  }

  async removeFromShortList(ctx: RequestContext, id: string, itemIds: string[]): Promise<ShortListType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.own(tctx, 'short', id);
      await this.db.query(tctx, `DELETE FROM short_list_item WHERE short_list_id = $1 AND id = ANY($2::uuid[])`, [
        id,
        itemIds,
      ]);
      return this.one(tctx, 'short', id);
    });
  }

  async delete(ctx: RequestContext, kind: ListKind, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.own(tctx, kind, id);
      await this.db.query(tctx, `DELETE FROM ${TABLES[kind].list} WHERE id = $1`, [id]);
      return true;
    });
  }

  /** "Move to a short list" from the cart: the lines go to the list and leave the cart. */
  async moveCartLinesToShortList(ctx: RequestContext, lineIds: string[], listId: string): Promise<ShortListType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.own(tctx, 'short', listId);
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
          quantity: (item.quantity ?? item.product.quantityRules.minQuantity).toFixed(),
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
