import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DeliveryAddressType } from './companies.types';
import { ManagerCardType, ShopLegalEntityType } from './company.types';

/** The buyer's company page: his company's legal entities, contracts, addresses and manager. */
@ObjectType('ShopCompanyProfile')
export class ShopCompanyProfileType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [ShopLegalEntityType])
  legalEntities: ShopLegalEntityType[];

  @Field(() => [DeliveryAddressType])
  deliveryAddresses: DeliveryAddressType[];

  @Field(() => ManagerCardType, { nullable: true, description: 'Null while no manager is assigned.' })
  manager: ManagerCardType | null;
}
