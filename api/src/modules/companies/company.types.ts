import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BuyerRole } from '../../common/auth/permissions';

@ObjectType('Company')
export class CompanyType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('LegalEntity')
export class LegalEntityType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  inn: string;

  @Field(() => String, { nullable: true, description: 'Empty for sole proprietors.' })
  kpp: string | null;
}

/** One company a buyer works for, his role there and the legal entities he can act through. */
@ObjectType('ShopCompanyAccess')
export class CompanyAccessType {
  @Field(() => CompanyType)
  company: CompanyType;

  @Field(() => BuyerRole)
  role: BuyerRole;

  @Field(() => [LegalEntityType])
  legalEntities: LegalEntityType[];
}
