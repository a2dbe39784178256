import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { canonicalTimeZone, firmToday } from '../../clock.js';
import { badInput, type FieldError } from '../../graphql/errors.js';
import { recordedTransaction } from '../events/event-log.js';
import { actorOf } from './principal.js';
import { AUTH_TOPIC, type AuthService } from './auth.service.js';
import { checkFirmDetails, decodeLogo, type FirmDetails } from './firm-details.js';
import { Firm } from './firm.entity.js';
import type { FirmSettingsInput } from './firm.inputs.js';

export const detailsOf = (firm: Firm): FirmDetails => ({
  name: firm.name,
  inn: firm.inn ?? null,
  kpp: firm.kpp ?? null,
  address: firm.address ?? null,
  phone: firm.phone ?? null,
  email: firm.email ?? null,
  website: firm.website ?? null,
  taxRegime: firm.taxRegime ?? null,
  vatRate: firm.vatRate ?? null,
  quoteValidDays: firm.quoteValidDays,
  fullName: firm.fullName ?? null,
  ogrn: firm.ogrn ?? null,
  bankAccount: firm.bankAccount ?? null,
  bankName: firm.bankName ?? null,
  bik: firm.bik ?? null,
  correspondentAccount: firm.correspondentAccount ?? null,
  signerPosition: firm.signerPosition ?? null,
  signerName: firm.signerName ?? null,
  signerInPreamble: firm.signerInPreamble ?? null,
  signerAuthority: firm.signerAuthority ?? null,
});

/** The firm's own settings, changed by its owner. */
export class FirmService {
  constructor(private readonly auth: AuthService) {}

  today({ clock }: Scope, firm: Firm): string {
    return firmToday(clock, firm.timeZone);
  }

  /** The logo as a data: URL, read only when asked for (it is not loaded with the firm). */
  async logoUrl({ em }: Scope, firm: Firm): Promise<string | null> {
    if (!firm.logoType) return null;
    const [row] = await em.execute<{ logo: Buffer | null }[]>('select "logo" from "firm" where "id" = ?', [firm.id]);
    return row?.logo ? `data:${firm.logoType};base64,${row.logo.toString('base64')}` : null;
  }

  /**
   * Changes the time zone, the requisites a quote prints and the logo; every problem is reported
   * at once with its field. One FIRM_SETTINGS_CHANGED event lists what changed, and nothing is
   * recorded when nothing did.
   */
  async updateSettings({ em, principal }: SignedInScope, input: FirmSettingsInput): Promise<Firm> {
    const errors: FieldError[] = [];
    const timeZone = input.timeZone == null ? null : canonicalTimeZone(input.timeZone.trim());
    if (input.timeZone != null && !timeZone) errors.push({ field: 'timeZone', message: `Unknown time zone ${input.timeZone}`, code: 'UNKNOWN_TIME_ZONE' });
    const decoded = input.logo == null || input.logo.trim() === '' ? null : decodeLogo(input.logo);
    if (decoded && !decoded.ok) errors.push({ field: 'logo', message: decoded.message, code: decoded.code });
    // undefined: keep; null: remove
    const logo = input.logo == null ? undefined : decoded?.ok ? decoded : null;
    if (errors.length) throw badInput(errors[0]!.message, errors);

    let zoneChanged = false;
    const firm = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const firm = await tx.em.findOneOrFail(Firm, { id: principal.firmId });
      const { changes, errors: detailErrors } = checkFirmDetails(detailsOf(firm), input);
      if (detailErrors.length) throw badInput(detailErrors[0]!.message, detailErrors);
      const data: Record<string, { from: unknown; to: unknown }> = {};
      for (const [key, to] of Object.entries(changes)) data[key] = { from: detailsOf(firm)[key as keyof FirmDetails], to };
      if (timeZone && firm.timeZone !== timeZone) data.timeZone = { from: firm.timeZone, to: timeZone };
      if (logo !== undefined && (logo !== null || firm.logoType)) {
        const [row] = await tx.em.execute<{ logo: Buffer | null }[]>('select "logo" from "firm" where "id" = ?', [firm.id]);
        const before = row?.logo ?? null;
        if (!(before && logo && before.equals(logo.bytes))) {
          data.logo = { from: before?.length ?? null, to: logo ? logo.bytes.length : null };
          firm.logo = logo ? logo.bytes : null;
          firm.logoType = logo ? logo.type : null;
        }
      }
      if (!Object.keys(data).length) return firm;
      tx.record({ topic: AUTH_TOPIC, type: 'FIRM_SETTINGS_CHANGED', subjectType: 'Firm', subjectId: firm.id, data });
      Object.assign(firm, changes);
      if (data.timeZone) firm.timeZone = timeZone!;
      zoneChanged = Boolean(data.timeZone);
      return firm;
    });
    // cached principals carry the zone: here they go at once, other instances hear the event
    if (zoneChanged) this.auth.accessChanged({ type: 'FIRM_SETTINGS_CHANGED', subjectId: firm.id });
    return firm;
  }
}
