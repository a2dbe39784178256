import { describe, expect, it } from 'vitest';
import { TaxRegime } from '../leads/lead.enums.js';
import { checkFirmDetails, decodeLogo, LOGO_MAX_BYTES, sniffLogoType, type FirmDetails, type FirmDetailsChange } from './firm-details.js';

const blank: FirmDetails = { name: 'ООО «Баланс»', inn: null, kpp: null, address: null, phone: null, email: null, website: null, taxRegime: null, vatRate: null, quoteValidDays: 30, fullName: null, ogrn: null, bankAccount: null, bankName: null, bik: null, correspondentAccount: null, signerPosition: null, signerName: null, signerInPreamble: null, signerAuthority: null };
const organization: FirmDetails = { ...blank, inn: '7707083893', kpp: '770701001', taxRegime: TaxRegime.OSNO, vatRate: 20 };

describe('checkFirmDetails normalises what the owner types', () => {
  it.each<[string, FirmDetailsChange, Partial<FirmDetails>]>([
    ['name trimmed', { name: '  ООО «Счёт»  ' }, { name: 'ООО «Счёт»' }],
    ['INN with spaces', { inn: '7707 083 893' }, { inn: '7707083893' }],
    ["an entrepreneur's INN", { inn: '500100732259' }, { inn: '500100732259' }],
    ['KPP upper-cased', { inn: '7707083893', kpp: '7707ab001' }, { inn: '7707083893', kpp: '7707AB001' }],
    ['phone to E.164', { phone: '8 (495) 123-45-67' }, { phone: '+74951234567' }],
    ['e-mail lower-cased', { email: ' Office@Balans.RU ' }, { email: 'office@balans.ru' }],
    ['website with or without scheme', { website: 'balans.ru' }, { website: 'balans.ru' }],
    ['a Cyrillic website', { website: 'https://баланс.рф/о-нас' }, { website: 'https://баланс.рф/о-нас' }],
    ['VAT rate', { vatRate: 22 }, { vatRate: 22 }],
    ['quote validity', { quoteValidDays: 14 }, { quoteValidDays: 14 }],
    ['PSN with an entrepreneur INN', { inn: '500100732259', taxRegime: TaxRegime.PSN }, { inn: '500100732259', taxRegime: TaxRegime.PSN }],
    ['bank details without spaces', { bankAccount: '4070 2810 9000 0000 0001', bik: '044525225', correspondentAccount: '30101810400000000225' }, { bankAccount: '40702810900000000001', bik: '044525225', correspondentAccount: '30101810400000000225' }],
    ['OGRN and the signer for documents', { ogrn: '1027739850962', signerName: ' Соколова Анна Викторовна ', signerAuthority: 'Устава' }, { ogrn: '1027739850962', signerName: 'Соколова Анна Викторовна', signerAuthority: 'Устава' }],
    ['nothing given', { name: null, inn: undefined }, {}],
  ])('%s', (_, change, changes) => {
    expect(checkFirmDetails(blank, change)).toEqual({ changes, errors: [] });
  });

  it.each<[string, FirmDetailsChange, Partial<FirmDetails>]>([
    ["'' clears a text", { kpp: '', address: '  ' }, { kpp: null }],
    ['0 clears the VAT rate', { vatRate: 0, taxRegime: TaxRegime.USN_INCOME }, { vatRate: null, taxRegime: TaxRegime.USN_INCOME }],
    ['the same values change nothing', { inn: '7707083893', kpp: '770701001', vatRate: 20 }, {}],
  ])('%s', (_, change, changes) => {
    expect(checkFirmDetails(organization, change)).toEqual({ changes, errors: [] });
  });
});

describe('checkFirmDetails refuses with the field and a code', () => {
  it.each<[string, FirmDetails, FirmDetailsChange, string, string]>([
    ['blank name', blank, { name: '   ' }, 'name', 'REQUIRED'],
    ['letters in the INN', blank, { inn: '77O7083893' }, 'inn', 'INN_DIGITS'],
    ['11 digits', blank, { inn: '77070838931' }, 'inn', 'INN_LENGTH'],
    ['a wrong control digit', blank, { inn: '7707083894' }, 'inn', 'INN_CHECKSUM'],
    ['a short KPP', blank, { kpp: '77070100' }, 'kpp', 'KPP_FORMAT'],
    ['a KPP beside an entrepreneur INN', blank, { inn: '500100732259', kpp: '770701001' }, 'kpp', 'KPP_FOR_INDIVIDUAL'],
    ["an entrepreneur INN where the firm has a KPP", organization, { inn: '500100732259' }, 'inn', 'KPP_FOR_INDIVIDUAL'],
    ['a phone with letters', blank, { phone: '+7 495 CALL-NOW' }, 'phone', 'PHONE_INVALID'],
    ['an e-mail without @', blank, { email: 'office.balans.ru' }, 'email', 'EMAIL_INVALID'],
    ['a website with spaces', blank, { website: 'balans ru' }, 'website', 'WEBSITE_INVALID'],
    ['a website without a dot', blank, { website: 'localhost' }, 'website', 'WEBSITE_INVALID'],
    ['PSN for an organization', organization, { taxRegime: TaxRegime.PSN }, 'taxRegime', 'REGIME_NOT_FOR_ORGANIZATION'],
    ['VAT over 30 %', blank, { vatRate: 31 }, 'vatRate', 'VAT_RATE_RANGE'],
    ['a fractional VAT rate', blank, { vatRate: 7.5 }, 'vatRate', 'VAT_RATE_RANGE'],
    ['a quote valid 0 days', blank, { quoteValidDays: 0 }, 'quoteValidDays', 'QUOTE_VALID_DAYS_RANGE'],
    ['a 19-digit account', blank, { bankAccount: '4070281090000000000' }, 'bankAccount', 'BANK_ACCOUNT_FORMAT'],
    ['letters in the BIK', blank, { bik: '04452522A' }, 'bik', 'BIK_FORMAT'],
    ['a 14-digit OGRN', blank, { ogrn: '10277398509621' }, 'ogrn', 'OGRN_FORMAT'],
    ["an OGRNIP beside an organization's INN", organization, { ogrn: '304500116000157' }, 'ogrn', 'OGRN_FOR_INN'],
  ])('%s', (_, current, change, field, code) => {
    expect(checkFirmDetails(current, change).errors).toEqual([expect.objectContaining({ field, code })]);
  });

  it('reports every problem at once', () => {
    const { errors } = checkFirmDetails(blank, { inn: '123', phone: 'x', email: 'y' });
    expect(errors.map((e) => e.field)).toEqual(['inn', 'phone', 'email']);
  });
});

describe('a logo', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
  const webp = Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1');

  it.each([
    [png, 'image/png'],
    [jpeg, 'image/jpeg'],
    [webp, 'image/webp'],
    [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    [Buffer.from('GIF89a'), null],
  ])('is told by its first bytes (%#)', (bytes, type) => {
    expect(sniffLogoType(bytes)).toBe(type);
  });

  it('is read from a data: URL or bare base64', () => {
    expect(decodeLogo(`data:image/png;base64,${png.toString('base64')}`)).toMatchObject({ ok: true, type: 'image/png', bytes: png });
    expect(decodeLogo(jpeg.toString('base64'))).toMatchObject({ ok: true, type: 'image/jpeg' });
  });

  it.each([
    ['not base64', '!!!', 'LOGO_UNREADABLE'],
    ['empty', 'data:image/png;base64,', 'FILE_EMPTY'],
    ['an SVG named PNG', `data:image/png;base64,${Buffer.from('<svg/>').toString('base64')}`, 'LOGO_TYPE'],
    ['over 200 KB', Buffer.concat([png, Buffer.alloc(LOGO_MAX_BYTES)]).toString('base64'), 'LOGO_TOO_LARGE'],
  ])('is refused when %s', (_, text, code) => {
    expect(decodeLogo(text)).toMatchObject({ ok: false, code });
  });
});
