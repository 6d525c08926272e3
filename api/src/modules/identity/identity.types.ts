import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BuyerPermission, BuyerRole, Permission, StaffRole } from '../../common/auth/permissions';
import {
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  NotFoundError,
  resultUnion,
  TooManyAttemptsError,
} from '../../common/errors/error-result';
import { CompanyAccessType, CompanyType, LegalEntityType, ShopContractType } from '../companies/company.types';
import { CompanyBlockedError, CompanyPendingError } from './identity.errors';

@ObjectType('BuyerUser')
export class BuyerUserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  fullName: string;
}

@ObjectType('StaffUser')
export class StaffUserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  fullName: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  photoUrl: string | null;

  @Field()
  active: boolean;

  @Field({ description: 'Language of his e-mails: ru or en.' })
  locale: string;

  @Field({ description: 'False until the user has set a password through his invitation link.' })
  hasPassword: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;
}

/** Who is logged in to the storefront and on behalf of which company and legal entity. */
@ObjectType('ShopSession')
export class ShopSessionType {
  @Field(() => BuyerUserType)
  user: BuyerUserType;

  @Field(() => CompanyType)
  company: CompanyType;

  @Field(() => BuyerRole)
  role: BuyerRole;

  @Field(() => LegalEntityType)
  activeLegalEntity: LegalEntityType;

  @Field(() => ShopContractType, {
    nullable: true,
    description:
      'The contract the user buys under: follows the legal entity (its default); null when it has no valid contract.',
  })
  activeContract: ShopContractType | null;

  @Field(() => [ShopContractType], {
    description:
      'The valid contracts of the active legal entity, default first: the ones `switchContract` accepts (for a contract switcher).',
  })
  availableContracts: ShopContractType[];

  @Field(() => [CompanyAccessType], { description: 'Every company and legal entity the user may switch to.' })
  companies: CompanyAccessType[];

  @Field(() => [BuyerPermission])
  permissions: BuyerPermission[];

  @Field(() => String, { nullable: true, description: 'Set when a staff user acts as this buyer.' })
  actingStaffUserName: string | null;
}

@ObjectType('ShopAuthPayload')
export class ShopAuthPayload {
  @Field({ description: 'Short-lived bearer token; keep it in memory only.' })
  accessToken: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => ShopSessionType)
  session: ShopSessionType;
}

export enum AdminPrincipalKind {
  STAFF = 'STAFF',
  API_KEY = 'API_KEY',
}
registerEnumType(AdminPrincipalKind, { name: 'AdminPrincipalKind' });

@ObjectType('ApiKey')
export class ApiKeyType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The first characters of the key, to tell keys apart.' })
  prefix: string;

  @Field(() => [Permission])
  scopes: Permission[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => StaffUserType, { nullable: true })
  createdBy: StaffUserType | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => ApiKeyType)
  apiKey: ApiKeyType;

  @Field({ description: 'The full key. It is shown only here, once; only its hash is stored.' })
  secret: string;
}

@ObjectType('AdminSession')
export class AdminSessionType {
  @Field(() => AdminPrincipalKind)
  kind: AdminPrincipalKind;

  @Field(() => StaffUserType, { nullable: true })
  staffUser: StaffUserType | null;

  @Field(() => ApiKeyType, { nullable: true })
  apiKey: ApiKeyType | null;

  @Field(() => [Permission])
  permissions: Permission[];
}

@ObjectType('AdminAuthPayload')
export class AdminAuthPayload {
  @Field()
  accessToken: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => AdminSessionType)
  session: AdminSessionType;
}

export const ShopLoginResult = resultUnion('ShopLoginResult', ShopAuthPayload, [
  InvalidCredentialsError,
  TooManyAttemptsError,
  CompanyBlockedError,
  CompanyPendingError,
]);
export const SwitchContractResult = resultUnion('SwitchContractResult', ShopSessionType, [NotFoundError]);
export const ShopRefreshResult = resultUnion('ShopRefreshResult', ShopAuthPayload, [InvalidRefreshTokenError]);
export const SwitchLegalEntityResult = resultUnion('SwitchLegalEntityResult', ShopSessionType, [NotFoundError]);
export const AdminLoginResult = resultUnion('AdminLoginResult', AdminAuthPayload, [
  InvalidCredentialsError,
  TooManyAttemptsError,
]);
export const AdminRefreshResult = resultUnion('AdminRefreshResult', AdminAuthPayload, [InvalidRefreshTokenError]);
