import { FieldError } from "@/components/forms/form-messages";

type Props = {
  id: string;
  label: string;
  error?: string;
} & React.InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with its error beside it, announced with the field. */
export function Field({ id, label, error, ...input }: Props) {
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
      <FieldError id={id} error={error} />
    </p>
  );
}
