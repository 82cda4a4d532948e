import { clx } from "@medusajs/ui"
import { forwardRef, type SelectHTMLAttributes } from "react"

/**
 * A native select styled like Medusa's inputs: labelled with a plain
 * `<label>`, reachable and operable with the keyboard, and usable by
 * browser tests through its label.
 */
export const NativeSelect = forwardRef<
  HTMLSelectElement,
  SelectHTMLAttributes<HTMLSelectElement>
>(({ className, ...props }, ref) => (
  <select
    ref={ref}
    className={clx(
      "bg-ui-bg-field shadow-borders-base txt-compact-small text-ui-fg-base",
      "hover:bg-ui-bg-field-hover h-8 rounded-md px-2 outline-none",
      "focus-visible:shadow-borders-interactive-with-active",
      "aria-[invalid=true]:shadow-borders-error",
      className
    )}
    {...props}
  />
))
NativeSelect.displayName = "NativeSelect"
