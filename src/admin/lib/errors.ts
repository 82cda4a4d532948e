/** The message to show for a failed request: the API's own, if it sent one. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) {
    return error.message
  }

  return "Something went wrong. Please try again."
}
