import { z } from 'zod';

/**
 * Parsers for environment values: each refuses a bad value with the form it expects, which the loader prefixes
 * with the variable's name ("PORT must be a whole number from 1 to 65535, got \"http\"").
 */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((raw) => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max, {
      message: `a whole number from ${min} to ${max}`,
    })
    .transform(Number);

export const onOff = z
  .string()
  .trim()
  .toLowerCase()
  .refine((raw) => ['on', 'off', 'true', 'false', '1', '0'].includes(raw), { message: '"on" or "off"' })
  .transform((raw) => raw === 'on' || raw === 'true' || raw === '1');

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .refine((raw): raw is T[number] => (values as readonly string[]).includes(raw), {
      message: `one of ${values.map((v) => `"${v}"`).join(', ')}`,
    });

export const nonEmpty = z.string().trim().min(1, { message: 'a non-empty value' });

export const postgresUrl = z
  .string()
  .trim()
  .refine((raw) => /^postgres(ql)?:\/\/[^\s]+$/.test(raw) && URL.canParse(raw), {
    message: 'a PostgreSQL URL such as postgres://user:password@host:5432/waymark',
  });

/** Express `trust proxy`: true/false, a hop count, or addresses/subnets/names such as "loopback, 10.0.0.0/8". */
export const trustProxy = z
  .string()
  .trim()
  .refine((raw) => raw !== '' && /^[\w.:/, -]+$/.test(raw), {
    message:
      '"true", "false", a number of hops, or comma-separated addresses, subnets or loopback/linklocal/uniquelocal',
  })
  .transform((raw): boolean | number | string => {
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    if (/^\d+$/.test(raw)) return Number(raw);
    return raw;
  });

/** Comma-separated secrets (the first signs, all verify: rotation without signing everyone out). */
export const secretList = z
  .string()
  .transform((raw) =>
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine((secrets) => secrets.length > 0 && secrets.every((s) => s.length >= 32), {
    message: 'one or more comma-separated random strings of at least 32 characters (e.g. `openssl rand -hex 32`)',
  });

/** An absolute http(s) address without a trailing slash, such as https://waymark.example.org. */
export const httpUrl = z
  .string()
  .trim()
  .refine((raw) => /^https?:\/\/[^\s]+$/.test(raw) && URL.canParse(raw), {
    message: 'an http:// or https:// address such as https://waymark.example.org',
  })
  .transform((raw) => raw.replace(/\/+$/, ''));

export const smtpUrl = z
  .string()
  .trim()
  .refine((raw) => /^smtps?:\/\/[^\s]+$/.test(raw) && URL.canParse(raw), {
    message: 'an SMTP URL such as smtp://user:password@smtp.example.org:587',
  });

/** An address, optionally with a display name: `waymark@example.org` or `Waymark <waymark@example.org>`. */
export const mailbox = z
  .string()
  .trim()
  .refine((raw) => /^([^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(raw), {
    message: 'an e-mail address, optionally with a name, such as "Waymark <waymark@example.org>"',
  });
