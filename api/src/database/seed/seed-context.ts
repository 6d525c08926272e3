import { Faker, ru, en, base } from '@faker-js/faker';
import { EntityManager } from 'typeorm';
import { Progress } from './progress';

export type SeedScale = 'demo' | 'large';

export const DEMO_PASSWORD = 'demo1234';

/** What every seeder gets: the database, a seeded random generator and what earlier seeders made. */
export class SeedContext {
  /** ru data with a fixed seed: the same run gives the same database. */
  readonly faker = new Faker({ locale: [ru, en, base] });
  readonly ids: Record<string, string[]> = {};

  constructor(
    readonly db: EntityManager,
    readonly scale: SeedScale,
    readonly quiet = false,
  ) {
    this.faker.seed(20261127);
  }

  progress(label: string, total: number): Progress {
    return new Progress(label, total, this.quiet);
  }

  /** Inserts rows in chunks with one multi-row statement each; returns the generated ids. */
  async insert(table: string, rows: Record<string, unknown>[], returning = 'id', chunk = 1000): Promise<string[]> {
    const ids: string[] = [];
    if (rows.length === 0) return ids;
    const columns = Object.keys(rows[0]);
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      const params: unknown[] = [];
      const values = part.map((row) => `(${columns.map((c) => `$${params.push(row[c])}`).join(', ')})`);
      const result = await this.db.query<Record<string, string>[]>(
        `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')} RETURNING ${returning}`,
        params,
      );
      ids.push(...result.map((r) => r[returning]));
    }
    return ids;
  }
}
