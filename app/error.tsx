"use client";

// Shown for unexpected server errors: a plain message, never a stack trace.
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>We could not show this page. Please try again in a moment.</p>
      {error.digest ? <p className="field-help">Reference: {error.digest}</p> : null}
    </>
  );
}
