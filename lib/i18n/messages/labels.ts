import { defineMessages } from './define'

/**
 * The names the public site gives to the values of its enumerations:
 * statuses, kinds, roles, filter choices and content types. The staff area
 * keeps the English ones (lib/labels re-exports them).
 */
export const labels = defineMessages(
  {
    projectStatus: { PLANNED: 'Planned', ACTIVE: 'Active', COMPLETED: 'Completed' },
    projectScope: { BILATERAL: 'Bilateral', MULTILATERAL: 'Multilateral' },
    /** The part an organization plays in a project, in the singular. */
    partnerRole: { LEAD: 'Lead', PARTNER: 'Partner', FUNDER: 'Funder' },
    /** The heading over the organizations holding one role in a project. */
    partnerGroup: {
      LEAD: '{count, plural, one {Lead organization} other {Lead organizations}}',
      PARTNER: '{count, plural, one {Partner} other {Partners}}',
      FUNDER: '{count, plural, one {Funder} other {Funders}}',
    },
    mouStatus: { ACTIVE: 'Active', EXPIRING: 'Expiring soon', EXPIRED: 'Expired', INDEFINITE: 'Indefinite' },
    /** The MOU status filter's extra choice: every MOU that has not expired. */
    mouInForce: 'In force',
    organizationKind: {
      GEOLOGICAL_SURVEY: 'Geological survey',
      MINISTRY: 'Ministry or government department',
      UNIVERSITY: 'University',
      RESEARCH_INSTITUTE: 'Research institute',
      INTERGOVERNMENTAL: 'Intergovernmental organization',
      ASSOCIATION: 'Association or learned society',
      PROGRAMME: 'Programme or initiative',
      COMPANY: 'Company or state corporation',
    },
    conferenceRole: { ORGANIZER: 'Organizer', HOST: 'Host', CO_SPONSOR: 'Co-sponsor' },
    conferenceWhen: { upcoming: 'Upcoming', past: 'Past', all: 'All conferences' },
    /**
     * A conference's place in its series. The edition is stored as English
     * text ("42nd"); when it is an ordinal, each language writes it from
     * its number (42nd, 第42届, 第42回).
     */
    conferenceSeries: {
      both: '{series}, {edition} edition',
      bothNumbered: '{series}, {number, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} edition',
      edition: '{edition} edition',
      editionNumbered: '{number, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} edition',
    },
    trainingKind: { COURSE: 'Course', WORKSHOP: 'Workshop' },
    cooperationType: {
      organizations: 'Partners',
      mous: 'MOUs',
      projects: 'Projects',
      trainings: 'Trainings',
      conferences: 'Conferences',
    },
    searchType: {
      organizations: 'Organizations',
      projects: 'Projects',
      mous: 'MOUs',
      conferences: 'Conferences',
      trainings: 'Trainings',
      news: 'News',
    },
    searchResultKind: {
      organizations: 'Organization',
      projects: 'Project',
      mous: 'MOU',
      conferences: 'Conference',
      trainings: 'Training',
      news: 'News',
    },
  },
  {
    zh: {
      projectStatus: { PLANNED: '计划中', ACTIVE: '进行中', COMPLETED: '已完成' },
      projectScope: { BILATERAL: '双边', MULTILATERAL: '多边' },
      partnerRole: { LEAD: '牵头单位', PARTNER: '合作单位', FUNDER: '资助方' },
      partnerGroup: {
        LEAD: '牵头单位',
        PARTNER: '合作单位',
        FUNDER: '资助方',
      },
      mouStatus: { ACTIVE: '有效', EXPIRING: '即将到期', EXPIRED: '已到期', INDEFINITE: '无固定期限' },
      mouInForce: '现行有效',
      organizationKind: {
        GEOLOGICAL_SURVEY: '地质调查机构',
        MINISTRY: '政府部委',
        UNIVERSITY: '大学',
        RESEARCH_INSTITUTE: '研究机构',
        INTERGOVERNMENTAL: '政府间组织',
        ASSOCIATION: '协会或学会',
        PROGRAMME: '计划或倡议',
        COMPANY: '企业或国有公司',
      },
      conferenceRole: { ORGANIZER: '主办', HOST: '承办', CO_SPONSOR: '协办' },
      conferenceWhen: { upcoming: '即将举行', past: '往期会议', all: '全部会议' },
      conferenceSeries: {
        both: '{series}（{edition}）',
        bothNumbered: '{series}第{number}届',
        edition: '{edition}',
        editionNumbered: '第{number}届',
      },
      trainingKind: { COURSE: '培训班', WORKSHOP: '研讨会' },
      cooperationType: {
        organizations: '合作伙伴',
        mous: '合作备忘录',
        projects: '合作项目',
        trainings: '培训',
        conferences: '会议',
      },
      searchType: {
        organizations: '机构',
        projects: '项目',
        mous: '合作备忘录',
        conferences: '会议',
        trainings: '培训',
        news: '新闻',
      },
      searchResultKind: {
        organizations: '机构',
        projects: '项目',
        mous: '合作备忘录',
        conferences: '会议',
        trainings: '培训',
        news: '新闻',
      },
    },
    ja: {
      projectStatus: { PLANNED: '計画中', ACTIVE: '実施中', COMPLETED: '終了' },
      projectScope: { BILATERAL: '二国間', MULTILATERAL: '多国間' },
      partnerRole: { LEAD: '主導機関', PARTNER: 'パートナー', FUNDER: '資金提供機関' },
      partnerGroup: {
        LEAD: '主導機関',
        PARTNER: 'パートナー',
        FUNDER: '資金提供機関',
      },
      mouStatus: { ACTIVE: '有効', EXPIRING: 'まもなく失効', EXPIRED: '失効', INDEFINITE: '期限なし' },
      mouInForce: '発効中',
      organizationKind: {
        GEOLOGICAL_SURVEY: '地質調査機関',
        MINISTRY: '省庁・政府機関',
        UNIVERSITY: '大学',
        RESEARCH_INSTITUTE: '研究機関',
        INTERGOVERNMENTAL: '政府間機関',
        ASSOCIATION: '協会・学会',
        PROGRAMME: 'プログラム・イニシアティブ',
        COMPANY: '企業・国営企業',
      },
      conferenceRole: { ORGANIZER: '主催', HOST: '開催機関', CO_SPONSOR: '共催' },
      conferenceWhen: { upcoming: '開催予定', past: '過去の会議', all: 'すべての会議' },
      conferenceSeries: {
        both: '{series}（{edition}）',
        bothNumbered: '第{number}回{series}',
        edition: '{edition}',
        editionNumbered: '第{number}回',
      },
      trainingKind: { COURSE: '研修コース', WORKSHOP: 'ワークショップ' },
      cooperationType: {
        organizations: 'パートナー',
        mous: '協定（MOU）',
        projects: 'プロジェクト',
        trainings: '研修',
        conferences: '会議',
      },
      searchType: {
        organizations: '機関',
        projects: 'プロジェクト',
        mous: '協定（MOU）',
        conferences: '会議',
        trainings: '研修',
        news: 'ニュース',
      },
      searchResultKind: {
        organizations: '機関',
        projects: 'プロジェクト',
        mous: '協定（MOU）',
        conferences: '会議',
        trainings: '研修',
        news: 'ニュース',
      },
    },
  },
)
