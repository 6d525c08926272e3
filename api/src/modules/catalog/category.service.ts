import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BatchResult, RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { ConflictError, EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { CategoryInput, CategoryUpsertInput, UpdateCategoryInput } from './catalog.inputs';
import { AdminCategoryType, CategoryType, CategoryUpsertItemType } from './catalog.types';

interface CategoryRow {
  id: string;
  parent_id: string | null;
  name: string;
  position: number;
  path: string[];
  external_id: string | null;
  active: boolean;
  direct: string;
}

/**
 * Rebuilds every materialised path from parent links in one statement. The tree is small (hundreds
 * to a few thousand nodes), so this is simpler and safer than patching subtrees.
 */
const REBUILD_PATHS = `
  WITH RECURSIVE t AS (
    SELECT id, ARRAY[id] AS path FROM category WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, t.path || c.id FROM category c JOIN t ON c.parent_id = t.id
  )
  UPDATE category c SET path = t.path FROM t WHERE c.id = t.id AND c.path IS DISTINCT FROM t.path`;

/** Puts siblings in order 0..n-1, keeping `id` at `position`. */
const RENUMBER = `
  UPDATE category c SET position = s.pos
    FROM (SELECT id, row_number() OVER (ORDER BY CASE WHEN id = $2 THEN $3::numeric - 0.5 ELSE position END, name) - 1 AS pos
            FROM category WHERE parent_id IS NOT DISTINCT FROM $1::uuid) s
   WHERE c.id = s.id AND c.position <> s.pos`;

@Injectable()
export class CategoryService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** The whole tree, depth-first in display order, with product counts including descendants. */
  async tree(ctx: RequestContext, options: { activeOnly: boolean }): Promise<AdminCategoryType[]> {
    const rows = await this.db.query<CategoryRow>(
      ctx,
      `SELECT c.id, c.parent_id, c.name, c.position, c.path, c.external_id, c.active, coalesce(n.count, 0) AS direct
         FROM category c
         LEFT JOIN (SELECT category_id, count(*) AS count FROM product WHERE active GROUP BY category_id) n
           ON n.category_id = c.id
        ${options.activeOnly ? 'WHERE c.active' : ''}`,
    );
    const total = new Map<string, number>();
    for (const r of rows) for (const id of r.path) total.set(id, (total.get(id) ?? 0) + Number(r.direct));
    const children = new Map<string | null, CategoryRow[]>();
    const ids = new Set(rows.map((r) => r.id));
    for (const r of rows) {
      // An active child of an inactive parent is hidden with its parent.
      const parent = r.parent_id && ids.has(r.parent_id) ? r.parent_id : r.parent_id ? '__hidden__' : null;
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent)!.push(r);
    }
    const out: AdminCategoryType[] = [];
    const walk = (parent: string | null) => {
      const list = (children.get(parent) ?? []).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
      for (const r of list) {
        out.push({
          id: r.id,
          parentId: r.parent_id,
          name: r.name,
          position: r.position,
          depth: r.path.length - 1,
          path: r.path,
          productCount: total.get(r.id) ?? 0,
          externalId: r.external_id,
          active: r.active,
        });
        walk(r.id);
      }
    };
    walk(null);
    return out;
  }

  async breadcrumbs(ctx: RequestContext, categoryId: string | null): Promise<CategoryType[]> {
    if (!categoryId) return [];
    const rows = await this.db.query<{
      id: string;
      parent_id: string | null;
      name: string;
      position: number;
      path: string[];
    }>(
      ctx,
      `SELECT c.id, c.parent_id, c.name, c.position, c.path
         FROM category leaf JOIN category c ON c.id = ANY(leaf.path) WHERE leaf.id = $1
        ORDER BY cardinality(c.path)`,
      [categoryId],
    );
    return rows.map((r) => ({ ...r, parentId: r.parent_id, depth: r.path.length - 1, productCount: 0 }));
  }

  async get(ctx: RequestContext, id: string): Promise<AdminCategoryType> {
    const found = (await this.tree(ctx, { activeOnly: false })).find((c) => c.id === id);
    if (!found) throw new EntityNotFoundError('Category', id);
    return found;
  }

  async create(ctx: RequestContext, input: CategoryInput): Promise<AdminCategoryType> {
    const id = await this.db.transaction(ctx, async (tctx) => {
      const parentPath = await this.parentPath(tctx, input.parentId ?? null, 'input.parentId');
      const id = randomUUID();
      await this.db
        .query(
          tctx,
          `INSERT INTO category (id, parent_id, name, position, path, external_id, active)
         VALUES ($1, $2, $3, (SELECT count(*) FROM category WHERE parent_id IS NOT DISTINCT FROM $2::uuid), $4, $5, $6)`,
          [
            id,
            input.parentId ?? null,
            input.name.trim(),
            [...parentPath, id],
            input.externalId ?? null,
            input.active ?? true,
          ],
        )
        .catch((e: unknown) => this.rethrowExternalId(e));
      if (input.position !== null && input.position !== undefined) {
        await this.db.query(tctx, RENUMBER, [input.parentId ?? null, id, input.position]);
      }
      await this.audit.record(tctx, {
        action: 'category.created',
        entityType: 'category',
        entityId: id,
        after: { ...input },
      });
      return id;
    });
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateCategoryInput): Promise<AdminCategoryType> {
    await this.db.transaction(ctx, async (tctx) => {
      const { affected } = await this.db
        .run(
          tctx,
          `UPDATE category SET name = coalesce($2, name), external_id = CASE WHEN $3::boolean THEN $4 ELSE external_id END,
                  active = coalesce($5, active), updated_at = now() WHERE id = $1`,
          [
            id,
            input.name?.trim() ?? null,
            input.externalId !== undefined,
            input.externalId ?? null,
            input.active ?? null,
          ],
        )
        .catch((e: unknown) => this.rethrowExternalId(e));
      if (!affected) throw new EntityNotFoundError('Category', id);
      await this.audit.record(tctx, {
        action: 'category.updated',
        entityType: 'category',
        entityId: id,
        after: { ...input },
      });
    });
    return this.get(ctx, id);
  }

  /** Moves a category (with its subtree) under another parent and/or to another position among siblings. */
  async move(ctx: RequestContext, id: string, parentId: string | null, position: number): Promise<AdminCategoryType[]> {
    await this.db.transaction(ctx, async (tctx) => {
      // One mover at a time: concurrent moves could otherwise build a cycle between them.
      await this.db.query(tctx, `SELECT pg_advisory_xact_lock(hashtext('category-tree'))`);
      const [current] = await this.db.query<{ parent_id: string | null; path: string[] }>(
        tctx,
        `SELECT parent_id, path FROM category WHERE id = $1`,
        [id],
      );
      if (!current) throw new EntityNotFoundError('Category', id);
      const parentPath = await this.parentPath(tctx, parentId, 'parentId');
      if (parentPath.includes(id))
        throw new UserInputError('parentId', 'A category cannot be moved into its own subtree');
      await this.db.query(tctx, `UPDATE category SET parent_id = $2, updated_at = now() WHERE id = $1`, [id, parentId]);
      await this.db.query(tctx, RENUMBER, [parentId, id, position]);
      if (current.parent_id !== parentId) {
        await this.db.query(tctx, RENUMBER, [current.parent_id, null, 0]);
        await this.db.query(tctx, REBUILD_PATHS);
      }
      await this.audit.record(tctx, {
        action: 'category.moved',
        entityType: 'category',
        entityId: id,
        before: { parentId: current.parent_id },
        after: { parentId, position },
      });
    });
    return this.tree(ctx, { activeOnly: false });
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      const [usage] = await this.db.query<{ children: string; products: string }>(
        tctx,
        `SELECT (SELECT count(*) FROM category WHERE parent_id = $1) AS children,
                (SELECT count(*) FROM product WHERE category_id = $1) AS products`,
        [id],
      );
      if (Number(usage.children) || Number(usage.products)) {
        throw new ConflictError('Only an empty category can be deleted: move its subcategories and products first', {
          children: Number(usage.children),
          products: Number(usage.products),
        });
      }
      const { affected } = await this.db.run(tctx, `DELETE FROM category WHERE id = $1`, [id]);
      if (!affected) throw new EntityNotFoundError('Category', id);
      await this.audit.record(tctx, { action: 'category.deleted', entityType: 'category', entityId: id });
      return true;
    });
  }

  /** Integrators: categories by external id, parents in the same batch or already loaded, any order. */
  async upsert(
    ctx: RequestContext,
    rows: CategoryUpsertInput[],
    allOrNothing: boolean,
  ): Promise<BatchResult<CategoryUpsertItemType>> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.db.query(tctx, `SELECT pg_advisory_xact_lock(hashtext('category-tree'))`);
      const all = await this.db.query<{ id: string; parent_id: string | null; external_id: string | null }>(
        tctx,
        `SELECT id, parent_id, external_id FROM category`,
      );
      const errors = new RowErrors();
      const idByExt = new Map(all.filter((c) => c.external_id).map((c) => [c.external_id as string, c.id]));
      const parentOf = new Map(all.map((c) => [c.id, c.parent_id]));
      const seen = new Map<string, number>();
      const planned: { row: number; id: string; created: boolean; input: CategoryUpsertInput }[] = [];
      rows.forEach((input, i) => {
        const row = i + 1;
        if (seen.has(input.externalId)) {
          errors.add(
            row,
            'externalId',
            'DUPLICATE_KEY',
            `externalId is also in row ${seen.get(input.externalId)}`,
            input.externalId,
          );
          return;
        }
        seen.set(input.externalId, row);
        const existing = idByExt.get(input.externalId);
        const id = existing ?? randomUUID();
        idByExt.set(input.externalId, id);
        planned.push({ row, id, created: !existing, input });
      });
      for (const p of planned) {
        const parentExt = p.input.parentExternalId;
        const parentId = parentExt ? idByExt.get(parentExt) : null;
        if (parentExt && !parentId) {
          errors.add(
            p.row,
            'parentExternalId',
            'UNKNOWN_PARENT',
            `No category with externalId ${parentExt}`,
            p.input.externalId,
          );
          continue;
        }
        parentOf.set(p.id, parentId ?? null);
      }
      // A row whose chain of parents comes back to itself would leave the tree.
      for (const p of planned) {
        if (errors.has(p.row)) continue;
        const visited = new Set<string>();
        for (let at: string | null | undefined = p.id; at; at = parentOf.get(at)) {
          if (visited.has(at)) {
            errors.add(
              p.row,
              'parentExternalId',
              'CYCLE',
              'The parent chain loops back to this category',
              p.input.externalId,
            );
            break;
          }
          visited.add(at);
        }
      }
      if (allOrNothing && errors.size) return { items: [], rowErrors: errors.list, applied: 0 };
      const valid = planned.filter((p) => !errors.has(p.row));
      if (valid.length) {
        const params = [
          valid.map((p) => p.id),
          valid.map((p) => p.input.externalId),
          valid.map((p) => p.input.name.trim()),
          valid.map((p) => parentOf.get(p.id) ?? null),
          valid.map((p) => p.input.position ?? null),
          valid.map((p) => p.input.active ?? null),
          valid.map((p) => p.created),
        ];
        // New ones go after their existing siblings (in batch order) unless a position is given.
        await this.db.query(
          tctx,
          `INSERT INTO category (id, external_id, name, parent_id, position, active, path)
           SELECT id, ext, name, parent,
                  coalesce(pos, (SELECT count(*) FROM category s WHERE s.parent_id IS NOT DISTINCT FROM v.parent)::int
                                + (row_number() OVER (PARTITION BY parent ORDER BY ord))::int - 1),
                  coalesce(active, true), ARRAY[id]
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::int[], $6::bool[], $7::bool[]) WITH ORDINALITY
                  AS v(id, ext, name, parent, pos, active, created, ord)
            WHERE created`,
          params,
        );
        await this.db.query(
          tctx,
          `UPDATE category c SET name = v.name, parent_id = v.parent, position = coalesce(v.pos, c.position),
                  active = coalesce(v.active, c.active), updated_at = now()
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::int[], $6::bool[], $7::bool[])
                  AS v(id, ext, name, parent, pos, active, created)
            WHERE c.id = v.id AND NOT v.created
              AND (c.name, c.parent_id, c.position, c.active) IS DISTINCT FROM
                  (v.name, v.parent, coalesce(v.pos, c.position), coalesce(v.active, c.active))`,
          params,
        );
        await this.db.query(tctx, REBUILD_PATHS);
      }
      return {
        items: valid.map((p) => ({ row: p.row, id: p.id, externalId: p.input.externalId, created: p.created })),
        rowErrors: errors.list,
        applied: valid.length,
      };
    });
  }

  private async parentPath(ctx: RequestContext, parentId: string | null, field: string): Promise<string[]> {
    if (!parentId) return [];
    const [parent] = await this.db.query<{ path: string[] }>(ctx, `SELECT path FROM category WHERE id = $1`, [
      parentId,
    ]);
    if (!parent) throw new UserInputError(field, `${field}: the parent category was not found`);
    return parent.path;
  }

  private rethrowExternalId(e: unknown): never {
    if ((e as { code?: string }).code === '23505') throw new ConflictError('Another category has this externalId');
    throw e;
  }
}
