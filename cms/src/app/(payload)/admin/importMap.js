import { TranslationMarker as TranslationMarker_1739a3ca992be97643bd57056ebd504d } from '../../../components/TranslationMarker.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AdminDateField as AdminDateField_ab433b2a48bb8a624c7bf5d7b54244c8 } from '../../../components/AdminDateField.tsx'
import { DiscardUntouchedDraft as DiscardUntouchedDraft_fd25862b0e73769a1e4acabc71595542 } from '../../../components/DiscardUntouchedDraft.tsx'
import { ReleaseLockOnLeave as ReleaseLockOnLeave_814dbba6765625dd63015cc23ef834bc } from '../../../components/ReleaseLockOnLeave.tsx'
import { PublishStatus as PublishStatus_bb383ce0c9724a99e7f6148e88590db9 } from '../../../components/PublishStatus/index.tsx'
import { ChapterSelect as ChapterSelect_fe504fe264b13f0c880ee833bd1272df } from '../../../components/ChapterSelect.tsx'
import { FollowUpRowLabel as FollowUpRowLabel_d12fa93625db3d56c60b34abf2cdf4d1 } from '../../../components/FollowUpRowLabel.tsx'
import { CurrentPasswordField as CurrentPasswordField_04244b830764dbd5d07bc0265b1d9f61 } from '../../../components/CurrentPasswordField.tsx'
import { PasswordChecks as PasswordChecks_f7e4c117ce1b146b034d12d72df2ba05 } from '../../../components/PasswordChecks.tsx'
import { BuildLogTail as BuildLogTail_f609acd060ee283435890bfeeb288855 } from '../../../components/BuildLogTail.tsx'
import { MahjarIcon as MahjarIcon_c5d5f32fc82640eba35a582e9d82e189 } from '../../../components/MahjarIcon.tsx'
import { MahjarLogo as MahjarLogo_507f6342a66f7909f7cd3430c1af28e0 } from '../../../components/MahjarLogo.tsx'
import { TranslationQueueLink as TranslationQueueLink_6ae13360532e79fc7e89f244d4e461df } from '../../../components/TranslationQueueLink.tsx'
import { TranslationQueueSummary as TranslationQueueSummary_485c893223e3ff5bfc5db56c3eb29cce } from '../../../components/TranslationQueueSummary.tsx'
import { EditedLocaleDirection as EditedLocaleDirection_19682f93133e9099cf3f2681be52ad08 } from '../../../components/EditedLocaleDirection.tsx'
import { AdminLanguageRepairs as AdminLanguageRepairs_e0c5ec434341d53d95a8d284e580b9ec } from '../../../components/AdminLanguageRepairs.tsx'
import { VersionViews as VersionViews_8319d7f2670a9460eae9c6f1e18b5230 } from '../../../components/VersionViews.tsx'
import { TranslationQueue as TranslationQueue_4fe57cad677a4c09091e901e34b2bc63 } from '../../../views/TranslationQueue.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/TranslationMarker.tsx#TranslationMarker": TranslationMarker_1739a3ca992be97643bd57056ebd504d,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/AdminDateField.tsx#AdminDateField": AdminDateField_ab433b2a48bb8a624c7bf5d7b54244c8,
  "/components/DiscardUntouchedDraft.tsx#DiscardUntouchedDraft": DiscardUntouchedDraft_fd25862b0e73769a1e4acabc71595542,
  "/components/ReleaseLockOnLeave.tsx#ReleaseLockOnLeave": ReleaseLockOnLeave_814dbba6765625dd63015cc23ef834bc,
  "/components/PublishStatus/index.tsx#PublishStatus": PublishStatus_bb383ce0c9724a99e7f6148e88590db9,
  "/components/ChapterSelect.tsx#ChapterSelect": ChapterSelect_fe504fe264b13f0c880ee833bd1272df,
  "/components/FollowUpRowLabel.tsx#FollowUpRowLabel": FollowUpRowLabel_d12fa93625db3d56c60b34abf2cdf4d1,
  "/components/CurrentPasswordField.tsx#CurrentPasswordField": CurrentPasswordField_04244b830764dbd5d07bc0265b1d9f61,
  "/components/PasswordChecks.tsx#PasswordChecks": PasswordChecks_f7e4c117ce1b146b034d12d72df2ba05,
  "/components/BuildLogTail.tsx#BuildLogTail": BuildLogTail_f609acd060ee283435890bfeeb288855,
  "/components/MahjarIcon.tsx#MahjarIcon": MahjarIcon_c5d5f32fc82640eba35a582e9d82e189,
  "/components/MahjarLogo.tsx#MahjarLogo": MahjarLogo_507f6342a66f7909f7cd3430c1af28e0,
  "/components/TranslationQueueLink.tsx#TranslationQueueLink": TranslationQueueLink_6ae13360532e79fc7e89f244d4e461df,
  "/components/TranslationQueueSummary.tsx#TranslationQueueSummary": TranslationQueueSummary_485c893223e3ff5bfc5db56c3eb29cce,
  "/components/EditedLocaleDirection.tsx#EditedLocaleDirection": EditedLocaleDirection_19682f93133e9099cf3f2681be52ad08,
  "/components/AdminLanguageRepairs.tsx#AdminLanguageRepairs": AdminLanguageRepairs_e0c5ec434341d53d95a8d284e580b9ec,
  "/components/VersionViews.tsx#VersionViews": VersionViews_8319d7f2670a9460eae9c6f1e18b5230,
  "/views/TranslationQueue.tsx#TranslationQueue": TranslationQueue_4fe57cad677a4c09091e901e34b2bc63,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
