import type { Messages } from './ru';

export const en: Messages = {
  app: {
    name: 'Wholesail',
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
    ru: 'Русский',
    en: 'English',
  },
  errors: {
    network: 'Cannot reach the server. Check your connection and try again.',
    sessionExpired: 'Your session has ended. Please sign in again.',
    forbidden: 'You do not have permission to do this.',
    unexpected: 'Something went wrong. Please try again later.',
  },
  login: {
    pageTitle: 'Sign in',
    title: 'Sign in to your account',
    subtitle: 'For wholesale buyers',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    emailRequired: 'Enter your e-mail',
    emailInvalid: 'Check your e-mail address',
    passwordRequired: 'Enter your password',
    togglePassword: 'Show or hide password',
    failedTitle: 'Could not sign in',
    invalidCredentials: 'Wrong e-mail or password.',
    tooManyAttempts: 'Sign-in is temporarily blocked after several failed attempts. Time left: {{time}}.',
  },
  nav: {
    label: 'Sections',
    home: 'Home',
    catalog: 'Catalog',
    orders: 'Orders',
    company: 'Company',
    openMenu: 'Open menu',
  },
  comingSoon: {
    title: '{{section}} is coming soon',
    text: 'We are working on this section. Please check back later.',
  },
  header: {
    legalEntity: 'Active legal entity',
    userMenu: 'User menu',
    logout: 'Sign out',
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
  errorPage: {
    title: 'Something went wrong',
    text: 'This page could not be shown. Reload it; if the error persists, please let us know.',
    reload: 'Reload the page',
  },
  notFound: {
    pageTitle: 'Page not found',
    title: 'There is no such page',
    back: 'Go home',
  },
};
