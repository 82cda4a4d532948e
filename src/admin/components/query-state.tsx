import { Button, Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "../lib/errors"

/** Placeholder rows while data loads, announced to screen readers. */
export const LoadingState = ({ rows = 3 }: { rows?: number }) => (
  <div role="status" aria-label="Loading" className="flex flex-col gap-y-2">
    {Array.from({ length: rows }, (_, i) => (
      <Skeleton key={i} className="h-5 w-full" />
    ))}
  </div>
)

type ErrorStateProps = { error: unknown; onRetry?: () => void }

/** A failed load: the API's message and a way to try again. */
export const ErrorState = ({ error, onRetry }: ErrorStateProps) => (
  <div role="alert" className="flex flex-col items-start gap-y-2">
    <Text size="small" className="text-ui-fg-error">
      {errorMessage(error)}
    </Text>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    )}
  </div>
)

type EmptyStateProps = { title: string; description?: string }

/** Nothing to show, and why. */
export const EmptyState = ({ title, description }: EmptyStateProps) => (
  <div className="flex flex-col items-center gap-y-1 py-6 text-center">
    <Text size="small" weight="plus">
      {title}
    </Text>
    {description && (
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
  </div>
)

/** An error message of a form, announced when it appears. */
export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <Text
      role="alert"
      size="small"
      data-testid="invoicing-form-error"
      className="text-ui-fg-error"
    >
      {message}
    </Text>
  ) : null
