import type {Locale} from 'next-intl';
import {translatorFor} from './messages';

type NoteWithLink = 'Translation.translation' | 'Translation.outdatedParagraph';

/** A note of a translation (`Translation.translation` by default) as text, and the words of its link to the original. */
export function translationNote(locale: Locale, original: Locale, key: NoteWithLink = 'Translation.translation') {
  const markup = translatorFor(locale).markup(key, {original, link: (chunks) => `<a>${chunks}</a>`});
  return {text: markup.replace(/<\/?a>/g, ''), link: markup.match(/<a>(.*)<\/a>/)?.[1] ?? ''};
}
