import { defineMessages } from './define'

/**
 * The pages of single items (partners, projects, MOUs, conferences,
 * trainings, news articles) and the fact lists they show. The items' own
 * text comes from the content; these are the labels around it.
 */
export const detail = defineMessages(
  {
    /** Page titles when the address names no published item. */
    notFound: {
      organization: 'Partner not found',
      project: 'Project not found',
      mou: 'Memorandum not found',
      conference: 'Conference not found',
      training: 'Training not found',
      news: 'Article not found',
    },
    /** Meta descriptions for items whose own text is empty. */
    meta: {
      organization: '{name}, {country}: a partner in geoscience cooperation.',
      project: '{title}: a geoscience cooperation project with partners abroad.',
      mou: 'Memorandum of understanding on {subject} with a partner in {country}, signed {date}.',
      conference: '{name}, {when}, {where}.',
      training: '{title}, {when}, {location}.',
    },
    /** Joins names in a title or a line of text: "USGS, BGS". */
    listSeparator: ', ',
    /** Joins the organizations that signed one MOU, in a sentence: "USGS and NASA". */
    andSeparator: ' and ',
    /** Between a city and its country: "Kunming, China". */
    placeSeparator: ', ',
    addToCalendar: 'Add to calendar (.ics)',
    /** A document's file type and size after its title, e.g. " (PDF, 1.2 MB)". */
    documentSize: ' ({size})',
    organization: {
      sections: {
        mous: 'Memoranda of understanding',
        projects: 'Projects',
        trainings: 'Trainings organized',
        news: 'News',
      },
      facts: {
        kind: 'Type of organization',
        country: 'Country',
        website: 'Website',
      },
      roles: '{count, plural, one {Role} other {Roles}}: {roles}',
    },
    project: {
      sections: {
        partners: 'Partners and their roles',
        outcomes: 'Outcomes and deliverables',
        trainings: 'Trainings',
        conferences: 'Related conferences',
        news: 'News',
      },
      facts: {
        status: 'Status',
        duration: 'Duration',
        phase: 'Phase',
        fundingSource: 'Funding source',
        scope: 'Scope',
        countries: '{count, plural, one {Country} other {Countries}}',
        topics: '{count, plural, one {Topic} other {Topics}}',
        documents: 'Documents',
      },
    },
    mou: {
      lead: {
        withPartners: 'Memorandum of understanding with {partners}, {country}.',
        withCountry: 'Memorandum of understanding with a partner in {country}.',
      },
      sections: {
        renewals: 'Renewals',
        news: 'News',
      },
      facts: {
        country: 'Country',
        counterparts: '{count, plural, one {Counterpart} other {Counterparts}}',
        start: 'Start',
        end: 'End',
        term: 'Term',
        status: 'Status',
        documents: 'Documents',
      },
      renews: 'Renews',
      renewedBy: 'Renewed by',
    },
    conference: {
      sections: {
        news: 'News',
      },
      facts: {
        dates: 'Dates',
        place: 'Place',
        ourRole: 'Our role',
        participants: 'Participants',
        series: 'Series',
        edition: 'Edition',
        website: 'Website',
      },
    },
    training: {
      sections: {
        topics: 'Topics',
        countries: 'Participant countries',
        news: 'News',
      },
      facts: {
        type: 'Type',
        dates: 'Dates',
        location: 'Location',
        participants: 'Participants',
        organizer: 'Organizer',
        project: 'Project',
      },
      participantTable: {
        caption: 'Participants by country',
        country: 'Country',
        participants: 'Participants',
        notRecorded: 'not recorded',
      },
    },
    /** The columns of the MOU table on the MOUs list. */
    mouTable: {
      country: 'Country',
      counterparts: 'Counterpart(s)',
      subject: 'Subject',
      start: 'Start',
      end: 'End',
      status: 'Status',
      notListed: 'Not listed',
    },
    news: {
      /** The publication date in the article's header; the tag wraps the date. */
      published: 'Published <time>{date}</time>',
      tags: 'Tags',
      related: 'Related',
      /** What a related item is, before its link: "Project: …". */
      relatedKind: '{kind}:',
      kinds: {
        project: 'Project',
        organization: 'Partner',
        mou: 'MOU',
        training: 'Training',
        conference: 'Conference',
      },
    },
  },
  {
    zh: {
      notFound: {
        organization: '未找到合作伙伴',
        project: '未找到项目',
        mou: '未找到合作备忘录',
        conference: '未找到会议',
        training: '未找到培训',
        news: '未找到文章',
      },
      meta: {
        organization: '{name}（{country}）：地球科学合作伙伴。',
        project: '{title}：与境外合作伙伴开展的地球科学合作项目。',
        mou: '与{country}合作伙伴签署的关于{subject}的合作谅解备忘录，签署于{date}。',
        conference: '{name}，{when}，{where}。',
        training: '{title}，{when}，{location}。',
      },
      listSeparator: '、',
      andSeparator: '、',
      placeSeparator: '，',
      addToCalendar: '添加到日历（.ics）',
      documentSize: '（{size}）',
      organization: {
        sections: {
          mous: '合作谅解备忘录',
          projects: '合作项目',
          trainings: '主办的培训',
          news: '新闻',
        },
        facts: {
          kind: '机构类型',
          country: '国家/地区',
          website: '网站',
        },
        roles: '角色：{roles}',
      },
      project: {
        sections: {
          partners: '合作伙伴及其角色',
          outcomes: '成果与交付物',
          trainings: '培训',
          conferences: '相关会议',
          news: '新闻',
        },
        facts: {
          status: '状态',
          duration: '项目期限',
          phase: '阶段',
          fundingSource: '资金来源',
          scope: '合作范围',
          countries: '国家/地区',
          topics: '主题',
          documents: '文件',
        },
      },
      mou: {
        lead: {
          withPartners: '与{country}{partners}签署的合作谅解备忘录。',
          withCountry: '与{country}合作伙伴签署的合作谅解备忘录。',
        },
        sections: {
          renewals: '续签情况',
          news: '新闻',
        },
        facts: {
          country: '国家/地区',
          counterparts: '签署方',
          start: '生效日期',
          end: '终止日期',
          term: '期限',
          status: '状态',
          documents: '文件',
        },
        renews: '续签自',
        renewedBy: '续签为',
      },
      conference: {
        sections: {
          news: '新闻',
        },
        facts: {
          dates: '日期',
          place: '地点',
          ourRole: '我方角色',
          participants: '参会人数',
          series: '系列',
          edition: '届次',
          website: '网站',
        },
      },
      training: {
        sections: {
          topics: '培训主题',
          countries: '学员来源国',
          news: '新闻',
        },
        facts: {
          type: '类型',
          dates: '日期',
          location: '地点',
          participants: '学员人数',
          organizer: '主办单位',
          project: '所属项目',
        },
        participantTable: {
          caption: '各国学员人数',
          country: '国家/地区',
          participants: '学员人数',
          notRecorded: '未记录',
        },
      },
      mouTable: {
        country: '国家/地区',
        counterparts: '签署方',
        subject: '合作内容',
        start: '生效日期',
        end: '终止日期',
        status: '状态',
        notListed: '未列出',
      },
      news: {
        published: '发布于<time>{date}</time>',
        tags: '标签',
        related: '相关内容',
        relatedKind: '{kind}：',
        kinds: {
          project: '项目',
          organization: '合作伙伴',
          mou: '合作备忘录',
          training: '培训',
          conference: '会议',
        },
      },
    },
    ja: {
      notFound: {
        organization: 'パートナーが見つかりません',
        project: 'プロジェクトが見つかりません',
        mou: '覚書が見つかりません',
        conference: '会議が見つかりません',
        training: '研修が見つかりません',
        news: '記事が見つかりません',
      },
      meta: {
        organization: '{name}（{country}）：地球科学分野の協力パートナーです。',
        project: '{title}：海外のパートナーと取り組む地球科学分野の協力プロジェクトです。',
        mou: '{country}のパートナーと{date}に締結した、{subject}に関する覚書です。',
        conference: '{name}、{when}、{where}。',
        training: '{title}、{when}、{location}。',
      },
      listSeparator: '、',
      andSeparator: '、',
      placeSeparator: '、',
      addToCalendar: 'カレンダーに追加（.ics）',
      documentSize: '（{size}）',
      organization: {
        sections: {
          mous: '覚書（MOU）',
          projects: 'プロジェクト',
          trainings: '実施した研修',
          news: 'ニュース',
        },
        facts: {
          kind: '機関の種類',
          country: '国・地域',
          website: 'ウェブサイト',
        },
        roles: '役割：{roles}',
      },
      project: {
        sections: {
          partners: 'パートナーと役割',
          outcomes: '成果・成果物',
          trainings: '研修',
          conferences: '関連する会議',
          news: 'ニュース',
        },
        facts: {
          status: '状況',
          duration: '期間',
          phase: 'フェーズ',
          fundingSource: '資金源',
          scope: '協力の形態',
          countries: '国・地域',
          topics: 'テーマ',
          documents: '資料',
        },
      },
      mou: {
        lead: {
          withPartners: '{country}の{partners}と締結した覚書です。',
          withCountry: '{country}のパートナーと締結した覚書です。',
        },
        sections: {
          renewals: '更新',
          news: 'ニュース',
        },
        facts: {
          country: '国・地域',
          counterparts: '締結相手',
          start: '発効日',
          end: '終了日',
          term: '期間',
          status: '状況',
          documents: '資料',
        },
        renews: '更新元',
        renewedBy: '更新後の覚書',
      },
      conference: {
        sections: {
          news: 'ニュース',
        },
        facts: {
          dates: '日程',
          place: '開催地',
          ourRole: '当機関の役割',
          participants: '参加者数',
          series: 'シリーズ',
          edition: '回次',
          website: 'ウェブサイト',
        },
      },
      training: {
        sections: {
          topics: 'テーマ',
          countries: '参加国',
          news: 'ニュース',
        },
        facts: {
          type: '種類',
          dates: '日程',
          location: '開催地',
          participants: '参加者数',
          organizer: '主催機関',
          project: '関連プロジェクト',
        },
        participantTable: {
          caption: '国別参加者数',
          country: '国・地域',
          participants: '参加者数',
          notRecorded: '記録なし',
        },
      },
      mouTable: {
        country: '国・地域',
        counterparts: '締結相手',
        subject: '内容',
        start: '発効日',
        end: '終了日',
        status: '状況',
        notListed: '記載なし',
      },
      news: {
        published: '<time>{date}</time>公開',
        tags: 'タグ',
        related: '関連情報',
        relatedKind: '{kind}：',
        kinds: {
          project: 'プロジェクト',
          organization: 'パートナー',
          mou: '覚書',
          training: '研修',
          conference: '会議',
        },
      },
    },
  },
)
