/**
 * The most common passwords of 12+ characters seen in breach corpora (lower-cased), plus ones an
 * officer might pick for this product. Refused whatever their length (NCSC / NIST SP 800-63B).
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '111111111111', '000000000000',
  '123123123123', '121212121212', '147258369147', '987654321987', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'qwertyuiop12', 'qwertyuiop123', 'qwertyuiopasdf', 'qwerty123456', 'qwertyqwerty', 'asdfghjkl123',
  'zxcvbnm12345', 'password1234', 'password12345', 'password123456', 'passwordpassword', 'password123!',
  'password1234!', 'p@ssw0rd1234', 'p@ssword1234', 'passw0rd1234', 'iloveyou1234', 'letmein12345',
  'welcome12345', 'welcome123456', 'administrator', 'administrator1', 'changeme1234', 'changemenow!',
  'abcdefghijkl', 'abc123abc123', 'abcd1234abcd', 'football1234', 'liverpool123', 'arsenal12345',
  'chelsea12345', 'manchester123', 'sunshine1234', 'princess1234', 'monkey123456', 'dragon123456',
  'trustno1trustno1', 'baseball1234', 'superman1234', 'starwars1234', 'whatever1234', 'computer1234',
  'internet1234', 'summer2024!!', 'winter2024!!', 'spring2025!!', 'autumn2025!!', 'september2025',
  'january20242024', 'waymark12345', 'waymark123456', 'waymarkwaymark', 'partnership1', 'partnership123',
  'community123', 'communitysafety', 'hatecrime123', 'council12345', 'police123456', 'strategy1234',
]);
