import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';
import { Translated } from './translated';

/** The offer of an autosaved draft, the browser's stored drafts, and the dialog voiding a record. */
export class Drafts extends Translated {
  /** The offer above a form's fields (within a dialog, or on the page for the client card). */
  offer(scope: Locator = this.page.locator('body')) {
    return scope.getByRole('region', { name: this.t('common:draft.title'), exact: true });
  }
  restoreButton(scope?: Locator) {
    return this.offer(scope).getByRole('button', { name: this.t('common:draft.restore'), exact: true });
  }
  discardButton(scope?: Locator) {
    return this.offer(scope).getByRole('button', { name: this.t('common:draft.discard'), exact: true });
  }

  /** The keys of the drafts this browser holds (`caredesk.draft.<staff>.<form>[.<record>]`). */
  storedKeys(): Promise<string[]> {
    return this.page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('caredesk.draft.')).sort());
  }

  /** Waits until the autosave (debounced) has written a draft of `form`: what a crash would leave behind. */
  async waitForDraft(form: string): Promise<void> {
    await expect.poll(() => this.storedKeys()).toEqual([expect.stringMatching(new RegExp(`^caredesk\\.draft\\.\\d+\\.${form}(\\.\\d+)?$`))]);
  }

  get voidDialog() {
    return this.page.getByRole('dialog');
  }
  voidButton(row: Locator) {
    return row.getByRole('button', { name: this.t('clients:voiding.action'), exact: true });
  }
  get voidReason() {
    return this.voidDialog.getByLabel(new RegExp(`^${this.t('clients:voiding.reason')}( \\*)?$`));
  }
  get confirmVoid() {
    return this.voidDialog.getByRole('button', { name: this.t('clients:voiding.confirm'), exact: true });
  }

  async voidRecord(row: Locator, reason: string): Promise<void> {
    await this.voidButton(row).click();
    await this.voidReason.fill(reason);
    await this.confirmVoid.click();
    await expect(this.voidDialog).toBeHidden();
  }
}
