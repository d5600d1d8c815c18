// The demo newsroom's words, written for Kiosque (nothing scraped). Deterministic: the same seed every time.
import type { Language, LocalizedText } from './schema'

export const DEMO_CATEGORIES: { slug: string; name: LocalizedText }[] = [
  { slug: 'monde', name: { fr: 'Monde', en: 'World', ar: 'العالم' } },
  { slug: 'national', name: { fr: 'National', en: 'National', ar: 'وطني' } },
  { slug: 'economie', name: { fr: 'Économie', en: 'Economy', ar: 'اقتصاد' } },
  { slug: 'sport', name: { fr: 'Sport', en: 'Sport', ar: 'رياضة' } },
  { slug: 'culture', name: { fr: 'Culture', en: 'Culture', ar: 'ثقافة' } },
  { slug: 'tech', name: { fr: 'Tech', en: 'Tech', ar: 'تكنولوجيا' } },
]

export const DEMO_STAFF = [
  { email: 'admin@kiosque.test', password: 'kiosque-admin', name: 'Amélie Laurent', slug: 'amelie-laurent', role: 'admin', bio: { fr: 'Directrice de la rédaction.', en: 'Editor-in-chief.', ar: 'مديرة التحرير.' } },
  { email: 'editor@kiosque.test', password: 'kiosque-editor', name: 'Karim Benali', slug: 'karim-benali', role: 'editor', bio: { fr: 'Rédacteur en chef adjoint, chargé de l’édition du soir.', en: 'Deputy editor, in charge of the evening edition.', ar: 'نائب رئيس التحرير، مسؤول عن الطبعة المسائية.' } },
  { email: 'journalist@kiosque.test', password: 'kiosque-journalist', name: 'Claire Dubois', slug: 'claire-dubois', role: 'journalist', bio: { fr: 'Journaliste au service économie, ancienne correspondante à Bruxelles.', en: 'Business reporter, formerly Brussels correspondent.', ar: 'صحفية في قسم الاقتصاد، ومراسلة سابقة في بروكسل.' } },
  { email: 'moderator@kiosque.test', password: 'kiosque-moderator', name: 'Youssef El Amrani', slug: 'youssef-el-amrani', role: 'moderator', bio: { fr: 'Responsable de la communauté et des commentaires.', en: 'Community and comments manager.', ar: 'مسؤول المجتمع والتعليقات.' } },
  { email: 'thomas.martin@kiosque.test', password: 'kiosque-demo', name: 'Thomas Martin', slug: 'thomas-martin', role: 'journalist', bio: { fr: 'Reporter sport, suit le football régional et le cyclisme.', en: 'Sports reporter covering regional football and cycling.', ar: 'مراسل رياضي يتابع كرة القدم الجهوية وركوب الدراجات.' } },
  { email: 'sarah.haddad@kiosque.test', password: 'kiosque-demo', name: 'Sarah Haddad', slug: 'sarah-haddad', role: 'journalist', bio: { fr: 'Journaliste culture et société, bilingue français-arabe.', en: 'Culture and society reporter, bilingual in French and Arabic.', ar: 'صحفية ثقافة ومجتمع، تكتب بالفرنسية والعربية.' } },
  { email: 'julien.moreau@kiosque.test', password: 'kiosque-demo', name: 'Julien Moreau', slug: 'julien-moreau', role: 'journalist', bio: { fr: 'Spécialiste des nouvelles technologies et des données.', en: 'Technology and data specialist.' } },
] as const

export const DEMO_TAGS = [
  { slug: 'elections', name: { fr: 'Élections', en: 'Elections', ar: 'انتخابات' } },
  { slug: 'climat', name: { fr: 'Climat', en: 'Climate', ar: 'المناخ' } },
  { slug: 'emploi', name: { fr: 'Emploi', en: 'Jobs', ar: 'التوظيف' } },
  { slug: 'football', name: { fr: 'Football', en: 'Football', ar: 'كرة القدم' } },
  { slug: 'festival', name: { fr: 'Festival', en: 'Festival', ar: 'مهرجان' } },
  { slug: 'intelligence-artificielle', name: { fr: 'Intelligence artificielle', en: 'Artificial intelligence', ar: 'الذكاء الاصطناعي' } },
  { slug: 'transports', name: { fr: 'Transports', en: 'Transport', ar: 'النقل' } },
  { slug: 'sante', name: { fr: 'Santé', en: 'Health', ar: 'الصحة' } },
  { slug: 'education', name: { fr: 'Éducation', en: 'Education', ar: 'التعليم' } },
  { slug: 'agriculture', name: { fr: 'Agriculture', en: 'Farming', ar: 'الزراعة' } },
] as const satisfies readonly { slug: string; name: LocalizedText }[]

export const AGENCIES = ['AFP', 'Reuters', 'Associated Press', 'avec agences', 'MAP']

type Story = { fr: string; en: string; tags: string[] }

// Six stories per section, each written in French and English; the seed pairs them as translations.
export const STORIES: Record<string, Story[]> = {
  monde: [
    { fr: 'Sommet sur le climat : un accord arraché au bout de la nuit', en: 'Climate summit: a deal reached in the small hours', tags: ['climat'] },
    { fr: 'Méditerranée : les pays riverains lancent un plan commun pour l’eau', en: 'Mediterranean countries launch a joint water plan', tags: ['climat'] },
    { fr: 'Élections au Portugal : la participation en forte hausse', en: 'Portugal votes with turnout sharply up', tags: ['elections'] },
    { fr: 'Le port de Rotterdam mise sur l’hydrogène vert', en: 'Rotterdam’s port bets on green hydrogen', tags: ['climat', 'transports'] },
    { fr: 'Sahel : les ONG alertent sur la saison des pluies', en: 'Sahel: aid groups warn ahead of the rainy season', tags: ['agriculture'] },
    { fr: 'L’Union européenne adopte sa réforme du droit d’asile', en: 'The European Union adopts its asylum reform', tags: ['elections'] },
  ],
  national: [
    { fr: 'Municipales : le second tour s’annonce serré dans la métropole', en: 'Local elections: a tight run-off ahead in the metropolis', tags: ['elections'] },
    { fr: 'Le nouveau tramway ouvre avec trois semaines d’avance', en: 'The new tram line opens three weeks early', tags: ['transports'] },
    { fr: 'Rentrée scolaire : 1 200 postes d’enseignants encore vacants', en: 'Back to school with 1,200 teaching posts still empty', tags: ['education'] },
    { fr: 'Hôpitaux : les urgences de nuit rouvrent à Sainte-Claire', en: 'Night emergency care reopens at Sainte-Claire hospital', tags: ['sante'] },
    { fr: 'Sécheresse : restrictions d’eau prolongées dans quatre départements', en: 'Drought: water restrictions extended in four districts', tags: ['climat', 'agriculture'] },
    { fr: 'Le conseil régional vote un budget record pour les lycées', en: 'Regional council votes a record budget for high schools', tags: ['education'] },
  ],
  economie: [
    { fr: 'L’usine de batteries recrutera 800 personnes d’ici 2028', en: 'Battery plant to hire 800 people by 2028', tags: ['emploi'] },
    { fr: 'Le chômage recule pour le troisième trimestre consécutif', en: 'Unemployment falls for a third quarter in a row', tags: ['emploi'] },
    { fr: 'Viticulture : des vendanges précoces mais prometteuses', en: 'Wine growers: an early but promising harvest', tags: ['agriculture', 'climat'] },
    { fr: 'Les petits commerces du centre-ville reprennent des couleurs', en: 'Town-centre shops are getting back on their feet', tags: ['emploi'] },
    { fr: 'Fret ferroviaire : la plateforme logistique entre en service', en: 'Rail freight: the logistics hub opens for business', tags: ['transports'] },
    { fr: 'Inflation : les prix alimentaires se stabilisent enfin', en: 'Inflation: food prices are finally levelling off', tags: ['agriculture'] },
  ],
  sport: [
    { fr: 'Football : le club local arrache la qualification à la dernière minute', en: 'Football: the local club snatches qualification at the death', tags: ['football'] },
    { fr: 'Cyclisme : l’étape de montagne bouleverse le classement', en: 'Cycling: the mountain stage upends the standings', tags: [] },
    { fr: 'Handball : les féminines visent le titre européen', en: 'Handball: the women’s team targets the European title', tags: [] },
    { fr: 'Marathon : 12 000 coureurs attendus dimanche', en: 'Marathon: 12,000 runners expected on Sunday', tags: ['transports'] },
    { fr: 'Football : le nouveau stade sera prêt pour la saison prochaine', en: 'Football: the new stadium will be ready next season', tags: ['football'] },
    { fr: 'Tennis : une jeune joueuse du club remporte son premier tournoi', en: 'Tennis: a young club player wins her first tournament', tags: [] },
  ],
  culture: [
    { fr: 'Le festival de jazz dévoile une programmation éclectique', en: 'The jazz festival unveils an eclectic line-up', tags: ['festival'] },
    { fr: 'Musée des Beaux-Arts : une exposition consacrée aux peintres du Maghreb', en: 'Fine Arts Museum: an exhibition on painters of the Maghreb', tags: ['festival'] },
    { fr: 'Cinéma : un premier film tourné dans la région primé à Cannes', en: 'Cinema: a debut film shot in the region wins at Cannes', tags: ['festival'] },
    { fr: 'La médiathèque ouvre désormais le dimanche', en: 'The media library now opens on Sundays', tags: ['education'] },
    { fr: 'Théâtre : la saison s’ouvre sur une création bilingue', en: 'Theatre: the season opens with a bilingual production', tags: ['festival'] },
    { fr: 'Patrimoine : la restauration de la vieille halle est achevée', en: 'Heritage: restoration of the old market hall is complete', tags: [] },
  ],
  tech: [
    { fr: 'Intelligence artificielle : les rédactions face aux nouveaux outils', en: 'Artificial intelligence: newsrooms face the new tools', tags: ['intelligence-artificielle'] },
    { fr: 'Fibre optique : 95 % des foyers raccordables fin 2026', en: 'Fibre broadband: 95% of homes connectable by end of 2026', tags: [] },
    { fr: 'Une start-up locale lève 12 millions pour ses capteurs agricoles', en: 'Local start-up raises 12 million for its farm sensors', tags: ['agriculture', 'emploi'] },
    { fr: 'Cybersécurité : les collectivités appelées à la vigilance', en: 'Cybersecurity: local authorities urged to stay alert', tags: [] },
    { fr: 'L’université ouvre un master en science des données', en: 'University opens a master’s degree in data science', tags: ['education', 'intelligence-artificielle'] },
    { fr: 'Mobilité : l’application de covoiturage dépasse 50 000 utilisateurs', en: 'Mobility: car-sharing app passes 50,000 users', tags: ['transports'] },
  ],
}

export const ARABIC_STORIES = [
  { category: 'culture', title: 'مهرجان الموسيقى الأندلسية يفتتح دورته الجديدة', tags: ['festival'] },
  { category: 'economie', title: 'المصنع الجديد للبطاريات يوفر 800 منصب شغل', tags: ['emploi'] },
  { category: 'sport', title: 'كرة القدم: الفريق المحلي يتأهل في الدقيقة الأخيرة', tags: ['football'] },
  { category: 'national', title: 'الترامواي الجديد يدخل الخدمة قبل موعده بثلاثة أسابيع', tags: ['transports'] },
]

const PARAGRAPHS: Record<Language, string[]> = {
  fr: [
    'Les faits se sont précisés en fin de journée, lorsque les responsables ont confirmé les premiers chiffres devant la presse. Plusieurs élus ont salué « une étape importante », tout en appelant à la prudence sur le calendrier.',
    'Sur le terrain, les habitants interrogés partagent un sentiment mêlé d’espoir et d’impatience. « Nous attendons des actes concrets, pas seulement des annonces », résume une commerçante du quartier.',
    'Selon les services concernés, les premiers effets devraient être visibles dans les prochains mois. Un bilan d’étape est prévu au printemps, et les associations ont demandé à y être associées.',
    'Les spécialistes consultés rappellent que la situation reste contrastée d’un territoire à l’autre. Les écarts tiennent autant aux moyens disponibles qu’à l’histoire locale.',
    'La rédaction suivra l’évolution du dossier et publiera les documents officiels dès qu’ils seront rendus publics.',
  ],
  en: [
    'The picture became clearer late in the day, when officials confirmed the first figures to reporters. Several councillors welcomed “an important step” while urging caution over the timetable.',
    'On the ground, residents we spoke to were both hopeful and impatient. “We want action, not just announcements,” said one shopkeeper in the neighbourhood.',
    'According to the departments involved, the first effects should be visible within months. A progress review is planned for the spring, and local associations have asked to take part.',
    'Specialists we consulted point out that the situation still varies widely from one area to another, as much because of resources as of local history.',
    'Our newsroom will keep following the story and will publish the official documents as soon as they are released.',
  ],
  ar: [
    'اتضحت الصورة في نهاية اليوم عندما أكد المسؤولون الأرقام الأولى أمام الصحافة، ورحب عدد من المنتخبين بما وصفوه بـ«خطوة مهمة».',
    'في الميدان، يعبر السكان عن مزيج من الأمل ونفاد الصبر. وتقول إحدى التاجرات: «ننتظر أفعالًا ملموسة وليس مجرد إعلانات».',
    'وحسب المصالح المعنية، من المنتظر أن تظهر النتائج الأولى خلال الأشهر المقبلة، على أن يُنجز تقييم مرحلي في الربيع.',
  ],
}

export function demoBody(language: Language, seed: number): string {
  const paragraphs = PARAGRAPHS[language]
  const picked = paragraphs.map((_, i) => paragraphs[(i + seed) % paragraphs.length] ?? '')
  const heading = { fr: 'Ce qu’il faut retenir', en: 'What we know', ar: 'ما يجب معرفته' }[language]
  const [first = '', second = '', ...rest] = picked
  return `<p>${first}</p><p>${second}</p><h2>${heading}</h2>${rest.map((p) => `<p>${p}</p>`).join('')}`
}

export function demoExcerpt(language: Language, title: string): string {
  return {
    fr: `Ce que l’on sait ce soir : ${title.charAt(0).toLowerCase()}${title.slice(1)}, les réactions et les prochaines étapes.`,
    en: `What we know tonight: ${title.charAt(0).toLowerCase()}${title.slice(1)}, the reactions and what comes next.`,
    ar: `ما نعرفه الليلة: ${title}، وردود الفعل والخطوات المقبلة.`,
  }[language]
}

export const DEMO_COMMENTS = {
  fr: [
    'Merci pour cet article très clair, on attendait ces précisions depuis longtemps.',
    'Je ne suis pas d’accord avec l’analyse : les chiffres de l’an dernier montraient déjà la tendance.',
    'Est-ce que la mairie a prévu une réunion publique sur le sujet ?',
    'Enfin une bonne nouvelle pour notre quartier !',
  ],
  en: [
    'Thanks for such a clear piece, we had been waiting for these details.',
    'I disagree with the analysis: last year’s figures already showed the trend.',
    'Has the council planned a public meeting about this?',
  ],
  replies: ['Bonne question, la réunion est annoncée pour jeudi.', 'Tout à fait d’accord avec vous.', 'Good point, the meeting is on Thursday.'],
  spam: 'GAGNEZ 5000€ PAR JOUR depuis chez vous !!! Cliquez ici http://spam.example/offre',
}
