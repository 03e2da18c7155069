import type {Formats} from 'next-intl';

// Named formats the messages refer to (`{date, date, dayMonth}`), so every
// language picks the same kind of format and CLDR supplies the local shape.
export const formats = {
  dateTime: {
    dayMonth: {month: 'long', day: 'numeric'},
    year: {year: 'numeric'},
    // A statement's issued date at the precision it is known to.
    month: {year: 'numeric', month: 'long'},
    day: {year: 'numeric', month: 'long', day: 'numeric'},
  },
  number: {},
} satisfies Formats;

// Figures and dates are facts, not local times: they are formatted in UTC so
// the build machine's time zone can never shift a date by a day.
export const timeZone = 'UTC';
