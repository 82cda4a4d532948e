/** Pixel size of an image. */
export type ImageSize = { width: number; height: number }

const PNG_SIGNATURE = "89504e470d0a1a0a"

function jpegSize(image: Buffer): ImageSize | null {
  let offset = 2
  while (offset + 9 < image.length && image[offset] === 0xff) {
    const marker = image[offset + 1]
    const isFrame =
      marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame) {
      return {
        height: image.readUInt16BE(offset + 5),
        width: image.readUInt16BE(offset + 7),
      }
    }
    offset += 2 + image.readUInt16BE(offset + 2)
  }

  return null
}

/**
 * The size of a PNG or JPEG logo, read from its header.
 *
 * @throws Error when the logo is neither a PNG nor a JPEG.
 */
export function logoSize(image: Buffer): ImageSize {
  if (image.subarray(0, 8).toString("hex") === PNG_SIGNATURE) {
    return { width: image.readUInt32BE(16), height: image.readUInt32BE(20) }
  }

  const size = image[0] === 0xff && image[1] === 0xd8 ? jpegSize(image) : null
  if (!size || !size.width || !size.height) {
    throw new Error("The invoice logo must be a PNG or JPEG image")
  }

  return size
}

/**
 * The largest size with the image's proportions that fits the box.
 *
 * @example fitInto({ width: 400, height: 100 }, 150, 50) // 150 × 37.5
 */
export function fitInto(
  size: ImageSize,
  maxWidth: number,
  maxHeight: number
): ImageSize {
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height)

  return { width: size.width * scale, height: size.height * scale }
}
