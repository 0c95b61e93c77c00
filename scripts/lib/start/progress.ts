/**
 * Start-up display: one line per task with a progress bar, elapsed time and current step,
 * redrawn in place on a terminal; on a pipe (CI, tests) a plain line whenever a step changes.
 */
export interface TaskProgress {
  update(done: number, total: number, detail: string): void
  finish(summary: string): void
  fail(summary: string): void
}

interface TaskState {
  label: string
  done: number
  total: number
  detail: string
  started: number
  state: 'running' | 'ok' | 'failed'
}

const barWidth = 24

function bar(done: number, total: number): string {
  if (total <= 0) return ' '.repeat(barWidth)
  const filled = Math.min(barWidth, Math.round((done / total) * barWidth))
  return '█'.repeat(filled) + '░'.repeat(barWidth - filled)
}

const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`

export class ProgressBoard {
  private readonly tasks: TaskState[] = []
  private drawn = 0
  private timer: NodeJS.Timeout | undefined
  private readonly tty: boolean
  private readonly out: NodeJS.WriteStream

  constructor(out: NodeJS.WriteStream = process.stdout) {
    this.out = out
    this.tty = out.isTTY
  }

  /** A message above the board. */
  log(line: string): void {
    this.clear()
    this.out.write(`${line}\n`)
    this.draw()
  }

  task(label: string): TaskProgress {
    const task: TaskState = {
      label,
      done: 0,
      total: 0,
      detail: '',
      started: performance.now(),
      state: 'running',
    }
    this.tasks.push(task)
    if (this.tty)
      this.timer ??= setInterval(() => {
        this.redraw()
      }, 1000)
    else this.out.write(`… ${label}\n`)
    this.redraw()
    const end = (state: 'ok' | 'failed', summary: string) => {
      task.state = state
      task.detail = summary
      if (this.tty) {
        this.clear()
        this.tasks.splice(this.tasks.indexOf(task), 1)
        this.out.write(`${this.line(task)}\n`)
        this.draw()
        if (!this.tasks.some((t) => t.state === 'running')) this.stopTimer()
      } else {
        this.tasks.splice(this.tasks.indexOf(task), 1)
        this.out.write(`${this.line(task)}\n`)
      }
    }
    return {
      update: (done, total, detail) => {
        const changed = detail !== task.detail
        Object.assign(task, { done, total, detail })
        if (this.tty) this.redraw()
        else if (changed) this.out.write(`  ${label}: ${detail}\n`)
      },
      finish: (summary) => {
        end('ok', summary)
      },
      fail: (summary) => {
        end('failed', summary)
      },
    }
  }

  stopTimer(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
  }

  private line(task: TaskState): string {
    const mark = task.state === 'ok' ? '✔' : task.state === 'failed' ? '✘' : '•'
    const progress =
      task.state === 'running'
        ? ` ${bar(task.done, task.total)} ${String(task.done)}/${String(task.total)}`
        : ''
    return `${mark} ${task.label.padEnd(22)}${progress} ${elapsed(task.started).padStart(5)}  ${task.detail}`
  }

  private clear(): void {
    if (!this.tty || this.drawn === 0) return
    this.out.write(`\x1b[${String(this.drawn)}A\x1b[0J`)
    this.drawn = 0
  }

  private draw(): void {
    if (!this.tty) return
    const columns = this.out.columns
    for (const task of this.tasks) this.out.write(`${this.line(task).slice(0, columns - 1)}\n`)
    this.drawn = this.tasks.length
  }

  private redraw(): void {
    if (!this.tty) return
    this.clear()
    this.draw()
  }
}
