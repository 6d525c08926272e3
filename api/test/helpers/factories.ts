import { completeInn } from '@wholesail/shared';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BuyerRole, StaffRole } from '../../src/common/auth/permissions';
import { hashPassword } from '../../src/modules/identity/password';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | null = null;
const hashed = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

let innCounter = Number.parseInt(randomBytes(3).toString('hex'), 16) % 1_000_000;
const unique = () => randomBytes(4).toString('hex');

export interface TestCompany {
  id: string;
  name: string;
  legalEntityIds: string[];
}

export async function createCompany(
  ds: DataSource,
  options: {
    name?: string;
    legalEntities?: number;
    status?: 'active' | 'pending' | 'blocked';
    managerId?: string | null;
    /** Give every legal entity a default contract (number `<name>-K<n>`). */
    contracts?: boolean;
  } = {},
): Promise<TestCompany> {
  const name = options.name ?? `Company ${unique()}`;
  const [company] = await ds.query<{ id: string }[]>(
    `INSERT INTO company (name, status, manager_id) VALUES ($1, $2, $3) RETURNING id`,
    [name, options.status ?? 'active', options.managerId ?? null],
  );
  const legalEntityIds: string[] = [];
  for (let i = 0; i < (options.legalEntities ?? 1); i++) {
    innCounter += 1;
    const inn = completeInn(`77${String(innCounter).padStart(7, '0')}`);
    const [le] = await ds.query<{ id: string }[]>(
      `INSERT INTO legal_entity (company_id, name, inn, kpp) VALUES ($1, $2, $3, $4) RETURNING id`,
      [company.id, `${name} LE ${i + 1}`, inn, `7736${String(i).padStart(2, '0')}001`],
    );
    legalEntityIds.push(le.id);
    if (options.contracts) await createContract(ds, le.id, { number: `${name}-K${i + 1}`, isDefault: true });
  }
  return { id: company.id, name, legalEntityIds };
}

export interface TestBuyer {
  id: string;
  email: string;
}

export async function createBuyer(
  ds: DataSource,
  memberships: { companyId: string; role?: BuyerRole }[],
  options: { email?: string; active?: boolean } = {},
): Promise<TestBuyer> {
  const email = options.email ?? `buyer-${unique()}@test.local`;
  const [user] = await ds.query<{ id: string }[]>(
    `INSERT INTO buyer_user (email, full_name, password_hash, active) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, `Buyer ${email}`, await hashed(), options.active ?? true],
  );
  for (const m of memberships) {
    await ds.query(`INSERT INTO company_member (company_id, buyer_user_id, role) VALUES ($1, $2, $3)`, [
      m.companyId,
      user.id,
      m.role ?? BuyerRole.DIRECTOR,
    ]);
  }
  return { id: user.id, email };
}

export async function createStaff(ds: DataSource, role: StaffRole = StaffRole.ADMIN): Promise<TestBuyer> {
  const email = `staff-${unique()}@test.local`;
  const [user] = await ds.query<{ id: string }[]>(
    `INSERT INTO staff_user (email, full_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, `Staff ${email}`, role, await hashed()],
  );
  return { id: user.id, email };
}

export async function createContract(
  ds: DataSource,
  legalEntityId: string,
  options: {
    number?: string;
    isDefault?: boolean;
    status?: string;
    validTo?: string | null;
    paymentTerms?: 'PREPAYMENT' | 'DEFERRAL';
    creditLimit?: string;
  } = {},
): Promise<{ id: string; number: string }> {
  const number = options.number ?? `K-${unique()}`;
  const deferral = options.paymentTerms === 'DEFERRAL';
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO contract (legal_entity_id, number, date, payment_terms, deferral_days, credit_limit, status, is_default, valid_to)
     VALUES ($1, $2, current_date - 30, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      legalEntityId,
      number,
      options.paymentTerms ?? 'PREPAYMENT',
      deferral ? 30 : null,
      options.creditLimit ?? '0',
      options.status ?? 'active',
      options.isDefault ?? false,
      options.validTo ?? null,
    ],
  );
  return { id: row.id, number };
}
