export default async function globalTeardown() {
  await globalThis.__WHOLESAIL_PG__?.stop();
}
