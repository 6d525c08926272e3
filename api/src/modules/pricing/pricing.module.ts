import { Module } from '@nestjs/common';
import { CatalogPriceService } from './catalog-price.service';
import { PriceQuoteService } from './price-quote.service';
import { PricingDataRepository } from './pricing-data.repository';
import { PricingLoader } from './pricing-loader.service';

/**
 * Personal prices (docs/pricing.md). Other modules price through PriceQuoteService (lines of a
 * contract → unit prices, amounts, VAT, explanations); the engine itself is pure (./engine).
 */
@Module({
  providers: [PricingDataRepository, PricingLoader, PriceQuoteService, CatalogPriceService],
  exports: [PriceQuoteService, PricingLoader, CatalogPriceService],
})
export class PricingModule {}
