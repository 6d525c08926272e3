import { Module } from '@nestjs/common';
import { CompaniesModule } from '../modules/companies/companies.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { IdentityAdminResolver } from '../modules/identity/identity.admin.resolver';

/** Every resolver of the staff and integrator API (/admin-api). */
export const ADMIN_RESOLVERS = [IdentityAdminResolver];

@Module({
  imports: [IdentityModule, CompaniesModule],
  providers: ADMIN_RESOLVERS,
})
export class AdminApiModule {}
