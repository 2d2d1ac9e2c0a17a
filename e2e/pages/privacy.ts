import { labelPattern } from './clients';
import { Translated } from './translated';

/** The GDPR pages: the access report button on the card, data retention in settings, the list and the erase dialog. */
export class PrivacyPages extends Translated {
  get accessReportButton() {
    return this.page.getByRole('link', { name: this.t('privacy:access.button'), exact: true });
  }
  get downloadJsonButton() {
    return this.page.getByRole('button', { name: this.t('privacy:access.downloadJson'), exact: true });
  }
  get retentionYears() {
    return this.field(this.t('privacy:retention.years'));
  }
  get saveRetentionButton() {
    return this.page.getByRole('button', { name: this.t('privacy:retention.save'), exact: true });
  }
  get retentionSaved() {
    return this.page.getByText(this.t('privacy:retention.saved'), { exact: true });
  }
  get retentionListLink() {
    return this.page.getByRole('link', { name: this.t('privacy:retention.open'), exact: true });
  }
  get retentionHeading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('privacy:retention.open'), exact: true });
  }
  retentionPeriod(years: number) {
    return this.page.getByText(this.t('privacy:retention.period', { count: years }));
  }
  get nobodyPastRetention() {
    return this.page.getByText(this.t('privacy:retention.none'), { exact: true });
  }
  /** The erase button of one client's row, named with the client. */
  eraseButton(name: string) {
    return this.page.getByRole('button', { name: this.t('privacy:retention.eraseOf', { name }), exact: true });
  }
  eraseDialog(name: string) {
    return this.page.getByRole('dialog', { name: this.t('privacy:erase.title', { name }) });
  }
  eraseReason(name: string) {
    return this.eraseDialog(name).getByLabel(labelPattern(this.t('privacy:erase.reason')));
  }
  eraseConfirmName(name: string) {
    return this.eraseDialog(name).getByLabel(labelPattern(this.t('privacy:erase.confirmName')));
  }
  eraseConfirmButton(name: string) {
    return this.eraseDialog(name).getByRole('button', { name: this.t('privacy:erase.confirm'), exact: true });
  }
  get erasedNotice() {
    return this.page.getByRole('status').filter({ hasText: this.t('privacy:erase.done') });
  }
}
