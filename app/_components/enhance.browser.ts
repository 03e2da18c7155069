// The site's one script, run in the browser after the page has been parsed
// (<script defer>, app/_components/EnhancementScript.tsx). Every page is
// complete without it: prerendered HTML whose links all work. With it, the
// controls that need JavaScript come alive. No framework: React renders the
// pages on the server only (docs/architecture.md, "Documents, not apps").
//
// Each behaviour lives beside the component whose markup it enhances, and
// finds that markup by its data- attributes.
import {enterInReadersLanguage} from './front-door/frontDoor.browser';
import {rememberChosenLanguage} from './LanguageSwitcher.browser';
import {keepPositionOnLinks} from './PositionKeepingLink.browser';
import {copyParagraphLinks} from './statement/ParagraphLink.browser';
import {enableShareButtons} from './statement/ShareButton.browser';

enterInReadersLanguage();
keepPositionOnLinks();
rememberChosenLanguage();
copyParagraphLinks();
enableShareButtons();
