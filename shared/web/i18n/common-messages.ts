import type { DeepMerge, MessageShape } from './messages';

// Messages that read the same in both apps (login, errors, language, shell, error pages).
// Russian is the primary market language and the source of truth for keys; each app lays its own
// catalogue over these (see initI18n), so an app may also override one of them.
export const commonRu = {
  app: {
    name: 'Wholesail',
    loading: 'Загрузка…',
  },
  language: {
    label: 'Язык',
    ru: 'Русский',
    en: 'English',
  },
  errors: {
    network: 'Нет связи с сервером. Проверьте подключение и повторите попытку.',
    sessionExpired: 'Сеанс завершён. Войдите снова.',
    forbidden: 'Недостаточно прав для этого действия.',
    unexpected: 'Что-то пошло не так. Повторите попытку позже.',
  },
  login: {
    pageTitle: 'Вход',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
    emailRequired: 'Введите адрес электронной почты',
    emailInvalid: 'Проверьте адрес электронной почты',
    passwordRequired: 'Введите пароль',
    togglePassword: 'Показать или скрыть пароль',
    failedTitle: 'Не удалось войти',
    invalidCredentials: 'Неверный адрес электронной почты или пароль.',
    tooManyAttempts: 'Вход временно заблокирован после нескольких неудачных попыток. Осталось ждать: {{time}}.',
    companyBlocked: 'Доступ вашей компании к порталу приостановлен. Обратитесь к вашему менеджеру.',
    companyPending: 'Заявка вашей компании ещё на рассмотрении. Мы сообщим по почте, когда доступ будет открыт.',
  },
  nav: {
    label: 'Разделы',
    openMenu: 'Открыть меню',
  },
  comingSoon: {
    title: 'Раздел «{{section}}» скоро появится',
    text: 'Мы работаем над этим разделом. Загляните позже.',
  },
  header: {
    userMenu: 'Меню пользователя',
    logout: 'Выйти',
  },
  errorPage: {
    title: 'Что-то пошло не так',
    text: 'Страница не смогла отобразиться. Обновите её; если ошибка повторится, сообщите нам.',
    reload: 'Обновить страницу',
  },
  notFound: {
    pageTitle: 'Страница не найдена',
    title: 'Такой страницы нет',
    back: 'На главную',
  },
};

export type CommonMessages = MessageShape<typeof commonRu>;

export const commonEn: CommonMessages = {
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
    companyBlocked: 'Your company’s access to the portal is suspended. Please contact your account manager.',
    companyPending: 'Your company’s application is still under review. We will e-mail you when access is open.',
  },
  nav: {
    label: 'Sections',
    openMenu: 'Open menu',
  },
  comingSoon: {
    title: '{{section}} is coming soon',
    text: 'We are working on this section. Please check back later.',
  },
  header: {
    userMenu: 'User menu',
    logout: 'Sign out',
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

/** Keys the shared screens use whose text differs per app: every app's `ru` (and so `en`) has them. */
export interface AppMessagesContract {
  login: { title: string; subtitle: string };
}

/** What `t()` knows in an app whose own catalogue is `M`: the common keys with `M` laid over them. */
export type WithCommonMessages<M> = DeepMerge<CommonMessages, M>;
