import request from 'supertest';
import { completeInn } from '@wholesail/shared';
import { StaffRole } from '../../src/common/auth/permissions';
import { loginStaff } from '../helpers/auth';
import { createStaff } from '../helpers/factories';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';
import { AUDIT } from './documents';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- GraphQL answers are checked by assertions, not types */
type Any = any;

const UPSERT_COMPANIES = `mutation U($rows: [CompanyUpsertInput!]!, $options: BatchOptionsInput) { upsertCompanies(rows: $rows, options: $options) {
  applied items { row externalId id outcome } rowErrors { row field errorCode message key } } }`;
const UPSERT_LES = `mutation U($rows: [LegalEntityUpsertInput!]!, $options: BatchOptionsInput) { upsertLegalEntities(rows: $rows, options: $options) {
  applied items { row externalId id outcome } rowErrors { row field errorCode message key } } }`;
const UPSERT_CONTRACTS = `mutation U($rows: [ContractUpsertInput!]!, $options: BatchOptionsInput) { upsertContracts(rows: $rows, options: $options) {
  applied items { row externalId id outcome } rowErrors { row field errorCode message key } } }`;
const COMPANY_CHANGES = `query C($since: String, $take: Int) { companyChanges(since: $since, take: $take) { nextCursor hasMore items { id externalId name status manager { email } groups { code } } } }`;
const CONTRACT_CHANGES = `query C($since: String) { contractChanges(since: $since) { nextCursor hasMore items { externalId number isDefault creditLimit } } }`;

describe('integrators: bulk upserts and change cursors (admin API, API key)', () => {
  let t: TestApp;
  let key: string;
  let head: string;
  let managerEmail: string;
  let seq = 0;
  const inn = () => completeInn(`66${String(1000000 + seq++)}`);

  beforeAll(async () => {
    t = await createTestApp({ SQL_COUNT_HEADER: 'true' });
    const admin = await createStaff(t.ds, StaffRole.ADMIN);
    const token = (await loginStaff(t, admin.email)).token;
    head = (await loginStaff(t, (await createStaff(t.ds, StaffRole.HEAD_OF_SALES)).email)).token;
    managerEmail = (await createStaff(t.ds, StaffRole.SALES_MANAGER)).email;
    await t.ds.query(`INSERT INTO contractor_group (code, name) VALUES ('DEALERS', 'Дилеры'), ('RETAIL', 'Розница')`);
    const created = await t.admin<Any>(
      `mutation { createApiKey(input: { name: "1C", scopes: [READ_COMPANIES, MANAGE_COMPANIES, ALL_CLIENTS] }) { secret } }`,
      {},
      { token },
    );
    key = created.data.createApiKey.secret;
  });
  afterAll(() => t.close());

  const send = async (query: string, variables: Record<string, unknown>, token = key) => {
    const res = await request(t.http)
      .post('/admin-api')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query, variables });
    return { body: res.body, sql: Number(res.headers['x-sql-count']) };
  };

  it('upserts companies, legal entities and contracts by external id; a re-run changes nothing', async () => {
    const companies = [
      { externalId: 'C-1', name: 'Альфа', managerEmail, groupCodes: ['DEALERS'] },
      { externalId: 'C-2', name: 'Бета', status: 'PENDING' },
    ];
    const first = await send(UPSERT_COMPANIES, { rows: companies });
    expect(first.body.data.upsertCompanies).toMatchObject({ applied: 2, rowErrors: [] });
    expect(first.body.data.upsertCompanies.items.map((i: Any) => i.outcome)).toEqual(['CREATED', 'CREATED']);

    const innA = inn();
    const les = [
      {
        externalId: 'LE-1',
        companyExternalId: 'C-1',
        name: 'ООО «Альфа»',
        inn: innA,
        kpp: '660101001',
        bik: '044525225',
        correspondentAccount: '30101810400000000225',
      },
      { externalId: 'LE-2', companyExternalId: 'C-2', name: 'ИП Бетов', inn: completeInn('6601234567') },
    ];
    expect((await send(UPSERT_LES, { rows: les })).body.data.upsertLegalEntities).toMatchObject({
      applied: 2,
      rowErrors: [],
    });
    const contracts = [
      {
        externalId: 'K-1',
        legalEntityExternalId: 'LE-1',
        number: 'Д-1',
        date: '2026-01-10',
        paymentTerms: 'DEFERRAL',
        deferralDays: 30,
        creditLimit: '1000000.00',
        isDefault: true,
      },
      { externalId: 'K-2', legalEntityExternalId: 'LE-1', number: 'Д-2', date: '2025-01-10', status: 'CLOSED' },
    ];
    expect((await send(UPSERT_CONTRACTS, { rows: contracts })).body.data.upsertContracts).toMatchObject({
      applied: 2,
      rowErrors: [],
    });

    const stamps = async () =>
      t.ds.query(
        `SELECT external_id, updated_at FROM company UNION ALL SELECT external_id, updated_at FROM legal_entity UNION ALL SELECT external_id, updated_at FROM contract ORDER BY 1`,
      );
    const before = await stamps();
    const again = [
      await send(UPSERT_COMPANIES, { rows: companies }),
      await send(UPSERT_LES, { rows: les }),
      await send(UPSERT_CONTRACTS, { rows: contracts }),
    ];
    for (const res of again) {
      const result = Object.values(res.body.data as Record<string, Any>)[0];
      expect(result.applied).toBe(0);
      expect(result.items.every((i: Any) => i.outcome === 'UNCHANGED')).toBe(true);
    }
    expect(await stamps()).toEqual(before);

    // A real change is applied and reported; the default moves from K-1 to K-3.
    const changed = await send(UPSERT_CONTRACTS, {
      rows: [{ externalId: 'K-3', legalEntityExternalId: 'LE-1', number: 'Д-3', date: '2026-03-01', isDefault: true }],
    });
    expect(changed.body.data.upsertContracts.items[0].outcome).toBe('CREATED');
    const defaults = await t.ds.query(`SELECT external_id FROM contract WHERE is_default ORDER BY 1`);
    expect(defaults).toEqual([{ external_id: 'K-3' }]);
    const card = await t.ds.query(
      `SELECT c.manager_id IS NOT NULL AS managed, c.status FROM company c WHERE external_id = 'C-2'`,
    );
    expect(card[0]).toEqual({ managed: false, status: 'pending' });
  });

  it('reports errors per row and field, and writes nothing with allOrNothing', async () => {
    const rows = [
      { externalId: 'E-1', companyExternalId: 'C-1', name: 'ok', inn: inn(), kpp: '660101001' },
      { externalId: 'E-2', companyExternalId: 'C-1', name: 'bad inn', inn: '6601000000', kpp: '660101001' },
      { externalId: 'E-3', companyExternalId: 'NOPE', name: 'no company', inn: inn(), kpp: '660101001' },
      {
        externalId: 'E-4',
        companyExternalId: 'C-1',
        name: 'bad ogrn',
        inn: inn(),
        kpp: '660101001',
        ogrn: '1027700132196',
      },
      { externalId: 'E-1', companyExternalId: 'C-1', name: 'duplicate key', inn: inn(), kpp: '660101001' },
      { externalId: '', companyExternalId: 'C-1', name: 'no key', inn: inn(), kpp: '660101001' },
    ];
    const strict = await send(UPSERT_LES, { rows, options: { allOrNothing: true } });
    expect(strict.body.data.upsertLegalEntities).toMatchObject({ applied: 0, items: [] });
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM legal_entity WHERE external_id LIKE 'E-%'`);
    expect(n).toBe(0);

    const lenient = await send(UPSERT_LES, { rows });
    const result = lenient.body.data.upsertLegalEntities;
    expect(result.applied).toBe(1);
    expect(result.items).toEqual([expect.objectContaining({ row: 1, externalId: 'E-1', outcome: 'CREATED' })]);
    expect(result.rowErrors.map((e: Any) => [e.row, e.field, e.errorCode])).toEqual([
      [2, 'inn', 'INVALID_INN'],
      [3, 'companyExternalId', 'UNKNOWN_COMPANY'],
      [4, 'ogrn', 'INVALID_OGRN'],
      [5, 'externalId', 'DUPLICATE_KEY'],
      [6, 'externalId', 'REQUIRED'],
    ]);
    const contractErrors = await send(UPSERT_CONTRACTS, {
      rows: [
        { externalId: 'X-1', legalEntityExternalId: 'E-1', number: 'N', date: '2026-13-01' },
        { externalId: 'X-2', legalEntityExternalId: 'E-1', number: 'M', date: '2026-01-01', paymentTerms: 'DEFERRAL' },
        { externalId: 'X-3', legalEntityExternalId: 'E-1', number: 'L', date: '2026-01-01', creditLimit: '-5' },
      ],
    });
    expect(contractErrors.body.data.upsertContracts.rowErrors.map((e: Any) => [e.row, e.field])).toEqual([
      [1, 'date'],
      [2, 'deferralDays'],
      [3, 'creditLimit'],
    ]);
    const tooMany = await send(UPSERT_COMPANIES, {
      rows: Array.from({ length: 10001 }, (_, i) => ({ externalId: `T-${i}`, name: 'x' })),
    });
    expect(tooMany.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
  });

  it('adopts a legal entity created by registration (same INN and KPP, no external id yet)', async () => {
    const taxId = inn();
    const [company] = await t.ds.query(`INSERT INTO company (name) VALUES ('Зарегистрированный') RETURNING id`);
    const [le] = await t.ds.query(
      `INSERT INTO legal_entity (company_id, name, inn, kpp) VALUES ($1, 'ООО «З»', $2, '660101001') RETURNING id`,
      [company.id, taxId],
    );
    await t.ds.query(`UPDATE company SET external_id = 'C-REG' WHERE id = $1`, [company.id]);
    const res = await send(UPSERT_LES, {
      rows: [{ externalId: 'LE-REG', companyExternalId: 'C-REG', name: 'ООО «З»', inn: taxId, kpp: '660101001' }],
    });
    expect(res.body.data.upsertLegalEntities.items[0]).toMatchObject({ id: le.id, outcome: 'UPDATED' });
  });

  it('runs the same number of statements for 10 rows as for 500', async () => {
    const rows = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({
        externalId: `${prefix}-${i}`,
        name: `Компания ${i}`,
        groupCodes: ['RETAIL'],
      }));
    const small = await send(UPSERT_COMPANIES, { rows: rows(10, 'S') });
    const large = await send(UPSERT_COMPANIES, { rows: rows(500, 'L') });
    expect(large.body.data.upsertCompanies.applied).toBe(500);
    expect(large.sql).toBe(small.sql);
    expect(large.sql).toBeLessThan(15);
  });

  it('lists changes since a cursor, and an unchanged re-run does not move it', async () => {
    await new Promise((r) => setTimeout(r, 2100)); // changes are handed out once settled (2 s)
    let since: string | null = null;
    const seen: string[] = [];
    for (;;) {
      const page: Any = (await send(COMPANY_CHANGES, { since, take: 200 })).body.data.companyChanges;
      seen.push(...page.items.map((i: Any) => i.externalId));
      since = page.nextCursor ?? since;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual(expect.arrayContaining(['C-1', 'C-2', 'S-0', 'L-499']));
    await send(UPSERT_COMPANIES, {
      rows: [{ externalId: 'C-1', name: 'Альфа', managerEmail, groupCodes: ['DEALERS'] }],
    });
    await send(UPSERT_COMPANIES, { rows: [{ externalId: 'C-2', name: 'Бета (новое имя)', status: 'BLOCKED' }] });
    await new Promise((r) => setTimeout(r, 2100));
    const next = (await send(COMPANY_CHANGES, { since })).body.data.companyChanges;
    expect(next.items.map((i: Any) => [i.externalId, i.name, i.status])).toEqual([
      ['C-2', 'Бета (новое имя)', 'BLOCKED'],
    ]);
    const contracts = (await send(CONTRACT_CHANGES, {})).body.data.contractChanges;
    expect(contracts.items.length).toBeGreaterThanOrEqual(3);
    // Blocking through the API is audited like blocking by hand.
    const audit = await t.admin<Any>(AUDIT, { filter: { action: 'company.blocked' } }, { token: head });
    expect(audit.data.auditEvents.items[0]).toMatchObject({ actorKind: 'apiKey', reason: 'bulk upsert' });
  });

  it('refuses keys without the scopes, and staff who do not see all clients', async () => {
    const admin = await createStaff(t.ds, StaffRole.ADMIN);
    const token = (await loginStaff(t, admin.email)).token;
    const readOnly = await t.admin<Any>(
      `mutation { createApiKey(input: { name: "ro", scopes: [READ_COMPANIES] }) { secret } }`,
      {},
      { token },
    );
    const ro = readOnly.data.createApiKey.secret;
    expect(errorCode({ ...(await send(UPSERT_COMPANIES, { rows: [] }, ro)).body, cookies: [], status: 200 })).toBe(
      'FORBIDDEN',
    );
    // Without ALL_CLIENTS a key sees no company at all.
    expect((await send(COMPANY_CHANGES, {}, ro)).body.data.companyChanges.items).toEqual([]);
    const sales = await createStaff(t.ds, StaffRole.SALES_MANAGER);
    const salesToken = (await loginStaff(t, sales.email)).token;
    expect((await send(UPSERT_COMPANIES, { rows: [] }, salesToken)).body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
