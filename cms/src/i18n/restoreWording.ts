/**
 * The admin's restore confirmation, overriding Payload's wording: restoring here makes a draft
 * (see collections/restoreAsDraft.ts), and the editor must read that before confirming. Payload's
 * restore button shows one fixed message whatever the server said; the refusal it meets is a
 * translator's (restoring is an editor's task), so the message says that instead of "a problem".
 */
export const restoreWording = {
  ar: {
    version: {
      aboutToRestore:
        'ستُستعاد هذه النسخة من {{label}} كما كانت في {{versionDate}}، وتصبح مسودة: لا يتغير الموقع العام حتى تنشرها.',
      problemRestoringVersion:
        'لم تُستعد هذه النسخة. استعادة نسخة سابقة عمل المحرر، لأنها قد تغيّر الأرقام والروابط وبنية المستند: إن كنت مترجمًا فاطلب من محرر أن يستعيدها.',
    },
  },
  en: {
    version: {
      aboutToRestore:
        'This {{label}} will be restored as it was on {{versionDate}}, as a draft: the public site does not change until you publish it.',
      problemRestoringVersion:
        'This version was not restored. Restoring an earlier version is an editor’s task, as it can change figures, links and structure: if you are a translator, ask an editor to restore it.',
    },
  },
}
