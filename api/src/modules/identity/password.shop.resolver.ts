import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, Public } from '../../common/auth/decorators';
import { RequestContext } from '../../common/context/request-context';
import { PasswordService } from './password.service';
import {
  RequestPasswordResetInput,
  RequestPasswordResetResult,
  SetPasswordInput,
  SetPasswordResult,
} from './staff-users.types';

@Resolver()
export class PasswordShopResolver {
  constructor(private readonly passwords: PasswordService) {}

  @Public()
  @Mutation(() => RequestPasswordResetResult, {
    description: 'E-mails a one-hour password reset link (answers the same for unknown e-mails).',
  })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: RequestPasswordResetInput) {
    return this.passwords.requestReset(ctx, 'buyer', input.email);
  }

  @Public()
  @Mutation(() => SetPasswordResult, {
    description: 'Sets a password with the token of an invitation or reset link; ends the user’s other sessions.',
  })
  setPassword(@Ctx() ctx: RequestContext, @Args('input') input: SetPasswordInput) {
    return this.passwords.setPassword(ctx, 'buyer', input.token, input.password);
  }
}
