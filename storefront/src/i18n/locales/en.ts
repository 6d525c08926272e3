import type { MessageShape } from '@wholesail/shared/web';

import type { ru } from './ru';

export const en: MessageShape<typeof ru> = {
  login: {
    title: 'Sign in to your account',
    subtitle: 'For wholesale buyers',
  },
  nav: {
    home: 'Home',
    catalog: 'Catalog',
    orders: 'Orders',
    company: 'Company',
  },
  header: {
    legalEntity: 'Active legal entity',
  },
  legalEntity: {
    inn: 'INN',
    kpp: 'KPP',
    option: '{{name}} · INN {{inn}}',
    switched: 'Active legal entity: {{name}}',
    notFound: 'This legal entity is not available to you.',
  },
  roles: {
    DIRECTOR: 'Director',
    PURCHASER: 'Purchaser',
    ACCOUNTANT: 'Accountant',
  },
  acting: {
    banner: 'You are acting as this buyer on behalf of {{name}}.',
  },
  home: {
    pageTitle: 'Home',
    welcome: 'Hello, {{name}}!',
    company: 'Company',
    activeLegalEntity: 'Active legal entity',
    name: 'Name',
    role: 'Your role',
    none: '—',
  },
};
