import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * A money amount as text ("150 000,50"): the form keeps the string, `createValidators().amount`
 * checks it and `amountValue` turns it into the API's Decimal string — never a JS number.
 */
export function AmountInput({ currency, ...props }: TextInputProps & { currency?: string }) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      rightSection={currency}
      rightSectionWidth={currency ? 48 : undefined}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
      {...props}
    />
  );
}
