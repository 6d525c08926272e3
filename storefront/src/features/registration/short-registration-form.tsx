import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createValidators, fieldErrors, useLanguage, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { REQUEST_COMPANY_ACCESS_MUTATION } from './registration.queries';
import type { Submitted } from './register-page';
import { type RegistrationFailure, RegistrationFailureAlert } from './registration-failure';

/** An existing offline client: INN + contract number + contact; only a match on file becomes a request. */
export function ShortRegistrationForm({ onSubmitted }: { onSubmitted: (submitted: Submitted) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const v = createValidators(t);
  const [request, { loading }] = useMutation(REQUEST_COMPANY_ACCESS_MUTATION);
  const [failure, setFailure] = useState<RegistrationFailure | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { inn: '', contractNumber: '', contactName: '', email: '', phone: '', consent: false },
    validate: {
      inn: v.inn,
      contractNumber: v.required(100),
      contactName: v.required(200),
      email: v.email,
      phone: v.phone(true),
      consent: (value) => (value ? null : t('validation.consent')),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    try {
      const { data } = await request({
        variables: {
          input: {
            inn: values.inn.trim(),
            contractNumber: values.contractNumber.trim(),
            contactName: values.contactName.trim(),
            email: values.email.trim(),
            phone: values.phone.trim(),
            consent: values.consent,
            locale: language,
          },
        },
      });
      const result = data?.requestCompanyAccess;
      switch (result?.__typename) {
        case 'RegistrationSubmitted':
          onSubmitted({ email: result.email, statusToken: result.statusToken });
          break;
        case 'DuplicateRegistrationError':
          setFailure({ kind: 'duplicate' });
          break;
        case 'NoMatchingContractError':
          setFailure({ kind: 'noMatchingContract' });
          break;
        case 'TooManyAttemptsError':
          setFailure({ kind: 'tooManyAttempts', seconds: result.retryAfterSeconds });
          break;
      }
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure({ kind: 'error', error });
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="short-registration-form">
      <Stack gap="md">
        {failure && <RegistrationFailureAlert failure={failure} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('register.inn')}
            required
            inputMode="numeric"
            maxLength={12}
            key={form.key('inn')}
            {...form.getInputProps('inn')}
          />
          <TextInput
            label={t('register.contractNumber')}
            description={t('register.contractNumberHint')}
            required
            key={form.key('contractNumber')}
            {...form.getInputProps('contractNumber')}
          />
          <TextInput
            label={t('register.contactName')}
            required
            autoComplete="name"
            key={form.key('contactName')}
            {...form.getInputProps('contactName')}
          />
          <TextInput
            label={t('register.phone')}
            required
            type="tel"
            autoComplete="tel"
            key={form.key('phone')}
            {...form.getInputProps('phone')}
          />
        </SimpleGrid>
        <TextInput
          label={t('register.email')}
          description={t('register.emailHint')}
          required
          type="email"
          autoComplete="email"
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <Checkbox
          label={t('register.consent')}
          key={form.key('consent')}
          {...form.getInputProps('consent', { type: 'checkbox' })}
        />
        <Button type="submit" loading={loading}>
          {t('register.submit')}
        </Button>
      </Stack>
    </form>
  );
}
