import type { Block, Paragraph } from './docx-builder.js';

/**
 * The product's default Russian templates (contracts-poa.md §1.6, §1.4, §5), placeholders in
 * `{{…}}`, loops as `{{#list}} … {{/list}}`. The wording is a firm-editable default, not legal
 * advice; the numbers in it (days, penalty) are practice ⚠️ and come from the data.
 */

const h = (text: string): Paragraph => ({ text, bold: true, align: 'center', size: 12 });
const p = (text: string): Paragraph => ({ text, align: 'both' });
const section = (text: string): Paragraph => ({ text, bold: true, align: 'center' });

/** The two-column «Реквизиты и подписи сторон» block. */
function partiesTable(): Block {
  const side = (role: string, party: string): string[] => [
    role,
    `{{${party}.fullName}}`,
    `ИНН {{${party}.inn}}{{#${party}.kpp}}, КПП {{${party}.kpp}}{{/${party}.kpp}}`,
    `{{${party}.ogrnLabel}} {{${party}.ogrn}}`,
    `Адрес: {{${party}.address}}`,
    `Р/с {{${party}.bankAccount}} в {{${party}.bankName}}`,
    `БИК {{${party}.bik}}, к/с {{${party}.correspondentAccount}}`,
    `{{${party}.signerPosition}}`,
    `______________ / {{${party}.signerShort}} /`,
  ];
  return { table: { widths: [4800, 4800], rows: [[side('Исполнитель', 'firm'), side('Заказчик', 'client')]] } };
}

export const CONTRACT_TEMPLATE: Block[] = [
  h('ДОГОВОР № {{contract.number}}'),
  h('на бухгалтерское обслуживание'),
  { text: 'г. {{firm.city}}    {{contract.dateInWords}}', align: 'right' },
  p('{{client.preamble}}, с одной стороны, и {{firm.preamble}}, с другой стороны, заключили настоящий договор о нижеследующем.'),
  section('1. Предмет договора'),
  p('1.1. Исполнитель обязуется оказывать Заказчику услуги по ведению бухгалтерского, налогового и кадрового учёта в соответствии с Налоговым кодексом РФ, Трудовым кодексом РФ и Федеральным законом № 402-ФЗ «О бухгалтерском учёте», а Заказчик обязуется оплачивать эти услуги.'),
  p('1.2. Исполнитель оказывает услуги по следующим участкам (перечень услуг — Приложение № 1):'),
  { text: '{{#areas}}' },
  p('— {{title}};'),
  { text: '{{/areas}}' },
  p('1.3. Услуги оказываются с {{contract.startDate}}.'),
  section('2. Права и обязанности сторон'),
  p('2.1. Исполнитель оказывает услуги своевременно, обеспечивает сохранность документов Заказчика и сообщает ему о выявленных рисках.'),
  p('2.2. Заказчик передаёт первичные документы за месяц не позднее 5 числа следующего месяца, предоставляет доступ к банку и системе электронного документооборота, выдаёт необходимые доверенности и оплачивает услуги.'),
  section('3. Стоимость услуг и порядок расчётов'),
  p('3.1. Стоимость услуг составляет {{contract.priceInWords}} в месяц. {{firm.vatClause}}. Расчёт стоимости приведён в Приложении № 2.'),
  p('3.2. Порядок оплаты: {{contract.paymentTerms}}.'),
  section('4. Сдача и приёмка услуг'),
  p('4.1. Исполнитель ежемесячно направляет Заказчику акт оказанных услуг. Заказчик подписывает акт или направляет мотивированный отказ в течение 5 рабочих дней; иначе услуги считаются принятыми.'),
  section('5. Ответственность сторон'),
  p('5.1. Исполнитель возмещает штрафы и пени, начисленные Заказчику по вине Исполнителя, в размере не более месячной стоимости услуг. Исполнитель не отвечает за последствия несвоевременной передачи или недостоверности документов Заказчика.'),
  section('6. Конфиденциальность и персональные данные'),
  p('6.1. Стороны не раскрывают третьим лицам сведения, полученные в связи с исполнением договора. Заказчик поручает Исполнителю обработку персональных данных своих работников в объёме, необходимом для оказания услуг (ч. 3 ст. 6 Федерального закона № 152-ФЗ).'),
  section('7. Срок действия, изменение и расторжение договора'),
  p('7.1. Договор вступает в силу с момента подписания и действует до его расторжения. Каждая сторона вправе отказаться от договора, письменно уведомив другую сторону не позднее чем за 30 дней.'),
  p('7.2. Изменения договора оформляются дополнительными соглашениями, подписанными обеими сторонами.'),
  section('8. Прочие условия'),
  p('8.1. Документы, подписанные электронной подписью и переданные через систему электронного документооборота, имеют силу оригиналов. Договор составлен в двух экземплярах, по одному для каждой стороны.'),
  section('9. Реквизиты и подписи сторон'),
  partiesTable(),
  { pageBreak: true },
  h('Приложение № 1 к договору № {{contract.number}} от {{contract.date}}'),
  h('Перечень услуг'),
  { text: '{{#areas}}' },
  { text: '{{title}}', bold: true },
  p('{{description}}'),
  { text: '{{/areas}}' },
  { pageBreak: true },
  h('Приложение № 2 к договору № {{contract.number}} от {{contract.date}}'),
  h('Расчёт стоимости услуг'),
  {
    table: {
      widths: [4600, 2200, 2800],
      borders: true,
      rows: [
        [[{ text: 'Показатель', bold: true }], [{ text: 'Значение', bold: true }], [{ text: 'Сумма, руб.', bold: true }]],
        [['{{#lines}}{{label}}'], ['{{value}}'], ['{{amount}}{{/lines}}']],
        [[{ text: 'Итого в месяц', bold: true }], [''], [{ text: '{{contract.priceFigures}}', bold: true }]],
      ],
    },
  },
];

export const AMENDMENT_TEMPLATE: Block[] = [
  h('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № {{amendment.number}}'),
  h('к договору № {{contract.number}} от {{contract.date}}'),
  { text: 'г. {{firm.city}}    {{amendment.dateInWords}}', align: 'right' },
  p('{{client.preamble}}, с одной стороны, и {{firm.preamble}}, с другой стороны, пришли к соглашению о нижеследующем.'),
  p('1. С {{amendment.effectiveFrom}} стоимость услуг по договору составляет {{amendment.priceInWords}} в месяц. {{firm.vatClause}}. Расчёт стоимости приведён в приложении к настоящему соглашению.'),
  p('2. Остальные условия договора остаются без изменений.'),
  p('3. Соглашение вступает в силу с момента подписания обеими сторонами, является неотъемлемой частью договора и составлено в двух экземплярах.'),
  section('Реквизиты и подписи сторон'),
  partiesTable(),
  h('Приложение: расчёт стоимости услуг'),
  {
    table: {
      widths: [4600, 2200, 2800],
      borders: true,
      rows: [
        [[{ text: 'Показатель', bold: true }], [{ text: 'Значение', bold: true }], [{ text: 'Сумма, руб.', bold: true }]],
        [['{{#lines}}{{label}}'], ['{{value}}'], ['{{amount}}{{/lines}}']],
        [[{ text: 'Итого в месяц', bold: true }], [''], [{ text: '{{amendment.priceFigures}}', bold: true }]],
      ],
    },
  },
];

export const POA_TEMPLATE: Block[] = [
  h('ДОВЕРЕННОСТЬ № {{poa.number}}'),
  { text: 'г. {{firm.city}}    {{poa.dateInWords}}', align: 'right' },
  p('{{client.preamble}} (ИНН {{client.inn}}{{#client.kpp}}, КПП {{client.kpp}}{{/client.kpp}}, {{client.ogrnLabel}} {{client.ogrn}}, адрес: {{client.address}}), настоящей доверенностью уполномочивает {{poa.representative}}:'),
  p('{{poa.powers}}.'),
  p('{{poa.authority}}'),
  p('Доверенность действительна по {{poa.validUntil}} включительно, без права передоверия.'),
  { text: '{{#poa.employee}}' },
  p('Подпись представителя ______________ / {{poa.employee}} / удостоверяю.'),
  { text: '{{/poa.employee}}' },
  p(''),
  p('{{client.signerPosition}}    ______________ / {{client.signerShort}} /'),
];
