// Preloaded into a server under benchmark or test (NODE_OPTIONS="--require scripts/count-pg-queries.cjs"):
// counts every statement sent through node-postgres and serves the count as JSON on
// http://127.0.0.1:$PG_QUERY_COUNTER_PORT/. Does nothing unless that variable is set.
//
// Why here and not in PostgreSQL: pg_stat_statements is not installed, and per-database
// statistics count transactions, not statements. node-postgres sends every statement
// through Client.prototype.query (pg.Pool and Prisma's @prisma/adapter-pg included), and
// Next loads `pg` with Node's own require (it is in serverExternalPackages), so patching
// the prototype once in this process sees the app's queries too.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, loaded by node --require */

const port = Number(process.env.PG_QUERY_COUNTER_PORT);

if (port) {
  const http = require("node:http");
  const { Client } = require("pg");

  const RECENT = 50; // statement texts kept, to show what one request ran
  let count = 0;
  const recent = [];

  const original = Client.prototype.query;
  Client.prototype.query = function countedQuery(...args) {
    count++;
    const config = args[0];
    const text = typeof config === "string" ? config : config && config.text;
    recent.push(
      String(text ?? "")
        .replace(/\s+/g, " ")
        .trim(),
    );
    if (recent.length > RECENT) recent.shift();
    return original.apply(this, args);
  };

  const server = http.createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ pid: process.pid, count, recent }));
  });
  // `next start` may run helper processes with the same NODE_OPTIONS: only the first
  // process to bind the port serves the count, and the bench checks that it moves.
  server.on("error", (e) => {
    if (e.code !== "EADDRINUSE") console.error(`[count-pg-queries] ${e.message}`);
  });
  server.listen(port, "127.0.0.1");
  server.unref(); // never keeps the server under test alive on its own
}
