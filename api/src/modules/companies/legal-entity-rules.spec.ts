import { completeOgrn, withSettlementKey } from '@wholesail/shared';
import { Dec } from '../../common/money/decimal';
import { bankProblems, contractProblems, isIsoDate, taxIdProblems } from './legal-entity-rules';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('tax ids', () => {
  it.each([
    [{ inn: '7707083893', kpp: '773601001', ogrn: '1027700132195' }, []],
    [{ inn: '500100732259', kpp: null, ogrn: completeOgrn('30450011600015') }, []],
    [{ inn: '7707083894', kpp: '773601001' }, ['inn']],
    [{ inn: '770708389', kpp: '773601001' }, ['inn']],
    [{ inn: '7707083893', kpp: null }, ['kpp']],
    [{ inn: '7707083893', kpp: '77360100' }, ['kpp']],
    [{ inn: '500100732259', kpp: '773601001' }, ['kpp']],
    [{ inn: '7707083893', kpp: '773601001', ogrn: '1027700132196' }, ['ogrn']],
    [{ inn: '7707083893', kpp: '773601001', ogrn: '12345' }, ['ogrn']],
    [{ inn: '7707083893', kpp: '773601001', ogrn: completeOgrn('30450011600015') }, ['ogrn']],
  ])('%j → %j', (ids, expected) => {
    expect(fields(taxIdProblems(ids))).toEqual(expected);
  });

  it('says what is wrong in words', () => {
    expect(taxIdProblems({ inn: '7707083894', kpp: '773601001' })[0]).toMatchObject({
      code: 'INVALID_INN',
      message: expect.stringMatching(/check digits/),
    });
  });
});

describe('bank details', () => {
  const bik = '044525225';
  it.each([
    [{}, []],
    [
      {
        bik,
        correspondentAccount: '30101810400000000225',
        settlementAccount: withSettlementKey('40702810000000000001', bik),
      },
      [],
    ],
    [{ bik: '123' }, ['bik']],
    [{ settlementAccount: '40702810000000000001' }, ['bik']],
    [{ bik, correspondentAccount: '30101810400000000226' }, ['correspondentAccount']],
    [{ bik, settlementAccount: '4070281000000000000X' }, ['settlementAccount']],
  ])('%j → %j', (bank, expected) => {
    expect(fields(bankProblems(bank))).toEqual(expected);
  });
});

describe('contract terms', () => {
  const base = { paymentTerms: 'PREPAYMENT' as const, date: '2026-01-15', currency: 'RUB' };
  it.each([
    [base, []],
    [{ ...base, paymentTerms: 'DEFERRAL' as const, deferralDays: 30 }, []],
    [{ ...base, paymentTerms: 'DEFERRAL' as const }, ['deferralDays']],
    [{ ...base, paymentTerms: 'DEFERRAL' as const, deferralDays: 0 }, ['deferralDays']],
    [{ ...base, deferralDays: 10 }, ['deferralDays']],
    [{ ...base, date: '2026-02-30' }, ['date']],
    [{ ...base, validFrom: '2026-05-01', validTo: '2026-04-30' }, ['validTo']],
    [{ ...base, currency: 'rub' }, ['currency']],
    [{ ...base, creditLimit: new Dec('-1') }, ['creditLimit']],
  ])('%j → %j', (terms, expected) => {
    expect(fields(contractProblems(terms))).toEqual(expected);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
});
