import { defineMessages } from './define'

/** The about page. The office and survey names come from the site namespace. */
export const about = defineMessages(
  {
    title: 'About',
    description: 'What the {office} does and what you find on this site.',
    lead: 'The {office} of the {survey} builds partnerships in the geosciences with institutions around the world.',
    whatWeDo: {
      heading: 'What we do',
      body: 'We prepare and follow up the survey’s agreements with partner institutions, coordinate joint projects, organize conferences and run trainings for geoscientists from partner countries.',
    },
    onThisSite: {
      heading: 'On this site',
      /** Between a section's name (a link) and what it holds. */
      separator: ': ',
      organizations: {
        title: 'Partners',
        text: 'geological surveys, universities, ministries and international bodies we work with.',
      },
      projects: {
        title: 'Projects',
        text: 'joint mapping, research and capacity-building projects, current and completed.',
      },
      mous: {
        title: 'Memoranda of understanding',
        text: 'the agreements behind our cooperation, with their terms and status.',
      },
      conferences: { title: 'Conferences', text: 'meetings we organized, hosted or sponsored.' },
      trainings: {
        title: 'Trainings',
        text: 'courses and workshops, and the countries their participants came from.',
      },
      news: { title: 'News', text: 'agreements signed, projects launched and events held.' },
      data: { title: 'Open data', text: 'everything above as a JSON API and CSV downloads.' },
    },
    contact: {
      heading: 'Contact',
      /** The tag wraps the e-mail address, which becomes a link. */
      body: 'Write to us at <email></email>.',
    },
  },
  {
    zh: {
      title: '关于我们',
      description: '{office}的工作职责，以及本网站提供的内容。',
      lead: '{survey}{office}与世界各地的机构建立地球科学领域的合作伙伴关系。',
      whatWeDo: {
        heading: '我们的工作',
        body: '我们负责筹备并跟进本局与合作机构签署的协议，协调联合项目，组织国际会议，并为合作国家的地球科学工作者举办培训。',
      },
      onThisSite: {
        heading: '本站内容',
        separator: '：',
        organizations: {
          title: '合作伙伴',
          text: '与我们合作的地质调查机构、大学、政府部门和国际组织。',
        },
        projects: {
          title: '合作项目',
          text: '正在进行和已经完成的联合填图、科学研究和能力建设项目。',
        },
        mous: {
          title: '合作谅解备忘录',
          text: '我们开展合作所依据的协议，包括其期限和状态。',
        },
        conferences: { title: '会议', text: '我们主办、承办或协办的会议。' },
        trainings: {
          title: '培训',
          text: '培训课程和研讨班，以及学员的来源国家。',
        },
        news: { title: '新闻', text: '协议签署、项目启动和活动举办等动态。' },
        data: { title: '开放数据', text: '以上全部内容，以 JSON API 和 CSV 文件形式提供。' },
      },
      contact: {
        heading: '联系我们',
        body: '请发送电子邮件至<email></email>。',
      },
    },
    ja: {
      title: '私たちについて',
      description: '{office}の業務と、このサイトで公開している情報についてご紹介します。',
      lead: '{survey}{office}は、世界各地の機関と地球科学分野のパートナーシップを築いています。',
      whatWeDo: {
        heading: '業務内容',
        body: '当室は、パートナー機関との協定の準備とフォローアップ、共同プロジェクトの調整、国際会議の開催、協力相手国の地球科学者を対象とした研修の実施を担っています。',
      },
      onThisSite: {
        heading: 'このサイトの内容',
        separator: '：',
        organizations: {
          title: 'パートナー',
          text: '協力関係にある地質調査機関、大学、省庁、国際機関。',
        },
        projects: {
          title: 'プロジェクト',
          text: '実施中・終了済みの共同地質図作成、研究、能力開発プロジェクト。',
        },
        mous: {
          title: '覚書（MOU）',
          text: '協力の基礎となる協定と、その期間・状況。',
        },
        conferences: { title: '会議', text: '当機関が主催、開催、または共催した会議。' },
        trainings: {
          title: '研修',
          text: '研修コースとワークショップ、および参加者の出身国。',
        },
        news: { title: 'ニュース', text: '協定の締結、プロジェクトの開始、イベントの開催などのお知らせ。' },
        data: { title: 'オープンデータ', text: '上記のすべての情報を JSON API と CSV ファイルで提供しています。' },
      },
      contact: {
        heading: 'お問い合わせ',
        body: '<email></email>までメールでお問い合わせください。',
      },
    },
  },
)
