import { Input } from "@medusajs/ui"
import { type ComponentProps, useEffect, useRef, useState } from "react"

type DebouncedInputProps = Omit<
  ComponentProps<typeof Input>,
  "value" | "onChange"
> & {
  value: string
  onCommit: (value: string) => void
  delay?: number
}

/**
 * An input that reports its value once typing pauses (or on Enter), so a
 * search does not fire a request per keystroke. It follows outside changes
 * of `value`, e.g. when filters are cleared.
 */
export const DebouncedInput = ({
  value,
  onCommit,
  delay = 350,
  ...props
}: DebouncedInputProps) => {
  const [text, setText] = useState(value)
  const committed = useRef(value)

  useEffect(() => {
    committed.current = value
    setText(value)
  }, [value])

  useEffect(() => {
    if (text === committed.current) {
      return
    }

    const timer = setTimeout(() => {
      committed.current = text
      onCommit(text)
    }, delay)

    return () => clearTimeout(timer)
  }, [text, delay, onCommit])

  return (
    <Input
      {...props}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter" && text !== committed.current) {
          committed.current = text
          onCommit(text)
        }
      }}
    />
  )
}
