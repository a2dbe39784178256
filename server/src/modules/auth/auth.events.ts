import { z } from 'zod';
import { change, defineEvents, withChanges, type PayloadsOf } from '../events/catalogue.js';

// a logo's change carries its size in bytes (or null), never the image
const FIRM_SETTINGS_FIELDS = ['timeZone', 'name', 'inn', 'kpp', 'address', 'phone', 'email', 'website', 'taxRegime', 'vatRate', 'quoteValidDays', 'logo', 'fullName', 'ogrn', 'bankAccount', 'bankName', 'bik', 'correspondentAccount', 'signerPosition', 'signerName', 'signerInPreamble', 'signerAuthority'] as const;

/** Firms, people, sessions and API tokens. */
export const authEvents = defineEvents('auth', {
  FIRM_SIGNED_UP: { subjectType: 'Firm', payload: z.object({ firmName: z.string(), owner: z.object({ name: z.string(), email: z.string() }) }) },
  FIRM_SETTINGS_CHANGED: { subjectType: 'Firm', payload: withChanges({}, FIRM_SETTINGS_FIELDS), changes: FIRM_SETTINGS_FIELDS },
  USER_INVITED: { subjectType: 'User', payload: z.object({ email: z.string(), name: z.string(), role: z.string(), department: z.string().nullable() }) },
  INVITATION_RENEWED: { subjectType: 'User', payload: z.object({ name: z.string(), email: z.string() }) },
  INVITE_ACCEPTED: { subjectType: 'User', payload: z.object({ email: z.string() }) },
  USER_ROLE_CHANGED: { subjectType: 'User', payload: z.object({ name: z.string(), role: change.optional(), department: change.optional() }), changes: ['role', 'department'] },
  USER_DEACTIVATED: { subjectType: 'User', payload: z.object({ name: z.string(), email: z.string() }) },
  USER_REACTIVATED: { subjectType: 'User', payload: z.object({ name: z.string(), email: z.string() }) },
  PASSWORD_CHANGED: { subjectType: 'User', payload: z.object({ keptSessionId: z.string().nullable() }) },
  LOGGED_OUT: { subjectType: 'User', payload: z.object({ sessionId: z.string().nullable() }) },
  API_TOKEN_CREATED: { subjectType: 'ApiToken', payload: z.object({ name: z.string(), role: z.string() }) },
  API_TOKEN_REVOKED: { subjectType: 'ApiToken', payload: z.object({ name: z.string() }) },
});

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof authEvents> {}
}
