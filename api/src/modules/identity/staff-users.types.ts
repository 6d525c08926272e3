import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsIn, IsNotEmpty, IsOptional, IsUrl, MaxLength, MinLength } from 'class-validator';
import { StaffRole } from '../../common/auth/permissions';
import { resultUnion, TooManyAttemptsError } from '../../common/errors/error-result';
import { PageType } from '../../common/pagination/pagination.types';
import { AlreadyExistsError, InvalidTokenError, SelfChangeError } from './identity.errors';
import { StaffUserType } from './identity.types';
import { PASSWORD_MIN_LENGTH } from './password';

export const LOCALES = ['ru', 'en'];

@InputType()
export class CreateStaffUserInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  fullName: string;

  @Field(() => StaffRole)
  @IsEnum(StaffRole)
  role: StaffRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'must be an http(s) URL' })
  @MaxLength(500)
  photoUrl?: string | null;

  @Field(() => String, { defaultValue: 'ru' })
  @IsIn(LOCALES, { message: 'must be ru or en' })
  locale: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateStaffUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  fullName?: string;

  @Field(() => StaffRole, { nullable: true })
  @IsOptional()
  @IsEnum(StaffRole)
  role?: StaffRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'must be an http(s) URL' })
  @MaxLength(500)
  photoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES, { message: 'must be ru or en' })
  locale?: string;
}

@ArgsType()
export class StaffUsersArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or e-mail.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => StaffRole, { nullable: true })
  @IsOptional()
  @IsEnum(StaffRole)
  role?: StaffRole | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType()
export class SetPasswordInput {
  @Field({ description: 'The token from the invitation or reset link.' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  token: string;

  @Field()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

@ObjectType('PasswordSet')
export class PasswordSetType {
  @Field({ description: 'The login the password now belongs to.' })
  email: string;
}

@ObjectType('RequestAccepted')
export class RequestAcceptedType {
  @Field({ description: 'Always true: whether the e-mail exists is not revealed.' })
  accepted: boolean;
}

export const StaffUserPage = PageType(StaffUserType, 'StaffUserPage');
export const CreateStaffUserResult = resultUnion('CreateStaffUserResult', StaffUserType, [AlreadyExistsError]);
export const SetStaffUserActiveResult = resultUnion('SetStaffUserActiveResult', StaffUserType, [SelfChangeError]);
export const SetPasswordResult = resultUnion('SetPasswordResult', PasswordSetType, [InvalidTokenError]);
export const RequestPasswordResetResult = resultUnion('RequestPasswordResetResult', RequestAcceptedType, [
  TooManyAttemptsError,
]);
export const UpdateStaffUserResult = resultUnion('UpdateStaffUserResult', StaffUserType, [SelfChangeError]);
