import { BuyerRole, StaffRole } from '../../src/common/auth/permissions';
import { loginBuyer, loginStaff } from '../helpers/auth';
import { createBuyer, createCompany, createStaff } from '../helpers/factories';
import { cookiePair, createTestApp, errorCode, TestApp } from '../helpers/test-app';
import { AUDIT, ME, SET_LIMITS } from './documents';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- GraphQL answers are checked by assertions, not types */
type Any = any;

const START = `mutation S($companyId: ID!, $buyerUserId: ID!) { startActAsBuyer(companyId: $companyId, buyerUserId: $buyerUserId) {
  __typename ... on ActAsTicket { ticket expiresAt url } ... on ErrorResult { errorCode message } } }`;
const REDEEM = `mutation R($ticket: String!) { redeemActAsTicket(ticket: $ticket) {
  __typename ... on ShopAuthPayload { accessToken session { user { id } company { id } actingStaffUserName } }
  ... on InvalidTokenError { reason } } }`;
const SESSIONS = `{ actAsSessions { id companyName buyerEmail staffName expiresAt } }`;
const END = `mutation E($id: ID!) { endActAsSession(id: $id) }`;
const REFRESH = `mutation { refreshAccessToken { __typename ... on ShopAuthPayload { accessToken } } }`;

describe('staff acting as a buyer', () => {
  let t: TestApp;
  let manager: { id: string; token: string; name: string };
  let other: { id: string; token: string };
  let head: string;

  beforeAll(async () => {
    t = await createTestApp({ ACT_AS_TTL_MINUTES: '60' });
    const m = await createStaff(t.ds, StaffRole.SALES_MANAGER);
    manager = { id: m.id, token: (await loginStaff(t, m.email)).token, name: `Staff ${m.email}` };
    const o = await createStaff(t.ds, StaffRole.SALES_MANAGER);
    other = { id: o.id, token: (await loginStaff(t, o.email)).token };
    head = (await loginStaff(t, (await createStaff(t.ds, StaffRole.HEAD_OF_SALES)).email)).token;
  });
  afterAll(() => t.close());

  async function clientOf(managerId: string) {
    const company = await createCompany(t.ds, { managerId, contracts: true });
    const director = await createBuyer(t.ds, [{ companyId: company.id, role: BuyerRole.DIRECTOR }]);
    const purchaser = await createBuyer(t.ds, [{ companyId: company.id, role: BuyerRole.PURCHASER }]);
    return { company, director, purchaser };
  }

  async function actAs(token: string, companyId: string, buyerUserId: string) {
    const started = await t.admin<Any>(START, { companyId, buyerUserId }, { token });
    const ticket = started.data.startActAsBuyer.ticket as string;
    const redeemed = await t.shop<Any>(REDEEM, { ticket });
    return {
      started,
      ticket,
      redeemed,
      token: redeemed.data?.redeemActAsTicket.accessToken as string,
      cookie: cookiePair(redeemed.cookies, 'wholesail_shop_refresh'),
    };
  }

  it('opens the storefront as the buyer, with a banner name, and attributes his actions to the staff user', async () => {
    const { company, director, purchaser } = await clientOf(manager.id);
    const { started, ticket, redeemed, token, cookie } = await actAs(manager.token, company.id, director.id);
    expect(started.data.startActAsBuyer.url).toMatch(/\/act-as\?ticket=/);
    expect(redeemed.data.redeemActAsTicket.session).toMatchObject({
      user: { id: director.id },
      company: { id: company.id },
      actingStaffUserName: manager.name,
    });
    expect(cookie).toBeDefined();
    expect((await t.shop<Any>(REDEEM, { ticket })).data.redeemActAsTicket.reason).toBe('USED');

    const me = await t.shop<Any>(ME, {}, { token });
    expect(me.data.me.actingStaffUserName).toBe(manager.name);
    // An action in the session: recorded as the director, with the manager behind him.
    await t.shop(SET_LIMITS, { userId: purchaser.id, limits: { orderLimit: '1000' } }, { token });
    const audit = await t.admin<Any>(
      AUDIT,
      { filter: { companyId: company.id, staffUserId: manager.id } },
      { token: head },
    );
    const actions = audit.data.auditEvents.items;
    expect(actions.map((e: Any) => e.action)).toEqual(['member.limits_changed', 'act_as.started', 'act_as.requested']);
    expect(actions[0]).toMatchObject({
      actorKind: 'buyer',
      buyerUserId: director.id,
      actingStaffUserId: manager.id,
      actingStaffUserName: manager.name,
    });

    // The session does not outlive its hour: refreshing keeps the original expiry.
    const [before] = await t.ds.query(
      `SELECT expires_at FROM auth_session WHERE acting_staff_user_id = $1 AND buyer_user_id = $2`,
      [manager.id, director.id],
    );
    expect(new Date(before.expires_at).getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    const refreshed = await t.shop<Any>(REFRESH, {}, { cookie });
    expect(refreshed.data.refreshAccessToken.__typename).toBe('ShopAuthPayload');
    const [after] = await t.ds.query(
      `SELECT expires_at FROM auth_session WHERE acting_staff_user_id = $1 AND buyer_user_id = $2`,
      [manager.id, director.id],
    );
    expect(after.expires_at).toEqual(before.expires_at);

    // Ending it = logging out of that session; recorded.
    expect((await t.shop<Any>(`mutation { logout }`, {}, { token })).data.logout).toBe(true);
    expect(errorCode(await t.shop(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    const ended = await t.admin<Any>(
      AUDIT,
      { filter: { action: 'act_as.ended', staffUserId: manager.id } },
      { token: head },
    );
    expect(ended.data.auditEvents.items[0]).toMatchObject({ buyerUserId: director.id, actingStaffUserId: manager.id });
    // The buyer's own sessions were never touched.
    await expect(loginBuyer(t, director.email)).resolves.toBeDefined();
  });

  it('keeps the act-as session to the chosen company even when the buyer works for another one', async () => {
    const { company } = await clientOf(manager.id);
    const elsewhere = await createCompany(t.ds, { managerId: other.id, contracts: true });
    const outsourced = await createBuyer(t.ds, [
      { companyId: company.id, role: BuyerRole.PURCHASER },
      { companyId: elsewhere.id, role: BuyerRole.PURCHASER },
    ]);
    const { token, redeemed } = await actAs(manager.token, company.id, outsourced.id);
    expect(redeemed.data.redeemActAsTicket.session.company.id).toBe(company.id);
    const SWITCH = `mutation S($id: ID!) { switchLegalEntity(legalEntityId: $id) { __typename ... on ErrorResult { errorCode } } }`;
    const res = await t.shop<Any>(SWITCH, { id: elsewhere.legalEntityIds[0] }, { token });
    expect(res.data.switchLegalEntity.errorCode).toBe('NOT_FOUND');
    expect((await t.shop<Any>(ME, {}, { token })).data.me.company.id).toBe(company.id);
    // The buyer himself may switch, of course.
    const own = await loginBuyer(t, outsourced.email);
    expect(
      (await t.shop<Any>(SWITCH, { id: elsewhere.legalEntityIds[0] }, { token: own.token })).data.switchLegalEntity
        .__typename,
    ).toBe('ShopSession');
  });

  it('ends by the staff side’s end operation and by expiry', async () => {
    const { company, director } = await clientOf(manager.id);
    const first = await actAs(manager.token, company.id, director.id);
    const sessions = await t.admin<Any>(SESSIONS, {}, { token: manager.token });
    const mine = sessions.data.actAsSessions.find((s: Any) => s.buyerEmail === director.email);
    expect(mine).toMatchObject({ companyName: company.name, staffName: manager.name });
    expect(errorCode(await t.admin(END, { id: mine.id }, { token: other.token }))).toBe('NOT_FOUND');
    expect((await t.admin<Any>(END, { id: mine.id }, { token: manager.token })).data.endActAsSession).toBe(true);
    expect(errorCode(await t.shop(ME, {}, { token: first.token }))).toBe('UNAUTHENTICATED');

    const second = await actAs(manager.token, company.id, director.id);
    expect(errorCode(await t.shop(ME, {}, { token: second.token }))).toBeUndefined();
    await t.ds.query(
      `UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE acting_staff_user_id = $1`,
      [manager.id],
    );
    expect(errorCode(await t.shop(ME, {}, { token: second.token }))).toBe('UNAUTHENTICATED');
    const refresh = await t.shop<Any>(`mutation { refreshAccessToken { __typename } }`, {}, { cookie: second.cookie });
    expect(refresh.data.refreshAccessToken.__typename).toBe('InvalidRefreshTokenError');
  });

  it('lets a sales manager act only for his own clients, and nobody for a blocked company or a stale ticket', async () => {
    const { company, director } = await clientOf(manager.id);
    expect(
      errorCode(await t.admin(START, { companyId: company.id, buyerUserId: director.id }, { token: other.token })),
    ).toBe('NOT_FOUND');
    const stranger = await createBuyer(t.ds, [{ companyId: (await createCompany(t.ds)).id }]);
    expect(
      errorCode(await t.admin(START, { companyId: company.id, buyerUserId: stranger.id }, { token: manager.token })),
    ).toBe('NOT_FOUND');
    const catalog = await createStaff(t.ds, StaffRole.CATALOG_MANAGER);
    const catalogToken = (await loginStaff(t, catalog.email)).token;
    expect(
      errorCode(await t.admin(START, { companyId: company.id, buyerUserId: director.id }, { token: catalogToken })),
    ).toBe('FORBIDDEN');

    const started = await t.admin<Any>(
      START,
      { companyId: company.id, buyerUserId: director.id },
      { token: manager.token },
    );
    // The client is handed to another manager before the ticket is used: it no longer opens anything.
    await t.ds.query(`UPDATE company SET manager_id = $2 WHERE id = $1`, [company.id, other.id]);
    expect(
      (await t.shop<Any>(REDEEM, { ticket: started.data.startActAsBuyer.ticket })).data.redeemActAsTicket.__typename,
    ).toBe('InvalidTokenError');

    const headStart = await t.admin<Any>(START, { companyId: company.id, buyerUserId: director.id }, { token: head });
    await t.ds.query(`UPDATE action_token SET expires_at = now() - interval '1 second' WHERE purpose = 'act_as'`);
    expect(
      (await t.shop<Any>(REDEEM, { ticket: headStart.data.startActAsBuyer.ticket })).data.redeemActAsTicket.reason,
    ).toBe('EXPIRED');

    await t.ds.query(`UPDATE company SET status = 'blocked' WHERE id = $1`, [company.id]);
    expect(
      (await t.admin<Any>(START, { companyId: company.id, buyerUserId: director.id }, { token: head })).data
        .startActAsBuyer.errorCode,
    ).toBe('NOT_ACTIVE');
  });
});
