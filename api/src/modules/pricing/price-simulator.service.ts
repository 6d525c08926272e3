import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { CompanyAdminService } from '../companies/company-admin.service';
import type { PriceResult } from './engine';
import { PriceQuoteService, type QuotedPriceType } from './price-quote.service';
import { SimulatePricesInput } from './pricing.admin.inputs';
import { PriceSimulationType, PriceTypeType, SimulatedPriceLineType } from './pricing.admin.types';

/**
 * The staff price simulator: a company, legal entity or contract, products, quantities, a warehouse and
 * an instant → prices with full traces. It prices through PriceQuoteService like the catalog and the cart,
 * so it gives their answer by construction (plus the rules that had ended, reported EXPIRED). Sales
 * managers may simulate only for their own clients.
 */
@Injectable()
export class PriceSimulatorService {
  constructor(
    private readonly db: Db,
    private readonly quotes: PriceQuoteService,
    private readonly companies: CompanyAdminService,
  ) {}

  async simulate(ctx: RequestContext, input: SimulatePricesInput): Promise<PriceSimulationType> {
    const contractId = await this.contractOf(ctx, input);
    const quote = await this.quotes.quote(
      ctx,
      {
        contractId,
        lines: input.lines.map((l) => ({
          productId: l.productId,
          quantity: l.quantity,
          unit: l.unit,
          warehouseId: l.warehouseId,
        })),
        orderAmount: input.orderAmount ?? null,
        at: input.at ?? undefined,
      },
      { explain: true, hints: true, withEndedRules: true },
    );
    const skus = new Map(
      (
        await this.db.query<{ id: string; sku: string }>(
          ctx,
          `SELECT id, sku FROM product WHERE id = ANY($1::uuid[])`,
          [input.lines.map((l) => l.productId)],
        )
      ).map((r) => [r.id, r.sku]),
    );
    return {
      contractId,
      at: quote.at,
      basePriceType: quote.basePriceType ? typeOf(quote.basePriceType) : null,
      lines: quote.lines.map((l): SimulatedPriceLineType => {
        const t: PriceResult | null = l.trace;
        return {
          productId: l.productId,
          sku: skus.get(l.productId) ?? null,
          status: l.status,
          quantity: l.quantity,
          unit: l.unit,
          baseQuantity: l.baseQuantity,
          unitPrice: l.unitPrice,
          baseUnitPrice: l.baseUnitPrice,
          lineAmount: l.lineAmount,
          vatAmount: l.vat?.amount ?? null,
          currency: l.currency,
          vatIncluded: l.vat?.included ?? t?.vatIncluded ?? null,
          priceType: l.priceType ? typeOf(l.priceType) : null,
          basePrice: t?.basePrice ?? null,
          unroundedPrice: t?.unroundedPrice ?? null,
          noPriceReason: t?.noPriceReason ?? null,
          clampedAtZero: t?.clampedAtZero ?? false,
          steps: (t?.steps ?? []).map((s) => ({ ...s })),
          hints: [...(t?.hints ?? [])],
          buyerView: JSON.stringify(l.explanation),
        };
      }),
    };
  }

  /** The contract asked for (directly, or the default contract of a legal entity / company's first legal entity). */
  private async contractOf(ctx: RequestContext, input: SimulatePricesInput): Promise<string> {
    const given = [input.contractId, input.legalEntityId, input.companyId].filter(Boolean).length;
    if (given !== 1)
      throw new UserInputError('input', 'input: give exactly one of contractId, legalEntityId, companyId');
    const [row] = await this.db.query<{ contract_id: string | null; company_id: string }>(
      ctx,
      input.contractId
        ? `SELECT k.id AS contract_id, le.company_id FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id WHERE k.id = $1`
        : input.legalEntityId
          ? `SELECT (SELECT k.id FROM contract k WHERE k.legal_entity_id = le.id ORDER BY k.is_default DESC, k.date DESC LIMIT 1) AS contract_id,
                    le.company_id FROM legal_entity le WHERE le.id = $1`
          : `SELECT (SELECT k.id FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id
                      WHERE le.company_id = c.id ORDER BY le.created_at, k.is_default DESC, k.date DESC LIMIT 1) AS contract_id,
                    c.id AS company_id FROM company c WHERE c.id = $1`,
      [input.contractId ?? input.legalEntityId ?? input.companyId],
    );
    if (!row)
      throw new EntityNotFoundError(input.contractId ? 'Contract' : input.legalEntityId ? 'Legal entity' : 'Company');
    await this.companies.require(ctx, row.company_id, 'company.view');
    if (!row.contract_id) throw new UserInputError('input', 'input: this client has no contract to price by');
    return row.contract_id;
  }
}

function typeOf(t: QuotedPriceType): PriceTypeType {
  return { ...t, entryCount: null };
}
