// Runs once per server process, before it handles a request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Rate limits need the client's socket address, which Next does not pass on (see the file).
    const { installSocketAddressStamp } = await import("@/lib/http/socket-address");
    installSocketAddressStamp();
  }
}
