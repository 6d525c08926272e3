import {
  completeOgrn,
  isValidBik,
  isValidCorrespondentAccount,
  isValidSettlementAccount,
  ogrnProblem,
  withSettlementKey,
} from './ogrn';

describe('OGRN', () => {
  it.each([
    ['1027700132195', null], // Sberbank
    ['1027739609391', null], // VTB
    ['304500116000157', null], // a sole proprietor (OGRNIP)
    ['1027700132196', 'checksum'],
    ['304500116000158', 'checksum'],
    ['102770013219', 'format'],
    ['10277001321950', 'format'],
    ['10277001321a5', 'format'],
    ['', 'format'],
  ])('%s → %s', (ogrn, problem) => {
    expect(ogrnProblem(ogrn)).toBe(problem);
  });

  it('completes prefixes into valid numbers', () => {
    expect(completeOgrn('102770013219')).toBe('1027700132195');
    for (const prefix of ['112233445566', '30450011600015', '99999999999999']) {
      expect(ogrnProblem(completeOgrn(prefix))).toBeNull();
    }
  });
});

describe('bank details', () => {
  it('checks the BIK format', () => {
    expect(isValidBik('044525225')).toBe(true);
    expect(isValidBik('44525225')).toBe(false);
    expect(isValidBik('144525225')).toBe(false);
  });

  it('checks accounts against the BIK', () => {
    // Sberbank, Moscow: BIK 044525225, correspondent account 30101810400000000225.
    expect(isValidCorrespondentAccount('30101810400000000225', '044525225')).toBe(true);
    expect(isValidCorrespondentAccount('30101810400000000226', '044525225')).toBe(false);
    const account = withSettlementKey('40702810000000012345', '044525225');
    expect(isValidSettlementAccount(account, '044525225')).toBe(true);
    expect(isValidSettlementAccount(account.replace(/5$/, '6'), '044525225')).toBe(false);
    expect(isValidSettlementAccount(account, '044030653')).toBe(false);
    expect(isValidSettlementAccount('4070281093800000000', '044525225')).toBe(false);
  });
});
