import {parse, TYPE} from '@formatjs/icu-messageformat-parser';
import type {MessageFormatElement} from '@formatjs/icu-messageformat-parser';

// An ICU message cut into what a translator writes (text) and what is code
// (arguments, `#`, and the syntax of plural, select, selectordinal and tags),
// each code as the exact characters of the message: joined again, the pieces
// are the message byte for byte, however it is spaced or quoted.

/** A run of the message a translator translates, as written in the ICU source (apostrophes as typed). */
export type TextPiece = {kind: 'text'; text: string};

/**
 * Code: `{killed, number}`, `#`, or a piece of a plural's or select's syntax
 * (`{years, plural, one {`, `} other {`, `}}`), whose branches are text again.
 */
export type CodePiece = {
  kind: 'code';
  icu: string;
  /** The argument it belongs to (for a tag, the tag's name). */
  argument: string;
  /** How a reader sees it: the value formatted, or for syntax which branch follows. */
  label: Label;
};

export type Label =
  | {type: 'value'; message: string}
  | {type: 'opens'; argument: string; key: string}
  | {type: 'branch'; key: string}
  | {type: 'closes'; argument: string};

export type Piece = TextPiece | CodePiece;

type Span = {start: number; end: number; argument: string; label: Label};

function location(element: {location?: {start: {offset: number}; end: {offset: number}}}) {
  if (!element.location) throw new Error('the ICU parser gave no location');
  return {start: element.location.start.offset, end: element.location.end.offset};
}

function spansOf(message: string, elements: MessageFormatElement[], plural: string | undefined, spans: Span[]) {
  for (const element of elements) {
    const {start, end} = location(element);
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        spans.push({start, end, argument: element.value, label: {type: 'value', message: message.slice(start, end)}});
        break;
      case TYPE.pound:
        // `#` is the plural's figure, formatted as a number.
        spans.push({start, end, argument: plural ?? '#', label: {type: 'value', message: `{${plural}, number}`}});
        break;
      case TYPE.plural:
      case TYPE.select: {
        const argument = element.value;
        const options = Object.entries(element.options).map(([key, option]) => ({key, ...location(option)}));
        options.forEach((option, index) => {
          const previous = options[index - 1];
          const label: Label = previous
            ? {type: 'branch', key: option.key}
            : {type: 'opens', argument, key: option.key};
          spans.push({start: previous ? previous.end - 1 : start, end: option.start + 1, argument, label});
          spansOf(message, element.options[option.key]?.value ?? [], argument, spans);
        });
        const last = options.at(-1);
        spans.push({start: last ? last.end - 1 : start, end, argument, label: {type: 'closes', argument}});
        break;
      }
      case TYPE.tag: {
        const argument = element.value;
        const opening = `<${argument}>`.length;
        spans.push({start, end: start + opening, argument, label: {type: 'opens', argument, key: argument}});
        spansOf(message, element.children, plural, spans);
        spans.push({start: end - `</${argument}>`.length, end, argument, label: {type: 'closes', argument}});
        break;
      }
      default:
        break;
    }
  }
  return spans;
}

/** The message as text and code, in order; throws the parser's error for a message that is not ICU. */
export function piecesOf(message: string): Piece[] {
  const spans = spansOf(message, parse(message, {captureLocation: true}), undefined, []);
  const pieces: Piece[] = [];
  let at = 0;
  for (const {start, end, argument, label} of spans) {
    if (start > at) pieces.push({kind: 'text', text: message.slice(at, start)});
    pieces.push({kind: 'code', icu: message.slice(start, end), argument, label});
    at = end;
  }
  if (at < message.length) pieces.push({kind: 'text', text: message.slice(at)});
  return pieces;
}

/** The names of the arguments a message uses, whatever their form (`{n, number}` and `{n, plural, …}` are both `n`). */
export function argumentsOf(message: string): Set<string> {
  return new Set(
    piecesOf(message).flatMap((piece) =>
      piece.kind === 'code' && (piece.label.type === 'value' || piece.label.type === 'opens') ? [piece.argument] : [],
    ),
  );
}
