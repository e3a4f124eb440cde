// Preloaded into next-server by start.mjs (NODE_OPTIONS=--require, with
// NEXT_MANUAL_SIG_HANDLE=1 so Next leaves the signals to this file).
//
// Next's own handler calls server.close(), which in Node 20 also destroys every connection
// that is not mid-response, including one whose request has arrived but is not parsed yet:
// under load such requests fail with a reset. Here, on SIGINT, SIGTERM or SIGHUP, the server
// stops listening, serves the requests that arrive on connections it already holds (each
// answered with `Connection: close`), and exits when the last connection has closed, or after
// REEX_DRAIN_MS. It does the same when start.mjs is gone, so it is never left as an orphan.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, loaded by node --require */
const http = require("node:http");
const net = require("node:net");

const DRAIN_MS = Number(process.env.REEX_DRAIN_MS ?? 10_000);
const servers = new Set();
const sockets = new Set();
let draining = false;

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  servers.add(this);
  this.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => {
      sockets.delete(socket);
      if (draining && sockets.size === 0) process.exit(0);
    });
  });
  this.on("request", (_req, res) => {
    if (draining) res.shouldKeepAlive = false;
  });
  return listen.apply(this, args);
};

function drain() {
  if (draining) return;
  draining = true;
  // Stop listening only (net's close, not http's): a connection that looks idle may hold a
  // request not parsed yet. Idle keep-alive connections end by Node's keep-alive timeout.
  for (const server of servers) net.Server.prototype.close.call(server);
  if (sockets.size === 0) process.exit(0);
  setTimeout(() => process.exit(0), DRAIN_MS).unref();
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, drain);
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) drain();
}, 500).unref();
