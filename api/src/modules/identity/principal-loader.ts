import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import type { Request } from 'express';
import { ExtractJwt, Strategy as JwtStrategy, VerifiedCallback } from 'passport-jwt';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { PrincipalLoader } from '../../common/auth/auth.guard';
import { ApiSurface, Principal, RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import {
  BUYER_ROLE_PERMISSIONS,
  BuyerRole,
  Permission,
  STAFF_ROLE_PERMISSIONS,
  StaffRole,
} from '../../common/auth/permissions';
import { AccessTokenClaims, API_KEY_PREFIX, sha256 } from './tokens';

interface BuyerSessionRow {
  id: string;
  buyer_user_id: string;
  company_id: string;
  legal_entity_id: string;
  contract_id: string | null;
  acting_staff_user_id: string | null;
  role: BuyerRole;
}

interface StaffSessionRow {
  id: string;
  staff_user_id: string;
  role: StaffRole;
}

/** passport-jwt, driven directly: it checks the signature and expiry, then calls `verify`. */
function authenticate(strategy: JwtStrategy, req: Request): Promise<Principal | null> {
  return new Promise((resolve, reject) => {
    const run = Object.create(strategy) as JwtStrategy & {
      success: (user: Principal) => void;
      fail: () => void;
      error: (err: Error) => void;
    };
    run.success = (user: Principal) => resolve(user);
    run.fail = () => resolve(null);
    run.error = (err) => reject(err);
    run.authenticate(req, {});
  });
}

/**
 * Turns the bearer credential of a request into a principal. An access token is only as good as
 * its session: each request checks (one indexed query) that the session is live, the user and
 * membership active and the company not blocked, so logout and blocking take effect at once.
 */
@Injectable()
export class JwtPrincipalLoader implements PrincipalLoader {
  private readonly strategy: JwtStrategy;

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.strategy = new JwtStrategy(
      {
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        // A KeyObject: with a plain string jsonwebtoken re-derives the key type on every verify.
        secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
        algorithms: ['HS256'],
        passReqToCallback: true,
      },
      (req: Request, claims: AccessTokenClaims, done: VerifiedCallback) => {
        this.fromClaims(req, claims).then(
          (principal) => done(null, principal ?? false),
          (err: Error) => done(err, false),
        );
      },
    );
  }

  async load(req: Request, surface: ApiSurface): Promise<Principal | null> {
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer ')) return null;
    if (header.startsWith(`Bearer ${API_KEY_PREFIX}`)) {
      return surface === 'admin' ? this.fromApiKey(header.slice(7).trim()) : null;
    }
    (req as { wholesailSurface?: ApiSurface }).wholesailSurface = surface;
    return authenticate(this.strategy, req);
  }

  private async fromClaims(req: Request, claims: AccessTokenClaims): Promise<Principal | null> {
    const surface = (req as { wholesailSurface?: ApiSurface }).wholesailSurface;
    const ctx = RequestContext.forSystem();
    if (claims.typ === 'buyer' && surface === 'shop') {
      const [row] = await this.db.query<BuyerSessionRow>(
        ctx,
        `SELECT s.id, s.buyer_user_id, s.company_id, s.legal_entity_id, s.contract_id, s.acting_staff_user_id, m.role
           FROM auth_session s
           JOIN buyer_user u ON u.id = s.buyer_user_id AND u.active
           JOIN company c ON c.id = s.company_id AND c.status = 'active'
           JOIN company_member m ON m.company_id = s.company_id AND m.buyer_user_id = s.buyer_user_id AND m.active
          WHERE s.id = $1 AND s.buyer_user_id = $2 AND s.kind = 'buyer'
            AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [claims.sid, claims.sub],
      );
      if (!row) return null;
      return {
        kind: 'buyer',
        sessionId: row.id,
        userId: row.buyer_user_id,
        companyId: row.company_id,
        legalEntityId: row.legal_entity_id,
        contractId: row.contract_id,
        role: row.role,
        permissions: new Set(BUYER_ROLE_PERMISSIONS[row.role]),
        actingStaffUserId: row.acting_staff_user_id,
      };
    }
    if (claims.typ === 'staff' && surface === 'admin') {
      const [row] = await this.db.query<StaffSessionRow>(
        ctx,
        `SELECT s.id, s.staff_user_id, u.role
           FROM auth_session s
           JOIN staff_user u ON u.id = s.staff_user_id AND u.active
          WHERE s.id = $1 AND s.staff_user_id = $2 AND s.kind = 'staff'
            AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [claims.sid, claims.sub],
      );
      if (!row) return null;
      return {
        kind: 'staff',
        sessionId: row.id,
        userId: row.staff_user_id,
        role: row.role,
        permissions: new Set(STAFF_ROLE_PERMISSIONS[row.role]),
      };
    }
    return null;
  }

  private async fromApiKey(secret: string): Promise<Principal | null> {
    if (secret.length > 200) return null;
    const ctx = RequestContext.forSystem();
    // Touch last_used_at at most once a minute, so busy integrations do not write on every call.
    const [row] = await this.db.query<{ id: string; scopes: Permission[] }>(
      ctx,
      `WITH key AS (
         SELECT id, scopes, last_used_at FROM api_key WHERE secret_hash = $1 AND revoked_at IS NULL
       ), touched AS (
         UPDATE api_key SET last_used_at = now()
          WHERE id = (SELECT id FROM key)
            AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
       )
       SELECT id, scopes FROM key`,
      [sha256(secret)],
    );
    if (!row) return null;
    return { kind: 'apiKey', apiKeyId: row.id, permissions: new Set(row.scopes) };
  }
}
