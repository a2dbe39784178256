import { createContext, useContext } from 'react';
import type { CurrentUserQueryQuery } from '../../gql/graphql';

/** The signed-in user; `can` is what the server allows them (role stays for display). */
export type CurrentUser = CurrentUserQueryQuery['me'] & { can: Capabilities };
export type Capabilities = CurrentUserQueryQuery['viewerCan'];
export type Capability = Exclude<keyof Capabilities, '__typename'>;

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only valid below `RequireSignedIn`. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is used outside RequireSignedIn');
  return user;
}
