import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { ActionKind, prepareRules, type PreparedPricing, type PriceTypeInfo, type PricingContract } from './engine';
import { PriceListCache, RowPriceCache } from './price-list-cache';
import { PricingDataRepository } from './pricing-data.repository';
import { toPriceRule, toPriceTypeInfo, toPricingContract, type PriceTypeRow, type ProductRow } from './pricing-rows';

/** One contract's pricing, ready to price any number of products (see PricingLoader.load). */
export interface LoadedPricing {
  contract: PricingContract | null;
  /** Every price type by id (staff-only ones included: rules may refer to them). */
  priceTypes: ReadonlyMap<string, PriceTypeRow>;
  /** null when no base price type can be found (none on the contract, legal entity, company, no default). */
  prepared: PreparedPricing | null;
  /** The types whose entries pricing reads: the base type and those the rules in scope refer to. */
  entryTypeIds: string[];
}

interface CacheEntry {
  loaded: LoadedPricing;
  /** Rules that ended before this instant were left out. */
  notBefore: number;
  expires: number;
}

/** Contracts kept prepared at once (oldest dropped first). */
const MAX_CACHED_CONTRACTS = 2000;

/** How long a prepared contract lives while change notifications arrive: a safety net only. */
const LISTENING_TTL_MS = 10 * 60_000;

/**
 * Turns database rows into the engine's prepared input. Two statements in all: `load` (one per contract)
 * and `products` (one per batch of products). The prepared contract (terms, types, rules) is kept until
 * the database announces a pricing change (PricingChangeListener: triggers notify at commit, every
 * replica drops its prepared contracts); without that channel, for PRICING_CACHE_MS only (default
 * 500 ms; 0 = never keep). Price entries are never cached.
 */
@Injectable()
export class PricingLoader {
  private readonly cache = new Map<string, CacheEntry>();
  /** Bumped by every invalidation: a load that began before one must not store what it read. */
  private generation = 0;
  private listening = false;

  constructor(
    private readonly repo: PricingDataRepository,
    private readonly lists: PriceListCache,
    private readonly rowPrices: RowPriceCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `at` drops rules that ended before it (a catalog or a cart never needs them); pass `withEnded` to
   * keep them (the staff simulator reports them as EXPIRED). null if the contract does not exist.
   */
  async load(
    ctx: RequestContext,
    contractId: string,
    at: Date,
    options: { withEnded?: boolean } = {},
  ): Promise<LoadedPricing | null> {
    const ttl = this.config.pricingCacheMs === 0 ? 0 : this.listening ? LISTENING_TTL_MS : this.config.pricingCacheMs;
    const key = `${contractId}|${options.withEnded ? 'all' : 'current'}`;
    const now = Date.now();
    const hit = ttl > 0 ? this.cache.get(key) : undefined;
    // A cached set may hold rules that ended since (they are skipped as EXPIRED), never lack one still valid at `at`.
    if (hit && hit.expires > now && (options.withEnded || at.getTime() >= hit.notBefore)) return hit.loaded;
    const generation = this.generation;
    const loaded = await this.loadFresh(ctx, contractId, at, options);
    // Read inside a transaction: it may hold its own uncommitted changes; after an invalidation: maybe stale.
    if (ttl > 0 && loaded !== null && !ctx.tx && generation === this.generation) {
      this.cache.delete(key);
      this.cache.set(key, { loaded, notBefore: at.getTime(), expires: now + ttl });
      if (this.cache.size > MAX_CACHED_CONTRACTS) this.cache.delete(this.cache.keys().next().value as string);
    }
    return loaded;
  }

  private async loadFresh(
    ctx: RequestContext,
    contractId: string,
    at: Date,
    options: { withEnded?: boolean },
  ): Promise<LoadedPricing | null> {
    const rows = await this.repo.contract(ctx, contractId, options.withEnded ? null : at);
    if (rows === null) return null;
    const priceTypes = new Map(rows.priceTypes.map((t) => [t.id, t]));
    const baseTypeId = rows.contract.base_price_type_id;
    if (baseTypeId === null) return { contract: null, priceTypes, prepared: null, entryTypeIds: [] };
    const contract = toPricingContract(rows.contract, baseTypeId);
    const infos = new Map<string, PriceTypeInfo>(rows.priceTypes.map((t) => [t.id, toPriceTypeInfo(t)]));
    const prepared = prepareRules(contract, rows.rules.map(toPriceRule), infos);
    const entryTypeIds = new Set([baseTypeId]);
    for (const r of prepared.rules) {
      const t = r.rule.action.priceTypeId;
      if (t !== null && (r.kind === ActionKind.PRICE_TYPE_RELATIVE || r.kind === ActionKind.SWITCH_PRICE_TYPE)) {
        entryTypeIds.add(t);
      }
    }
    return { contract, priceTypes, prepared, entryTypeIds: [...entryTypeIds] };
  }

  /**
   * Forgets every prepared contract: on a `pricing_changed` notification, and right after this replica
   * commits a rule, price type or base-type change (its next request sees it without waiting for the
   * notification).
   */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
    this.lists.invalidate(); // built price lists and kept row prices are made of prepared contracts
    this.rowPrices.invalidate();
  }

  /** Whether change notifications arrive (PricingChangeListener): prepared contracts may then live long. */
  setListening(listening: boolean): void {
    if (!listening) this.invalidate();
    this.listening = listening;
  }

  /** The products (by id) with their entries of the loaded contract's types; absent ids are left out. */
  async products(
    ctx: RequestContext,
    loaded: LoadedPricing,
    productIds: readonly string[],
  ): Promise<Map<string, ProductRow>> {
    const unique = [...new Set(productIds)];
    const rows = await this.repo.products(ctx, unique, loaded.entryTypeIds);
    return new Map(rows.map((r) => [r.id, r]));
  }
}
