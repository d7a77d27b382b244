import { isPostgresUrl } from '../queue/openQueueStorage';

/**
 * The `samsara.database` setting and the connection it names. The setting never holds a
 * password: the extension keeps that in the system keychain, under a key made from the URL.
 */
export type DatabaseChoice = { kind: 'embedded' } | { kind: 'team'; url: string; label: string };

export function parseDatabaseSetting(value: unknown): DatabaseChoice | { problem: string } {
  const text = String(value ?? '').trim();
  if (text === '' || text.toLowerCase() === 'embedded') return { kind: 'embedded' };
  if (!isPostgresUrl(text)) return { problem: 'samsara.database must be "embedded" or a postgres:// URL.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'samsara.database is not a valid postgres:// URL.' };
  }
  if (url.password) return { problem: 'samsara.database must not contain a password: use "Samsara: Connect to Team Database…", which keeps it in the system keychain.' };
  if (!url.hostname) return { problem: 'samsara.database names no server (postgres://user@host:port/database).' };
  return { kind: 'team', url: url.toString(), label: teamLabel(url.toString()) };
}

/** "db on host:port": what the view shows, without user name or credentials. */
export function teamLabel(url: string): string {
  const u = new URL(url);
  const db = decodeURIComponent(u.pathname.replace(/^\//, '')) || u.username || 'postgres';
  return `${db} on ${u.host}`;
}

/** A URL as typed, split into the URL to keep in the settings and a password typed into it. */
export function splitPassword(input: string): { url: string; password?: string } {
  const u = new URL(input.trim());
  const password = u.password ? decodeURIComponent(u.password) : undefined;
  u.password = '';
  return { url: u.toString(), password };
}

/** The URL to connect with: the setting's URL and the password from the keychain. */
export function withPassword(url: string, password: string | undefined): string {
  if (!password) return url;
  const u = new URL(url);
  u.password = password;
  return u.toString();
}

/** The keychain entry of a team database's password. */
export function passwordKey(url: string): string {
  return `samsara.teamDatabase.password:${url}`;
}

/** Connects (and brings the schema up to date) and closes again: whether URL and password work. */
export async function checkTeamConnection(url: string): Promise<void> {
  const { openPgStorage } = await import('../queue/postgres/pgStorage.js');
  await (await openPgStorage(url, { poolSize: 1 })).close();
}
