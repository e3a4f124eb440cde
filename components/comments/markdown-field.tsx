"use client";

import { FieldError } from "@/components/forms/form-messages";
import { useState } from "react";
import { COMMENT_MAX_LENGTH } from "@/lib/validation/comment";

type Props = {
  id: string;
  label: string;
  defaultValue: string;
  error?: string;
  /** Server-rendered preview of the submitted text (same renderer and sanitizer as saving). */
  preview?: string;
  /** The action state the preview came from: a new one shows a new preview. */
  stateKey: object;
  autoFocus?: boolean;
};

/**
 * A markdown textarea with Write / Preview. Both are submit buttons (intent=write|preview),
 * so the toggle works without JavaScript; the preview is rendered by the server code that
 * saves comments, so it shows exactly what will be posted.
 */
export function MarkdownField({ id, label, defaultValue, error, preview, stateKey, autoFocus }: Props) {
  const [writingAgain, setWritingAgain] = useState<object | null>(null);
  const showPreview = preview !== undefined && writingAgain !== stateKey;
  return (
    <div className="md-field">
      <div className="md-tabs" role="group" aria-label={`${label}: editor mode`}>
        <button
          type="submit"
          name="intent"
          value="write"
          formNoValidate
          className="md-tab"
          aria-pressed={!showPreview}
          onClick={(e) => {
            // With JavaScript, going back to the text needs no round trip.
            e.preventDefault();
            setWritingAgain(stateKey);
          }}
        >
          Write
        </button>
        <button
          type="submit"
          name="intent"
          value="preview"
          formNoValidate
          className="md-tab"
          aria-pressed={showPreview}
        >
          Preview
        </button>
      </div>
      {showPreview ? (
        <section className="md-preview" aria-label="Preview">
          <div className="comment__content" dangerouslySetInnerHTML={{ __html: preview }} />
        </section>
      ) : null}
      <p className="field" hidden={showPreview}>
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          name="body"
          rows={7}
          required
          maxLength={COMMENT_MAX_LENGTH}
          defaultValue={defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-help` : `${id}-help`}
          autoFocus={autoFocus}
        />
        <span id={`${id}-help`} className="field-help">
          Markdown works: **bold**, *italic*, [links](https://example.com), &gt; quotes, lists.
        </span>
        <FieldError id={id} error={error} />
      </p>
    </div>
  );
}
