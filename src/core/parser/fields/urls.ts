/** Profile and website URLs in the contract's form: no scheme, no "www.", no trailing slash. */

export function normUrl(u: string): string {
  let s = u.trim().replace(/^<|>$/g, '').replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '');
  s = s.replace(/[?#].*$/, '').replace(/[).,;:]+$/, '').replace(/\/+$/, '');
  const slash = s.indexOf('/');
  const host = (slash < 0 ? s : s.slice(0, slash)).toLowerCase();
  return host + (slash < 0 ? '' : s.slice(slash));
}

const URL_RE = /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|de|fr|es|co|me|info|app|tech|ai|eu|uk|at|ch|nl|it|xyz|site|page|online|pro|blog|cv|codes|design|studio|space|website|work|us|ca)(?![a-z0-9-])(?:\/[^\s,;|)"'<>]*)?/gi;

/** URL-looking tokens in a text, without e-mail addresses. */
export function findUrls(text: string): string[] {
  const out: string[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const before = text[m.index - 1];
    if (before === '@' || before === '.' || /[\w-]/.test(before ?? '')) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (after === '@') continue;
    out.push(m[0]);
  }
  return out;
}

export interface Profiles {
  linkedin?: string;
  github?: string;
  website?: string;
}

/** Sorts URLs into LinkedIn, GitHub and one personal website; `shown` are URLs visible in the text. */
export function classifyUrls(shown: string[], linked: string[], emailDomains: Set<string>): Profiles {
  const p: Profiles = {};
  const visible = shown.map(normUrl);
  const all = [...visible, ...linked.filter((l) => /^(https?:|www\.)/i.test(l)).map(normUrl)];
  for (const u of all) {
    const host = u.split('/')[0];
    if (/(^|\.)linkedin\.com$/.test(host)) {
      if (!p.linkedin && /\/(in|pub|company)\/[^/]+/.test(u)) p.linkedin = u.replace(/^[a-z]{2,3}\.linkedin/, 'linkedin');
    } else if (host === 'github.com') {
      if (!p.github && /^github\.com\/[^/]+/.test(u)) p.github = u.split('/').slice(0, 2).join('/');
    } else if (!p.website && visible.includes(u) && !emailDomains.has(host) && !/\.(png|jpe?g|gif|pdf)$/i.test(u)) p.website = u;
  }
  return p;
}

/** Text with all whitespace removed, lower-cased: a URL wrapped over two lines still reads as one. */
export function squeezeText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/**
 * Splits link targets into those whose address is shown in the text (wrapping and a scheme or
 * "www." aside) and those behind an icon or a word such as "LinkedIn", which the reader never
 * sees. Only web links count: mailto: and tel: targets repeat what the text already says.
 */
export function splitLinks(links: string[], squeezed: string): { shown: string[]; hidden: string[] } {
  const shown: string[] = [];
  const hidden: string[] = [];
  for (const l of links) {
    if (!/^(https?:|www\.)/i.test(l.trim())) continue;
    const u = normUrl(l);
    if (!u) continue;
    const target = squeezed.includes(u.toLowerCase()) ? shown : hidden;
    if (!target.includes(u)) target.push(u);
  }
  return { shown, hidden: hidden.filter((u) => !shown.includes(u)) };
}
