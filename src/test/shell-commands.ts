/**
 * The commands of a Markdown document's ```sh blocks, split into words as a POSIX shell would for the
 * forms documentation uses: single and double quotes, backslash escapes, `\` at the end of a line to go on,
 * `# comments`. Tests only (the README test runs every documented command).
 */
export const shellCommands = (markdown: string): { text: string; words: string[] }[] => {
  const blocks = [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '')
  return blocks.flatMap((block) =>
    block
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((line) => splitWords(line))
      .filter((words) => words.length > 0)
      .map((words) => ({ text: words.join(' '), words })),
  )
}

const splitWords = (line: string): string[] => {
  const words: string[] = []
  let word: string | undefined
  let quote: "'" | '"' | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string
    if (quote === "'") {
      if (c === "'") quote = undefined
      else word = `${word ?? ''}${c}`
    } else if (quote === '"') {
      if (c === '"') quote = undefined
      else if (c === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) word = `${word ?? ''}${line[++i]}`
      else word = `${word ?? ''}${c}`
    } else if (c === "'" || c === '"') {
      quote = c
      word ??= ''
    } else if (c === '\\') word = (word ?? '') + (line[++i] ?? '')
    else if (c === '#' && word === undefined) break
    else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word)
      word = undefined
    } else word = (word ?? '') + c
  }
  if (quote) throw new Error(`unclosed ${quote} in: ${line}`)
  if (word !== undefined) words.push(word)
  return words
}

/**
 * A Markdown document cut at the `## ` heading that starts with `heading`: the section (up to the next `## `
 * heading) and the rest, so each part's commands can be run by the test that has what they need.
 */
export const splitAtSection = (markdown: string, heading: string) => {
  const start = markdown.indexOf(`\n## ${heading}`)
  if (start < 0) throw new Error(`no section "## ${heading}"`)
  const next = markdown.indexOf('\n## ', start + 1)
  const end = next < 0 ? markdown.length : next
  return { section: markdown.slice(start, end), rest: markdown.slice(0, start) + markdown.slice(end) }
}
