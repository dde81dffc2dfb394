// UI strings come from public/_locales via browser.i18n; the key list keeps calls typed.
import { browser } from 'wxt/browser';

export type MessageKey =
  | 'extName' | 'extDescription' | 'cmdToggleReader' | 'menuToggleReader' | 'menuCleanPage'
  | 'summary' | 'summaryGenerated' | 'summaryGeneratedNote' | 'minutesRead' | 'byAuthor' | 'readOriginal'
  | 'publishedOn' | 'updatedOn' | 'photoCredit' | 'closeReader' | 'printArticle' | 'readerSettings'
  | 'readerViewLabel' | 'articleLabel' | 'notArticleNote'
  | 'theme' | 'themeSystem' | 'themeLight' | 'themeDark' | 'themeSepia'
  | 'font' | 'fontSerif' | 'fontSans' | 'fontDevaSerif' | 'fontDevaSans'
  | 'fontSize' | 'lineHeight' | 'width' | 'widthNarrow' | 'widthMedium' | 'widthWide'
  | 'align' | 'alignStart' | 'alignJustify' | 'smaller' | 'larger'
  | 'popupToggleReader' | 'popupCloseReader' | 'popupCleanPage' | 'popupUndoClean'
  | 'popupLooksArticle' | 'popupNotArticle' | 'popupChecking' | 'popupUnavailable' | 'popupReasons'
  | 'popupSettings' | 'popupThisSite' | 'popupAutoReader' | 'popupAutoClean' | 'popupPermissionDenied'
  | 'popupShortcut' | 'popupNoShortcut' | 'popupCleanedCount' | 'badgeArticle' | 'badgeNotArticle'
  // Reading library
  | 'cmdSavePage' | 'menuSavePage' | 'menuSaveLink' | 'menuOpenLibrary' | 'saveForLater' | 'savedToLibrary'
  | 'saving' | 'popupOpenLibrary' | 'libraryTitle' | 'libShowMore' | 'libQuotaFull' | 'libExportEpub' | 'libSearch' | 'libFilters' | 'libStatus'
  | 'libAll' | 'libUnread' | 'libRead' | 'libArchived' | 'libFavourites' | 'libFavourite'
  | 'libTag' | 'libTags' | 'libSort' | 'libSortNewest' | 'libSortOldest' | 'libSortUpdated'
  | 'libExportImport' | 'libExportJson' | 'libExportMarkdown' | 'libExportHtml' | 'libImport' | 'libImportFailed'
  | 'libFetchPending' | 'libClear' | 'libConfirmClear' | 'libMarkRead' | 'libMarkUnread' | 'libArchive'
  | 'libUnarchive' | 'libDelete' | 'libUndo' | 'libEmpty' | 'libNoMatches' | 'libNotFound'
  | 'libPending' | 'libImported' | 'libFetched' | 'libFetching' | 'libDeleted' | 'libCount'
  | 'libPendingCount' | 'libSavedOn' | 'libKeepImages' | 'libKeepImagesHint' | 'libImagesKept'
  | 'readingPage';

export function t(key: MessageKey, subs?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, subs) || key;
  } catch {
    return key;
  }
}

/** The browser UI language, e.g. `hi` or `en-US`. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
