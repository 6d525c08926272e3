import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { ConflictError, EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import { AuditService } from '../audit/audit.service';
import { AttributeDefinitionInput, BrandInput, UpdateAttributeDefinitionInput } from './catalog.inputs';
import { AdminAttributeDefinitionType, AdminBrandType, AttributeType, UnitType } from './catalog.types';
import { ProductWriter } from './product-writer.service';

interface AttributeRow {
  id: string;
  code: string;
  name: string;
  type: AttributeType;
  unit: string | null;
  filterable: boolean;
  position: number;
  options: { id: string; code: string | null; label: string; num: string | null; bool: boolean | null }[];
}

function uniqueViolation(e: unknown, message: string): never {
  if ((e as { code?: string }).code === '23505') throw new ConflictError(message);
  throw e;
}

/** Brands, units and attribute definitions: the catalog's reference data. */
@Injectable()
export class ReferenceService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly writer: ProductWriter,
  ) {}

  async units(ctx: RequestContext): Promise<UnitType[]> {
    const rows = await this.db.query<UnitType & { short_name: string }>(ctx, `SELECT * FROM unit ORDER BY code`);
    return rows.map((u) => ({ code: u.code, name: u.name, shortName: u.short_name, scale: u.scale, okei: u.okei }));
  }

  async brands(ctx: RequestContext): Promise<AdminBrandType[]> {
    const rows = await this.db.query<{ id: string; name: string; external_id: string | null; n: string }>(
      ctx,
      `SELECT b.id, b.name, b.external_id, (SELECT count(*) FROM product p WHERE p.brand_id = b.id) AS n
         FROM brand b ORDER BY lower(b.name)`,
    );
    return rows.map((b) => ({ id: b.id, name: b.name, externalId: b.external_id, productCount: Number(b.n) }));
  }

  async brand(ctx: RequestContext, id: string): Promise<AdminBrandType> {
    const found = (await this.brands(ctx)).find((b) => b.id === id);
    if (!found) throw new EntityNotFoundError('Brand', id);
    return found;
  }

  async createBrand(ctx: RequestContext, input: BrandInput): Promise<AdminBrandType> {
    const [row] = await this.db
      .query<{ id: string }>(ctx, `INSERT INTO brand (name, external_id) VALUES ($1, $2) RETURNING id`, [
        input.name.trim(),
        input.externalId ?? null,
      ])
      .catch((e: unknown) => uniqueViolation(e, 'A brand with this name or externalId exists'));
    await this.audit.record(ctx, {
      action: 'brand.created',
      entityType: 'brand',
      entityId: row.id,
      after: { ...input },
    });
    return this.brand(ctx, row.id);
  }

  async updateBrand(ctx: RequestContext, id: string, input: BrandInput): Promise<AdminBrandType> {
    const { affected } = await this.db
      .run(ctx, `UPDATE brand SET name = $2, external_id = $3 WHERE id = $1`, [
        id,
        input.name.trim(),
        input.externalId ?? null,
      ])
      .catch((e: unknown) => uniqueViolation(e, 'A brand with this name or externalId exists'));
    if (!affected) throw new EntityNotFoundError('Brand', id);
    await this.audit.record(ctx, { action: 'brand.updated', entityType: 'brand', entityId: id, after: { ...input } });
    return this.brand(ctx, id);
  }

  async deleteBrand(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      // Products keep existing without a brand (FK ON DELETE SET NULL).
      const { affected } = await this.db.run(tctx, `DELETE FROM brand WHERE id = $1`, [id]);
      if (!affected) throw new EntityNotFoundError('Brand', id);
      await this.db.query(tctx, `UPDATE product_stock SET brand_id = NULL WHERE brand_id = $1`, [id]);
      await this.audit.record(tctx, { action: 'brand.deleted', entityType: 'brand', entityId: id });
      return true;
    });
  }

  async attributes(ctx: RequestContext, ids?: string[]): Promise<AdminAttributeDefinitionType[]> {
    const rows = await this.db.query<AttributeRow>(
      ctx,
      `SELECT d.*, coalesce((SELECT json_agg(json_build_object('id', v.id, 'code', v.code, 'label', v.label,
                                     'num', v.value_num::text, 'bool', v.value_bool)
                                   ORDER BY v.position, v.value_num, v.value_bool, v.label)
                              FROM attribute_value v WHERE v.attribute_id = d.id), '[]') AS options
         FROM attribute_definition d ${ids ? 'WHERE d.id = ANY($1::uuid[])' : ''}
        ORDER BY d.position, d.name`,
      ids ? [ids] : [],
    );
    return rows.map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      type: d.type,
      unit: d.unit,
      filterable: d.filterable,
      position: d.position,
      options: d.options.map((o) => ({
        id: o.id,
        code: o.code,
        label: o.label,
        valueNumber: o.num === null ? null : new Dec(o.num),
        valueBoolean: o.bool,
      })),
    }));
  }

  async createAttribute(ctx: RequestContext, input: AttributeDefinitionInput): Promise<AdminAttributeDefinitionType> {
    if (input.options?.length && input.type !== AttributeType.ENUM) {
      throw new UserInputError('input.options', 'input.options: only ENUM attributes have options');
    }
    const id = await this.db.transaction(ctx, async (tctx) => {
      const [row] = await this.db
        .query<{ id: string }>(
          tctx,
          `INSERT INTO attribute_definition (code, name, type, unit, filterable, position) VALUES ($1, $2, $3, $4, $5, $6)
           RETURNING id`,
          [
            input.code,
            input.name.trim(),
            input.type,
            input.unit ?? null,
            input.filterable ?? true,
            input.position ?? 0,
          ],
        )
        .catch((e: unknown) => uniqueViolation(e, `An attribute with code ${input.code} exists`));
      await this.upsertOptions(tctx, row.id, input.options ?? []);
      await this.audit.record(tctx, {
        action: 'attribute.created',
        entityType: 'attribute',
        entityId: row.id,
        after: { ...input },
      });
      return row.id;
    });
    return (await this.attributes(ctx, [id]))[0];
  }

  async updateAttribute(
    ctx: RequestContext,
    id: string,
    input: UpdateAttributeDefinitionInput,
  ): Promise<AdminAttributeDefinitionType> {
    await this.db.transaction(ctx, async (tctx) => {
      const [before] = await this.db.query<{ type: string; filterable: boolean }>(
        tctx,
        `SELECT type, filterable FROM attribute_definition WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!before) throw new EntityNotFoundError('Attribute', id);
      if (input.options?.length && before.type !== 'ENUM') {
        throw new UserInputError('input.options', 'input.options: only ENUM attributes have options');
      }
      await this.db.query(
        tctx,
        `UPDATE attribute_definition SET name = coalesce($2, name), unit = CASE WHEN $3::boolean THEN $4 ELSE unit END,
                filterable = coalesce($5, filterable), position = coalesce($6, position) WHERE id = $1`,
        [
          id,
          input.name?.trim() ?? null,
          input.unit !== undefined,
          input.unit ?? null,
          input.filterable ?? null,
          input.position ?? null,
        ],
      );
      await this.upsertOptions(tctx, id, input.options ?? []);
      if (input.filterable !== undefined && input.filterable !== null && input.filterable !== before.filterable) {
        // The facet keys of every product with this attribute change.
        const products = await this.db.query<{ product_id: string }>(
          tctx,
          `SELECT product_id FROM product_attribute WHERE attribute_id = $1`,
          [id],
        );
        if (products.length)
          await this.writer.refreshFacetKeys(
            tctx,
            products.map((p) => p.product_id),
          );
      }
      await this.audit.record(tctx, {
        action: 'attribute.updated',
        entityType: 'attribute',
        entityId: id,
        after: { ...input },
      });
    });
    return (await this.attributes(ctx, [id]))[0];
  }

  async deleteAttribute(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      const products = await this.db.query<{ product_id: string }>(
        tctx,
        `SELECT product_id FROM product_attribute WHERE attribute_id = $1`,
        [id],
      );
      const { affected } = await this.db.run(tctx, `DELETE FROM attribute_definition WHERE id = $1`, [id]);
      if (!affected) throw new EntityNotFoundError('Attribute', id);
      if (products.length)
        await this.writer.refreshFacetKeys(
          tctx,
          products.map((p) => p.product_id),
        );
      await this.audit.record(tctx, { action: 'attribute.deleted', entityType: 'attribute', entityId: id });
      return true;
    });
  }

  private async upsertOptions(ctx: RequestContext, attributeId: string, options: { code: string; label: string }[]) {
    if (!options.length) return;
    const codes = options.map((o) => o.code);
    if (new Set(codes).size !== codes.length)
      throw new UserInputError('input.options', 'input.options: codes must be unique');
    await this.db.query(
      ctx,
      `INSERT INTO attribute_value (attribute_id, code, label, position)
       SELECT $1, c, l, o::int - 1 FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS v(c, l, o)
       ON CONFLICT (attribute_id, code) WHERE code IS NOT NULL DO UPDATE SET label = excluded.label, position = excluded.position`,
      [attributeId, codes, options.map((o) => o.label.trim())],
    );
  }
}
