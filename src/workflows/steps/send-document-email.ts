import type {
  IFileModuleService,
  INotificationModuleService,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { pdfFileName } from "../../modules/invoicing/utils/pdf-input"

/** Why a document is e-mailed. */
export type DocumentEmailPurpose = "issued" | "reminder" | "resend"

export type SendDocumentEmailStepInput = {
  id: string
  file_id: string
  purpose: DocumentEmailPurpose
  /** The reminder level, for `reminder`. */
  level?: number
}

type EmailResult = { sent: boolean; notification_id: string | null }

export const sendDocumentEmailStepId = "invoicing-send-document-email"

/**
 * E-mails a document with its PDF attached through the Notification Module
 * (channel `email`). The idempotency key makes the e-mail of an issue and
 * each reminder level go out once, however often this runs; a failed
 * sending is retried by the next run. A resend on demand always goes out.
 * A sent e-mail cannot be recalled, so this step has no compensation and
 * runs last.
 */
export const sendDocumentEmailStep = createStep(
  sendDocumentEmailStepId,
  async (input: SendDocumentEmailStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const { data } = await query.graph({
      entity: "invoice",
      fields: [
        "id",
        "number",
        "kind",
        "email",
        "currency_code",
        "total",
        "balance",
        "issue_date",
        "due_date",
        "order_id",
        "order_display_id",
      ],
      filters: { id: input.id },
    })
    const doc = data[0] as unknown as
      Record<string, string | number | null> | undefined
    if (!doc?.email) {
      return new StepResponse<EmailResult>({
        sent: false,
        notification_id: null,
      })
    }

    const pdf = await container
      .resolve<IFileModuleService>(Modules.FILE)
      .getAsBuffer(input.file_id)
    const options = invoicing.getOptions()
    const [notification] = await container
      .resolve<INotificationModuleService>(Modules.NOTIFICATION)
      .createNotifications([
        {
          to: String(doc.email),
          channel: "email",
          template:
            input.purpose === "reminder"
              ? options.reminder_email_template
              : options.email_template,
          data: { ...doc, purpose: input.purpose, level: input.level ?? null },
          attachments: [
            {
              content: pdf.toString("base64"),
              filename: pdfFileName(String(doc.number)),
              content_type: "application/pdf",
              disposition: "attachment",
            },
          ],
          idempotency_key: idempotencyKey(input),
        },
      ])
    if (input.purpose === "issued") {
      await invoicing.markEmailed(input.id, new Date())
    }

    return new StepResponse<EmailResult>({
      sent: true,
      notification_id: notification?.id ?? null,
    })
  }
)

function idempotencyKey(input: SendDocumentEmailStepInput): string {
  if (input.purpose === "reminder") {
    return `invoicing:reminder:${input.id}:${input.level ?? 0}`
  }

  return input.purpose === "issued"
    ? `invoicing:issued:${input.id}`
    : `invoicing:resend:${input.id}:${Date.now()}`
}
