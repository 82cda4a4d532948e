import { useMutation, useQueryClient } from "@tanstack/react-query"
import { invoicingApi } from "../lib/api"
import { invoicingKeys } from "../lib/query-keys"
import type { SettingsUpdate } from "../lib/settings-types"

/** Saves a change of the seller settings and shows what the API answers. */
export const useUpdateSettings = () => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (change: SettingsUpdate) => invoicingApi.updateSettings(change),
    onSuccess: (data) =>
      queryClient.setQueryData(invoicingKeys.settings(), data),
  })
}

/** Uploads a logo through Medusa's file uploads; resolves to its file. */
export const useUploadLogo = () =>
  useMutation({
    mutationFn: async (file: File) => {
      const { files } = await invoicingApi.uploadLogo(file)

      return files[0]
    },
  })
