import { covers, FONT_FAMILIES, FontFamily, firstCovering } from "./fonts"

/** A stretch of text drawn with one font family, in logical order. */
export type FamilySpan = { family: FontFamily; text: string; start: number }

const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]$/u
/** Text the Latin font draws whole, the common case, needs no analysis. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const firstFamilies = new Map<number, FontFamily>()

function firstFamily(codePoint: number): FontFamily {
  let family = firstFamilies.get(codePoint)
  if (!family) {
    family = firstCovering(codePoint) ?? "latin"
    firstFamilies.set(codePoint, family)
  }

  return family
}

type Slot = { char: string; start: number; family: FontFamily | null }

function slotsOf(text: string): Slot[] {
  const slots: Slot[] = []
  let start = 0
  for (const char of text) {
    const neutral = NEUTRAL.test(char)
    const family = neutral ? null : firstFamily(char.codePointAt(0) ?? 0)
    slots.push({ char, start, family })
    start += char.length
  }

  return slots
}

/**
 * Gives a run of characters that Latin cannot draw (kanji, hangul, Arabic)
 * one family that draws all of it when there is one, so a Chinese address
 * is not drawn half in Japanese and half in Chinese forms.
 */
function unifyRun(run: Slot[]) {
  const family = FONT_FAMILIES.find((candidate) =>
    run.every((slot) => covers(candidate, slot.char.codePointAt(0) ?? 0))
  )
  if (family) {
    run.forEach((slot) => (slot.family = family))
  }
}

function unifyFallbackRuns(slots: Slot[]) {
  let run: Slot[] = []
  for (const slot of [...slots, null]) {
    if (slot && slot.family === null) {
      continue
    }
    if (slot && slot.family !== "latin") {
      run.push(slot)
      continue
    }
    if (run.length > 1) {
      unifyRun(run)
    }
    run = []
  }
}

function familiesAfter(slots: Slot[]): (FontFamily | null)[] {
  const after: (FontFamily | null)[] = []
  let next: FontFamily | null = null
  for (let index = slots.length - 1; index >= 0; index--) {
    after[index] = next
    next = slots[index].family ?? next
  }

  return after
}

/**
 * Neutral characters (spaces, digits, punctuation, combining marks) take the
 * family of the text before them when it has a glyph, else the one after,
 * else the first family that draws them.
 */
function placeNeutrals(slots: Slot[]) {
  const after = familiesAfter(slots)
  slots.forEach((slot, index) => {
    if (slot.family !== null) {
      return
    }
    const codePoint = slot.char.codePointAt(0) ?? 0
    const before = index > 0 ? slots[index - 1].family : null
    slot.family =
      [before, after[index]].find((f) => f && covers(f, codePoint)) ??
      firstFamily(codePoint)
  })
}

/**
 * Splits text into spans that one font family each draws, choosing for
 * every character a family that has a glyph for it.
 *
 * @example assignFamilies("Иван, 東京都") // latin "Иван, ", japanese "東京都"
 */
export function assignFamilies(text: string): FamilySpan[] {
  if (PRINTABLE_ASCII.test(text)) {
    return [{ family: "latin", text, start: 0 }]
  }

  const slots = slotsOf(text)
  unifyFallbackRuns(slots)
  placeNeutrals(slots)

  const spans: FamilySpan[] = []
  for (const slot of slots) {
    const last = spans[spans.length - 1]
    if (last && last.family === slot.family) {
      last.text += slot.char
    } else {
      spans.push({
        family: slot.family ?? "latin",
        text: slot.char,
        start: slot.start,
      })
    }
  }

  return spans
}
