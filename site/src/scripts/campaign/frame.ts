/**
 * The campaign frame (CampaignToolkit.astro): the chosen photo, cropped to a square, inside a
 * ring of the site's accent colour with the campaign's name and hashtag on a band, drawn on a
 * canvas and offered back as a PNG. The photo is read in the browser and never sent; a canvas
 * exports pixels only, so the PNG carries no EXIF, GPS, XMP or device name, whatever the photo
 * carried. Text is drawn as text, never parsed as HTML.
 */
const root = document.querySelector<HTMLElement>('[data-campaign-frame]')

/** The frame's side, in pixels: what profile pictures are uploaded at. */
const side = 1080
const ring = 36
const band = 210

function accentColour(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() || '#0f5c55'
}

function draw(canvas: HTMLCanvasElement, photo: ImageBitmap, label: string, hashtag: string) {
  const context = canvas.getContext('2d')
  if (!context) return
  const accent = accentColour()
  context.fillStyle = accent
  context.fillRect(0, 0, side, side)
  // The photo covers the square inside the ring, cropped at its centre.
  const inner = side - 2 * ring
  const scale = Math.max(inner / photo.width, inner / photo.height)
  const width = photo.width * scale
  const height = photo.height * scale
  context.save()
  context.beginPath()
  context.rect(ring, ring, inner, inner)
  context.clip()
  context.drawImage(photo, ring + (inner - width) / 2, ring + (inner - height) / 2, width, height)
  context.restore()
  context.fillStyle = accent
  context.fillRect(0, side - band, side, band)
  const font = getComputedStyle(document.body).fontFamily
  context.fillStyle = '#fff'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr'
  context.font = `700 64px ${font}`
  context.fillText(label, side / 2, side - band + 70, side - 2 * ring)
  context.direction = 'ltr'
  context.font = `700 56px ${font}`
  context.fillText(hashtag, side / 2, side - band + 150, side - 2 * ring)
}

function setUpFrame(frame: HTMLElement) {
  const input = frame.querySelector<HTMLInputElement>('input[type="file"]')
  const canvas = frame.querySelector<HTMLCanvasElement>('canvas')
  const download = frame.querySelector<HTMLAnchorElement>('[data-download]')
  const status = frame.querySelector<HTMLElement>('[data-status]')
  if (!input || !canvas || !download || !status || typeof createImageBitmap !== 'function') return
  const label = frame.dataset.label ?? ''
  const hashtag = frame.dataset.hashtag ?? ''
  let previous: string | undefined

  input.addEventListener('change', () => {
    const file = input.files?.[0]
    if (!file) return
    void (async () => {
      try {
        const photo = await createImageBitmap(file, { imageOrientation: 'from-image' })
        await document.fonts.ready
        draw(canvas, photo, label, hashtag)
        photo.close()
        const png = await new Promise<Blob | null>((resolve) => {
          canvas.toBlob(resolve, 'image/png')
        })
        if (!png) throw new Error('the canvas gave no PNG')
        if (previous) URL.revokeObjectURL(previous)
        previous = URL.createObjectURL(png)
        download.href = previous
        download.download = download.dataset.fileName ?? 'frame.png'
        canvas.hidden = false
        download.hidden = false
        status.textContent = ''
      } catch {
        canvas.hidden = true
        download.hidden = true
        status.textContent = frame.dataset.unreadable ?? ''
      }
    })()
  })
  frame.hidden = false
}

if (root) setUpFrame(root)
