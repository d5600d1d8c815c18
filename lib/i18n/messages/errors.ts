// Expected failures carry one of these keys (UserError, ActionResult); the UI shows the sentence.
const fr = {
  forbidden: "Vous n'avez pas le droit de faire cela.",
  signInRequired: 'Connectez-vous pour continuer.',
  checkFields: 'Certains champs sont à corriger : voyez les messages ci-dessous.',
  generic: "Une erreur inattendue s'est produite. Réessayez ; si elle persiste, prévenez l'équipe technique.",
  notFoundTitle: 'Page introuvable',
  notFoundText: "Cette page n'existe pas ou n'est plus publiée.",
  forbiddenTitle: 'Accès refusé',
  forbiddenText: "Votre rôle ne donne pas accès à cette page. Demandez à un administrateur si vous pensez qu'il le devrait.",
  backHome: "Retour à l'accueil",
  backToDashboard: 'Retour au tableau de bord',
  errorTitle: 'Un problème est survenu',
  retry: 'Réessayer',
  invalidCredentials: 'Adresse e-mail ou mot de passe incorrect.',
  tooManyAttempts: 'Trop de tentatives. Réessayez dans {seconds} s.',
  accountInactive: 'Ce compte est désactivé. Contactez un administrateur.',
}

const en: typeof fr = {
  forbidden: 'You are not allowed to do that.',
  signInRequired: 'Sign in to continue.',
  checkFields: 'Some fields need fixing: see the messages below.',
  generic: 'Something unexpected went wrong. Try again; if it persists, tell the technical team.',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist or is no longer published.',
  forbiddenTitle: 'Access denied',
  forbiddenText: 'Your role does not give access to this page. Ask an administrator if you think it should.',
  backHome: 'Back to the home page',
  backToDashboard: 'Back to the dashboard',
  errorTitle: 'Something went wrong',
  retry: 'Try again',
  invalidCredentials: 'Wrong email address or password.',
  tooManyAttempts: 'Too many attempts. Try again in {seconds} s.',
  accountInactive: 'This account is deactivated. Contact an administrator.',
}

const ar: typeof fr = {
  forbidden: 'لا يحق لك القيام بذلك.',
  signInRequired: 'سجّل الدخول للمتابعة.',
  checkFields: 'بعض الحقول تحتاج إلى تصحيح: راجع الرسائل أدناه.',
  generic: 'حدث خطأ غير متوقع. أعد المحاولة؛ وإن استمر فأبلغ الفريق التقني.',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText: 'هذه الصفحة غير موجودة أو لم تعد منشورة.',
  forbiddenTitle: 'الدخول مرفوض',
  forbiddenText: 'دورك لا يتيح الوصول إلى هذه الصفحة. اسأل مسؤولاً إن كنت ترى أنه ينبغي ذلك.',
  backHome: 'العودة إلى الرئيسية',
  backToDashboard: 'العودة إلى لوحة التحكم',
  errorTitle: 'حدثت مشكلة',
  retry: 'أعد المحاولة',
  invalidCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  tooManyAttempts: 'محاولات كثيرة. أعد المحاولة بعد {seconds} ثانية.',
  accountInactive: 'هذا الحساب معطّل. اتصل بمسؤول.',
}

export const errors = { fr, en, ar }
