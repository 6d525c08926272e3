import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Public } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import { StaffUserType } from './identity.types';
import { PasswordService } from './password.service';
import { StaffUsersService } from './staff-users.service';
import {
  CreateStaffUserInput,
  CreateStaffUserResult,
  RequestPasswordResetInput,
  RequestPasswordResetResult,
  SetPasswordInput,
  SetPasswordResult,
  SetStaffUserActiveResult,
  StaffUserPage,
  StaffUsersArgs,
  UpdateStaffUserInput,
  UpdateStaffUserResult,
} from './staff-users.types';

@Resolver()
export class StaffUsersAdminResolver {
  constructor(
    private readonly staff: StaffUsersService,
    private readonly passwords: PasswordService,
  ) {}

  @Allow(Permission.MANAGE_STAFF, Permission.READ_COMPANIES)
  @Query(() => StaffUserPage, { description: 'Staff users (to pick a manager, or to manage staff).' })
  staffUsers(@Ctx() ctx: RequestContext, @Args() args: StaffUsersArgs, @Args() page: PageArgs) {
    return this.staff.list(ctx, args, page);
  }

  @Allow(Permission.MANAGE_STAFF)
  @Mutation(() => CreateStaffUserResult, { description: 'Creates a staff user and e-mails him a set-password link.' })
  createStaffUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateStaffUserInput) {
    return this.staff.create(ctx, input);
  }

  @Allow(Permission.MANAGE_STAFF)
  @Mutation(() => UpdateStaffUserResult)
  updateStaffUser(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateStaffUserInput,
  ) {
    return this.staff.update(ctx, id, input);
  }

  @Allow(Permission.MANAGE_STAFF)
  @Mutation(() => SetStaffUserActiveResult, { description: 'Deactivating ends the user’s sessions at once.' })
  setStaffUserActive(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('active') active: boolean,
  ) {
    return this.staff.setActive(ctx, id, active);
  }

  @Allow(Permission.MANAGE_STAFF)
  @Query(() => StaffUserType)
  staffUser(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.staff.get(ctx, id);
  }

  @Public()
  @Mutation(() => RequestPasswordResetResult, { description: 'E-mails a staff user a one-hour password reset link.' })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: RequestPasswordResetInput) {
    return this.passwords.requestReset(ctx, 'staff', input.email);
  }

  @Public()
  @Mutation(() => SetPasswordResult, { description: 'Sets a password with the token of an invitation or reset link.' })
  setPassword(@Ctx() ctx: RequestContext, @Args('input') input: SetPasswordInput) {
    return this.passwords.setPassword(ctx, 'staff', input.token, input.password);
  }
}
