import {parse, TYPE} from '@formatjs/icu-messageformat-parser';
import type {MessageFormatElement} from '@formatjs/icu-messageformat-parser';

/** Parses an ICU message, naming the file and key when it does not parse. */
export function parseMessage(where: string, message: string): MessageFormatElement[] {
  try {
    return parse(message);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}\n  ${message}`);
  }
}

/** The ICU arguments (with their type) and rich-text tags a message uses. */
export function signature(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.add(`{${element.value}}`);
        break;
      case TYPE.number:
        found.add(`{${element.value}, number}`);
        break;
      case TYPE.date:
        found.add(`{${element.value}, date}`);
        break;
      case TYPE.time:
        found.add(`{${element.value}, time}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        // A plural in one language may be a plain number in another, so the
        // argument counts, not the way it is spelled.
        found.add(`{${element.value}, ${element.type === TYPE.select ? 'select' : 'number'}}`);
        for (const option of Object.values(element.options)) signature(option.value, found);
        break;
      case TYPE.tag:
        found.add(`<${element.value}>`);
        signature(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

/** The text a translator typed, without the arguments. */
export function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return literalText(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(' ');
      }
      return '';
    })
    .join('');
}

/** The cases each plural and select of a message offers. */
export function branches(elements: MessageFormatElement[], found: {type: string; options: string[]}[] = []) {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.push({type: element.type === TYPE.plural ? 'plural' : 'select', options: Object.keys(element.options)});
      for (const option of Object.values(element.options)) branches(option.value, found);
    } else if (element.type === TYPE.tag) {
      branches(element.children, found);
    }
  }
  return found;
}
