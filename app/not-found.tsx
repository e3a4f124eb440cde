import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        That page does not exist (or no longer does). <Link href="/">Back to the latest articles</Link>.
      </p>
    </>
  );
}
