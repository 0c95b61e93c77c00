/** One argument for a POSIX shell command line, single-quoted (a quote inside becomes '\''). */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}
