import { completeInn, innProblem, isValidInn, isValidKpp } from './inn';

describe('INN', () => {
  it.each([
    ['7707083893', null], // a well-known organisation INN
    ['500100732259', null], // a well-known individual INN
    ['7707083894', 'checksum'],
    ['500100732250', 'checksum'],
    ['770708389', 'format'],
    ['77070838931', 'format'],
    ['77070838a3', 'format'],
    ['', 'format'],
  ])('%s → %s', (inn, problem) => {
    expect(innProblem(inn)).toBe(problem);
  });

  it('completes prefixes into valid numbers', () => {
    for (const prefix of ['123456789', '987654321', '1234567890', '5001007322']) {
      const inn = completeInn(prefix);
      expect(inn.startsWith(prefix)).toBe(true);
      expect(isValidInn(inn)).toBe(true);
    }
    expect(completeInn('770708389')).toBe('7707083893');
    expect(completeInn('5001007322')).toBe('500100732259');
  });
});

describe('KPP', () => {
  it('accepts nine characters with an optional letter reason code', () => {
    expect(isValidKpp('773601001')).toBe(true);
    expect(isValidKpp('7736AB001')).toBe(true);
    expect(isValidKpp('77360100')).toBe(false);
    expect(isValidKpp('7736ab001')).toBe(false);
  });
});
