import { ClientSecretBox } from './client-secret-box';

const OLD = 'o'.repeat(40);
const NEW = 'n'.repeat(40);

describe('ClientSecretBox', () => {
  it('seals so the stored text does not contain the secret, and opens it again', () => {
    const box = new ClientSecretBox([OLD]);
    const sealed = box.seal('client-secret-value');
    expect(sealed).not.toContain('client-secret-value');
    expect(box.seal('client-secret-value')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('client-secret-value');
  });

  it('still opens secrets sealed before a SESSION_SECRET rotation while the old secret is listed', () => {
    const sealed = new ClientSecretBox([OLD]).seal('s3cret');
    expect(new ClientSecretBox([NEW, OLD]).open(sealed)).toBe('s3cret');
    expect(new ClientSecretBox([NEW]).open(sealed)).toBeNull();
  });

  it('refuses tampered text', () => {
    const box = new ClientSecretBox([OLD]);
    const [v, iv, tag, body] = box.seal('s3cret').split('.');
    const flipped = body.startsWith('A') ? `B${body.slice(1)}` : `A${body.slice(1)}`;
    expect(box.open([v, iv, tag, flipped].join('.'))).toBeNull();
    expect(box.open('not sealed')).toBeNull();
  });
});
