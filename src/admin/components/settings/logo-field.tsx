import { Button, Text, toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import {
  useUpdateSettings,
  useUploadLogo,
} from "../../hooks/use-settings-actions"
import { errorMessage } from "../../lib/errors"
import { FormError } from "../query-state"

type LogoFieldProps = { logoFileId: string | null; error?: string }

/**
 * The logo printed on new documents: uploaded through Medusa's file
 * uploads, then saved as the settings' `logo_file_id` at once.
 */
export const LogoField = ({ logoFileId, error }: LogoFieldProps) => {
  const input = useRef<HTMLInputElement>(null)
  const [preview, setPreview] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const upload = useUploadLogo()
  const update = useUpdateSettings()
  const busy = upload.isPending || update.isPending

  const save = (fileId: string | null, url: string | null) =>
    update.mutate(
      { logo_file_id: fileId },
      {
        onSuccess: () => {
          setPreview(url)
          toast.success(fileId ? "Logo saved" : "Logo removed")
        },
        onError: (e) => setProblem(errorMessage(e)),
      }
    )

  const choose = (file: File | undefined) => {
    if (!file) {
      return
    }

    setProblem(null)
    upload.mutate(file, {
      onSuccess: (uploaded) => save(uploaded.id, uploaded.url),
      onError: (e) => setProblem(errorMessage(e)),
    })
  }

  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex flex-wrap items-center gap-3">
        {preview && (
          <img
            src={preview}
            alt="Logo"
            className="h-12 max-w-[160px] object-contain"
          />
        )}
        <Text size="small" className="text-ui-fg-subtle">
          {logoFileId ? `Logo file ${logoFileId}` : "No logo"}
        </Text>
      </div>
      <input
        ref={input}
        id="invoicing-settings-logo"
        type="file"
        accept="image/png,image/jpeg"
        className="sr-only"
        aria-label="Logo file"
        onChange={(e) => {
          choose(e.target.files?.[0])
          e.target.value = ""
        }}
      />
      <div className="flex gap-x-2">
        <Button
          size="small"
          variant="secondary"
          type="button"
          isLoading={busy}
          onClick={() => input.current?.click()}
        >
          Upload logo
        </Button>
        {logoFileId && (
          <Button
            size="small"
            variant="transparent"
            type="button"
            disabled={busy}
            onClick={() => save(null, null)}
          >
            Remove logo
          </Button>
        )}
      </div>
      <FormError message={problem ?? error ?? null} />
    </div>
  )
}
