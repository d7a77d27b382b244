/** Countries, US states and German states, to tell a location from other short lines. Evidence: place names only. */
const COUNTRIES: Record<string, string> = {
  germany: 'DE', deutschland: 'DE', allemagne: 'DE', alemania: 'DE', de: 'DE', austria: 'AT', österreich: 'AT', autriche: 'AT', at: 'AT',
  switzerland: 'CH', schweiz: 'CH', suisse: 'CH', suiza: 'CH', ch: 'CH', france: 'FR', frankreich: 'FR', francia: 'FR', fr: 'FR',
  spain: 'ES', spanien: 'ES', espagne: 'ES', españa: 'ES', es: 'ES', italy: 'IT', italien: 'IT', italie: 'IT', italia: 'IT',
  netherlands: 'NL', niederlande: 'NL', 'pays-bas': 'NL', nl: 'NL', belgium: 'BE', belgien: 'BE', belgique: 'BE', be: 'BE',
  'united kingdom': 'GB', uk: 'GB', gb: 'GB', england: 'GB', scotland: 'GB', 'großbritannien': 'GB', 'royaume-uni': 'GB', 'reino unido': 'GB',
  'united states': 'US', usa: 'US', us: 'US', 'u.s.': 'US', 'u.s.a.': 'US', 'vereinigte staaten': 'US', 'états-unis': 'US', 'estados unidos': 'US',
  canada: 'CA', kanada: 'CA', ireland: 'IE', irland: 'IE', poland: 'PL', polen: 'PL', pologne: 'PL', portugal: 'PT', mexico: 'MX', méxico: 'MX',
  argentina: 'AR', colombia: 'CO', chile: 'CL', peru: 'PE', perú: 'PE', india: 'IN', indien: 'IN', australia: 'AU', australien: 'AU', sweden: 'SE', schweden: 'SE',
  norway: 'NO', denmark: 'DK', dänemark: 'DK', finland: 'FI', luxembourg: 'LU', luxemburg: 'LU', czechia: 'CZ', 'czech republic': 'CZ', tschechien: 'CZ',
  brazil: 'BR', brasil: 'BR', brasilien: 'BR', japan: 'JP', china: 'CN', singapore: 'SG', turkey: 'TR', türkei: 'TR', greece: 'GR', griechenland: 'GR',
};

const US_STATES = ['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming'];
const US_CODES = 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' ');
const DE_STATES = ['bayern', 'baden-württemberg', 'berlin', 'brandenburg', 'bremen', 'hamburg', 'hessen', 'niedersachsen', 'nordrhein-westfalen', 'rheinland-pfalz', 'saarland', 'sachsen', 'sachsen-anhalt', 'schleswig-holstein', 'thüringen', 'mecklenburg-vorpommern', 'nrw'];

const REGIONS = new Set([...US_STATES, ...DE_STATES]);
const US_CODE_SET = new Set(US_CODES);

/** ISO region of a country word or code ("Deutschland", "(DE)", "US"); undefined when none. */
export function countryCode(word: string): string | undefined {
  const w = word.toLowerCase().replace(/[()]/g, '').trim();
  return COUNTRIES[w] ?? (US_STATES.includes(w) ? 'US' : undefined);
}

/** Whether a word or phrase names a country, a US state (or its code) or a German state. */
export function isPlaceWord(part: string): boolean {
  const p = part.trim().replace(/[()]/g, '');
  if (US_CODE_SET.has(p)) return true;
  const l = p.toLowerCase();
  return l in COUNTRIES || REGIONS.has(l);
}

/** The region a location text implies, from its last country or state word. */
export function regionOf(location: string): string | undefined {
  const parts = location.split(/[,()|/]|\s+/).map((p) => p.trim()).filter(Boolean).reverse();
  for (const p of parts) {
    const c = countryCode(p);
    if (c && (p.length > 2 || p === p.toUpperCase())) return c;
    if (US_CODE_SET.has(p)) return 'US';
  }
  const whole = location.toLowerCase();
  for (const [name, code] of Object.entries(COUNTRIES)) if (name.length > 3 && whole.includes(name)) return code;
  return undefined;
}
