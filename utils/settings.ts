// Typed, versioned settings. Reading prefs sync across devices; per-site choices too, falling back
// to local storage when the sync quota is hit (sync has small per-item and total limits).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_PREFS, normalizePrefs, type ReadingPrefs } from './prefs';

export * from './prefs';

/** Version 1 stored `size: 'small'|'medium'|'large'`; version 2 stores pixels. */
interface ReadingPrefsV1 extends Omit<ReadingPrefs, 'fontSize'> {
  size?: 'small' | 'medium' | 'large';
}
const V1_SIZES = { small: 16, medium: 19, large: 23 } as const;

export const readingPrefsItem = storage.defineItem<ReadingPrefs>('sync:readingPrefs', {
  fallback: DEFAULT_PREFS,
  version: 2,
  migrations: {
    2: (old: ReadingPrefsV1): ReadingPrefs => {
      const { size, ...rest } = old ?? {};
      return { ...DEFAULT_PREFS, ...rest, fontSize: V1_SIZES[size ?? 'medium'] ?? DEFAULT_PREFS.fontSize };
    },
  },
});

/** Read, patch and watch a stored object, always through its `normalize` (stored data may be old or hand-edited). */
function normalizedAccess<T>(item: { getValue(): Promise<T>; setValue(v: T): Promise<void>; watch(cb: (v: T) => void): () => void }, normalize: (v: Partial<T> | null | undefined) => T) {
  const get = async (): Promise<T> => normalize(await item.getValue());
  return {
    get,
    async set(patch: Partial<T>): Promise<T> {
      const next = normalize({ ...(await get()), ...patch });
      await item.setValue(next);
      return next;
    },
    watch: (cb: (v: T) => void): (() => void) => item.watch((v) => cb(normalize(v))),
  };
}

const readingPrefs = normalizedAccess(readingPrefsItem, normalizePrefs);
export const getPrefs = readingPrefs.get;
export const setPrefs = readingPrefs.set;
export const watchPrefs = readingPrefs.watch;

// ---- per-site choices ----

export interface SiteChoice {
  autoReader?: boolean;
  autoClean?: boolean;
}
/** Keyed by origin, e.g. `https://www.example.com`. */
export type SiteChoices = Record<string, SiteChoice>;

export const siteChoicesSyncItem = storage.defineItem<SiteChoices>('sync:siteChoices', { fallback: {}, version: 1 });
/** Used once sync refused a write for quota; from then on it holds the whole list. */
export const siteChoicesLocalItem = storage.defineItem<SiteChoices>('local:siteChoices', { fallback: {}, version: 1 });
export const siteChoicesInLocalItem = storage.defineItem<boolean>('local:siteChoicesInLocal', { fallback: false, version: 1 });

export function isQuotaError(err: unknown): boolean {
  const msg = String((err as { message?: unknown })?.message ?? err);
  return /quota/i.test(msg);
}

export async function getSiteChoices(): Promise<SiteChoices> {
  if (await siteChoicesInLocalItem.getValue()) return siteChoicesLocalItem.getValue();
  return siteChoicesSyncItem.getValue();
}

export async function getSiteChoice(origin: string): Promise<SiteChoice> {
  return (await getSiteChoices())[origin] ?? {};
}

/** Write the whole list to sync; when sync is over quota keep it in local storage instead. */
export async function saveSiteChoices(all: SiteChoices): Promise<'sync' | 'local'> {
  if (!(await siteChoicesInLocalItem.getValue())) {
    try {
      await siteChoicesSyncItem.setValue(all);
      return 'sync';
    } catch (err) {
      if (!isQuotaError(err)) throw err;
    }
  }
  await siteChoicesLocalItem.setValue(all);
  await siteChoicesInLocalItem.setValue(true);
  return 'local';
}

export async function setSiteChoice(origin: string, patch: SiteChoice): Promise<SiteChoice> {
  const all = { ...(await getSiteChoices()) };
  const next: SiteChoice = { ...(all[origin] ?? {}), ...patch };
  if (!next.autoReader && !next.autoClean) delete all[origin];
  else all[origin] = next;
  await saveSiteChoices(all);
  return next;
}

// ---- library ----

export interface LibraryPrefs {
  /** Store an article's pictures with it when saving, so it reads complete offline. */
  keepImagesOffline: boolean;
}
export const DEFAULT_LIBRARY_PREFS: LibraryPrefs = { keepImagesOffline: false };

/** Local, not sync: it decides how much this device stores. Version 1 (new in this release). */
export const libraryPrefsItem = storage.defineItem<LibraryPrefs>('local:libraryPrefs', { fallback: DEFAULT_LIBRARY_PREFS, version: 1 });

export function normalizeLibraryPrefs(v: unknown): LibraryPrefs {
  const r = (v ?? {}) as Partial<LibraryPrefs>;
  return { keepImagesOffline: r.keepImagesOffline === true };
}

const libraryPrefs = normalizedAccess(libraryPrefsItem, normalizeLibraryPrefs);
export const getLibraryPrefs = libraryPrefs.get;
export const setLibraryPrefs = libraryPrefs.set;
export const watchLibraryPrefs = libraryPrefs.watch;
