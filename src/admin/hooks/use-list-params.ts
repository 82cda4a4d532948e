import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"

/**
 * The invoice list's filters, sort and page, kept in the URL so that a
 * filtered list can be linked to (`/app/invoices?overdue=true`) and the
 * browser's back button works. Changing a filter goes back to page one.
 */
export const useListParams = () => {
  const [params, setParams] = useSearchParams()

  const setParam = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          next.delete(key)
          if (value !== null && value !== "") {
            next.set(key, value)
          }

          if (key !== "offset") {
            next.delete("offset")
          }

          return next
        },
        { replace: key === "q" }
      ),
    [setParams]
  )

  const replaceAll = useCallback(
    (next: URLSearchParams) => setParams(next),
    [setParams]
  )

  return { params, setParam, replaceAll }
}
