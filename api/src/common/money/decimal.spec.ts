import { Kind } from 'graphql';
import { Dec, decimalText, isDecimalText, parseDecimal, roundAmount, roundPrice } from './decimal';
import { DecimalScalar } from './decimal.scalar';
import { decimalTransformer } from './decimal.transformer';

describe('money', () => {
  it('adds without binary floating-point error', () => {
    expect(new Dec('0.1').plus('0.2').toFixed()).toBe('0.3');
    expect(new Dec('1234567890123.4567').times(3).toFixed()).toBe('3703703670370.3701');
  });

  it('rounds prices to 4 and amounts to 2 places, half up', () => {
    expect(roundPrice(new Dec('10.00005')).toFixed()).toBe('10.0001');
    expect(roundAmount(new Dec('2.345')).toFixed(2)).toBe('2.35');
    expect(roundAmount(new Dec('-2.345')).toFixed(2)).toBe('-2.35');
  });

  it('parses only plain decimal notation', () => {
    expect(parseDecimal(' 12.50 ')?.toFixed()).toBe('12.5');
    for (const bad of ['1e3', '12,5', 'NaN', 'Infinity', '', '0x10', '1.2.3', '12345678901234567']) {
      expect(parseDecimal(bad)).toBeNull();
    }
  });

  it('travels as a string in GraphQL and is refused as a float', () => {
    expect(DecimalScalar.serialize(new Dec('1250.5'))).toBe('1250.5');
    expect(DecimalScalar.parseValue('0.0001').toFixed()).toBe('0.0001');
    expect(() => DecimalScalar.parseValue(12.5)).toThrow(/string/);
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.FLOAT, value: '12.5' })).toThrow(/strings/);
  });

  it('sends text already written as toFixed() writes it unchanged, and any other text as toFixed() would', () => {
    for (const text of ['0', '12', '-3', '0.5', '1250.0001', '200000']) {
      expect(isDecimalText(text)).toBe(true);
      expect(DecimalScalar.serialize(text)).toBe(new Dec(text).toFixed());
    }
    for (const text of ['12.500', '012', '-0', '1e3', '.5', '5.', '0.0']) {
      expect(isDecimalText(text)).toBe(false);
      expect(DecimalScalar.serialize(text)).toBe(new Dec(text).toFixed());
    }
  });

  it('writes a Dec once as the scalar would send it (a kept row price)', () => {
    for (const value of ['58.7293', '200', '0.0001', '1e-7', '123456789012345.6789', '-12.5', '20.00']) {
      const text = decimalText(new Dec(value));
      expect(isDecimalText(text)).toBe(true);
      expect(DecimalScalar.serialize(text)).toBe(DecimalScalar.serialize(new Dec(value)));
    }
    expect(decimalText(new Dec('-0'))).toBe('0');
  });

  it('round-trips numeric columns exactly', () => {
    const fromDb = decimalTransformer.from('19.9900') as Dec;
    expect(fromDb.equals(new Dec('19.99'))).toBe(true);
    expect(decimalTransformer.to(new Dec('0.1').plus('0.2'))).toBe('0.3');
    expect(decimalTransformer.to(null)).toBeNull();
  });
});
