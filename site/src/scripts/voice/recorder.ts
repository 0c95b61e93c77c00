/**
 * Records a voice message in the browser, where it can (a microphone, MediaRecorder, and a page
 * served over HTTPS or from this machine): the recording is put into the form's file field, as if
 * chosen from the phone, and can be heard before sending. Without JavaScript, or without a
 * microphone, the form is unchanged: a recording is chosen as a file. Nothing leaves the browser
 * until the participant presses Send; recording stops by itself at the form's time limit. Text is
 * set as text, never as HTML.
 */
const section = document.querySelector<HTMLElement>('[data-voice-recorder]')
const form = section?.closest('form')
const fileInput = form?.querySelector<HTMLInputElement>('input[name="file"]')

function formatSeconds(lang: string, seconds: number): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(seconds)
}

function setUp(root: HTMLElement, files: HTMLInputElement, owner: HTMLFormElement) {
  const start = root.querySelector<HTMLButtonElement>('[data-start]')
  const stop = root.querySelector<HTMLButtonElement>('[data-stop]')
  const status = root.querySelector<HTMLElement>('[data-status]')
  const preview = root.querySelector<HTMLAudioElement>('audio')
  if (!start || !stop || !status || !preview) return
  const lang = document.documentElement.lang
  const limit = Number(root.dataset.limitSeconds ?? '180')
  const say = (template: string | undefined, seconds: number) => {
    status.textContent = (template ?? '').replace('{seconds}', formatSeconds(lang, seconds))
  }
  let recorder: MediaRecorder | undefined
  let timer: number | undefined
  let startedAt = 0

  start.addEventListener('click', () => {
    void (async () => {
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
        const type = MediaRecorder.isTypeSupported('audio/webm;codecs=opus') ? 'audio/webm' : ''
        const active = new MediaRecorder(stream, type ? { mimeType: type } : {})
        recorder = active
        const chunks: Blob[] = []
        active.addEventListener('dataavailable', (event) => chunks.push(event.data))
        active.addEventListener('stop', () => {
          stream.getTracks().forEach((track) => {
            track.stop()
          })
          window.clearInterval(timer)
          const seconds = Math.round((performance.now() - startedAt) / 1000)
          const blob = new Blob(chunks, { type: active.mimeType || 'audio/webm' })
          const extension = blob.type.includes('ogg')
            ? 'ogg'
            : blob.type.includes('mp4')
              ? 'm4a'
              : 'webm'
          const transfer = new DataTransfer()
          transfer.items.add(new File([blob], `voice.${extension}`, { type: blob.type }))
          files.files = transfer.files
          const message = owner.querySelector<HTMLInputElement>(
            'input[name="kind"][value="message"]',
          )
          if (message) message.checked = true
          preview.src = URL.createObjectURL(blob)
          preview.hidden = false
          say(root.dataset.done, seconds)
          start.hidden = false
          stop.hidden = true
        })
        active.start()
        startedAt = performance.now()
        start.hidden = true
        stop.hidden = false
        say(root.dataset.recording, 0)
        timer = window.setInterval(() => {
          const seconds = (performance.now() - startedAt) / 1000
          say(root.dataset.recording, seconds)
          if (seconds >= limit) active.stop()
        }, 1000)
      } catch {
        status.textContent = root.dataset.denied ?? ''
      }
    })()
  })
  stop.addEventListener('click', () => {
    if (recorder?.state === 'recording') recorder.stop()
  })
  root.hidden = false
}

if (
  section &&
  form &&
  fileInput &&
  typeof MediaRecorder !== 'undefined' &&
  typeof DataTransfer !== 'undefined' &&
  'mediaDevices' in navigator
)
  setUp(section, fileInput, form)
