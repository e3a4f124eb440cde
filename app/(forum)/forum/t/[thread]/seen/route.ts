import { countView } from "@/lib/forum/count-views";
import { threadParam } from "@/lib/validation/page-params";

// A transparent 1×1 GIF: the thread page asks for it on every view, cached page or not, with
// or without JavaScript; the count is batched (lib/forum/count-views.ts).
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function GET(_request: Request, { params }: { params: Promise<{ thread: string }> }) {
  const id = threadParam((await params).thread);
  if (id !== undefined) countView(id);
  return new Response(PIXEL, {
    headers: { "content-type": "image/gif", "cache-control": "no-store", "content-length": String(PIXEL.length) },
  });
}
