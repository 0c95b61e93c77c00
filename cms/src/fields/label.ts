/** Every label and description in the admin exists in both languages. */
export type Label = { ar: string; en: string }
