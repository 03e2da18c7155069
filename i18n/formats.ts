import type {Formats} from 'next-intl';

// Named formats the messages refer to (`{date, date, dayMonth}`), so every
// language picks the same kind of format and CLDR supplies the local shape.
export const formats = {
  dateTime: {
    dayMonth: {month: 'long', day: 'numeric'},
    year: {year: 'numeric'},
  },
  number: {},
} satisfies Formats;
