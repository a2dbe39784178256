import { createContext, useContext } from 'react';
import type { CurrentUserQueryQuery } from '../../gql/graphql';

export type CurrentUser = CurrentUserQueryQuery['me'];

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only valid below `RequireSignedIn`. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is used outside RequireSignedIn');
  return user;
}
