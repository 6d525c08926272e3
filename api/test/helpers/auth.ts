import { TEST_PASSWORD } from './factories';
import { cookiePair, GqlResponse, TestApp } from './test-app';

export const SHOP_LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on ShopAuthPayload { accessToken expiresAt session { user { id email } company { id name } role activeLegalEntity { id inn } companies { company { id } legalEntities { id } } permissions } }
    ... on ErrorResult { errorCode message }
    ... on TooManyAttemptsError { retryAfterSeconds }
  }
}`;

export const ADMIN_LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AdminAuthPayload { accessToken session { kind staffUser { id email role } permissions } }
    ... on ErrorResult { errorCode message }
  }
}`;

export interface LoggedIn {
  token: string;
  /** `name=value` of the refresh cookie. */
  refreshCookie: string;
  response: GqlResponse<unknown>;
}

interface LoginData {
  login: { __typename: string; accessToken?: string };
}

export async function loginBuyer(t: TestApp, email: string, password = TEST_PASSWORD): Promise<LoggedIn> {
  const res = await t.shop<LoginData>(SHOP_LOGIN, { input: { email, password } });
  const token = res.data?.login.accessToken;
  const refreshCookie = cookiePair(res.cookies, 'wholesail_shop_refresh');
  if (!token || !refreshCookie) throw new Error(`Buyer login failed: ${JSON.stringify(res.data ?? res.errors)}`);
  return { token, refreshCookie, response: res };
}

export async function loginStaff(t: TestApp, email: string, password = TEST_PASSWORD): Promise<LoggedIn> {
  const res = await t.admin<LoginData>(ADMIN_LOGIN, { input: { email, password } });
  const token = res.data?.login.accessToken;
  const refreshCookie = cookiePair(res.cookies, 'wholesail_admin_refresh');
  if (!token || !refreshCookie) throw new Error(`Staff login failed: ${JSON.stringify(res.data ?? res.errors)}`);
  return { token, refreshCookie, response: res };
}
