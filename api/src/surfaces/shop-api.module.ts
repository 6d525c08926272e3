import { Module } from '@nestjs/common';
import { CompaniesModule } from '../modules/companies/companies.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { IdentityShopResolver } from '../modules/identity/identity.shop.resolver';

/** Every resolver of the buyers' API (/shop-api). A type a buyer must not see never appears here. */
export const SHOP_RESOLVERS = [IdentityShopResolver];

@Module({
  imports: [IdentityModule, CompaniesModule],
  providers: SHOP_RESOLVERS,
})
export class ShopApiModule {}
