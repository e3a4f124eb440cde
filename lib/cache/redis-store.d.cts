export type EntryMeta = { tags: string[]; startedAt: number } & Record<string, unknown>;

export function enabled(): boolean;
export function read(key: string, extraTags?: string[]): Promise<{ meta: EntryMeta; body: string } | undefined>;
export function write(key: string, meta: EntryMeta, body: string, ttlSeconds: number): Promise<void>;
export function expire(tags: string[], durations?: { expire?: number }): Promise<void>;
export function expireLocally(tags: string[], durations?: { expire?: number }): void;
