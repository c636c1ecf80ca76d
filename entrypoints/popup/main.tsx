import { render } from 'preact';
import { App } from '../../components/App';
import { SERVICES } from '../../lib/directory/services';
import { LANGUAGES } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { createPopupActions } from '../../lib/popup/actions';
import { languagePreference } from '../../lib/storage-items';

async function start() {
  const i18n = await createI18n(await languagePreference.getValue());
  render(
    <App i18n={i18n} languages={LANGUAGES} services={SERVICES} actions={createPopupActions(i18n)} />,
    document.getElementById('app')!,
  );
}

void start();
