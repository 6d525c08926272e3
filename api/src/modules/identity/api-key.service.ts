import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import { ApiKey } from './api-key.entity';
import { toStaffUserType } from './identity.mappers';
import { CreateApiKeyInput } from './identity.inputs';
import { ApiKeyType, CreatedApiKeyType } from './identity.types';
import { API_KEY_PREFIX, randomSecret, sha256 } from './tokens';

function toType(key: ApiKey): ApiKeyType {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
    createdBy: key.createdBy ? toStaffUserType(key.createdBy) : null,
  };
}

/** Integrator credentials: created by an admin, shown once, stored as a SHA-256, revocable. */
@Injectable()
export class ApiKeyService {
  constructor(private readonly db: Db) {}

  async list(ctx: RequestContext): Promise<ApiKeyType[]> {
    const keys = await this.db.repo(ctx, ApiKey).find({
      relations: { createdBy: true },
      order: { revokedAt: { direction: 'DESC', nulls: 'FIRST' }, createdAt: 'DESC' },
    });
    return keys.map(toType);
  }

  async get(ctx: RequestContext, id: string): Promise<ApiKeyType> {
    const key = await this.db.repo(ctx, ApiKey).findOne({ where: { id }, relations: { createdBy: true } });
    if (!key) throw new EntityNotFoundError('API key', id);
    return toType(key);
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKeyType> {
    const secret = `${API_KEY_PREFIX}${randomSecret(30)}`;
    const saved = await this.db.repo(ctx, ApiKey).save({
      name: input.name.trim(),
      prefix: secret.slice(0, 12),
      secretHash: sha256(secret),
      scopes: [...new Set(input.scopes)],
      createdById: ctx.staff.userId,
      lastUsedAt: null,
      revokedAt: null,
    });
    return { apiKey: await this.get(ctx, saved.id), secret };
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKeyType> {
    await this.db.query(ctx, `UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
    return this.get(ctx, id);
  }
}
