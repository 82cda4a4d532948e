import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import { randomUUID } from "crypto"
import { mkdir, writeFile } from "fs/promises"
import path from "path"

/** Options of the local mailbox: the folder messages are written to. */
export type LocalMailboxOptions = { dir?: string }

/**
 * A notification provider for development and tests that "sends" a
 * message by writing it to a folder: `<id>.json` with the recipient,
 * template and data, and each attachment beside it as `<id>-<filename>`.
 * It stands where a real e-mail provider (SendGrid, SES...) would.
 */
export default class LocalMailboxService extends AbstractNotificationProviderService {
  static identifier = "local-mailbox"

  protected readonly dir_: string
  protected readonly logger_: Logger

  constructor({ logger }: { logger: Logger }, options: LocalMailboxOptions) {
    super()
    this.dir_ = path.resolve(options?.dir ?? ".data/outbox")
    this.logger_ = logger
  }

  /** Writes the message and its attachments; answers with the message id. */
  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A notification needs a recipient (to)."
      )
    }

    const id = randomUUID()
    await mkdir(this.dir_, { recursive: true })
    const attachments = []
    for (const attachment of notification.attachments ?? []) {
      const file = path.join(
        this.dir_,
        `${id}-${path.basename(attachment.filename)}`
      )
      await writeFile(file, Buffer.from(attachment.content, "base64"))
      attachments.push({ filename: attachment.filename, path: file })
    }

    const file = path.join(this.dir_, `${id}.json`)
    await writeFile(
      file,
      JSON.stringify(
        {
          to: notification.to,
          channel: notification.channel,
          template: notification.template,
          data: notification.data,
          attachments,
        },
        null,
        2
      )
    )
    this.logger_.info(
      `Local mailbox: message to ${notification.to} written to ${file}`
    )

    return { id }
  }
}
