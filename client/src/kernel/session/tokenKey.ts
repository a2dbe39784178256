/** Where the session token is kept in the browser; index.html's first-requests script reads it too. */
export const TOKEN_KEY = 'schetovod.token';
