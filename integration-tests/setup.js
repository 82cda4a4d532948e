const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// E-mails the plugin sends in tests go to a temporary folder, never to the
// demo's .data/outbox (a suite may choose its own folder).
if (!process.env.INVOICING_OUTBOX_DIR) {
  process.env.INVOICING_OUTBOX_DIR = require("path").join(
    require("os").tmpdir(),
    "invoicing-test-outbox"
  )
}
