import { useMutation } from '@apollo/client/react';
import { Autocomplete, Button, Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createValidators, fieldErrors, useLanguage, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { REGISTER_COMPANY_MUTATION } from './registration.queries';
import type { Submitted } from './register-page';
import { type RegistrationFailure, RegistrationFailureAlert } from './registration-failure';

const BUSINESS_KINDS = ['retail', 'construction', 'dealer', 'installer', 'other'] as const;

/** A new client: company, tax ids, contact, region, kind of business; consent required. */
export function FullRegistrationForm({ onSubmitted }: { onSubmitted: (submitted: Submitted) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const v = createValidators(t);
  const [register, { loading }] = useMutation(REGISTER_COMPANY_MUTATION);
  const [failure, setFailure] = useState<RegistrationFailure | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      companyName: '',
      inn: '',
      kpp: '',
      contactName: '',
      email: '',
      phone: '',
      region: '',
      businessKind: '',
      comment: '',
      consent: false,
    },
    validate: {
      companyName: v.required(300),
      inn: v.inn,
      kpp: (value, values) => v.kpp(value, values.inn),
      contactName: v.required(200),
      email: v.email,
      phone: v.phone(true),
      region: v.required(200),
      businessKind: v.required(200),
      comment: v.optional(2000),
      consent: (value) => (value ? null : t('validation.consent')),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    try {
      const { data } = await register({
        variables: {
          input: {
            companyName: values.companyName.trim(),
            inn: values.inn.trim(),
            kpp: values.kpp.trim() || null,
            contactName: values.contactName.trim(),
            email: values.email.trim(),
            phone: values.phone.trim(),
            region: values.region.trim(),
            businessKind: values.businessKind.trim(),
            comment: values.comment.trim() || null,
            consent: values.consent,
            locale: language,
          },
        },
      });
      const result = data?.registerCompany;
      switch (result?.__typename) {
        case 'RegistrationSubmitted':
          onSubmitted({ email: result.email, statusToken: result.statusToken });
          break;
        case 'DuplicateRegistrationError':
          setFailure({ kind: 'duplicate' });
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
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="full-registration-form">
      <Stack gap="md">
        {failure && <RegistrationFailureAlert failure={failure} />}
        <TextInput
          label={t('register.companyName')}
          required
          key={form.key('companyName')}
          {...form.getInputProps('companyName')}
        />
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
            label={t('register.kpp')}
            description={t('register.kppHint')}
            inputMode="numeric"
            maxLength={9}
            key={form.key('kpp')}
            {...form.getInputProps('kpp')}
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('register.region')} required key={form.key('region')} {...form.getInputProps('region')} />
          <Autocomplete
            label={t('register.businessKind')}
            required
            data={BUSINESS_KINDS.map((kind) => t(`register.businessKinds.${kind}`))}
            key={form.key('businessKind')}
            {...form.getInputProps('businessKind')}
          />
        </SimpleGrid>
        <Textarea
          label={t('register.comment')}
          placeholder={t('register.commentPlaceholder')}
          autosize
          minRows={2}
          maxRows={6}
          key={form.key('comment')}
          {...form.getInputProps('comment')}
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
