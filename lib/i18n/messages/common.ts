const fr = {
  siteName: 'Kiosque',
  tagline: "L'actualité régionale, en français, en anglais et en arabe",
  skipToContent: 'Aller au contenu',
  mainNavigation: 'Navigation principale',
  home: 'Accueil',
  languageSwitcher: 'Langue',
  languageNames: { fr: 'Français', en: 'English', ar: 'العربية' },
  footer: 'Kiosque — journal régional indépendant.',
  signIn: 'Se connecter',
  dashboard: 'Tableau de bord',
}

const en: typeof fr = {
  siteName: 'Kiosque',
  tagline: 'Regional news, in French, English and Arabic',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main navigation',
  home: 'Home',
  languageSwitcher: 'Language',
  languageNames: { fr: 'Français', en: 'English', ar: 'العربية' },
  footer: 'Kiosque — an independent regional newspaper.',
  signIn: 'Sign in',
  dashboard: 'Dashboard',
}

const ar: typeof fr = {
  siteName: 'كيوسك',
  tagline: 'الأخبار الجهوية بالفرنسية والإنجليزية والعربية',
  skipToContent: 'انتقل إلى المحتوى',
  mainNavigation: 'التنقل الرئيسي',
  home: 'الرئيسية',
  languageSwitcher: 'اللغة',
  languageNames: { fr: 'Français', en: 'English', ar: 'العربية' },
  footer: 'كيوسك — صحيفة جهوية مستقلة.',
  signIn: 'تسجيل الدخول',
  dashboard: 'لوحة التحكم',
}

export const common = { fr, en, ar }
