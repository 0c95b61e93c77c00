/** Share links that carry a campaign's hashtag. Plain links: no script, no request until clicked. */
export interface ShareInput {
  text: string
  url: string
  hashtag: string
}

export function shareLinks({ text, url, hashtag }: ShareInput) {
  const tag = hashtag.replace(/^#/, '')
  const message = `${text} ${hashtag}`
  return {
    x: `https://x.com/intent/post?${new URLSearchParams({ text, url, hashtags: tag }).toString()}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url, hashtag }).toString()}`,
    email: `mailto:?${new URLSearchParams({ subject: text, body: `${message}\n${url}` }).toString().replace(/\+/g, '%20')}`,
  }
}
