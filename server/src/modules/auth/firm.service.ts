import type { Scope, SignedInScope } from '../../graphql/scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canonicalTimeZone, firmToday, type Clock } from '../../clock.js';
import type { Principal } from '../../graphql/context.js';
import { fieldError } from '../../graphql/errors.js';
import { recordedTransaction } from '../events/event-log.js';
import { actorOf } from './principal.js';
import { AUTH_TOPIC, type AuthService } from './auth.service.js';
import { Firm } from './firm.entity.js';
import type { FirmSettingsInput } from './firm.inputs.js';

/** The firm's own settings, changed by its owner. */
export class FirmService {
  constructor(private readonly auth: AuthService) {}

  today({ clock }: Scope, firm: Firm): string {
    return firmToday(clock, firm.timeZone);
  }

  async updateSettings({ em, principal }: SignedInScope, input: FirmSettingsInput): Promise<Firm> {
    const timeZone = input.timeZone == null ? null : canonicalTimeZone(input.timeZone.trim());
    if (input.timeZone != null && !timeZone) throw fieldError('timeZone', `Unknown time zone ${input.timeZone}`, 'UNKNOWN_TIME_ZONE');
    let changed = false;
    const firm = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const firm = await tx.em.findOneOrFail(Firm, { id: principal.firmId });
      if (!timeZone || firm.timeZone === timeZone) return firm;
      tx.record({ topic: AUTH_TOPIC, type: 'FIRM_SETTINGS_CHANGED', subjectType: 'Firm', subjectId: firm.id, data: { timeZone: { from: firm.timeZone, to: timeZone } } });
      firm.timeZone = timeZone;
      changed = true;
      return firm;
    });
    // cached principals carry the zone: here they go at once, other instances hear the event
    if (changed) this.auth.accessChanged({ type: 'FIRM_SETTINGS_CHANGED', subjectId: firm.id });
    return firm;
  }
}
