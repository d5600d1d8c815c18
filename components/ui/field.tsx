import type { InputHTMLAttributes } from 'react'

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] }

/** A labelled input whose errors are announced and tied to it with aria-describedby. */
export function Field({ label, name, errors, ...input }: FieldProps) {
  const errorId = errors?.length ? `${name}-error` : undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className="rounded border border-gray-400 bg-white px-3 py-2 text-base focus:border-blue-700"
        {...input}
      />
      {errorId ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors?.join(' ')}
        </p>
      ) : null}
    </div>
  )
}
