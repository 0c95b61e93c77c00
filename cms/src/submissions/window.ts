/**
 * A per-window limit on what the public submission endpoints take, counted for all senders
 * together: telling senders apart would mean keeping something about them (an address, even
 * hashed), which this endpoint never does. A burst past the limit is refused before anything is
 * read or stored, with the time to wait. In memory, per CMS process.
 */
export class WindowLimit {
  private readonly times: number[] = []
  private readonly max: number
  private readonly windowMs: number

  constructor(max: number, windowMs: number) {
    this.max = max
    this.windowMs = windowMs
  }

  /** Counts one request: undefined when it may go on, else the seconds until a slot frees. */
  take(now = Date.now()): number | undefined {
    while (this.times.length > 0 && (this.times[0] ?? 0) <= now - this.windowMs) this.times.shift()
    if (this.times.length >= this.max) {
      const oldest = this.times[0] ?? now
      return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000))
    }
    this.times.push(now)
    return undefined
  }
}
