import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Public } from '../../common/auth/decorators';
import { API_KEY_SCOPES, Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { AdminAuthService } from './admin-auth.service';
import { ApiKeyService } from './api-key.service';
import { CreateApiKeyInput, LoginInput } from './identity.inputs';
import {
  AdminLoginResult,
  AdminRefreshResult,
  AdminSessionType,
  ApiKeyType,
  CreatedApiKeyType,
} from './identity.types';

@Resolver()
export class IdentityAdminResolver {
  constructor(
    private readonly auth: AdminAuthService,
    private readonly keys: ApiKeyService,
  ) {}

  @Query(() => AdminSessionType, { description: 'The logged-in staff user, or the API key in use.' })
  me(@Ctx() ctx: RequestContext) {
    return this.auth.me(ctx);
  }

  @Public()
  @Mutation(() => AdminLoginResult)
  login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput) {
    return this.auth.login(ctx, input);
  }

  @Public()
  @Mutation(() => AdminRefreshResult)
  refreshAccessToken(@Ctx() ctx: RequestContext) {
    return this.auth.refresh(ctx);
  }

  @Mutation(() => Boolean)
  logout(@Ctx() ctx: RequestContext) {
    return this.auth.logout(ctx);
  }

  @Allow(Permission.MANAGE_API_KEYS)
  @Query(() => [ApiKeyType])
  apiKeys(@Ctx() ctx: RequestContext) {
    return this.keys.list(ctx);
  }

  @Allow(Permission.MANAGE_API_KEYS)
  @Query(() => [Permission], { description: 'Permissions an API key may be given.' })
  apiKeyScopes() {
    return API_KEY_SCOPES;
  }

  @Allow(Permission.MANAGE_API_KEYS)
  @Mutation(() => CreatedApiKeyType, { description: 'Creates a key; its secret is in the answer and nowhere else.' })
  createApiKey(@Ctx() ctx: RequestContext, @Args('input') input: CreateApiKeyInput) {
    return this.keys.create(ctx, input);
  }

  @Allow(Permission.MANAGE_API_KEYS)
  @Mutation(() => ApiKeyType)
  revokeApiKey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.keys.revoke(ctx, id);
  }
}
