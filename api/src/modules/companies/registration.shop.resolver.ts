import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public } from '../../common/auth/decorators';
import { RequestContext } from '../../common/context/request-context';
import { ActAsService } from './act-as.service';
import { RedeemActAsTicketResult } from './act-as.types';
import { RegistrationService } from './registration.service';
import {
  FullRegistrationInput,
  RegisterCompanyResult,
  RegistrationStatusResult,
  RequestCompanyAccessResult,
  ShortRegistrationInput,
  VerifyRegistrationEmailResult,
} from './registration.types';

/** Public storefront operations: registration, its e-mail check and status, and act-as tickets. */
@Resolver()
export class RegistrationShopResolver {
  constructor(
    private readonly registration: RegistrationService,
    private readonly actAs: ActAsService,
  ) {}

  @Public()
  @Mutation(() => RegisterCompanyResult, {
    description: 'Full registration form for a new client; e-mails a confirmation link. Rate-limited per IP.',
  })
  registerCompany(@Ctx() ctx: RequestContext, @Args('input') input: FullRegistrationInput) {
    return this.registration.registerCompany(ctx, input);
  }

  @Public()
  @Mutation(() => RequestCompanyAccessResult, {
    description: 'Short form for existing offline clients: INN + contract number. Rate-limited per IP.',
  })
  requestCompanyAccess(@Ctx() ctx: RequestContext, @Args('input') input: ShortRegistrationInput) {
    return this.registration.requestCompanyAccess(ctx, input);
  }

  @Public()
  @Mutation(() => VerifyRegistrationEmailResult, { description: 'Confirms the e-mail with the token from the link.' })
  verifyRegistrationEmail(@Ctx() ctx: RequestContext, @Args('token') token: string) {
    return this.registration.verifyEmail(ctx, token);
  }

  @Public()
  @Query(() => RegistrationStatusResult, { description: 'The status of a request, by the token from its status link.' })
  registrationStatus(@Ctx() ctx: RequestContext, @Args('token') token: string) {
    return this.registration.status(ctx, token);
  }

  @Public()
  @Mutation(() => RedeemActAsTicketResult, {
    description: 'Opens an act-as session from a staff ticket; answers like login and sets the refresh cookie.',
  })
  redeemActAsTicket(@Ctx() ctx: RequestContext, @Args('ticket') ticket: string) {
    return this.actAs.redeem(ctx, ticket);
  }
}
