import { Module } from '@nestjs/common';
import { AuditAdminResolver } from '../modules/audit/audit.admin.resolver';
import { CompaniesAdminResolver } from '../modules/companies/companies.admin.resolver';
import { CompaniesIntegrationResolver } from '../modules/companies/companies.integration.resolver';
import { CompaniesModule } from '../modules/companies/companies.module';
import { RegistrationAdminResolver } from '../modules/companies/registration.admin.resolver';
import { CatalogModule } from '../modules/catalog/catalog.module';
import { CatalogAdminResolver } from '../modules/catalog/catalog.admin.resolver';
import { InventoryModule } from '../modules/inventory/inventory.module';
import { PricingModule } from '../modules/pricing/pricing.module';
import { SpecialPriceAdminResolver } from '../modules/pricing/special-price.admin.resolver';
import { PricingAdminResolver } from '../modules/pricing/pricing.admin.resolver';
import { InventoryAdminResolver } from '../modules/inventory/inventory.admin.resolver';
import { IdentityModule } from '../modules/identity/identity.module';
import { IdentityAdminResolver } from '../modules/identity/identity.admin.resolver';
import { StaffUsersAdminResolver } from '../modules/identity/staff-users.admin.resolver';
import { MailAdminResolver } from '../modules/mail/mail.admin.resolver';
import { MailModule } from '../modules/mail/mail.module';
import { OrdersAdminResolver } from '../modules/orders/orders.admin.resolver';
import { OrdersModule } from '../modules/orders/orders.module';

/** Every resolver of the staff and integrator API (/admin-api). */
export const ADMIN_RESOLVERS = [
  IdentityAdminResolver,
  StaffUsersAdminResolver,
  CompaniesAdminResolver,
  RegistrationAdminResolver,
  CompaniesIntegrationResolver,
  AuditAdminResolver,
  MailAdminResolver,
  CatalogAdminResolver,
  InventoryAdminResolver,
  PricingAdminResolver,
  SpecialPriceAdminResolver,
  OrdersAdminResolver,
];

@Module({
  imports: [IdentityModule, CompaniesModule, MailModule, CatalogModule, InventoryModule, PricingModule, OrdersModule],
  providers: ADMIN_RESOLVERS,
})
export class AdminApiModule {}
