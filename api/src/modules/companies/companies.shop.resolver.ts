import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission, BuyerRole } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { InviteUserInput, UserLimitsInput } from './companies.inputs';
import { CompanyUserType } from './companies.types';
import { CompanyProfileService } from './company-profile.service';
import { ShopCompanyProfileType } from './company-profile.types';
import { MembersService } from './members.service';
import { ChangeCompanyUserResult, InviteCompanyUserResult, SetCompanyUserLimitsResult } from './members.types';

/** The buyer's company page and the director's users page. The company is always the session's. */
@Resolver()
export class CompaniesShopResolver {
  constructor(
    private readonly profile: CompanyProfileService,
    private readonly members: MembersService,
  ) {}

  @Query(() => ShopCompanyProfileType, {
    description:
      'The company of the session: legal entities with details and contracts, delivery addresses, personal manager.',
  })
  myCompany(@Ctx() ctx: RequestContext) {
    return this.profile.myCompany(ctx);
  }

  @Allow(BuyerPermission.MANAGE_COMPANY_USERS)
  @Query(() => [CompanyUserType], { description: 'Directors: the users of the company.' })
  companyUsers(@Ctx() ctx: RequestContext) {
    return this.members.shopList(ctx);
  }

  @Allow(BuyerPermission.MANAGE_COMPANY_USERS)
  @Mutation(() => InviteCompanyUserResult, {
    description: 'Directors: adds a colleague and e-mails him a set-password link (or, if he has an account, access).',
  })
  inviteCompanyUser(@Ctx() ctx: RequestContext, @Args('input') input: InviteUserInput) {
    return this.members.shopInvite(ctx, input);
  }

  @Allow(BuyerPermission.MANAGE_COMPANY_USERS)
  @Mutation(() => ChangeCompanyUserResult, { description: 'Directors: not for yourself; the last director stays one.' })
  setCompanyUserRole(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
    @Args('role', { type: () => BuyerRole }) role: BuyerRole,
  ) {
    return this.members.shopSetRole(ctx, userId, role);
  }

  @Allow(BuyerPermission.MANAGE_COMPANY_USERS)
  @Mutation(() => SetCompanyUserLimitsResult, { description: 'Directors: order limits of a user (null = no limit).' })
  setCompanyUserLimits(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
    @Args('limits') limits: UserLimitsInput,
  ) {
    return this.members.shopSetLimits(ctx, userId, limits);
  }

  @Allow(BuyerPermission.MANAGE_COMPANY_USERS)
  @Mutation(() => ChangeCompanyUserResult, {
    description:
      'Directors: deactivates (his sessions end at once) or reactivates a user. Not yourself, not the last director.',
  })
  setCompanyUserActive(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
    @Args('active') active: boolean,
  ) {
    return this.members.shopSetActive(ctx, userId, active);
  }
}
