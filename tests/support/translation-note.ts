import type {Locale} from 'next-intl';
import {translatorFor} from './messages';

/** A translation's note as text, and the words of its link to the original. */
export function translationNote(locale: Locale, original: Locale) {
  const markup = translatorFor(locale).markup('Translation.translation', {
    original,
    link: (chunks) => `<a>${chunks}</a>`,
  });
  return {text: markup.replace(/<\/?a>/g, ''), link: markup.match(/<a>(.*)<\/a>/)?.[1] ?? ''};
}
