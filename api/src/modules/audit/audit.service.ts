import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  companyId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Records who did what. Runs in the caller's transaction, so the record and the change commit together. */
@Injectable()
export class AuditService {
  constructor(private readonly db: Db) {}

  async record(ctx: RequestContext, entry: AuditEntry): Promise<void> {
    await this.recordMany(ctx, [entry]);
  }

  async recordMany(ctx: RequestContext, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const actor = actorOf(ctx);
    await this.db.repo(ctx, AuditEvent).insert(
      entries.map((e) => ({
        ...actor,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId ?? null,
        companyId: e.companyId ?? (ctx.principal?.kind === 'buyer' ? ctx.principal.companyId : null),
        before: e.before ?? null,
        after: e.after ?? null,
        reason: e.reason ?? null,
      })) as QueryDeepPartialEntity<AuditEvent>[],
    );
  }
}

function actorOf(
  ctx: RequestContext,
): Pick<AuditEvent, 'actorKind' | 'staffUserId' | 'buyerUserId' | 'apiKeyId' | 'actingStaffUserId'> {
  const p = ctx.principal;
  const none = { staffUserId: null, buyerUserId: null, apiKeyId: null, actingStaffUserId: null };
  if (!p) return { actorKind: 'system', ...none };
  switch (p.kind) {
    case 'staff':
      return { ...none, actorKind: 'staff', staffUserId: p.userId };
    case 'apiKey':
      return { ...none, actorKind: 'apiKey', apiKeyId: p.apiKeyId };
    case 'buyer':
      return { ...none, actorKind: 'buyer', buyerUserId: p.userId, actingStaffUserId: p.actingStaffUserId };
  }
}
