import type { RedisClientType } from "redis";

export class RedisUnavailableError extends Error {}
export function isRedisUnavailable(e: unknown): e is RedisUnavailableError;

export interface RedisConnection {
  client: RedisClientType;
  now(): number;
  toRedisTime(localMs: number): number;
  fromRedisTime(redisMs: number): number;
  onUp(hook: (client: RedisClientType) => Promise<unknown>): void;
  run<T>(what: string, op: (client: RedisClientType) => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<unknown>;
}

export function redisConnection(): RedisConnection | null;
export function redisKey(name: string): string;
