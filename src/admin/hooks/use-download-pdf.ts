import { useMutation } from "@tanstack/react-query"
import { invoicingApi } from "../lib/api"

const FILENAME = /filename="?([^";]+)"?/

/**
 * Downloads a document's PDF with the admin's session and saves it under
 * the file name the API gives (`INV-2026-00001.pdf`).
 */
export const useDownloadPdf = (invoiceId: string, number: string) =>
  useMutation({
    mutationFn: async () => {
      const response = await invoicingApi.pdf(invoiceId)
      const blob = await response.blob()
      const disposition = response.headers.get("content-disposition") ?? ""
      const url = URL.createObjectURL(blob)
      const link = document.createElement("a")
      link.href = url
      link.download = FILENAME.exec(disposition)?.[1] ?? `${number}.pdf`
      document.body.appendChild(link)
      link.click()
      link.remove()
      // Let the browser start the download before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    },
  })
