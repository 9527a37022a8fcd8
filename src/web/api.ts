/**
 * Talking to the sitrep API. When the server needs a token (it is bound to a public interface), the user types it
 * once; it is kept in this tab's sessionStorage only and sent as a bearer header, never put in a URL or the page.
 */
const TOKEN_KEY = 'sitrep-token';

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export function authHeaders(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export async function api<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json', ...authHeaders() } });
  if (!res.ok) {
    let code = 'http_error';
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: { code: string; message: string } };
      if (body.error) ({ code, message } = body.error);
    } catch {
      /* not JSON: keep the status line */
    }
    throw new ApiFailure(res.status, code, message);
  }
  return (await res.json()) as T;
}
