import { GqlResponse, TestApp } from './test-app';

/** One shop operation to try as company B's buyer against company A's objects. */
export interface IsolationCase {
  name: string;
  query: string;
  /** Variables naming A's objects (ids of A's users, contracts…), or anything the operation needs. */
  variables?: Record<string, unknown>;
  /**
   * For reads: also run it as A's buyer and require A's secrets in the answer — proof that the case
   * really reaches A's data through A's session, so B seeing nothing means something.
   */
  ownerSees?: boolean;
}

export interface IsolationSetup {
  /** A's buyer token, used only for `ownerSees` cases. */
  tokenA: string;
  /** B's buyer token: the one trying to reach A's data. */
  tokenB: string;
  /** Strings that identify A's data (ids, names, INNs, e-mails, contract numbers); none may reach B. */
  secretsOfA: string[];
  /** A's data as stored; it must be the same after B's attempts (nothing of A changed). */
  snapshotA: () => Promise<unknown>;
}

const ACCEPTED_ERRORS = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

function leaks(res: GqlResponse, secrets: string[]): string[] {
  const body = JSON.stringify({ data: res.data, errors: res.errors });
  return secrets.filter((s) => body.includes(s));
}

/**
 * Tenant isolation, generically: for each shop operation, company B's buyer gets nothing of
 * company A's — an error (not found / forbidden / bad input), an error result, an empty list or
 * his own data — never A's data, and A's stored data does not change. Every later feature adds its
 * shop queries and mutations here through its own spec.
 */
export async function assertTenantIsolation(t: TestApp, setup: IsolationSetup, cases: IsolationCase[]): Promise<void> {
  const before = JSON.stringify(await setup.snapshotA());
  const problems: string[] = [];
  for (const c of cases) {
    if (c.ownerSees) {
      const own = await t.shop(c.query, c.variables, { token: setup.tokenA });
      if (leaks(own, setup.secretsOfA).length === 0) {
        problems.push(
          `${c.name}: A's own buyer does not see A's data — the case proves nothing (${JSON.stringify(own.errors)})`,
        );
      }
    }
    const res = await t.shop(c.query, c.variables, { token: setup.tokenB });
    const leaked = leaks(res, setup.secretsOfA);
    if (leaked.length) problems.push(`${c.name}: B received A's ${leaked.join(', ')}`);
    const code = res.errors[0]?.extensions?.code;
    if (code && !ACCEPTED_ERRORS.has(code))
      problems.push(`${c.name}: unexpected error ${code}: ${res.errors[0].message}`);
  }
  const after = JSON.stringify(await setup.snapshotA());
  if (after !== before) problems.push('A’s stored data changed while B tried the operations');
  expect(problems).toEqual([]);
}
