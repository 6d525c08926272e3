import { Module } from '@nestjs/common';
import { CatalogModule } from '../modules/catalog/catalog.module';
import { CatalogAdminResolver } from '../modules/catalog/catalog.admin.resolver';
import { CompaniesModule } from '../modules/companies/companies.module';
import { InventoryModule } from '../modules/inventory/inventory.module';
import { InventoryAdminResolver } from '../modules/inventory/inventory.admin.resolver';
import { IdentityModule } from '../modules/identity/identity.module';
import { IdentityAdminResolver } from '../modules/identity/identity.admin.resolver';

/** Every resolver of the staff and integrator API (/admin-api). */
export const ADMIN_RESOLVERS = [IdentityAdminResolver, CatalogAdminResolver, InventoryAdminResolver];

@Module({
  imports: [IdentityModule, CompaniesModule, CatalogModule, InventoryModule],
  providers: ADMIN_RESOLVERS,
})
export class AdminApiModule {}
