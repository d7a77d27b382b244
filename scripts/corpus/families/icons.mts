/** Small inline SVG icons; link icons carry their target only behind the icon, not as text. */
const svg = (inner: string, size = 11): string =>
  `<svg width="${size}" height="${size}" viewBox="0 0 16 16" style="vertical-align:-1px" xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;

export const ICON = {
  mail: svg('<rect x="1" y="3" width="14" height="10" rx="1" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M1 4l7 5 7-5" fill="none" stroke="currentColor" stroke-width="1.5"/>'),
  phone: svg('<path d="M4 1h3l1 4-2 1a8 8 0 004 4l1-2 4 1v3a2 2 0 01-2 2A13 13 0 012 3a2 2 0 012-2z" fill="currentColor"/>'),
  pin: svg('<path d="M8 1a5 5 0 00-5 5c0 4 5 9 5 9s5-5 5-9a5 5 0 00-5-5zm0 7a2 2 0 110-4 2 2 0 010 4z" fill="currentColor"/>'),
  linkedin: svg('<rect x="1" y="1" width="14" height="14" rx="2" fill="currentColor"/><path d="M4 6h2v6H4zM5 3.5a1 1 0 110 2 1 1 0 010-2zM7.5 6h2v1c.5-.8 1.3-1.1 2-1.1 1.5 0 2 1 2 2.6V12h-2V9c0-.8-.3-1.2-.9-1.2-.7 0-1.1.5-1.1 1.3V12h-2z" fill="#fff"/>', 14),
  github: svg('<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M5 12c0-2 1-2.5 1-2.5-2-.3-3-1.3-3-3.3 0-.8.3-1.4.8-1.9-.1-.3-.3-1 .1-2 0 0 .7-.2 2.1.8a7 7 0 014 0c1.4-1 2.1-.8 2.1-.8.4 1 .2 1.7.1 2 .5.5.8 1.1.8 1.9 0 2-1 3-3 3.3 0 0 1 .5 1 2.5z" fill="#fff"/>', 14),
  globe: svg('<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.3"/><path d="M1.5 8h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13" fill="none" stroke="currentColor" stroke-width="1.1"/>', 14),
  briefcase: svg('<rect x="1" y="5" width="14" height="9" rx="1" fill="currentColor"/><path d="M5 5V3h6v2" fill="none" stroke="currentColor" stroke-width="1.5"/>', 13),
  cap: svg('<path d="M8 2L0 6l8 4 8-4zM3 8v3c0 1 2.5 2.5 5 2.5s5-1.5 5-2.5V8l-5 2.5z" fill="currentColor"/>', 13),
  star: svg('<path d="M8 1l2.2 4.6 5 .7-3.6 3.5.9 5L8 12.5 3.5 14.8l.9-5L.8 6.3l5-.7z" fill="currentColor"/>', 13),
};

/** An icon that links to a profile; only the link annotation knows the target. */
export const iconLink = (target: string, icon: string): string => `<a href="https://${target}" style="color:inherit;text-decoration:none">${icon}</a>`;
