import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { UnauthenticatedError } from '../errors/domain-errors';
import type { BuyerPermission, BuyerRole, Permission, StaffRole } from '../auth/permissions';

export type ApiSurface = 'shop' | 'admin' | 'other';

export interface BuyerPrincipal {
  kind: 'buyer';
  sessionId: string;
  userId: string;
  companyId: string;
  legalEntityId: string;
  /** The active contract of the session (follows the legal entity); null when it has no valid contract. */
  contractId: string | null;
  role: BuyerRole;
  permissions: ReadonlySet<BuyerPermission>;
  /** Set when a staff user acts as this buyer; every write is attributed to him too. */
  actingStaffUserId: string | null;
}

export interface StaffPrincipal {
  kind: 'staff';
  sessionId: string;
  userId: string;
  role: StaffRole;
  permissions: ReadonlySet<Permission>;
}

export interface ApiKeyPrincipal {
  kind: 'apiKey';
  apiKeyId: string;
  permissions: ReadonlySet<Permission>;
}

export type Principal = BuyerPrincipal | StaffPrincipal | ApiKeyPrincipal;

/**
 * Everything a use case needs to know about who asks and in which transaction. Created once per
 * request; services take it as their first argument. Tenancy comes from here, never from args.
 */
export class RequestContext {
  principal: Principal | null = null;
  /** Run once the context's transaction has committed (see Db.afterCommit); empty outside one. */
  readonly afterCommit: (() => void)[] = [];

  constructor(
    readonly surface: ApiSurface,
    readonly req: Request | null,
    readonly res: Response | null,
    readonly tx: EntityManager | null = null,
  ) {}

  static forSystem(tx: EntityManager | null = null): RequestContext {
    return new RequestContext('other', null, null, tx);
  }

  /** Same request, running inside the given transaction. */
  withTransaction(tx: EntityManager): RequestContext {
    const copy = new RequestContext(this.surface, this.req, this.res, tx);
    copy.principal = this.principal;
    return copy;
  }

  get ip(): string {
    return this.req?.ip ?? 'local';
  }

  get buyer(): BuyerPrincipal {
    if (this.principal?.kind !== 'buyer') throw new UnauthenticatedError();
    return this.principal;
  }

  get staff(): StaffPrincipal {
    if (this.principal?.kind !== 'staff') throw new UnauthenticatedError('A staff login is required');
    return this.principal;
  }

  /** Staff user or API key: who is acting on the admin API (for audit columns). */
  get adminActor(): StaffPrincipal | ApiKeyPrincipal {
    const p = this.principal;
    if (p?.kind === 'staff' || p?.kind === 'apiKey') return p;
    throw new UnauthenticatedError();
  }
}

declare module 'express' {
  interface Request {
    wholesailContext?: RequestContext;
  }
}
