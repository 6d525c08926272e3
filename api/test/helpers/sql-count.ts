import request from 'supertest';
import { TestApp } from './test-app';

/** Runs a shop operation and returns the data and the statements it took (app needs SQL_COUNT_HEADER=true). */
export async function shopWithSqlCount<T = Record<string, unknown>>(
  t: TestApp,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: T; statements: number }> {
  const res = await request(t.http)
    .post('/shop-api')
    .set('authorization', `Bearer ${token}`)
    .send({ query, variables });
  const body = res.body as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, statements: Number(res.headers['x-sql-count']) };
}
