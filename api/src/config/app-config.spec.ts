import { ConfigError, loadConfig } from './app-config';

const base = { NODE_ENV: 'test', DATABASE_URL: 'postgres://x@localhost/x' };

describe('config: ordering settings', () => {
  it('defaults to Moscow time and a 72-hour approval timeout', () => {
    const c = loadConfig(base);
    expect(c.shopTimeZone).toBe('Europe/Moscow');
    expect(c.orderApprovalTimeoutHours).toBe(72);
  });

  it('takes an IANA zone and whole hours, and refuses anything else', () => {
    const c = loadConfig({ ...base, SHOP_TIME_ZONE: 'Asia/Vladivostok', ORDER_APPROVAL_TIMEOUT_HOURS: '24' });
    expect([c.shopTimeZone, c.orderApprovalTimeoutHours]).toEqual(['Asia/Vladivostok', 24]);
    expect(() => loadConfig({ ...base, SHOP_TIME_ZONE: 'Mars/Olympus' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ORDER_APPROVAL_TIMEOUT_HOURS: '0' })).toThrow(/ORDER_APPROVAL_TIMEOUT_HOURS/);
    expect(() => loadConfig({ ...base, ORDER_APPROVAL_TIMEOUT_HOURS: '1.5' })).toThrow(ConfigError);
  });
});
