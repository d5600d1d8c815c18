import type { ButtonHTMLAttributes } from 'react'

const variants = {
  primary: 'bg-ink text-white hover:bg-black',
  secondary: 'border border-gray-400 bg-white text-ink hover:bg-gray-50',
  danger: 'bg-red-700 text-white hover:bg-red-800',
}

export function Button({ variant = 'primary', className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return (
    <button
      className={`inline-flex items-center justify-center rounded px-4 py-2 font-semibold disabled:opacity-60 ${variants[variant]} ${className}`}
      {...props}
    />
  )
}
