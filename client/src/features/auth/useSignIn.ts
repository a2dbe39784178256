import { useNavigate } from 'react-router';
import { setToken } from '../../kernel/session/session';

/** Starts the session with a token from an AuthPayload and opens the app. */
export function useSignIn(): (token: string) => void {
  const navigate = useNavigate();
  return (token) => {
    setToken(token);
    void navigate('/', { replace: true });
  };
}
