/** A JSON Resume location: the parts of a written location that can be told apart. */
export interface ResumeLocation {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
}

// Names a CV may use that are not the ones ICU gives for the country.
const ALIASES: Record<string, string> = {
  usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', 'united states of america': 'US', america: 'US',
  uk: 'GB', 'u.k.': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'great britain': 'GB', 'northern ireland': 'GB',
  uae: 'AE', holland: 'NL', 'the netherlands': 'NL', czechia: 'CZ', 'czech republic': 'CZ', russia: 'RU', 'south korea': 'KR', korea: 'KR',
};

// User-assigned and grouping codes (Kosovo's XK is the one user-assigned code in real use).
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;
// Also a US state: "Atlanta, Georgia" must not become the country.
const AMBIGUOUS = new Set(['georgia']);

let countries: Map<string, string> | undefined;

/** Country names in English, German, French and Spanish (from ICU) mapped to ISO 3166-1 alpha-2. */
function countryTable(): Map<string, string> {
  if (countries) return countries;
  countries = new Map(Object.entries(ALIASES));
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const codes = letters.flatMap((a) => letters.map((b) => a + b)).filter((c) => !NOT_COUNTRIES.test(c) && !isDeprecated(c));
  for (const locale of ['en', 'de', 'fr', 'es']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const c of codes) {
      const name = names.of(c)?.toLowerCase();
      if (name && !countries.has(name)) countries.set(name, c);
    }
  }
  return countries;
}

/** "DD" (East Germany) would otherwise claim the name "Germany"; ICU maps such codes to their successor. */
function isDeprecated(code: string): boolean {
  return Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`;
}

/** The ISO 3166-1 alpha-2 code of a written country name, when it is one. */
export function countryCode(name: string): string | undefined {
  return countryTable().get(name.trim().toLowerCase());
}

/**
 * Splits "Berlin, Germany", "10115 Berlin, Germany", "Austin, TX, USA" into city, postal code,
 * region and country code. What cannot be placed is kept whole as the address, so nothing the
 * CV says is lost or guessed at.
 */
export function parseLocation(written: string | undefined): ResumeLocation | undefined {
  const text = written?.trim();
  if (!text) return undefined;
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  const code = parts.length > 1 && AMBIGUOUS.has(last.toLowerCase()) ? undefined : countryCode(last);
  const rest = code ? parts.slice(0, -1) : parts;
  if (rest.length > 2) return { address: text, ...(code && { countryCode: code }) };
  const loc: ResumeLocation = {};
  if (rest[0]) {
    const { name, postalCode } = splitPostalCode(rest[0]);
    loc.city = name;
    if (postalCode) loc.postalCode = postalCode;
  }
  if (rest[1]) {
    const { name, postalCode } = splitPostalCode(rest[1]);
    loc.region = name;
    if (postalCode) loc.postalCode ??= postalCode;
  }
  if (code) loc.countryCode = code;
  return loc;
}

/** "10115 Berlin" and "NY 10001" carry a postal code before or after the name. */
function splitPostalCode(part: string): { name: string; postalCode?: string } {
  const before = /^(\d{4,5})\s+(\S.*)$/.exec(part);
  if (before) return { name: before[2], postalCode: before[1] };
  const after = /^(\S.*?)\s+(\d{5}(?:-\d{4})?)$/.exec(part);
  return after ? { name: after[1], postalCode: after[2] } : { name: part };
}
