import type { WithCommonMessages } from '@wholesail/shared/web';

// The storefront's own messages, laid over the common ones from @wholesail/shared/web.
// Russian is the primary market language and the source of truth for keys: `en` must have
// exactly the same shape (checked by its type).
export const ru = {
  login: {
    title: 'Вход в личный кабинет',
    subtitle: 'Для оптовых покупателей',
  },
  nav: {
    home: 'Главная',
    catalog: 'Каталог',
    orders: 'Заказы',
    company: 'Компания',
  },
  header: {
    legalEntity: 'Активное юрлицо',
  },
  legalEntity: {
    inn: 'ИНН',
    kpp: 'КПП',
    option: '{{name}} · ИНН {{inn}}',
    switched: 'Активное юрлицо: {{name}}',
    notFound: 'Это юрлицо вам недоступно.',
  },
  roles: {
    DIRECTOR: 'Директор',
    PURCHASER: 'Закупщик',
    ACCOUNTANT: 'Бухгалтер',
  },
  acting: {
    banner: 'Вы работаете в кабинете от имени покупателя. Вход выполнил сотрудник: {{name}}.',
  },
  home: {
    pageTitle: 'Главная',
    welcome: 'Здравствуйте, {{name}}!',
    company: 'Компания',
    activeLegalEntity: 'Активное юрлицо',
    name: 'Наименование',
    role: 'Ваша роль',
    none: '—',
  },
};

/** Everything `t()` knows in the storefront: the common messages with these over them. */
export type StorefrontMessages = WithCommonMessages<typeof ru>;
