import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Helpers for browser tests that span both apps. E-mails are not sent in the e2e server (no SMTP):
 * they wait in the outbox, which the tests read through the admin API, as an administrator would
 * in the admin UI, to follow the links people get by e-mail.
 */
export const DEMO_PASSWORD = 'demo1234';
export const ADMIN_EMAIL = 'admin@demo.wholesail.local';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

/** Runs an admin API operation as the demo administrator (logs in once per request context). */
export async function adminApi<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const token = await adminToken(request);
  const response = await request.post('/admin-api', {
    data: { query, variables },
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  expect(body.errors ?? [], JSON.stringify(body.errors)).toEqual([]);
  return body.data as T;
}

const tokens = new WeakMap<APIRequestContext, string>();

async function adminToken(request: APIRequestContext): Promise<string> {
  const cached = tokens.get(request);
  if (cached) return cached;
  const response = await request.post('/admin-api', {
    data: {
      query: `mutation L($input: LoginInput!) { login(input: $input) { __typename ... on AdminAuthPayload { accessToken } } }`,
      variables: { input: { email: ADMIN_EMAIL, password: DEMO_PASSWORD } },
    },
  });
  const body = (await response.json()) as GraphQLResponse<{ login: { accessToken?: string } }>;
  const token = body.data?.login.accessToken;
  if (!token) throw new Error(`admin login failed: ${JSON.stringify(body)}`);
  tokens.set(request, token);
  return token;
}

const OUTBOX = `query O($filter: OutboxFilterInput) { emailOutbox(filter: $filter, take: 20) { items { template subject textBody createdAt } } }`;

/**
 * The link to `path` (e.g. `/set-password`) in the newest e-mail of `template` to `to`, as a path
 * with its query (`/set-password?token=…`) to open on the test server. Waits for the e-mail.
 */
export async function linkFromEmail(
  request: APIRequestContext,
  { to, template, path }: { to: string; template: string; path: string },
): Promise<string> {
  let link: string | null = null;
  await expect
    .poll(
      async () => {
        const data = await adminApi<{ emailOutbox: { items: { template: string; textBody: string }[] } }>(
          request,
          OUTBOX,
          { filter: { to: to.toLowerCase(), template } },
        );
        const text = data.emailOutbox.items[0]?.textBody ?? '';
        const url = text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname === path);
        link = url ? new URL(url).pathname + new URL(url).search : null;
        return link;
      },
      { message: `an e-mail "${template}" to ${to} with a link to ${path}`, timeout: 10_000 },
    )
    .not.toBeNull();
  return link as unknown as string;
}

/** A unique suffix for names and e-mails, so a test can run again against the same server. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
