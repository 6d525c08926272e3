// Russian is the primary market language and the source of truth for message keys:
// `en` must have exactly the same shape (checked by the `Messages` type).
export const ru = {
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
    title: 'Вход в личный кабинет',
    subtitle: 'Для оптовых покупателей',
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
  },
  nav: {
    label: 'Разделы',
    home: 'Главная',
    catalog: 'Каталог',
    orders: 'Заказы',
    company: 'Компания',
    openMenu: 'Открыть меню',
  },
  comingSoon: {
    title: 'Раздел «{{section}}» скоро появится',
    text: 'Мы работаем над этим разделом. Загляните позже.',
  },
  header: {
    legalEntity: 'Активное юрлицо',
    userMenu: 'Меню пользователя',
    logout: 'Выйти',
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

export type Messages = DeepStrings<typeof ru>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
