import { countView, viewerKey } from "@/lib/forum/count-views";
import { clientIp } from "@/lib/http/request-context";
import { getCurrentUser } from "@/lib/session";
import { threadParam } from "@/lib/validation/page-params";

// A transparent 1×1 GIF: the thread page asks for it on every view, cached page or not, with
// or without JavaScript; a reader counts once per thread per day (lib/forum/count-views.ts).
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function GET(_request: Request, { params }: { params: Promise<{ thread: string }> }) {
  const id = threadParam((await params).thread);
  if (id !== undefined) {
    // The reader: their account when signed in (from any address), else their address. A
    // session that cannot be read now (database trouble) falls back to the address.
    const user = await getCurrentUser().catch(() => null);
    countView(id, viewerKey(user ? `user:${user.id}` : `ip:${await clientIp()}`));
  }
  return new Response(PIXEL, {
    headers: { "content-type": "image/gif", "cache-control": "no-store", "content-length": String(PIXEL.length) },
  });
}
