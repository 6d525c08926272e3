import { Module } from '@nestjs/common';
import { OrdersModule } from '../modules/orders/orders.module';
import { OrdersShopResolver } from '../modules/orders/orders.shop.resolver';
import { CartModule } from '../modules/cart/cart.module';
import { CartShopResolver } from '../modules/cart/cart.shop.resolver';
import { CatalogModule } from '../modules/catalog/catalog.module';
import { CatalogShopResolver } from '../modules/catalog/catalog.shop.resolver';
import { CompaniesModule } from '../modules/companies/companies.module';
import { CompaniesShopResolver } from '../modules/companies/companies.shop.resolver';
import { RegistrationShopResolver } from '../modules/companies/registration.shop.resolver';
import { InventoryModule } from '../modules/inventory/inventory.module';
import { PricingModule } from '../modules/pricing/pricing.module';
import { SpecialPriceShopResolver } from '../modules/pricing/special-price.shop.resolver';
import { CatalogRowPriceResolver, ProductCardPriceResolver } from '../modules/pricing/pricing.shop.resolver';
import { InventoryShopResolver } from '../modules/inventory/inventory.shop.resolver';
import { IdentityModule } from '../modules/identity/identity.module';
import { IdentityShopResolver } from '../modules/identity/identity.shop.resolver';
import { PasswordShopResolver } from '../modules/identity/password.shop.resolver';

/** Every resolver of the buyers' API (/shop-api). A type a buyer must not see never appears here. */
export const SHOP_RESOLVERS = [
  IdentityShopResolver,
  PasswordShopResolver,
  CompaniesShopResolver,
  RegistrationShopResolver,
  CatalogShopResolver,
  InventoryShopResolver,
  CatalogRowPriceResolver,
  ProductCardPriceResolver,
  SpecialPriceShopResolver,
  CartShopResolver,
  OrdersShopResolver,
];

@Module({
  imports: [IdentityModule, CompaniesModule, CatalogModule, InventoryModule, PricingModule, CartModule, OrdersModule],
  providers: SHOP_RESOLVERS,
})
export class ShopApiModule {}
