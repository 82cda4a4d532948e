import type { IFileModuleService, Logger } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "crypto"
import { INVOICING_MODULE } from "../../modules/invoicing"
import { pickLocale, renderInvoicePdf } from "../../modules/invoicing/pdf"
import type InvoicingModuleService from "../../modules/invoicing/service"
import {
  pdfFileName,
  StoredDocument,
  toPdfInput,
} from "../../modules/invoicing/utils/pdf-input"

/** Fields of a document its PDF is rendered from. */
export const PDF_SOURCE_FIELDS = [
  "*",
  "lines.*",
  "tax_rows.*",
  "pdf_file_id",
  "corrects_invoice_id",
]

export const renderDocumentPdfStepId = "invoicing-render-document-pdf"

/**
 * Renders an invoice's or credit note's PDF from its frozen snapshot and
 * stores it through the File Module under an unguessable name, once: when
 * the document already has its PDF, that one is returned, and when a
 * concurrent render recorded its file first, this render's file is deleted.
 * Compensation forgets and deletes the file this step recorded.
 */
export const renderDocumentPdfStep = createStep(
  renderDocumentPdfStepId,
  async (input: { id: string }, { container }) => {
    const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
    const files = container.resolve<IFileModuleService>(Modules.FILE)
    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const doc = await loadDocument(query, input.id)
    if (doc.pdf_file_id) {
      return new StepResponse<Rendered, Recorded | null>(
        { file_id: doc.pdf_file_id, created: false },
        null
      )
    }

    const pdf = await render(container, invoicing, doc)
    const file = await files.createFiles({
      filename: `${pdfFileName(doc.number).replace(/\.pdf$/, "")}-${randomBytes(16).toString("hex")}.pdf`,
      mimeType: "application/pdf",
      content: pdf.toString("base64"),
      access: "private",
    })
    if (!(await invoicing.attachPdf(doc.id, file.id))) {
      await files.deleteFiles(file.id)
      const winner = await loadDocument(query, input.id)

      return new StepResponse<Rendered, Recorded | null>(
        { file_id: winner.pdf_file_id!, created: false },
        null
      )
    }

    return new StepResponse<Rendered, Recorded | null>(
      { file_id: file.id, created: true },
      { id: doc.id, file_id: file.id }
    )
  },
  async (recorded, { container }) => {
    if (!recorded) {
      return
    }

    const invoicing =
      container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    await invoicing.detachPdf(recorded.id, recorded.file_id)
    await container
      .resolve<IFileModuleService>(Modules.FILE)
      .deleteFiles(recorded.file_id)
  }
)

type Rendered = { file_id: string; created: boolean }
type Recorded = { id: string; file_id: string }
type Query = {
  graph: (config: {
    entity: string
    fields: string[]
    filters: Record<string, unknown>
  }) => Promise<{ data: unknown[] }>
}

async function loadDocument(
  query: Query,
  id: string
): Promise<StoredDocument & { pdf_file_id: string | null }> {
  const { data } = await query.graph({
    entity: "invoice",
    fields: PDF_SOURCE_FIELDS,
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Invoice with id: ${id} was not found.`
    )
  }

  return data[0] as StoredDocument & { pdf_file_id: string | null }
}

async function render(
  container: { resolve: <T>(key: string) => T },
  invoicing: InvoicingModuleService,
  doc: StoredDocument & { corrects_invoice_id?: string | null }
): Promise<Buffer> {
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const settings = await invoicing.getSettings()
  const corrected = doc.corrects_invoice_id
    ? await loadDocument(query, doc.corrects_invoice_id)
    : null
  const locale = pickLocale(
    [doc.metadata?.locale as string | undefined],
    settings.default_language
  )

  return renderInvoicePdf(toPdfInput(doc, corrected?.number ?? null), {
    locale,
    logo: await logoOf(container, doc.seller.logo_file_id),
  })
}

/**
 * The logo the document was issued with; none (after a `warn`) if it cannot
 * be read or is neither PNG nor JPEG, so a bad logo never blocks a PDF.
 */
async function logoOf(
  container: { resolve: <T>(key: string) => T },
  fileId: string | null | undefined
): Promise<Buffer | null> {
  if (!fileId) {
    return null
  }

  const warn = (why: string) =>
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`Invoicing: logo file ${fileId} ${why}; printing without it.`)
  try {
    const logo = await container
      .resolve<IFileModuleService>(Modules.FILE)
      .getAsBuffer(fileId)
    if (!isPngOrJpeg(logo)) {
      warn("is neither PNG nor JPEG")

      return null
    }

    return logo
  } catch (e) {
    warn(`could not be read (${(e as Error).message})`)

    return null
  }
}

function isPngOrJpeg(data: Buffer): boolean {
  const png = data.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  const jpeg = data.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))

  return png || jpeg
}
