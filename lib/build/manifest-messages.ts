import type { Flavour } from './manifest';

/** The texts a browser shows in its toolbar and extension list, per flavour and locale. */
export interface ManifestTexts {
  extName: string;
  extDescription: string;
  extActionTitle: string;
  /** The shortcut's name in the browser's shortcut settings. */
  clearCommand: string;
}

export const MANIFEST_TEXTS: Record<Flavour, Record<string, ManifestTexts>> = {
  open: {
    nl: {
      extName: 'Stille Hulp',
      extDescription: 'Hulp bij geweld in huis: telefoonnummers, informatie en een veiligheidsplan, zonder sporen in de browser.',
      extActionTitle: 'Stille Hulp',
      clearCommand: 'Snel weg: sluit alle hulp en wis de sporen',
    },
    en: {
      extName: 'Stille Hulp',
      extDescription: 'Help with domestic violence: phone numbers, information and a safety plan, without traces in the browser.',
      extActionTitle: 'Stille Hulp',
      clearCommand: 'Quick exit: close all help and clear the traces',
    },
    tr: { extName: 'Stille Hulp', extDescription: 'Ev içi şiddete karşı yardım: telefon numaraları, bilgiler ve bir güvenlik planı, tarayıcıda iz bırakmadan.', extActionTitle: 'Stille Hulp', clearCommand: 'Hızlı çıkış: tüm yardımı kapat ve izleri sil' },
    ar: { extName: 'Stille Hulp', extDescription: 'مساعدة في حالات العنف المنزلي: أرقام هواتف ومعلومات وخطة أمان، دون آثار في المتصفح.', extActionTitle: 'Stille Hulp', clearCommand: 'خروج سريع: إغلاق كل المساعدة ومحو الآثار' },
    pl: { extName: 'Stille Hulp', extDescription: 'Pomoc w przypadku przemocy w domu: numery telefonów, informacje i plan bezpieczeństwa, bez śladów w przeglądarce.', extActionTitle: 'Stille Hulp', clearCommand: 'Szybkie wyjście: zamknij całą pomoc i usuń ślady' },
    uk: { extName: 'Stille Hulp', extDescription: 'Допомога у разі домашнього насильства: номери телефонів, інформація та план безпеки без слідів у браузері.', extActionTitle: 'Stille Hulp', clearCommand: 'Швидкий вихід: закрити всю допомогу й стерти сліди' },
  },
  disguised: {
    nl: { extName: 'Rekenmachine', extDescription: 'Een eenvoudige rekenmachine.', extActionTitle: 'Rekenmachine', clearCommand: 'Alles wissen' },
    en: { extName: 'Calculator', extDescription: 'A simple calculator.', extActionTitle: 'Calculator', clearCommand: 'Clear all' },
    tr: { extName: 'Hesap Makinesi', extDescription: 'Basit bir hesap makinesi.', extActionTitle: 'Hesap Makinesi', clearCommand: 'Tümünü temizle' },
    ar: { extName: 'آلة حاسبة', extDescription: 'آلة حاسبة بسيطة.', extActionTitle: 'آلة حاسبة', clearCommand: 'مسح الكل' },
    pl: { extName: 'Kalkulator', extDescription: 'Prosty kalkulator.', extActionTitle: 'Kalkulator', clearCommand: 'Wyczyść wszystko' },
    uk: { extName: 'Калькулятор', extDescription: 'Простий калькулятор.', extActionTitle: 'Калькулятор', clearCommand: 'Очистити все' },
  },
};

/** `_locales/<locale>/messages.json` contents for one flavour. */
export function localeMessages(flavour: Flavour): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [locale, texts] of Object.entries(MANIFEST_TEXTS[flavour])) {
    const messages = Object.fromEntries(Object.entries(texts).map(([key, message]) => [key, { message }]));
    files[`_locales/${locale}/messages.json`] = JSON.stringify(messages, null, 2);
  }
  return files;
}

export const ICON_SIZES = [16, 32, 48, 128] as const;

/**
 * What the popup shows in its first frame, before scripts have read the language: for the
 * open flavour the emergency number, which needs no words; for the disguised flavour nothing
 * that hints at help.
 */
export const BOOT_SHELL: Record<Flavour, string> = {
  open: '<div class="boot-shell"><a class="emergency-call" href="tel:112" dir="ltr"><span class="emergency-call__action">112</span></a></div>',
  disguised: '<div class="popup--cover boot-shell"><div class="calculator" dir="ltr"><output class="calc-display">0</output></div></div>',
};
