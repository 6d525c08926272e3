import { parseAmountText } from './amount-text';

describe('parseAmountText', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['150000', '150000'],
    ['150 000,50', '150000.5'],
    ['150\u00a0000.5', '150000.5'],
    ['1,000.25', '1000.25'],
    ['0,01', '0.01'],
    ['12345678901234567.99', '12345678901234567.99'],
    ['99999999999999999.99', '99999999999999999.99'],
  ])('reads %j as %j', (text, value) => {
    expect(parseAmountText(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'NOT_A_NUMBER'],
    ['10 00', 'NOT_A_NUMBER'],
    ['1e5', 'NOT_A_NUMBER'],
    ['-5', 'NEGATIVE'],
    ['0', 'NOT_POSITIVE'],
    ['0,00', 'NOT_POSITIVE'],
    ['123456789012345678', 'TOO_LARGE'],
    ['10.005', 'TOO_PRECISE'],
  ])('refuses %j: %s', (text, problem) => {
    expect(parseAmountText(text)).toEqual({ ok: false, problem });
  });

  it('accepts zero when asked (a credit limit of 0 means no credit)', () => {
    expect(parseAmountText('0', { allowZero: true })).toEqual({ ok: true, value: '0' });
    expect(parseAmountText('-0', { allowZero: true })).toEqual({ ok: true, value: '0' });
  });

  it('keeps digits a float would lose', () => {
    expect(parseAmountText('9007199254740993.01')).toEqual({ ok: true, value: '9007199254740993.01' });
  });
});
