import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Development without SESSION_SECRET still round-trips across restarts; production always has SESSION_SECRET. */
const DEVELOPMENT_KEY_MATERIAL = 'waymark-development-only-client-secret-key';

/**
 * Seals OpenID Connect client secrets with AES-256-GCM under a key derived (HKDF) from SESSION_SECRET. Like the
 * session cookies, the first secret seals and every listed secret opens, so rotating SESSION_SECRET keeps stored
 * client secrets readable while the old value is still listed.
 */
export class ClientSecretBox {
  private readonly keys: readonly Buffer[];

  constructor(secrets: readonly string[] | undefined) {
    const material = secrets?.length ? secrets : [DEVELOPMENT_KEY_MATERIAL];
    this.keys = material.map((secret) => Buffer.from(hkdfSync('sha256', secret, 'waymark', 'oidc client secret', 32)));
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0], iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(
      '.',
    );
  }

  /** Null when no listed secret opens it (SESSION_SECRET changed without keeping the old one). */
  open(sealed: string): string | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) return null;
    for (const key of this.keys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        // Not sealed with this key: try the next one.
      }
    }
    return null;
  }
}
