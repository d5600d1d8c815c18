'use client'

import { use, useId, type ComponentProps, type ReactNode } from 'react'
import { FormFeedbackContext } from './action-form'

type Frame = { label: ReactNode; name: string; className?: string; labelClassName?: string; controlClassName?: string }

const FRAME = 'flex flex-col gap-0.5'
const LABEL = 'text-sm font-semibold'
const CONTROL = 'rounded border border-gray-400 bg-white px-2 py-1 font-normal aria-[invalid=true]:border-red-700'

/**
 * One labelled control of an ActionForm. After a refusal it shows the action's message for this field beside it
 * (tied with aria-describedby, the control marked aria-invalid) and keeps what was typed.
 */
function useField(name: string, describedBy: string | undefined, defaultValue: ComponentProps<'input'>['defaultValue']) {
  const { errors, submitted } = use(FormFeedbackContext)
  const id = useId()
  const messages = errors[name]
  const errorId = messages?.length ? `${id}-error` : undefined
  return {
    control: {
      id,
      name,
      'aria-invalid': errorId ? true : undefined,
      'aria-describedby': [describedBy, errorId].filter(Boolean).join(' ') || undefined,
      defaultValue: submitted && name in submitted ? submitted[name] : defaultValue,
    },
    error: errorId ? (
      <span id={errorId} className="text-sm font-normal text-red-700">
        {messages?.join(' ')}
      </span>
    ) : null,
  }
}

function FieldFrame({ id, label, className, labelClassName, children, error }: Omit<Frame, 'name' | 'controlClassName'> & { id: string; children: ReactNode; error: ReactNode }) {
  return (
    <div className={className ?? FRAME}>
      <label htmlFor={id} className={labelClassName ?? LABEL}>
        {label}
      </label>
      {children}
      {error}
    </div>
  )
}

export function ActionInput({ label, name, className, labelClassName, controlClassName, defaultValue, ...input }: Frame & Omit<ComponentProps<'input'>, 'name' | 'id'>) {
  const { control, error } = useField(name, input['aria-describedby'], defaultValue)
  return (
    <FieldFrame id={control.id} label={label} className={className} labelClassName={labelClassName} error={error}>
      <input className={`${CONTROL} ${controlClassName ?? ''}`} {...input} {...control} />
    </FieldFrame>
  )
}

export function ActionTextarea({ label, name, className, labelClassName, controlClassName, defaultValue, ...input }: Frame & Omit<ComponentProps<'textarea'>, 'name' | 'id'>) {
  const { control, error } = useField(name, input['aria-describedby'], defaultValue)
  return (
    <FieldFrame id={control.id} label={label} className={className} labelClassName={labelClassName} error={error}>
      <textarea className={`${CONTROL} ${controlClassName ?? ''}`} {...input} {...control} />
    </FieldFrame>
  )
}

export function ActionSelect({ label, name, className, labelClassName, controlClassName, defaultValue, ...input }: Frame & Omit<ComponentProps<'select'>, 'name' | 'id'>) {
  const { control, error } = useField(name, input['aria-describedby'], defaultValue)
  return (
    <FieldFrame id={control.id} label={label} className={className} labelClassName={labelClassName} error={error}>
      {/* Keyed by the value to show: React applies a select's defaultValue only when it mounts. */}
      <select key={String(control.defaultValue ?? '')} className={`${CONTROL} ${controlClassName ?? ''}`} {...input} {...control} />
    </FieldFrame>
  )
}
