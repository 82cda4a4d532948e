import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { FormError } from "./query-state"

type ActionDrawerProps = {
  /** The button that opens the drawer; focus returns to it on close. */
  trigger: ReactNode
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  submitLabel: string
  isPending: boolean
  error: string | null
  onSubmit: () => void
  destructive?: boolean
  children: ReactNode
}

/**
 * A drawer holding one action's form: title, fields, the error the API or
 * the form's own checks give, Cancel and a submit button.
 */
export const ActionDrawer = ({
  trigger,
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  isPending,
  error,
  onSubmit,
  destructive,
  children,
}: ActionDrawerProps) => {
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content
        // Radix warns about a dialog without a description unless told.
        {...(description ? {} : { "aria-describedby": undefined })}
      >
        <form
          onSubmit={submit}
          className="flex flex-1 flex-col overflow-hidden"
        >
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            {description && (
              <Drawer.Description>{description}</Drawer.Description>
            )}
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {children}
            <FormError message={error} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              variant={destructive ? "danger" : "primary"}
              isLoading={isPending}
            >
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
