import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { MailModule } from '../mail/mail.module';
import { SpecialPriceService } from './special-price.service';
import { PriceImportController } from './price-import.controller';
import { PriceImportService } from './price-import.service';
import { PriceListController } from './price-list.controller';
import { PriceListService } from './price-list.service';
import { PriceEntryExcelController } from './price-entry-excel.controller';
import { PriceEntryExcelService } from './price-entry-excel.service';
import { PriceEntryAdminService } from './price-entry-admin.service';
import { PriceRuleAdminService } from './price-rule-admin.service';
import { PriceSimulatorService } from './price-simulator.service';
import { PriceTypeAdminService } from './price-type-admin.service';
import { CatalogPriceService } from './catalog-price.service';
import { PriceQuoteService } from './price-quote.service';
import { PricingDataRepository } from './pricing-data.repository';
import { PricingChangeListener } from './pricing-change-listener.service';
import { PricingLoader } from './pricing-loader.service';
import { PriceListCache, RowPriceCache } from './price-list-cache';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * Personal prices (docs/pricing.md). Other modules price through PriceQuoteService (lines of a
 * contract → unit prices, amounts, VAT, explanations); the engine itself is pure (./engine).
 */
@Module({
  imports: [CompaniesModule, MailModule],
  controllers: [PriceImportController, PriceListController, PriceEntryExcelController],
  providers: [
    PricingDataRepository,
    PricingLoader,
    PricingChangeListener,
    {
      provide: PriceListCache,
      useFactory: (config: AppConfig) => new PriceListCache(config.priceListCacheBytes),
      inject: [APP_CONFIG],
    },
    {
      provide: RowPriceCache,
      useFactory: (config: AppConfig) => new RowPriceCache(config.catalogPriceCacheBytes),
      inject: [APP_CONFIG],
    },
    PriceQuoteService,
    CatalogPriceService,
    PriceTypeAdminService,
    PriceEntryAdminService,
    PriceRuleAdminService,
    PriceSimulatorService,
    SpecialPriceService,
    PriceImportService,
    PriceListService,
    PriceEntryExcelService,
  ],
  exports: [
    PriceQuoteService,
    PricingLoader,
    CatalogPriceService,
    PriceTypeAdminService,
    PriceEntryAdminService,
    PriceRuleAdminService,
    PriceSimulatorService,
    SpecialPriceService,
    PriceListService,
  ],
})
export class PricingModule {}
