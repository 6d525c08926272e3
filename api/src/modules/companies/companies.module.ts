import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { MailModule } from '../mail/mail.module';
import { ActAsService } from './act-as.service';
import { CompanyAdminService } from './company-admin.service';
import { CompanyBulkRepository } from './company-bulk.repository';
import { CompanyBulkService } from './company-bulk.service';
import { CompanyChangesService } from './company-changes.service';
import { CompanyDetailsService } from './company-details.service';
import { CompanyProfileService } from './company-profile.service';
import { CompanyReadRepository } from './company-read.repository';
import { ContractorGroupsService } from './contractor-groups.service';
import { MembersService } from './members.service';
import { RegistrationReviewService } from './registration-review.service';
import { RegistrationService } from './registration.service';

const SERVICES = [
  CompanyReadRepository,
  CompanyAdminService,
  CompanyDetailsService,
  CompanyProfileService,
  ContractorGroupsService,
  MembersService,
  RegistrationService,
  RegistrationReviewService,
  ActAsService,
  CompanyBulkRepository,
  CompanyBulkService,
  CompanyChangesService,
];

/** Client companies: registration, the staff's client management, buyers' company page and users, integrators' upserts. */
@Module({
  imports: [IdentityModule, MailModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class CompaniesModule {}
