import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import { ActAsService } from './act-as.service';
import { ActAsSessionType, StartActAsResult } from './act-as.types';
import { RegistrationReviewService } from './registration-review.service';
import {
  ApproveRegistrationInput,
  ApproveRegistrationResult,
  RegistrationRequestPage,
  RegistrationRequestType,
  RegistrationsArgs,
  RejectRegistrationResult,
} from './registration.types';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

/** The registration queue and act-as sessions (staff). */
@Resolver()
export class RegistrationAdminResolver {
  constructor(
    private readonly review: RegistrationReviewService,
    private readonly actAs: ActAsService,
  ) {}

  @Allow(Permission.READ_COMPANIES)
  @Query(() => RegistrationRequestPage, { description: 'The registration queue (PENDING first, newest first).' })
  registrations(@Ctx() ctx: RequestContext, @Args() { filter }: RegistrationsArgs, @Args() page: PageArgs) {
    return this.review.list(ctx, filter, page);
  }

  @Allow(Permission.READ_COMPANIES)
  @Query(() => RegistrationRequestType, { description: 'One request with its duplicate check.' })
  registration(@Ctx() ctx: RequestContext, @Id('id') id: string) {
    return this.review.get(ctx, id);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ApproveRegistrationResult, {
    description: 'Creates the company (or links to one) and the applicant’s user; e-mails him a set-password link.',
  })
  approveRegistration(
    @Ctx() ctx: RequestContext,
    @Id('id') id: string,
    @Args('input', { type: () => ApproveRegistrationInput, nullable: true }) input: ApproveRegistrationInput | null,
  ) {
    return this.review.approve(ctx, id, input ?? {});
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => RejectRegistrationResult, { description: 'Rejects with a reason, which the applicant is e-mailed.' })
  rejectRegistration(@Ctx() ctx: RequestContext, @Id('id') id: string, @Args('reason') reason: string) {
    return this.review.reject(ctx, id, reason);
  }

  @Allow(Permission.ACT_AS_BUYER)
  @Mutation(() => StartActAsResult, {
    description:
      'A one-time ticket to open the storefront as this user of this company (sales managers: own clients only).',
  })
  startActAsBuyer(
    @Ctx() ctx: RequestContext,
    @Id('companyId') companyId: string,
    @Id('buyerUserId') buyerUserId: string,
  ) {
    return this.actAs.start(ctx, companyId, buyerUserId);
  }

  @Allow(Permission.ACT_AS_BUYER)
  @Query(() => [ActAsSessionType], { description: 'Your act-as sessions still running (administrators: everyone’s).' })
  actAsSessions(@Ctx() ctx: RequestContext) {
    return this.actAs.list(ctx);
  }

  @Allow(Permission.ACT_AS_BUYER)
  @Mutation(() => Boolean, { description: 'Ends an act-as session at once.' })
  endActAsSession(@Ctx() ctx: RequestContext, @Id('id') id: string) {
    return this.actAs.end(ctx, id);
  }
}
