const fr = {
  by: 'Par',
  byAuthor: 'Par : {name}',
  source: 'Source : {source}',
  publishedOn: 'Publié le {date}',
  updatedOn: 'Mis à jour le {date}',
  latest: 'Dernières nouvelles',
  noArticles: "Aucun article publié pour l'instant.",
  readMore: "Lire l'article",
  comments: 'Commentaires',
  category: 'Rubrique',
}

const en: typeof fr = {
  by: 'By',
  byAuthor: 'By: {name}',
  source: 'Source: {source}',
  publishedOn: 'Published {date}',
  updatedOn: 'Updated {date}',
  latest: 'Latest news',
  noArticles: 'No published articles yet.',
  readMore: 'Read the article',
  comments: 'Comments',
  category: 'Section',
}

const ar: typeof fr = {
  by: 'بقلم',
  byAuthor: 'بقلم: {name}',
  source: 'المصدر: {source}',
  publishedOn: 'نُشر في {date}',
  updatedOn: 'حُدّث في {date}',
  latest: 'آخر الأخبار',
  noArticles: 'لا توجد مقالات منشورة بعد.',
  readMore: 'اقرأ المقال',
  comments: 'التعليقات',
  category: 'القسم',
}

export const article = { fr, en, ar }
