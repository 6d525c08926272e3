/**
 * The demo and benchmark catalog, as product families: each family is a leaf category whose products
 * are the combinations of its attribute values (× brands). Names, summaries and attributes are what a
 * Russian wholesale buyer of building materials, electrics, lighting, fasteners and tools expects.
 */
export type AttrKind = 'NUMBER' | 'ENUM' | 'BOOLEAN' | 'TEXT';

export interface AttrDef {
  code: string;
  name: string;
  type: AttrKind;
  unit?: string;
  position: number;
}

export const ATTRIBUTES: AttrDef[] = [
  { code: 'diameter_mm', name: 'Диаметр', type: 'NUMBER', unit: 'мм', position: 1 },
  { code: 'length_mm', name: 'Длина', type: 'NUMBER', unit: 'мм', position: 2 },
  { code: 'coating', name: 'Покрытие', type: 'ENUM', position: 3 },
  { code: 'tip', name: 'Наконечник', type: 'ENUM', position: 4 },
  { code: 'ral', name: 'Цвет RAL', type: 'ENUM', position: 5 },
  { code: 'head', name: 'Головка', type: 'ENUM', position: 6 },
  { code: 'strength_class', name: 'Класс прочности', type: 'ENUM', position: 7 },
  { code: 'cable_mark', name: 'Марка кабеля', type: 'ENUM', position: 10 },
  { code: 'cores', name: 'Число жил', type: 'NUMBER', unit: 'шт', position: 11 },
  { code: 'section_mm2', name: 'Сечение жилы', type: 'NUMBER', unit: 'мм²', position: 12 },
  { code: 'wire_color', name: 'Цвет изоляции', type: 'ENUM', position: 13 },
  { code: 'poles', name: 'Число полюсов', type: 'NUMBER', unit: 'P', position: 14 },
  { code: 'curve', name: 'Характеристика', type: 'ENUM', position: 15 },
  { code: 'current_a', name: 'Номинальный ток', type: 'NUMBER', unit: 'А', position: 16 },
  { code: 'breaking_ka', name: 'Отключающая способность', type: 'NUMBER', unit: 'кА', position: 17 },
  { code: 'power_w', name: 'Мощность', type: 'NUMBER', unit: 'Вт', position: 20 },
  { code: 'color_temp_k', name: 'Цветовая температура', type: 'NUMBER', unit: 'K', position: 21 },
  { code: 'ip', name: 'Степень защиты', type: 'ENUM', position: 22 },
  { code: 'fixture_shape', name: 'Форма', type: 'ENUM', position: 23 },
  { code: 'lamp_base', name: 'Цоколь', type: 'ENUM', position: 24 },
  { code: 'dimmable', name: 'Диммируемый', type: 'BOOLEAN', position: 25 },
  { code: 'fraction', name: 'Фракция', type: 'ENUM', position: 30 },
  { code: 'bulk_kind', name: 'Вид', type: 'ENUM', position: 31 },
  { code: 'cement_grade', name: 'Марка', type: 'ENUM', position: 32 },
  { code: 'bag_kg', name: 'Фасовка', type: 'NUMBER', unit: 'кг', position: 33 },
  { code: 'board_kind', name: 'Тип листа', type: 'ENUM', position: 34 },
  { code: 'thickness_mm', name: 'Толщина', type: 'NUMBER', unit: 'мм', position: 35 },
  { code: 'density', name: 'Плотность', type: 'NUMBER', unit: 'кг/м³', position: 36 },
  { code: 'steel', name: 'Сталь', type: 'ENUM', position: 40 },
  { code: 'bit_type', name: 'Шлиц', type: 'ENUM', position: 41 },
  { code: 'country', name: 'Страна производства', type: 'TEXT', position: 90 },
];

type V = string | number | boolean;
export interface Family {
  path: [string, string, string?];
  prefix: string;
  weight: number;
  unit: 'pcs' | 'm' | 't' | 'pack';
  step: string;
  min: string;
  packagings: { code: string; name: string; factor: string }[];
  brands: string[];
  /** Attribute code → its values; the product's variant picks one of each (mixed radix). */
  attrs: [string, V[]][];
  name: (a: Record<string, V>) => string;
  summary: (a: Record<string, V>) => string;
}

const dec = (v: V) => String(v).replace('.', ',');
const FASTENER_BRANDS = ['Tech-KREP', 'Fischer', 'Sormat', 'Стройметиз', 'Европартнер'];
const ELECTRIC_BRANDS = ['IEK', 'EKF', 'КЭАЗ', 'Schneider Electric', 'ABB', 'DEKraft'];
const CABLE_BRANDS = ['Севкабель', 'Камкабель', 'Кольчугинский КЗ', 'Эм-Кабель', 'Конкорд'];
const LIGHT_BRANDS = ['Gauss', 'Navigator', 'ЭРА', 'Feron', 'Camelion', 'Jazzway'];
const BUILD_BRANDS = ['Knauf', 'Волма', 'Евроцемент', 'ТехноНИКОЛЬ', 'Rockwool', 'Основит'];
const BULK_BRANDS = ['Карьер «Гранит»', 'НерудСтрой', 'ПесокТорг'];
const TOOL_BRANDS = ['Bosch', 'Makita', 'Зубр', 'Bort', 'Dexter', 'Кратон'];

export const FAMILIES: Family[] = [
  {
    path: ['Крепёж', 'Саморезы', 'Саморезы по дереву'],
    prefix: 'SRD',
    weight: 14,
    unit: 'pcs',
    step: '200',
    min: '200',
    packagings: [
      { code: 'box', name: 'Коробка 200 шт', factor: '200' },
      { code: 'bigbox', name: 'Короб 5000 шт', factor: '5000' },
    ],
    brands: FASTENER_BRANDS,
    attrs: [
      ['diameter_mm', [3.5, 3.8, 4.2, 4.8, 5]],
      ['length_mm', [25, 32, 41, 51, 64, 76, 89, 102]],
      ['coating', ['оцинкованное', 'жёлтый цинк', 'фосфатированное']],
      ['head', ['потайная PH2', 'потайная PZ2', 'потайная Torx']],
      ['country', ['Россия', 'Китай', 'Германия']],
    ],
    name: (a) =>
      `Саморез по дереву ${dec(a.diameter_mm)}×${a.length_mm} ${String(a.coating).replace('оцинкованное', 'оцинк.').replace('фосфатированное', 'фосф.')}`,
    summary: (a) => `Сталь C1022, ${a.coating} покрытие, головка ${a.head}; упаковка 200 шт`,
  },
  {
    path: ['Крепёж', 'Саморезы', 'Саморезы по металлу'],
    prefix: 'SRM',
    weight: 10,
    unit: 'pcs',
    step: '100',
    min: '100',
    packagings: [{ code: 'box', name: 'Коробка 500 шт', factor: '500' }],
    brands: FASTENER_BRANDS,
    attrs: [
      ['diameter_mm', [3.5, 3.9, 4.2, 4.8]],
      ['length_mm', [9.5, 13, 16, 19, 25, 32, 38, 51]],
      ['tip', ['острый', 'со сверлом']],
      ['coating', ['оцинкованное', 'фосфатированное']],
    ],
    name: (a) =>
      `Саморез по металлу ${dec(a.diameter_mm)}×${dec(a.length_mm)} ${a.tip === 'острый' ? 'остр.' : 'сверло'}`,
    summary: (a) => `Прессшайба, наконечник ${a.tip}, покрытие ${a.coating}`,
  },
  {
    path: ['Крепёж', 'Саморезы', 'Саморезы кровельные'],
    prefix: 'SRK',
    weight: 6,
    unit: 'pcs',
    step: '250',
    min: '250',
    packagings: [{ code: 'box', name: 'Коробка 250 шт', factor: '250' }],
    brands: FASTENER_BRANDS,
    attrs: [
      ['diameter_mm', [4.8, 5.5, 6.3]],
      ['length_mm', [19, 29, 35, 51, 70]],
      ['ral', ['3005', '3011', '5005', '6005', '7024', '8017', '9003']],
    ],
    name: (a) => `Саморез кровельный ${dec(a.diameter_mm)}×${a.length_mm} RAL ${a.ral}`,
    summary: (a) => `Шестигранная головка, шайба EPDM, окраска RAL ${a.ral}`,
  },
  {
    path: ['Крепёж', 'Анкеры и дюбели', 'Анкеры'],
    prefix: 'ANK',
    weight: 6,
    unit: 'pcs',
    step: '25',
    min: '25',
    packagings: [{ code: 'box', name: 'Коробка 50 шт', factor: '50' }],
    brands: FASTENER_BRANDS,
    attrs: [
      ['diameter_mm', [6, 8, 10, 12, 16, 20]],
      ['length_mm', [40, 60, 80, 100, 120, 150, 200]],
      ['head', ['с гайкой', 'с крюком', 'с кольцом']],
    ],
    name: (a) => `Анкер клиновой ${a.diameter_mm}×${a.length_mm} ${a.head}`,
    summary: (a) => `Для бетона и камня, оцинкованная сталь, ${a.head}`,
  },
  {
    path: ['Крепёж', 'Анкеры и дюбели', 'Дюбели'],
    prefix: 'DUB',
    weight: 6,
    unit: 'pcs',
    step: '100',
    min: '100',
    packagings: [{ code: 'box', name: 'Коробка 100 шт', factor: '100' }],
    brands: FASTENER_BRANDS,
    attrs: [
      ['diameter_mm', [5, 6, 8, 10]],
      ['length_mm', [30, 40, 60, 80, 100, 120]],
      ['head', ['потайной', 'цилиндрический']],
    ],
    name: (a) => `Дюбель-гвоздь ${a.diameter_mm}×${a.length_mm} ${a.head === 'потайной' ? 'потай' : 'цилиндр'}`,
    summary: (a) => `Полипропилен, бортик ${a.head}, шуруп оцинкованный`,
  },
  {
    path: ['Крепёж', 'Болты, гайки, шайбы', 'Болты'],
    prefix: 'BLT',
    weight: 6,
    unit: 'pcs',
    step: '10',
    min: '10',
    packagings: [{ code: 'pack', name: 'Упаковка 50 шт', factor: '50' }],
    brands: FASTENER_BRANDS,
    attrs: [
      ['diameter_mm', [6, 8, 10, 12, 16, 20]],
      ['length_mm', [20, 30, 40, 50, 60, 80, 100]],
      ['strength_class', ['5.8', '8.8', '10.9']],
    ],
    name: (a) => `Болт DIN 933 М${a.diameter_mm}×${a.length_mm} кл. пр. ${a.strength_class}`,
    summary: (a) => `Шестигранная головка, полная резьба, класс прочности ${a.strength_class}, цинк`,
  },
  {
    path: ['Электротехника', 'Кабель и провод', 'Силовой кабель'],
    prefix: 'KAB',
    weight: 10,
    unit: 'm',
    step: '0.5',
    min: '1',
    packagings: [
      { code: 'coil', name: 'Бухта 100 м', factor: '100' },
      { code: 'drum', name: 'Барабан 500 м', factor: '500' },
    ],
    brands: CABLE_BRANDS,
    attrs: [
      ['cable_mark', ['ВВГнг(А)-LS', 'ВВГнг(А)-FRLS', 'NYM', 'АВВГ', 'ВВГ-Пнг(А)']],
      ['cores', [2, 3, 4, 5]],
      ['section_mm2', [1.5, 2.5, 4, 6, 10, 16, 25]],
    ],
    name: (a) => `Кабель ${a.cable_mark} ${a.cores}×${dec(a.section_mm2)}`,
    summary: (a) => `${a.cores} жилы по ${dec(a.section_mm2)} мм², медь, 0,66 кВ; продаётся от 1 м, шаг 0,5 м`,
  },
  {
    path: ['Электротехника', 'Кабель и провод', 'Провод монтажный'],
    prefix: 'PRV',
    weight: 4,
    unit: 'm',
    step: '1',
    min: '5',
    packagings: [{ code: 'coil', name: 'Бухта 200 м', factor: '200' }],
    brands: CABLE_BRANDS,
    attrs: [
      ['section_mm2', [0.75, 1, 1.5, 2.5, 4, 6]],
      ['wire_color', ['белый', 'чёрный', 'красный', 'синий', 'жёлто-зелёный']],
    ],
    name: (a) => `Провод ПуГВ 1×${dec(a.section_mm2)} ${a.wire_color}`,
    summary: (a) => `Гибкий медный, изоляция ПВХ, цвет ${a.wire_color}`,
  },
  {
    path: ['Электротехника', 'Модульное оборудование', 'Автоматические выключатели'],
    prefix: 'AVT',
    weight: 8,
    unit: 'pcs',
    step: '1',
    min: '1',
    packagings: [{ code: 'box', name: 'Коробка 12 шт', factor: '12' }],
    brands: ELECTRIC_BRANDS,
    attrs: [
      ['poles', [1, 2, 3]],
      ['curve', ['B', 'C', 'D']],
      ['current_a', [6, 10, 16, 20, 25, 32, 40, 50, 63]],
      ['breaking_ka', [4.5, 6, 10]],
    ],
    name: (a) => `Автоматический выключатель ${a.poles}P ${a.curve}${a.current_a} А ${dec(a.breaking_ka)} кА`,
    summary: (a) => `Модульный, на DIN-рейку, характеристика ${a.curve}, ${dec(a.breaking_ka)} кА`,
  },
  {
    path: ['Освещение', 'Светильники LED', 'Офисные светильники'],
    prefix: 'SVO',
    weight: 6,
    unit: 'pcs',
    step: '1',
    min: '1',
    packagings: [{ code: 'box', name: 'Коробка 4 шт', factor: '4' }],
    brands: LIGHT_BRANDS,
    attrs: [
      ['power_w', [18, 24, 36, 40, 50]],
      ['color_temp_k', [3000, 4000, 5000, 6500]],
      ['ip', ['IP20', 'IP40', 'IP54']],
      ['fixture_shape', ['Армстронг 595×595', 'линейный 1200 мм', 'круглый']],
    ],
    name: (a) => `Светильник LED ${a.power_w} Вт ${a.color_temp_k}K ${a.ip} ${a.fixture_shape}`,
    summary: (a) => `Офисный, ${a.fixture_shape}, ${Number(a.power_w) * 100} лм, ${a.ip}`,
  },
  {
    path: ['Освещение', 'Светильники LED', 'Прожекторы'],
    prefix: 'PRJ',
    weight: 4,
    unit: 'pcs',
    step: '1',
    min: '1',
    packagings: [{ code: 'box', name: 'Коробка 10 шт', factor: '10' }],
    brands: LIGHT_BRANDS,
    attrs: [
      ['power_w', [10, 20, 30, 50, 100, 150, 200]],
      ['color_temp_k', [4000, 6500]],
      ['ip', ['IP65', 'IP66']],
    ],
    name: (a) => `Прожектор LED ${a.power_w} Вт ${a.color_temp_k}K ${a.ip}`,
    summary: (a) => `Уличный, алюминиевый корпус, ${a.ip}, угол 120°`,
  },
  {
    path: ['Освещение', 'Лампы', 'Лампы светодиодные'],
    prefix: 'LMP',
    weight: 6,
    unit: 'pcs',
    step: '10',
    min: '10',
    packagings: [{ code: 'box', name: 'Коробка 100 шт', factor: '100' }],
    brands: LIGHT_BRANDS,
    attrs: [
      ['fixture_shape', ['A60', 'C37', 'G45', 'R50', 'T8']],
      ['power_w', [5, 7, 9, 11, 13, 15, 20]],
      ['lamp_base', ['E27', 'E14', 'GU10', 'G13']],
      ['color_temp_k', [2700, 4000, 6500]],
      ['dimmable', [false, true]],
    ],
    name: (a) =>
      `Лампа LED ${a.fixture_shape} ${a.power_w} Вт ${a.lamp_base} ${a.color_temp_k}K${a.dimmable ? ' диммир.' : ''}`,
    summary: (a) => `Цоколь ${a.lamp_base}, ${a.color_temp_k}K, ${a.dimmable ? 'диммируемая' : 'без диммирования'}`,
  },
  {
    path: ['Строительные материалы', 'Сыпучие материалы', 'Песок'],
    prefix: 'PSK',
    weight: 1,
    unit: 't',
    step: '0.5',
    min: '1',
    packagings: [
      { code: 'bigbag', name: 'Биг-бэг 1 т', factor: '1' },
      { code: 'truck', name: 'Самосвал 20 т', factor: '20' },
    ],
    brands: BULK_BRANDS,
    attrs: [
      ['bulk_kind', ['строительный мытый', 'карьерный', 'речной']],
      ['fraction', ['0–2 мм', '0–5 мм', '1–3 мм']],
    ],
    name: (a) => `Песок ${a.bulk_kind} фр. ${a.fraction}`,
    summary: () => 'Навалом, отгрузка от 1 т, шаг 0,5 т; доставка самосвалом',
  },
  {
    path: ['Строительные материалы', 'Сыпучие материалы', 'Щебень'],
    prefix: 'SHB',
    weight: 1,
    unit: 't',
    step: '0.5',
    min: '1',
    packagings: [{ code: 'truck', name: 'Самосвал 20 т', factor: '20' }],
    brands: BULK_BRANDS,
    attrs: [
      ['bulk_kind', ['гранитный', 'гравийный', 'известняковый']],
      ['fraction', ['5–20 мм', '20–40 мм', '40–70 мм']],
    ],
    name: (a) => `Щебень ${a.bulk_kind} фр. ${a.fraction}`,
    summary: () => 'Навалом, отгрузка от 1 т, шаг 0,5 т',
  },
  {
    path: ['Строительные материалы', 'Сухие смеси', 'Цемент'],
    prefix: 'CEM',
    weight: 1,
    unit: 'pcs',
    step: '1',
    min: '1',
    packagings: [{ code: 'pallet', name: 'Паллет 40 мешков', factor: '40' }],
    brands: BUILD_BRANDS,
    attrs: [
      ['cement_grade', ['М400 Д20', 'М500 Д0', 'М500 Д20']],
      ['bag_kg', [25, 50]],
    ],
    name: (a) => `Цемент ${a.cement_grade} ${a.bag_kg} кг`,
    summary: (a) => `Портландцемент ${a.cement_grade}, мешок ${a.bag_kg} кг`,
  },
  {
    path: ['Строительные материалы', 'Листовые материалы', 'Гипсокартон'],
    prefix: 'GKL',
    weight: 2,
    unit: 'pcs',
    step: '1',
    min: '1',
    packagings: [{ code: 'pallet', name: 'Паллет 50 листов', factor: '50' }],
    brands: BUILD_BRANDS,
    attrs: [
      ['board_kind', ['ГКЛ', 'ГКЛВ', 'ГКЛО']],
      ['thickness_mm', [9.5, 12.5]],
      ['length_mm', [2500, 3000]],
    ],
    name: (a) => `Гипсокартон ${a.board_kind} ${dec(a.thickness_mm)} мм 1200×${a.length_mm}`,
    summary: (a) => `Лист ${a.board_kind}, ${dec(a.thickness_mm)}×1200×${a.length_mm} мм`,
  },
  {
    path: ['Строительные материалы', 'Утеплители', 'Минеральная вата'],
    prefix: 'UTP',
    weight: 2,
    unit: 'pack',
    step: '1',
    min: '1',
    packagings: [{ code: 'pallet', name: 'Паллет 24 упак.', factor: '24' }],
    brands: BUILD_BRANDS,
    attrs: [
      ['density', [35, 45, 50, 75, 100]],
      ['thickness_mm', [50, 100, 150]],
    ],
    name: (a) => `Утеплитель минвата ${a.density} кг/м³ ${a.thickness_mm} мм`,
    summary: (a) => `Плиты 1200×600×${a.thickness_mm} мм, НГ`,
  },
  {
    path: ['Инструмент', 'Оснастка', 'Свёрла по металлу'],
    prefix: 'SVR',
    weight: 4,
    unit: 'pcs',
    step: '10',
    min: '10',
    packagings: [{ code: 'pack', name: 'Упаковка 10 шт', factor: '10' }],
    brands: TOOL_BRANDS,
    attrs: [
      ['diameter_mm', [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 8, 9, 10, 11, 12, 13]],
      ['steel', ['HSS P6M5', 'HSS-Co5', 'HSS-G']],
    ],
    name: (a) => `Сверло по металлу ${dec(a.diameter_mm)} мм ${a.steel}`,
    summary: (a) => `Цилиндрический хвостовик, сталь ${a.steel}, DIN 338`,
  },
  {
    path: ['Инструмент', 'Оснастка', 'Биты'],
    prefix: 'BIT',
    weight: 2,
    unit: 'pcs',
    step: '10',
    min: '10',
    packagings: [{ code: 'pack', name: 'Упаковка 10 шт', factor: '10' }],
    brands: TOOL_BRANDS,
    attrs: [
      ['bit_type', ['PH1', 'PH2', 'PH3', 'PZ1', 'PZ2', 'T20', 'T25', 'T30']],
      ['length_mm', [25, 50, 70, 90]],
    ],
    name: (a) => `Бита ${a.bit_type}×${a.length_mm} мм`,
    summary: (a) => `Шлиц ${a.bit_type}, хвостовик 1/4", сталь S2`,
  },
  {
    path: ['Инструмент', 'Оснастка', 'Диски отрезные'],
    prefix: 'DSK',
    weight: 3,
    unit: 'pcs',
    step: '25',
    min: '25',
    packagings: [{ code: 'box', name: 'Коробка 25 шт', factor: '25' }],
    brands: TOOL_BRANDS,
    attrs: [
      ['diameter_mm', [115, 125, 150, 180, 230]],
      ['thickness_mm', [1, 1.2, 1.6, 2, 2.5]],
    ],
    name: (a) => `Диск отрезной по металлу ${a.diameter_mm}×${dec(a.thickness_mm)}×22,2`,
    summary: (a) => `Абразивный, 80 м/с, ${a.diameter_mm} мм`,
  },
];

export const WAREHOUSES = [
  {
    code: 'MSK-1',
    name: 'Москва, Южные ворота',
    city: 'Москва',
    region: 'Московская область',
    branch: 'Центральный филиал',
    pickupPoint: true,
  },
  {
    code: 'SPB-1',
    name: 'Санкт-Петербург, Шушары',
    city: 'Санкт-Петербург',
    region: 'Ленинградская область',
    branch: 'Северо-Западный филиал',
    pickupPoint: true,
  },
  {
    code: 'EKB-1',
    name: 'Екатеринбург, Кольцовский тракт',
    city: 'Екатеринбург',
    region: 'Свердловская область',
    branch: 'Уральский филиал',
    pickupPoint: true,
  },
  {
    code: 'NSK-1',
    name: 'Новосибирск, Толмачёво',
    city: 'Новосибирск',
    region: 'Новосибирская область',
    branch: 'Сибирский филиал',
    pickupPoint: false,
  },
  {
    code: 'KZN-1',
    name: 'Казань, Зеленодольск',
    city: 'Казань',
    region: 'Республика Татарстан',
    branch: 'Приволжский филиал',
    pickupPoint: true,
  },
  {
    code: 'NNV-1',
    name: 'Нижний Новгород, Кстово',
    city: 'Нижний Новгород',
    region: 'Нижегородская область',
    branch: 'Приволжский филиал',
    pickupPoint: false,
  },
  {
    code: 'KRD-1',
    name: 'Краснодар, Динская',
    city: 'Краснодар',
    region: 'Краснодарский край',
    branch: 'Южный филиал',
    pickupPoint: true,
  },
  {
    code: 'ROV-1',
    name: 'Ростов-на-Дону, Аксай',
    city: 'Ростов-на-Дону',
    region: 'Ростовская область',
    branch: 'Южный филиал',
    pickupPoint: false,
  },
  {
    code: 'SMR-1',
    name: 'Самара, Новосемейкино',
    city: 'Самара',
    region: 'Самарская область',
    branch: 'Приволжский филиал',
    pickupPoint: false,
  },
  {
    code: 'CHL-1',
    name: 'Челябинск, Есаулка',
    city: 'Челябинск',
    region: 'Челябинская область',
    branch: 'Уральский филиал',
    pickupPoint: false,
  },
];
