import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsNotEmpty, MaxLength } from 'class-validator';
import { API_KEY_SCOPES, Permission } from '../../common/auth/permissions';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  password: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  name: string;

  @Field(() => [Permission])
  @ArrayMinSize(1, { message: 'must name at least one scope' })
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @IsIn(API_KEY_SCOPES, { each: true, message: 'contains a permission that API keys cannot carry' })
  scopes: Permission[];
}
