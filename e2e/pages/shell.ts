import { Translated } from './translated';

/** The logged-in app: header with the user, language switcher and logout; the home page. */
export class Shell extends Translated {
  welcome(fullName: string) {
    return this.page.getByRole('heading', { level: 1, name: this.t('home.welcome', { name: fullName }), exact: true });
  }
  /** The header's "signed in as" line: every role sees it, whichever page it starts on. */
  signedIn(fullName: string) {
    return this.page.getByTestId('signed-in-as').filter({ hasText: fullName });
  }
  get mainMenu() {
    return this.page.getByRole('navigation', { name: this.t('nav.mainMenu'), exact: true });
  }
  get switchUserButton() {
    return this.page.getByRole('button', { name: this.t('actions.switchUser'), exact: true });
  }
  /** A link of the main menu, by its key under `nav.` ("staff", "audit", "settings"). */
  navLink(key: string) {
    return this.mainMenu.getByRole('link', { name: this.t(`nav.${key}`), exact: true });
  }
  get logoutButton() {
    return this.page.getByRole('button', { name: this.t('actions.logout'), exact: true });
  }
  /** The page content next to the header and the menu. */
  get main() {
    return this.page.getByRole('main');
  }

  /** The centre's overview with the welcome: where managers start, one menu item away for the others. */
  async openHome(): Promise<void> {
    await this.mainMenu.getByRole('link', { name: this.t('nav.home'), exact: true }).click();
  }

  async logOut(): Promise<void> {
    await this.logoutButton.click();
  }
}
