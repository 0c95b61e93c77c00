/**
 * Markdown ⇄ Lexical for the Markdown-valued fields (report summary and chapter bodies, practice
 * and story bodies, edition summary), with the CMS editor's own features, through
 * @payloadcms/richtext-lexical's converters.
 */
import {
  convertLexicalToMarkdown,
  convertMarkdownToLexical,
  editorConfigFactory,
} from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SanitizedConfig } from 'payload'

export interface MarkdownConverter {
  toLexical(markdown: string): SerializedEditorState
  toMarkdown(state: SerializedEditorState): string
}

export async function markdownConverter(config: SanitizedConfig): Promise<MarkdownConverter> {
  const editorConfig = await editorConfigFactory.default({ config })
  return {
    toLexical: (markdown) => convertMarkdownToLexical({ editorConfig, markdown }),
    toMarkdown: (data) => convertLexicalToMarkdown({ data, editorConfig }),
  }
}
