import { Module } from '@nestjs/common';
import { CompaniesModule } from '../modules/companies/companies.module';
import { CompaniesShopResolver } from '../modules/companies/companies.shop.resolver';
import { RegistrationShopResolver } from '../modules/companies/registration.shop.resolver';
import { IdentityModule } from '../modules/identity/identity.module';
import { IdentityShopResolver } from '../modules/identity/identity.shop.resolver';
import { PasswordShopResolver } from '../modules/identity/password.shop.resolver';

/** Every resolver of the buyers' API (/shop-api). A type a buyer must not see never appears here. */
export const SHOP_RESOLVERS = [
  IdentityShopResolver,
  PasswordShopResolver,
  CompaniesShopResolver,
  RegistrationShopResolver,
];

@Module({
  imports: [IdentityModule, CompaniesModule],
  providers: SHOP_RESOLVERS,
})
export class ShopApiModule {}
