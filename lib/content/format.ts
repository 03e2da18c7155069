import {createTranslator} from 'next-intl';
import type {Locale} from 'next-intl';
import {formats, timeZone} from '@/i18n/formats';
import type {Collection} from './collection';
import type {Statement} from './types';

/** A statement in one language, every message formatted with its figures and dates. */
export type FormattedStatement = {
  title: string;
  description: string;
  paragraphs: {id: string; text: string}[];
  closing: string;
  signatory: string;
  association: string;
};

/**
 * Formats a statement's messages as the pages show them. A message that does
 * not format (an argument missing from the entry, broken ICU) throws, so the
 * build fails instead of printing a raw `{placeholder}`.
 */
export function formatStatement(collection: Collection, statement: Statement, locale: Locale): FormattedStatement {
  const t = createTranslator({
    locale,
    messages: collection.text(statement, locale),
    formats,
    timeZone,
    onError: (error) => {
      throw new Error(`${statement.id} (${locale}): ${error.message}`);
    },
  });
  return {
    title: t('title'),
    description: t('description'),
    paragraphs: statement.paragraphIds.map((id) => ({id, text: t(`paragraphs.${id}`, statement.arguments)})),
    closing: t('closing'),
    signatory: t('signatory'),
    association: t('association'),
  };
}
