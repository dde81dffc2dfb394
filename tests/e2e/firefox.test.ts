import { describeExtension } from './scenarios';
import { launchFirefox } from './browsers';

describeExtension('Firefox ESR (MV3, test build)', launchFirefox);
