import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public } from '../../common/auth/decorators';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { LoginInput } from './identity.inputs';
import {
  ShopLoginResult,
  ShopRefreshResult,
  ShopSessionType,
  SwitchContractResult,
  SwitchLegalEntityResult,
} from './identity.types';
import { ShopAuthService } from './shop-auth.service';

@Resolver()
export class IdentityShopResolver {
  constructor(private readonly auth: ShopAuthService) {}

  @Query(() => ShopSessionType, { description: 'The logged-in buyer, his company and active legal entity.' })
  me(@Ctx() ctx: RequestContext) {
    return this.auth.me(ctx);
  }

  @Public()
  @Mutation(() => ShopLoginResult, { description: 'Logs in; sets the httpOnly refresh cookie.' })
  login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput) {
    return this.auth.login(ctx, input);
  }

  @Public()
  @Mutation(() => ShopRefreshResult, { description: 'Exchanges the refresh cookie for a new access token.' })
  refreshAccessToken(@Ctx() ctx: RequestContext) {
    return this.auth.refresh(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends the session: its access and refresh tokens stop working.' })
  logout(@Ctx() ctx: RequestContext) {
    return this.auth.logout(ctx);
  }

  @Mutation(() => SwitchLegalEntityResult, {
    description: 'Acts through another of the user’s legal entities; prices, contract and cart follow it.',
  })
  switchLegalEntity(@Ctx() ctx: RequestContext, @Args('legalEntityId', { type: () => ID }, UuidPipe) id: string) {
    return this.auth.switchLegalEntity(ctx, id);
  }

  @Mutation(() => SwitchContractResult, {
    description: 'Buys under another valid contract of the active legal entity (NOT_FOUND for any other id).',
  })
  switchContract(@Ctx() ctx: RequestContext, @Args('contractId', { type: () => ID }, UuidPipe) id: string) {
    return this.auth.switchContract(ctx, id);
  }
}
