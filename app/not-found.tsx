export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        That page does not exist (or no longer does).{" "}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- "/" is an HTML route, not a React page */}
        <a href="/">Back to the latest articles</a>.
      </p>
    </>
  );
}
