import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { Page, PageArgs } from '../../common/pagination/pagination.types';
import { AuditEventType, AuditFilterInput } from './audit.types';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment -- rows of hand-written SQL, mapped field by field into typed GraphQL objects here */
type Row = Record<string, any>;

const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

/** The audit log for staff with READ_AUDIT_LOG: newest first, filtered, with names joined in. */
@Injectable()
export class AuditLogService {
  constructor(private readonly db: Db) {}

  async list(
    ctx: RequestContext,
    filter: AuditFilterInput | null | undefined,
    page: PageArgs,
  ): Promise<Page<AuditEventType>> {
    const params: unknown[] = [];
    const where: string[] = ['TRUE'];
    if (filter?.action) {
      where.push(
        filter.action.endsWith('.')
          ? `e.action LIKE $${params.push(`${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`
          : `e.action = $${params.push(filter.action)}`,
      );
    }
    if (filter?.companyId) where.push(`e.company_id = $${params.push(filter.companyId)}`);
    if (filter?.staffUserId) {
      const p = params.push(filter.staffUserId);
      where.push(`(e.staff_user_id = $${p} OR e.acting_staff_user_id = $${p})`);
    }
    if (filter?.buyerUserId) where.push(`e.buyer_user_id = $${params.push(filter.buyerUserId)}`);
    if (filter?.from) where.push(`e.at >= $${params.push(filter.from)}`);
    if (filter?.to) where.push(`e.at < $${params.push(filter.to)}`);
    const rows = await this.db.query<Row>(
      ctx,
      `SELECT e.*, count(*) OVER () AS total, s.full_name AS staff_name, b.full_name AS buyer_name, k.name AS key_name,
              a.full_name AS acting_name, c.name AS company_name
         FROM audit_event e
         LEFT JOIN staff_user s ON s.id = e.staff_user_id
         LEFT JOIN buyer_user b ON b.id = e.buyer_user_id
         LEFT JOIN api_key k ON k.id = e.api_key_id
         LEFT JOIN staff_user a ON a.id = e.acting_staff_user_id
         LEFT JOIN company c ON c.id = e.company_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.at DESC, e.id
        OFFSET $${params.push(page.skip)} LIMIT $${params.push(page.take)}`,
      params,
    );
    return {
      totalCount: rows.length ? Number(rows[0].total) : 0,
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorKind: r.actor_kind,
        staffUserId: r.staff_user_id,
        staffUserName: r.staff_name,
        buyerUserId: r.buyer_user_id,
        buyerUserName: r.buyer_name,
        apiKeyId: r.api_key_id,
        apiKeyName: r.key_name,
        actingStaffUserId: r.acting_staff_user_id,
        actingStaffUserName: r.acting_name,
        companyId: r.company_id,
        companyName: r.company_name,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        before: json(r.before),
        after: json(r.after),
        reason: r.reason,
      })),
    };
  }
}
