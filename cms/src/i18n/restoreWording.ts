/**
 * The admin's restore confirmation, overriding Payload's wording: restoring here makes a draft
 * (see collections/restoreAsDraft.ts), and the editor must read that before confirming.
 */
export const restoreWording = {
  ar: {
    version: {
      aboutToRestore:
        'ستُستعاد هذه النسخة من {{label}} كما كانت في {{versionDate}}، وتصبح مسودة: لا يتغير الموقع العام حتى تنشرها.',
    },
  },
  en: {
    version: {
      aboutToRestore:
        'This {{label}} will be restored as it was on {{versionDate}}, as a draft: the public site does not change until you publish it.',
    },
  },
}
