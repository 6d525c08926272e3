import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerRole, Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { OptionalUuidPipe, UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import {
  CompaniesArgs,
  ContractInput,
  ContractorGroupInput,
  CreateCompanyInput,
  DeliveryAddressInput,
  GroupIdsArgs,
  InviteUserInput,
  LegalEntityInput,
  UpdateCompanyInput,
  UserLimitsInput,
} from './companies.inputs';
import {
  ClientCompanyPage,
  ClientCompanyType,
  CompanyStatusType,
  ContractorGroupType,
  DeliveryAddressType,
} from './companies.types';
import { CompanyAdminService } from './company-admin.service';
import { CompanyDetailsService } from './company-details.service';
import { ContractorGroupsService } from './contractor-groups.service';
import { MembersService } from './members.service';
import {
  ChangeCompanyUserResult,
  CompanyResult,
  ContractorGroupResult,
  ContractResult,
  DeletedType,
  DeleteLegalEntityResult,
  InviteCompanyUserResult,
  LegalEntityResult,
  SetCompanyUserLimitsResult,
} from './members.types';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

/**
 * Client companies for staff. A sales manager reaches only the companies he manages (others are
 * NOT_FOUND); heads of sales and administrators (ALL_CLIENTS) reach all. Checked in the services.
 */
@Resolver()
export class CompaniesAdminResolver {
  constructor(
    private readonly admin: CompanyAdminService,
    private readonly details: CompanyDetailsService,
    private readonly members: MembersService,
    private readonly groups: ContractorGroupsService,
  ) {}

  @Allow(Permission.READ_COMPANIES)
  @Query(() => ClientCompanyPage, { description: 'Client companies you may see, by name; search by name or INN.' })
  companies(@Ctx() ctx: RequestContext, @Args() { filter }: CompaniesArgs, @Args() page: PageArgs) {
    return this.admin.list(ctx, filter, page);
  }

  @Allow(Permission.READ_COMPANIES)
  @Query(() => ClientCompanyType, { description: 'The company card.' })
  company(@Ctx() ctx: RequestContext, @Id('id') id: string) {
    return this.admin.get(ctx, id);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => CompanyResult)
  createCompany(@Ctx() ctx: RequestContext, @Args('input') input: CreateCompanyInput) {
    return this.admin.create(ctx, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => CompanyResult, { description: 'Name, staff notes, external id.' })
  updateCompany(@Ctx() ctx: RequestContext, @Id('id') id: string, @Args('input') input: UpdateCompanyInput) {
    return this.admin.update(ctx, id, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ClientCompanyType, {
    description: 'Block (reason required; its users are logged out at once and cannot log in), unblock or activate.',
  })
  setCompanyStatus(
    @Ctx() ctx: RequestContext,
    @Id('id') id: string,
    @Args('status', { type: () => CompanyStatusType }) status: CompanyStatusType,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ) {
    return this.admin.setStatus(ctx, id, status, reason ?? null);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ClientCompanyType, { description: 'Assigns the personal manager (null: none). Needs ALL_CLIENTS.' })
  setCompanyManager(
    @Ctx() ctx: RequestContext,
    @Id('id') id: string,
    @Args('managerId', { type: () => ID, nullable: true }, OptionalUuidPipe) managerId: string | null,
  ) {
    return this.admin.setManager(ctx, id, managerId);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ClientCompanyType, { description: 'Replaces the company’s contractor groups.' })
  setCompanyGroups(@Ctx() ctx: RequestContext, @Id('id') id: string, @Args() { groupIds }: GroupIdsArgs) {
    return this.admin.setGroups(ctx, id, groupIds);
  }

  // ---------------------------------------------------------------- legal entities, contracts, addresses

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => LegalEntityResult)
  createLegalEntity(
    @Ctx() ctx: RequestContext,
    @Id('companyId') companyId: string,
    @Args('input') input: LegalEntityInput,
  ) {
    return this.details.createLegalEntity(ctx, companyId, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => LegalEntityResult)
  updateLegalEntity(@Ctx() ctx: RequestContext, @Id('id') id: string, @Args('input') input: LegalEntityInput) {
    return this.details.updateLegalEntity(ctx, id, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => DeleteLegalEntityResult, { description: 'Only without contracts.' })
  deleteLegalEntity(@Ctx() ctx: RequestContext, @Id('id') id: string) {
    return this.details.deleteLegalEntity(ctx, id);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ContractResult)
  createContract(
    @Ctx() ctx: RequestContext,
    @Id('legalEntityId') legalEntityId: string,
    @Args('input') input: ContractInput,
  ) {
    return this.details.createContract(ctx, legalEntityId, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ContractResult)
  updateContract(@Ctx() ctx: RequestContext, @Id('id') id: string, @Args('input') input: ContractInput) {
    return this.details.updateContract(ctx, id, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => DeletedType)
  deleteContract(@Ctx() ctx: RequestContext, @Id('id') id: string) {
    return this.details.deleteContract(ctx, id);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => DeliveryAddressType)
  createDeliveryAddress(
    @Ctx() ctx: RequestContext,
    @Id('companyId') companyId: string,
    @Args('input') input: DeliveryAddressInput,
  ) {
    return this.details.createAddress(ctx, companyId, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => DeliveryAddressType)
  updateDeliveryAddress(@Ctx() ctx: RequestContext, @Id('id') id: string, @Args('input') input: DeliveryAddressInput) {
    return this.details.updateAddress(ctx, id, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => DeletedType)
  deleteDeliveryAddress(@Ctx() ctx: RequestContext, @Id('id') id: string) {
    return this.details.deleteAddress(ctx, id);
  }

  // ---------------------------------------------------------------- the company's users

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => InviteCompanyUserResult, { description: 'Adds a user to the company and e-mails him.' })
  inviteClientUser(
    @Ctx() ctx: RequestContext,
    @Id('companyId') companyId: string,
    @Args('input') input: InviteUserInput,
  ) {
    return this.members.adminInvite(ctx, companyId, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ChangeCompanyUserResult)
  setClientUserRole(
    @Ctx() ctx: RequestContext,
    @Id('companyId') companyId: string,
    @Id('userId') userId: string,
    @Args('role', { type: () => BuyerRole }) role: BuyerRole,
  ) {
    return this.members.adminSetRole(ctx, companyId, userId, role);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => SetCompanyUserLimitsResult)
  setClientUserLimits(
    @Ctx() ctx: RequestContext,
    @Id('companyId') companyId: string,
    @Id('userId') userId: string,
    @Args('limits') limits: UserLimitsInput,
  ) {
    return this.members.adminSetLimits(ctx, companyId, userId, limits);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ChangeCompanyUserResult)
  setClientUserActive(
    @Ctx() ctx: RequestContext,
    @Id('companyId') companyId: string,
    @Id('userId') userId: string,
    @Args('active') active: boolean,
  ) {
    return this.members.adminSetActive(ctx, companyId, userId, active);
  }

  // ---------------------------------------------------------------- contractor groups

  @Allow(Permission.READ_COMPANIES)
  @Query(() => [ContractorGroupType])
  contractorGroups(@Ctx() ctx: RequestContext) {
    return this.groups.list(ctx);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ContractorGroupResult)
  createContractorGroup(@Ctx() ctx: RequestContext, @Args('input') input: ContractorGroupInput) {
    return this.groups.create(ctx, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => ContractorGroupResult)
  updateContractorGroup(@Ctx() ctx: RequestContext, @Id('id') id: string, @Args('input') input: ContractorGroupInput) {
    return this.groups.update(ctx, id, input);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => DeletedType)
  deleteContractorGroup(@Ctx() ctx: RequestContext, @Id('id') id: string) {
    return this.groups.delete(ctx, id);
  }
}
