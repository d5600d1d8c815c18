const fr = {
  title: 'Connexion à la rédaction',
  intro: 'Réservé aux journalistes, éditeurs, modérateurs et administrateurs.',
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  submit: 'Se connecter',
  submitting: 'Connexion…',
  signOut: 'Se déconnecter',
  passwordTooShort: 'Le mot de passe compte au moins 8 caractères.',
  emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
}

const en: typeof fr = {
  title: 'Newsroom sign-in',
  intro: 'For journalists, editors, moderators and administrators.',
  email: 'Email address',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  signOut: 'Sign out',
  passwordTooShort: 'Passwords have at least 8 characters.',
  emailInvalid: 'Enter a valid email address, such as name@example.com.',
}

const ar: typeof fr = {
  title: 'تسجيل الدخول إلى غرفة الأخبار',
  intro: 'مخصص للصحفيين والمحررين والمشرفين والمسؤولين.',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  submit: 'تسجيل الدخول',
  submitting: 'جارٍ تسجيل الدخول…',
  signOut: 'تسجيل الخروج',
  passwordTooShort: 'تتكون كلمة المرور من 8 أحرف على الأقل.',
  emailInvalid: 'أدخل بريدًا إلكترونيًا صالحًا، مثل name@example.com.',
}

export const auth = { fr, en, ar }
