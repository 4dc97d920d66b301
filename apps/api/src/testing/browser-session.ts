/**
 * What a browser does between Waymark and an OpenID provider, over real HTTP: keeps each origin's cookies, follows
 * redirects one at a time (so a test can see and tamper with each hop) and submits the provider's login form.
 */
export class BrowserSession {
  private readonly jar = new Map<string, Map<string, string>>();

  async get(url: string): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }

  async postForm(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  /** "name=value; …" for the origin, as a Cookie header. */
  cookieFor(url: string): string {
    const cookies = this.jar.get(new URL(url).origin) ?? new Map<string, string>();
    return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const cookie = this.cookieFor(url);
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    this.remember(url, response.headers.getSetCookie());
    return response;
  }

  private remember(url: string, setCookies: readonly string[]): void {
    const origin = new URL(url).origin;
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const cleared = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
      if (cleared) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(origin, cookies);
  }
}

/** The Location of a redirect, resolved against the URL that answered; fails the test when there is none. */
export function locationOf(response: Response, from: string): string {
  const location = response.headers.get('location');
  if (response.status < 300 || response.status > 399 || !location)
    throw new Error(`expected a redirect from ${from}, got ${response.status}`);
  return new URL(location, from).href;
}
