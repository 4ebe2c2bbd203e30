import { defineMessages } from './define'

/** The home page: the introduction, key figures, map and the latest items. */
export const home = defineMessages(
  {
    title: 'Geoscience cooperation across borders',
    exploreProjects: 'Explore our projects',
    seeAgreements: 'See our agreements',
    figuresHeading: 'Key figures',
    figures: {
      countries: 'Partner countries',
      mous: 'MOUs in force',
      projects: 'Active projects',
      trained: 'People trained',
    },
    map: {
      heading: 'Where we cooperate',
      all: 'All countries',
      title: 'Countries by number of cooperation links',
    },
    news: {
      heading: 'Latest news',
      all: 'All news',
      emptyTitle: 'No news yet',
      emptyBody: 'Published articles will appear here.',
    },
    projects: {
      heading: 'Active projects',
      all: 'All projects',
      emptyTitle: 'No active projects',
      emptyBody: 'Completed projects are listed on the projects page.',
    },
    conferences: {
      heading: 'Upcoming conferences',
      all: 'All conferences',
      emptyTitle: 'No conferences scheduled',
      emptyBody: 'Past conferences we organized or hosted are on the conferences page.',
      /** Between a conference's dates and its city. */
      citySeparator: ' · ',
    },
  },
  {
    zh: {
      title: '跨越国界的地球科学合作',
      exploreProjects: '浏览合作项目',
      seeAgreements: '查看合作协议',
      figuresHeading: '主要数据',
      figures: {
        countries: '合作国家和地区',
        mous: '有效合作备忘录',
        projects: '进行中的项目',
        trained: '培训人数',
      },
      map: {
        heading: '合作分布',
        all: '全部国家和地区',
        title: '各国合作数量',
      },
      news: {
        heading: '最新新闻',
        all: '全部新闻',
        emptyTitle: '暂无新闻',
        emptyBody: '发布的文章将显示在此处。',
      },
      projects: {
        heading: '进行中的项目',
        all: '全部项目',
        emptyTitle: '暂无进行中的项目',
        emptyBody: '已完成的项目列在项目页面中。',
      },
      conferences: {
        heading: '即将举行的会议',
        all: '全部会议',
        emptyTitle: '暂无会议安排',
        emptyBody: '我们以往主办或承办的会议列在会议页面中。',
        citySeparator: ' · ',
      },
    },
    ja: {
      title: '国境を越えた地球科学協力',
      exploreProjects: 'プロジェクトを見る',
      seeAgreements: '協定を見る',
      figuresHeading: '主な数字',
      figures: {
        countries: '協力相手国・地域',
        mous: '有効な覚書',
        projects: '実施中のプロジェクト',
        trained: '研修修了者数',
      },
      map: {
        heading: '協力の広がり',
        all: 'すべての国・地域',
        title: '協力実績数で見る国・地域',
      },
      news: {
        heading: '最新ニュース',
        all: 'ニュース一覧',
        emptyTitle: 'ニュースはまだありません',
        emptyBody: '公開された記事がここに表示されます。',
      },
      projects: {
        heading: '実施中のプロジェクト',
        all: 'プロジェクト一覧',
        emptyTitle: '実施中のプロジェクトはありません',
        emptyBody: '終了したプロジェクトはプロジェクトのページに掲載しています。',
      },
      conferences: {
        heading: '今後の会議',
        all: '会議一覧',
        emptyTitle: '予定されている会議はありません',
        emptyBody: 'これまでに主催・開催した会議は会議のページに掲載しています。',
        citySeparator: '・',
      },
    },
  },
)
