// Writes libs/api/identity/data-access/src/lib/password/common-passwords.txt: passwords of 12+ characters that
// guessing tools try first. Built from patterns rather than downloaded: the words at the top of every published
// breach list, with the suffixes, years, keyboard walks and letter swaps people use to reach a length rule,
// plus this product's own words and demo passwords. Run: node tools/passwords/generate-common-passwords.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS =
  `password passw0rd p@ssword p@ssw0rd pass qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm iloveyou letmein welcome
admin administrator root monkey dragon football baseball soccer hockey basketball cricket rugby golf tennis liverpool
arsenal chelsea manchester united everton tottenham celtic rangers leeds newcastle princess sunshine shadow master
superman batman spiderman starwars trustno1 whatever computer internet freedom michael jennifer jordan hunter ranger
buster charlie thomas daniel andrew jessica ashley robert matthew joshua william david james george harry oliver
jack sophie emily chloe olivia summer winter spring autumn london england scotland wales britain york changeme secret
default login access hello flower cheese chocolate pokemon mustang harley maggie ginger tigger pepper banana orange
purple matrix killer silver golden diamond samsung google facebook microsoft apple amazon windows linux guest user
test tester testing qazwsx abc abcd abcdef abcdefg abcdefgh lovely loveme iloveu babygirl angel angels blessed
jesus christ heaven family friends forever money monday friday office work pa55word pa55w0rd temp
temporary newpassword mypassword yourpassword nopassword password! welcome! changeit change hello! helpdesk support
service council police community partnership strategy waymark hatecrime safety security safer saferyork
partners officer manager report reports`
    .split(/\s+/)
    .filter(Boolean);

const YEARS = Array.from({ length: 17 }, (_, i) => String(2010 + i));
const SUFFIXES = [
  '',
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '1234567',
  '12345678',
  '123456789',
  '!',
  '1!',
  '12!',
  '123!',
  '1234!',
  '!!',
  '01',
  '007',
  '69',
  '99',
  '00',
  '11',
  '22',
  '@123',
  '#1',
  '$',
  '1$',
  '123$',
  '?',
  '.',
  '*',
  ...YEARS,
  ...YEARS.map((y) => `${y}!`),
  ...YEARS.map((y) => y.slice(2)),
];
const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const SEASONS = 'spring summer autumn fall winter'.split(' ');
const WALKS = [
  'qwertyuiop',
  'qwertyuiopasdfghjkl',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  'qazwsxedc',
  'qazwsxedcrfv',
  'zaq12wsx',
  'zaq1xsw2',
  '!qaz@wsx',
  '!qaz2wsx',
  'qwe123',
  'qweasdzxc',
  'q1w2e3r4',
  'q1w2e3r4t5',
  'q1w2e3r4t5y6',
  '1q2w3e4r',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  'qwer1234',
  'asdf1234',
  'zxcv1234',
  'poiuytrewq',
  'mnbvcxz',
  'lkjhgfdsa',
  '1234qwer',
  'abc123',
  'a1b2c3',
  'a1b2c3d4',
  'a1b2c3d4e5',
  'aa123456',
  'qwertyui',
  'asdfasdf',
  'qwerqwer',
  'zxczxc',
];
// Seen in breach lists but not produced by the patterns above.
const EXTRA = [
  '123456789123',
  '147258369147',
  '987654321987',
  'qwertyuiopasdf',
  'changemenow!',
  'abcdefghijkl',
  'abcdefghijklm',
  'abcdefghijklmnop',
  'abcd1234abcd',
  'january20242024',
  'communitysafety',
  'communitysafety1',
  'correcthorsebatterystaple',
];
const DEMO = ['waymark-demo-admin', 'waymark-demo-senior', 'waymark-demo-lead', 'waymark-demo-viewer'];

const LEET = { a: '@', o: '0', e: '3', i: '1', s: '$' };
const leet = (w) => w.replace(/[aoeis]/g, (c) => LEET[c]);
const partialLeet = (w) => w.replace(/[ao]/g, (c) => LEET[c]);

const out = new Set();
const add = (p) => {
  if (p.length >= 12 && p.length <= 128) out.add(p.toLowerCase());
};

for (const word of WORDS) {
  for (const base of new Set([word, partialLeet(word)])) {
    for (const suffix of SUFFIXES) add(base + suffix);
    add(base + base);
    add(base + base + '1');
    add('123' + base + '123');
  }
}
for (const walk of WALKS) {
  add(walk + walk);
  for (const suffix of SUFFIXES) add(walk + suffix);
}
for (const name of [...MONTHS, ...SEASONS]) {
  for (const year of YEARS) for (const tail of ['', '!', '!!', '?', '#']) add(name + year + tail);
}
for (let digit = 0; digit <= 9; digit++) for (let n = 12; n <= 20; n++) add(String(digit).repeat(n));
const ascending = '12345678901234567890';
for (let n = 12; n <= 20; n++) add(ascending.slice(0, n));
for (let n = 12; n <= 20; n++) add('98765432109876543210'.slice(0, n));
for (const chunk of [
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '69',
  '11',
  '21',
  '147',
  '159',
  '258',
  '369',
  '147258369',
  '789456123',
])
  add(chunk.repeat(Math.ceil(12 / chunk.length)));
for (const demo of DEMO) {
  add(demo);
  add(demo.replace(/-/g, ''));
  add(demo.replace(/-/g, ' '));
  add(demo.replace(/-/g, '_'));
  for (const suffix of ['1', '!', '123', '2025', '2026']) add(demo + suffix);
}

EXTRA.forEach(add);

const file = join(import.meta.dirname, '../../libs/api/identity/data-access/src/lib/password/common-passwords.txt');
writeFileSync(file, [...out].sort().join('\n') + '\n');
console.log(`${out.size} passwords written to ${file}`);
