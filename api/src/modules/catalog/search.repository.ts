import { Injectable } from '@nestjs/common';
import { queryTokens } from '@wholesail/shared';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { likeEscape } from './catalog-query.repository';

export interface SuggestionRow {
  id: string;
  sku: string;
  name: string;
  summary: string;
  image_id: string | null;
  match: 'SKU' | 'BARCODE' | 'NAME';
  barcode: string | null;
  rank: number;
}

export interface TokenPlan {
  token: string;
  /** Whole words to match instead of the prefix (typo tolerance), or null for a prefix match. */
  words: string[] | null;
}

/** Tokens shorter than this are never corrected: two typed letters have no typo to fix. */
const TYPO_MIN_LENGTH = 4;

/**
 * Typeahead over the whole catalog. Every branch is an index range scan that stops at its LIMIT:
 * SKU prefix on a C-collated lower(sku) btree, barcode prefix on the barcode primary key, and name
 * word prefixes on product_word (word, product_id). A token that matches no known word is replaced
 * by the nearest words of the vocabulary (pg_trgm similarity on search_word, a small table).
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly db: Db) {}

  async plan(ctx: RequestContext, query: string): Promise<TokenPlan[]> {
    const tokens = [...new Set(queryTokens(query))].slice(0, 6);
    if (!tokens.length) return [];
    const long = tokens.filter((t) => t.length >= TYPO_MIN_LENGTH);
    if (!long.length) return tokens.map((token) => ({ token, words: null }));
    const rows = await this.db.query<{ token: string; known: boolean; similar: string[] | null }>(
      ctx,
      `SELECT t AS token,
              EXISTS (SELECT 1 FROM search_word w WHERE w.word LIKE replace(replace(replace(t, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%') AS known,
              (SELECT array_agg(word) FROM (SELECT w.word FROM search_word w WHERE w.word % t
                                            ORDER BY similarity(w.word, t) DESC, w.word LIMIT 3) s) AS similar
         FROM unnest($1::text[]) AS t`,
      [long],
    );
    const byToken = new Map(rows.map((r) => [r.token, r]));
    return tokens.map((token) => {
      const r = byToken.get(token);
      return { token, words: r && !r.known && r.similar?.length ? r.similar : null };
    });
  }

  async suggest(ctx: RequestContext, raw: string, plan: TokenPlan[], limit: number): Promise<SuggestionRow[]> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const normalized = raw.trim().toLowerCase();
    const branches: string[] = [];
    if (normalized.length >= 2 && normalized.length <= 64) {
      branches.push(`(SELECT id, 'SKU' AS match, NULL::text AS barcode, 0 AS rank, lower(sku) COLLATE "C" AS ord
                        FROM product WHERE active AND lower(sku) COLLATE "C" LIKE ${p(`${likeEscape(normalized)}%`)}
                       ORDER BY lower(sku) COLLATE "C" LIMIT ${p(limit)})`);
    }
    const digits = raw.trim();
    if (/^\d{4,40}$/.test(digits)) {
      branches.push(`(SELECT b.product_id AS id, 'BARCODE', b.barcode, 1, b.barcode
                        FROM product_barcode b JOIN product pb ON pb.id = b.product_id AND pb.active
                       WHERE b.barcode LIKE ${p(`${digits}%`)} ORDER BY b.barcode LIMIT ${p(limit)})`);
    }
    if (plan.length) {
      // The longest token drives the scan (most selective); the others must match other words of the name.
      const ordered = [...plan].sort(
        (a, b) => Number(!!a.words) - Number(!!b.words) || b.token.length - a.token.length,
      );
      const wordMatch = (alias: string, t: TokenPlan) =>
        t.words ? `${alias}.word = ANY(${p(t.words)}::text[])` : `${alias}.word LIKE ${p(`${likeEscape(t.token)}%`)}`;
      const [drive, ...rest] = ordered;
      const others = rest
        .map(
          (t) =>
            `AND EXISTS (SELECT 1 FROM product_word w2 WHERE w2.product_id = w.product_id AND ${wordMatch('w2', t)})`,
        )
        .join(' ');
      branches.push(`(SELECT w.product_id, 'NAME', NULL, 2, w.word
                        FROM product_word w JOIN product pn ON pn.id = w.product_id AND pn.active
                       WHERE ${wordMatch('w', drive)} ${others}
                       ORDER BY w.word LIMIT ${p(limit * 3)})`);
    }
    if (!branches.length) return [];
    return this.db.query<SuggestionRow>(
      ctx,
      `SELECT p.id, p.sku, p.name, p.summary, p.image_id, m.match, m.barcode, m.rank
         FROM (${branches.join(' UNION ALL ')}) AS m(id, match, barcode, rank, ord)
         JOIN product p ON p.id = m.id
        ORDER BY m.rank, m.ord`,
      params,
    );
  }
}
