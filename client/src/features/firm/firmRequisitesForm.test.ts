import { describe, expect, it } from 'vitest';
import { firmRequisitesInput, firmRequisitesProblems, firmRequisitesValues, logoFileProblem, type FirmRequisitesValues } from './firmRequisitesForm';

const saved = { name: 'ООО «Баланс»', inn: '7707083893', kpp: '770701001', address: null, phone: '+74951234567', email: null, website: null, taxRegime: 'OSNO', vatRate: 20, quoteValidDays: 30 };
const values = (change: Partial<FirmRequisitesValues> = {}): FirmRequisitesValues => ({ ...firmRequisitesValues(saved), ...change });

describe('the firm requisites form', () => {
  it('starts from what is saved; a firm without VAT starts with the switch off and 20 % ready', () => {
    expect(values()).toMatchObject({ inn: '7707083893', phone: '+7 (495) 123-45-67', address: '', vatPayer: true, vatRate: 20, logo: null });
    expect(firmRequisitesValues({ ...saved, vatRate: null })).toMatchObject({ vatPayer: false, vatRate: 20 });
  });

  it.each<[string, Partial<FirmRequisitesValues>, string, string]>([
    ['an empty name', { name: '  ' }, 'name', 'firm.requisites.problems.nameRequired'],
    ['letters in the INN', { inn: '77O7083893' }, 'inn', 'validation.INN_DIGITS'],
    ['11 digits', { inn: '77070838931' }, 'inn', 'validation.INN_LENGTH'],
    ['a short KPP', { kpp: '7707010' }, 'kpp', 'validation.KPP_FORMAT'],
    ["a KPP beside an entrepreneur's INN", { inn: '500100732259' }, 'kpp', 'validation.KPP_FOR_INDIVIDUAL'],
    ['an e-mail without @', { email: 'office.balans.ru' }, 'email', 'validation.EMAIL_INVALID'],
    ['a website with a space', { website: 'balans ru' }, 'website', 'validation.WEBSITE_INVALID'],
    ['VAT 0 % for a payer', { vatRate: 0 }, 'vatRate', 'validation.VAT_RATE_RANGE'],
    ['VAT 7,5 %', { vatRate: '7,5' }, 'vatRate', 'validation.VAT_RATE_RANGE'],
    ['a quote valid 400 days', { quoteValidDays: 400 }, 'quoteValidDays', 'validation.QUOTE_VALID_DAYS_RANGE'],
    ['an address over 500 characters', { address: 'д'.repeat(501) }, 'address', 'firm.requisites.problems.tooLong'],
    ['a full name over 500 characters', { fullName: 'О'.repeat(501) }, 'fullName', 'firm.requisites.problems.tooLong'],
    ['a basis over 300 characters', { signerAuthority: 'д'.repeat(301) }, 'signerAuthority', 'firm.requisites.problems.tooLong'],
    ['a BIK of 8 digits', { bik: '04452522' }, 'bik', 'firm.requisites.problems.bik'],
    ['a BIK with a letter', { bik: '04452522O' }, 'bik', 'firm.requisites.problems.bik'],
    ['an account of 19 digits', { bankAccount: '4070281090000000000' }, 'bankAccount', 'firm.requisites.problems.account'],
    ['a correspondent account of 21 digits', { correspondentAccount: '301018104000000002250' }, 'correspondentAccount', 'firm.requisites.problems.account'],
    ['an OGRN of 14 digits', { ogrn: '10277398509621' }, 'ogrn', 'firm.requisites.problems.ogrnFormat'],
    ["an OGRNIP beside an organization's INN", { ogrn: '304500116000157' }, 'ogrn', 'firm.requisites.problems.ogrnForInn'],
    ['an OGRN with a wrong check digit', { ogrn: '1027739850963' }, 'ogrn', 'firm.requisites.problems.ogrnChecksum'],
  ])('names %s', (_, change, field, key) => {
    expect(firmRequisitesProblems(values(change))).toEqual({ [field]: expect.objectContaining({ key }) });
  });

  it('finds nothing wrong with what is saved, nor with empty optional fields', () => {
    expect(firmRequisitesProblems(values())).toEqual({});
    expect(firmRequisitesProblems(values({ ogrn: '1027739850962', bik: '044 525 225', bankAccount: '40702810900000000001', correspondentAccount: '30101810400000000225' }))).toEqual({});
    expect(firmRequisitesProblems(values({ inn: '500100732259', kpp: '', ogrn: '304500116000157' }))).toEqual({});
    expect(firmRequisitesProblems(values({ inn: '', kpp: '', phone: '', vatPayer: false, vatRate: '' }))).toEqual({});
  });

  it('sends every requisite, 0 for no VAT and the logo only when it changed', () => {
    expect(firmRequisitesInput(values({ vatPayer: false, website: ' balans.ru ' }))).toEqual({
      name: 'ООО «Баланс»', inn: '7707083893', kpp: '770701001', address: '', phone: '+7 (495) 123-45-67', email: '', website: 'balans.ru',
      taxRegime: 'OSNO', vatRate: 0, quoteValidDays: 30,
      fullName: '', ogrn: '', bankName: '', bik: '', bankAccount: '', correspondentAccount: '', signerPosition: '', signerName: '', signerInPreamble: '', signerAuthority: '',
    });
    expect(firmRequisitesInput(values({ bik: '044 525 225', signerName: ' Соколова Анна Викторовна ' }))).toMatchObject({ bik: '044525225', signerName: 'Соколова Анна Викторовна' });
    expect(firmRequisitesInput(values({ logo: '' }))).toMatchObject({ logo: '', vatRate: 20 });
  });

  it.each([
    [{ type: 'image/png', size: 10_000 }, null],
    [{ type: 'image/webp', size: 200 * 1024 }, null],
    [{ type: 'image/svg+xml', size: 1_000 }, 'validation.LOGO_TYPE'],
    [{ type: 'image/jpeg', size: 200 * 1024 + 1 }, 'validation.LOGO_TOO_LARGE'],
  ])('a logo file %o', (file, key) => {
    expect(logoFileProblem(file)?.key ?? null).toBe(key);
  });
});
