import { describeExtension } from './scenarios';
import { launchChromium } from './browsers';

describeExtension('Chromium (MV3, test build)', launchChromium);
