import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage } from "../lib/errors"
import { fieldErrors } from "../lib/field-errors"
import {
  SETTINGS_FIELDS,
  type SettingsDraft,
  toDraft,
  toPayload,
} from "../lib/settings-draft"
import type { SettingsResponse, SettingsUpdate } from "../lib/settings-types"
import { useUpdateSettings } from "./use-settings-actions"

/**
 * The settings form's state: a draft from the stored settings, the API's
 * errors split per field, and saving. A saved change replaces the draft
 * with what the API stored (e.g. a normalised IBAN).
 */
export const useSettingsForm = (data: SettingsResponse | undefined) => {
  const [draft, setDraft] = useState<SettingsDraft | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const update = useUpdateSettings()

  useEffect(() => {
    if (data && !draft) {
      setDraft(toDraft(data.settings))
    }
  }, [data, draft])

  const change = (patch: Partial<SettingsDraft>) =>
    setDraft((current) => (current ? { ...current, ...patch } : current))

  const save = () => {
    if (!draft) {
      return
    }

    setErrors({})
    update.mutate(toPayload(draft) as SettingsUpdate, {
      onSuccess: (saved) => {
        setDraft(toDraft(saved.settings))
        toast.success("Invoicing settings saved")
      },
      onError: (e) => setErrors(fieldErrors(errorMessage(e), SETTINGS_FIELDS)),
    })
  }

  return { draft, change, errors, save, isSaving: update.isPending }
}
