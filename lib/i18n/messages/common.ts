import { defineMessages } from './define'

/** Pieces shared by the public pages: breadcrumbs, pagination, filters, cards and dates. */
export const common = defineMessages(
  {
    home: 'Home',
    breadcrumb: 'Breadcrumb',
    pagination: {
      label: 'Pagination',
      previous: 'Previous',
      next: 'Next',
      /** Read after "Previous"/"Next" by screen readers only; starts with a space in English. */
      pageSuffix: ' page',
      pageOf: 'Page {page, number} of {total, number}',
      page: 'Page {page, number}',
    },
    filters: {
      label: 'Filter the list',
      apply: 'Apply filters',
      clear: 'Clear filters',
    },
    beyondEnd: {
      action: 'Go to the first page',
      body: 'The list is shorter than this.',
    },
    card: {
      when: 'When',
      where: 'Where',
      ourRole: 'Our role',
      participants: 'Participants',
      tags: 'Tags',
      duration: 'Duration: ',
      participantCount: '{count, plural, one {# participant} other {# participants}}',
      participantCountryCount: '{count, plural, one {# participant country} other {# participant countries}}',
      /** Joins the numbers under a training: "24 participants, 9 participant countries". */
      numberSeparator: ', ',
      /** Between a training's location and its country: "Bandung, Indonesia". */
      placeSeparator: ', ',
    },
    dates: {
      until: 'Until {date}',
      since: 'Since {date}',
      starting: 'Starting {date}',
      from: 'From {date}',
      noFixedEnd: 'No fixed end',
    },
  },
  {
    zh: {
      home: '首页',
      breadcrumb: '面包屑导航',
      pagination: {
        label: '分页',
        previous: '上一页',
        next: '下一页',
        pageSuffix: '',
        pageOf: '第{page, number}页，共{total, number}页',
        page: '第{page, number}页',
      },
      filters: {
        label: '筛选列表',
        apply: '应用筛选',
        clear: '清除筛选',
      },
      beyondEnd: {
        action: '返回第一页',
        body: '列表没有这么多页。',
      },
      card: {
        when: '时间',
        where: '地点',
        ourRole: '我方角色',
        participants: '参会人数',
        tags: '标签',
        duration: '期限：',
        participantCount: '{count}名学员',
        participantCountryCount: '来自{count}个国家',
        numberSeparator: '，',
        placeSeparator: '，',
      },
      dates: {
        until: '至{date}',
        since: '自{date}起',
        starting: '{date}启动',
        from: '自{date}起',
        noFixedEnd: '无固定期限',
      },
    },
    ja: {
      home: 'ホーム',
      breadcrumb: 'パンくずリスト',
      pagination: {
        label: 'ページ送り',
        previous: '前へ',
        next: '次へ',
        pageSuffix: '',
        pageOf: '{page, number} / {total, number} ページ',
        page: '{page, number} ページ',
      },
      filters: {
        label: '一覧の絞り込み',
        apply: '絞り込む',
        clear: '条件をクリア',
      },
      beyondEnd: {
        action: '最初のページへ',
        body: '一覧にこのページはありません。',
      },
      card: {
        when: '日程',
        where: '開催地',
        ourRole: '当所の役割',
        participants: '参加者数',
        tags: 'タグ',
        duration: '期間：',
        participantCount: '参加者{count}名',
        participantCountryCount: '参加国{count}か国',
        numberSeparator: '、',
        placeSeparator: '、',
      },
      dates: {
        until: '{date}まで',
        since: '{date}から',
        starting: '{date}開始予定',
        from: '{date}から',
        noFixedEnd: '期限の定めなし',
      },
    },
  },
)
