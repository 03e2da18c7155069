import {createTranslator} from 'next-intl';
import type {AbstractIntlMessages, Locale} from 'next-intl';
import {formats, timeZone} from '@/i18n/formats';
import type {Collection} from './collection';
import type {Day, MessageArguments, Statement} from './types';

/** A statement in one language, every message formatted with its figures and dates. */
export type FormattedStatement = {
  title: string;
  description: string;
  /** The notices of the corrections of the original, oldest first. */
  corrections: {day: Day; text: string}[];
  paragraphs: {id: string; text: string}[];
  closing: string;
  signatory: string;
  association: string;
};

/**
 * A translator of `messages` as the pages format them (the same formats, in UTC). A message that does not format
 * (an argument missing from the entry, broken ICU) throws, naming `what`, so the build fails instead of printing a
 * raw `{placeholder}`.
 */
function strictTranslator<const M extends AbstractIntlMessages>(locale: Locale, messages: M, what: string) {
  return createTranslator({
    locale,
    messages,
    formats,
    timeZone,
    onError: (error) => {
      throw new Error(`${what}: ${error.message}`);
    },
  });
}

/** Formats a statement's messages as the pages show them. */
export function formatStatement(collection: Collection, statement: Statement, locale: Locale): FormattedStatement {
  // The messages alone, without the record of which version of the original they render.
  const {title, description, corrections, paragraphs, closing, signatory, association} = collection.text(
    statement,
    locale,
  );
  const t = strictTranslator(
    locale,
    {title, description, corrections, paragraphs, closing, signatory, association},
    `${statement.id} (${locale})`,
  );
  return {
    title: t('title'),
    description: t('description'),
    corrections: statement.corrections.map((day) => ({day, text: t(`corrections.${day.iso}`, statement.arguments)})),
    paragraphs: statement.paragraphIds.map((id) => ({id, text: t(`paragraphs.${id}`, statement.arguments)})),
    closing: t('closing'),
    signatory: t('signatory'),
    association: t('association'),
  };
}

/**
 * One message formatted as the pages format it (the same formats, in UTC), for
 * the letter import to check that a proposed message renders the letter's words.
 */
export function formatMessage(locale: Locale, message: string, values: MessageArguments): string {
  return strictTranslator(locale, {message}, message)('message', values);
}
