// One small interface over Playwright (Chromium) and Puppeteer/WebDriver BiDi (Firefox), so the
// same scenarios run in both.
export interface PageDriver {
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  press(key: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Render with print media rules on or off (Chromium; Puppeteer's BiDi has no media emulation). */
  emulatePrint?(on: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  /** The toolbar badge text of a tab, where the automation can read it (Chromium). */
  badge?(tabId: number): Promise<string>;
  name: 'chromium' | 'firefox';
  newPage(): Promise<PageDriver>;
  /** A page the extension opened itself, found by a part of its URL. */
  findPage(urlPart: string): Promise<PageDriver | null>;
  close(): Promise<void>;
}
