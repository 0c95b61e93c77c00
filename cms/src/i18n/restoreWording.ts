/**
 * The admin's restore confirmation, overriding Payload's wording: restoring here makes a draft
 * (see collections/restoreAsDraft.ts), and the editor must read that before confirming. Payload's
 * restore button shows one fixed message whatever the server said; the refusal it meets is a
 * translator's (restoring is an editor's task), so the message says that instead of "a problem".
 *
 * The words are Payload's keys (`version.aboutToRestore`…) read from the CMS dictionary
 * (`cms.payload.version.*`), with Payload's own `{{label}}` placeholders.
 */
import { label } from '@mahjar/shared/cms-i18n'
import { inEveryLanguage } from '@mahjar/shared/localized'

const aboutToRestore = label('cms.payload.version.aboutToRestore')
const problemRestoringVersion = label('cms.payload.version.problemRestoringVersion')

export const restoreWording = inEveryLanguage((lang) => ({
  version: {
    aboutToRestore: aboutToRestore[lang],
    problemRestoringVersion: problemRestoringVersion[lang],
  },
}))
