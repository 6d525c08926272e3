import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import type { ActionTokenPurpose } from './action-token.entity';
import { TokenProblem } from './identity.errors';
import { randomSecret, sha256 } from './tokens';

export interface IssueToken {
  purpose: ActionTokenPurpose;
  userKind?: 'buyer' | 'staff' | null;
  userId?: string | null;
  payload?: Record<string, string>;
  ttlSeconds: number;
}

export interface ConsumedToken {
  id: string;
  purpose: ActionTokenPurpose;
  userKind: 'buyer' | 'staff' | null;
  userId: string | null;
  payload: Record<string, string>;
}

interface TokenRow {
  id: string;
  purpose: ActionTokenPurpose;
  user_kind: 'buyer' | 'staff' | null;
  user_id: string | null;
  payload: Record<string, string>;
  used_at: Date | null;
  expired: boolean;
}

export const TOKEN_TTL = {
  invite: 7 * 86400,
  password_reset: 3600,
  email_verification: 2 * 86400,
  act_as: 120,
} as const satisfies Record<ActionTokenPurpose, number>;

/**
 * Single-use, expiring secrets for links and tickets. Only the SHA-256 is stored; consuming is one
 * conditional UPDATE, so two clicks on the same link cannot both succeed.
 */
@Injectable()
export class ActionTokenService {
  constructor(private readonly db: Db) {}

  async issue(ctx: RequestContext, token: IssueToken): Promise<string> {
    const secret = randomSecret(32);
    await this.db.query(
      ctx,
      `INSERT INTO action_token (purpose, token_hash, user_kind, user_id, payload, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
      [
        token.purpose,
        sha256(secret),
        token.userKind ?? null,
        token.userId ?? null,
        token.payload ?? {},
        token.ttlSeconds,
      ],
    );
    return secret;
  }

  /** Uses the token up, or says why it cannot be used. */
  async consume(
    ctx: RequestContext,
    secret: string,
    purposes: ActionTokenPurpose[],
    userKind: 'buyer' | 'staff' | null = null,
  ): Promise<ConsumedToken | TokenProblem> {
    if (!secret || secret.length > 200) return TokenProblem.UNKNOWN;
    const hash = sha256(secret);
    const [row] = await this.db.query<TokenRow>(
      ctx,
      `UPDATE action_token SET used_at = now()
        WHERE token_hash = $1 AND purpose = ANY($2) AND ($3::varchar IS NULL OR user_kind = $3)
          AND used_at IS NULL AND expires_at > now()
      RETURNING id, purpose, user_kind, user_id, payload`,
      [hash, purposes, userKind],
    );
    if (row)
      return { id: row.id, purpose: row.purpose, userKind: row.user_kind, userId: row.user_id, payload: row.payload };
    const [seen] = await this.db.query<TokenRow>(
      ctx,
      `SELECT used_at, expires_at <= now() AS expired FROM action_token
        WHERE token_hash = $1 AND purpose = ANY($2) AND ($3::varchar IS NULL OR user_kind = $3)`,
      [hash, purposes, userKind],
    );
    if (!seen) return TokenProblem.UNKNOWN;
    return seen.used_at ? TokenProblem.USED : TokenProblem.EXPIRED;
  }

  /** Retires a user's unused tokens of these purposes (a new reset link replaces the old ones). */
  async revokeFor(ctx: RequestContext, userKind: 'buyer' | 'staff', userId: string, purposes: ActionTokenPurpose[]) {
    await this.db.query(
      ctx,
      `UPDATE action_token SET used_at = now()
        WHERE user_kind = $1 AND user_id = $2 AND purpose = ANY($3) AND used_at IS NULL`,
      [userKind, userId, purposes],
    );
  }
}
