import type {
  ConferenceRecord,
  MouRecord,
  NewsRecord,
  OrganizationRecord,
  ProjectRecord,
  TrainingRecord,
} from '@/lib/open-data/serializers'
import { defineMessages } from './define'

/**
 * The open data page. Code (paths, field names, headers, example values)
 * stays as it is in every language: it is what the API and the files
 * contain. The tags in the messages wrap such code (`<code>`) or links.
 */
export const data = defineMessages(
  {
    title: 'Open data',
    description:
      'Our partners, projects, MOUs, conferences, trainings and news as open data: a read-only JSON API and CSV downloads under CC BY 4.0.',
    lead: 'Everything published on this site about our international cooperation is open data: read it through a JSON API or download it as CSV, and reuse it under an open licence.',
    asOf: 'Data as of <time>{date}</time>, the date of the latest change to published content.',
    nothingPublished: 'No content has been published yet.',
    available: {
      heading: 'What is available',
      intro:
        'Six datasets, each with the published records only: drafts and withdrawn items never appear. The API offers all six; four of them can also be downloaded as a spreadsheet-ready CSV file.',
      /** Between a dataset's name (a link) and its description. */
      separator: ': ',
      api: ' API: ',
      csv: ' · CSV: ',
    },
    licence: {
      heading: 'Licence',
      body: 'The data is published under the <licence></licence> licence. You may copy, share and adapt it for any purpose, including commercially, as long as you credit the International Cooperation Office of the National Geological Survey as the source and say whether you changed it.',
    },
    api: {
      heading: 'JSON API',
      intro:
        'The API is read-only, needs no key and can be called from any web page (it answers with <code>Access-Control-Allow-Origin: *</code>). Responses are JSON in UTF-8 and may be cached for five minutes.',
      list: "<code>{call}</code> lists records, in the same order as the site's lists.",
      one: '<code>{call}</code> returns one record as <code>{shape}</code>, or status 404 when no published record has that slug.',
      paginationHeading: 'Pagination',
      pagination:
        '<code>page</code> starts at 1; <code>per_page</code> is {defaultPerPage, number} unless you ask for another number up to {maxPerPage, number}. Both must be whole numbers: any other value is answered with status 400 and an error in the form <code>{errorShape}</code>. A list answers with the records, the paging details and links to neighbouring pages (null where there is none):',
      dates:
        'Dates of events and agreements are calendar dates (<code>YYYY-MM-DD</code>), and <code>datePrecision</code> says whether the day, only the month or only the year is known. <code>publishedAt</code> and <code>updatedAt</code> are ISO 8601 date-times in UTC. Related records are given by slug and name, so you can fetch them from their own endpoint.',
    },
    csv: {
      heading: 'CSV downloads',
      body: 'The CSV files hold every published record of a dataset, one row each, with a header row of plain English column names. They follow RFC 4180: comma-separated, CRLF line endings, and values with commas, quotes or line breaks in double quotes. They are encoded in UTF-8 with a byte order mark, so spreadsheet apps show Chinese, Japanese and other names correctly. Several names in one cell are separated by a semicolon and a space. A value that starts with <code>=</code>, <code>+</code>, <code>-</code> or <code>@</code> is prefixed with an apostrophe so that no spreadsheet treats it as a formula.',
      link: '{title} (CSV)',
    },
    datasets: {
      heading: 'Datasets and fields',
      intro: "Each dataset's record in the API, and the columns of its CSV file where it has one.",
      /** After a dataset's description; the tag is the link to its list on the site. */
      onSite: 'On the site: <link>{name}</link>.',
      /** The tags are the address of the list (a link) and of one record. */
      paths: '<list>{listPath}</list> and <one>{onePath}</one>',
      fieldsCaption: '{title}: fields of an API record',
      columnsCaption: '{title}: columns of {file}',
      field: 'Field',
      type: 'Type',
      meaning: 'Meaning',
      column: 'Column',
    },
  },
  {
    zh: {
      title: '开放数据',
      description:
        '以开放数据形式提供我们的合作伙伴、项目、合作备忘录、会议、培训和新闻：只读 JSON API 和 CSV 下载，采用 CC BY 4.0 许可。',
      lead: '本站发布的所有国际合作信息均为开放数据：您可以通过 JSON API 读取，或下载 CSV 文件，并依照开放许可再利用。',
      asOf: '数据截至<time>{date}</time>，即已发布内容最近一次更新的日期。',
      nothingPublished: '尚未发布任何内容。',
      available: {
        heading: '提供哪些数据',
        intro:
          '共有六个数据集，均只包含已发布的记录，草稿和已撤回的条目不会出现。API 提供全部六个数据集，其中四个还可下载为便于电子表格使用的 CSV 文件。',
        separator: '：',
        api: ' API：',
        csv: ' · CSV：',
      },
      licence: {
        heading: '许可',
        body: '数据依照<licence></licence>许可发布。您可以出于任何目的（包括商业目的）复制、分享和改编数据，但须注明来源为国家地质调查局国际合作办公室，并说明是否作过修改。',
      },
      api: {
        heading: 'JSON API',
        intro:
          'API 为只读，无需密钥，可从任何网页调用（响应头为 <code>Access-Control-Allow-Origin: *</code>）。响应为 UTF-8 编码的 JSON，可缓存五分钟。',
        list: '<code>{call}</code> 列出记录，顺序与本站列表相同。',
        one: '<code>{call}</code> 以 <code>{shape}</code> 的形式返回一条记录；如果没有该 slug 对应的已发布记录，则返回状态码 404。',
        paginationHeading: '分页',
        pagination:
          '<code>page</code> 从 1 开始；<code>per_page</code> 默认为 {defaultPerPage, number}，最多可指定 {maxPerPage, number}。两者都必须是整数，其他任何值都会返回状态码 400，并以 <code>{errorShape}</code> 的形式给出错误信息。列表响应包含记录、分页信息以及相邻页面的链接（没有相邻页面时为 null）：',
        dates:
          '活动和协议的日期为日历日期（<code>YYYY-MM-DD</code>），<code>datePrecision</code> 表示已知的是具体日期、仅月份还是仅年份。<code>publishedAt</code> 和 <code>updatedAt</code> 是 UTC 时间的 ISO 8601 日期时间。相关记录以 slug 和名称给出，可通过其各自的端点获取。',
      },
      csv: {
        heading: 'CSV 下载',
        body: 'CSV 文件包含一个数据集的全部已发布记录，每条记录一行，首行为英文列名。文件遵循 RFC 4180：以逗号分隔，使用 CRLF 换行，含有逗号、引号或换行符的值用双引号括起。文件采用带字节顺序标记（BOM）的 UTF-8 编码，因此电子表格软件能正确显示中文、日文等名称。同一单元格中的多个名称以分号加空格分隔。以 <code>=</code>、<code>+</code>、<code>-</code> 或 <code>@</code> 开头的值会在前面加上撇号，以免被电子表格当作公式。',
        link: '{title}（CSV）',
      },
      datasets: {
        heading: '数据集与字段',
        intro: '各数据集在 API 中的记录结构，以及 CSV 文件（如有）的列。',
        onSite: '本站页面：<link>{name}</link>。',
        paths: '<list>{listPath}</list> 和 <one>{onePath}</one>',
        fieldsCaption: '{title}：API 记录的字段',
        columnsCaption: '{title}：{file} 的列',
        field: '字段',
        type: '类型',
        meaning: '说明',
        column: '列',
      },
    },
    ja: {
      title: 'オープンデータ',
      description:
        'パートナー、プロジェクト、覚書（MOU）、会議、研修、ニュースをオープンデータとして公開しています。読み取り専用の JSON API と CSV ダウンロードを CC BY 4.0 で提供します。',
      lead: 'このサイトで公開している国際協力の情報はすべてオープンデータです。JSON API で取得するか CSV でダウンロードし、オープンライセンスのもとで再利用できます。',
      asOf: '<time>{date}</time>時点のデータです（公開コンテンツの最終更新日）。',
      nothingPublished: 'まだ公開されたコンテンツはありません。',
      available: {
        heading: '提供しているデータ',
        intro:
          'データセットは6種類で、いずれも公開済みのレコードのみを含みます。下書きや公開を取り下げた項目は含まれません。API では6種類すべてを、そのうち4種類は表計算ソフトでそのまま使える CSV ファイルでも提供しています。',
        separator: '：',
        api: ' API：',
        csv: ' ・CSV：',
      },
      licence: {
        heading: 'ライセンス',
        body: 'データは<licence></licence>ライセンスで公開しています。出典として国立地質調査所国際協力室を明記し、改変の有無を示せば、商用を含むあらゆる目的で複製、共有、改変できます。',
      },
      api: {
        heading: 'JSON API',
        intro:
          'API は読み取り専用で、キーは不要です。どのウェブページからも呼び出せます（<code>Access-Control-Allow-Origin: *</code> を返します）。レスポンスは UTF-8 の JSON で、5分間キャッシュされることがあります。',
        list: '<code>{call}</code>：レコードを一覧で返します。順序はサイトの一覧と同じです。',
        one: '<code>{call}</code>：1件のレコードを <code>{shape}</code> の形で返します。その slug の公開レコードがない場合はステータス 404 を返します。',
        paginationHeading: 'ページ分割',
        pagination:
          '<code>page</code> は 1 から始まります。<code>per_page</code> は指定がなければ {defaultPerPage, number} で、最大 {maxPerPage, number} まで指定できます。どちらも整数で指定してください。それ以外の値にはステータス 400 と <code>{errorShape}</code> 形式のエラーを返します。一覧のレスポンスには、レコード、ページ情報、前後のページへのリンク（ない場合は null）が含まれます。',
        dates:
          '行事や協定の日付は暦日（<code>YYYY-MM-DD</code>）で、<code>datePrecision</code> は日・月・年のどこまでが判明しているかを示します。<code>publishedAt</code> と <code>updatedAt</code> は UTC の ISO 8601 日時です。関連レコードは slug と名称で示されるため、それぞれのエンドポイントから取得できます。',
      },
      csv: {
        heading: 'CSV ダウンロード',
        body: 'CSV ファイルには、データセットの公開済みレコードがすべて1行ずつ含まれ、先頭行は英語の列名です。RFC 4180 に従い、カンマ区切り、改行は CRLF、カンマ・引用符・改行を含む値は二重引用符で囲みます。バイト順マーク（BOM）付きの UTF-8 でエンコードしているため、表計算ソフトでも中国語や日本語などの名称が正しく表示されます。1つのセルに複数の名称がある場合は、セミコロンと空白で区切ります。<code>=</code>、<code>+</code>、<code>-</code>、<code>@</code> で始まる値は、数式として扱われないよう先頭にアポストロフィを付けています。',
        link: '{title}（CSV）',
      },
      datasets: {
        heading: 'データセットとフィールド',
        intro: '各データセットの API レコードと、CSV ファイルがある場合はその列です。',
        onSite: 'サイト上のページ：<link>{name}</link>',
        paths: '<list>{listPath}</list> と <one>{onePath}</one>',
        fieldsCaption: '{title}：API レコードのフィールド',
        columnsCaption: '{title}：{file} の列',
        field: 'フィールド',
        type: '型',
        meaning: '説明',
        column: '列',
      },
    },
  },
)

/**
 * The /data page's documentation of one dataset in another language. The
 * English text is in lib/open-data/datasets.ts, next to the code it
 * describes; field names and CSV headers stay as they are in the API and the
 * files, only their explanations are translated. `fields` is typed by the
 * record, so a field added to the API without a translation fails the type
 * check; CSV columns are keyed by their English header.
 */
type DatasetTranslation<R> = {
  title: string
  description: string
  fields: Record<keyof R & string, string>
  columns?: Record<string, string>
}

export type DatasetTranslations = {
  mous: DatasetTranslation<MouRecord>
  projects: DatasetTranslation<ProjectRecord>
  organizations: DatasetTranslation<OrganizationRecord>
  trainings: DatasetTranslation<TrainingRecord>
  conferences: DatasetTranslation<ConferenceRecord>
  news: DatasetTranslation<NewsRecord>
}

// Phrases that recur across the Chinese datasets.
const zhTimestamps = {
  publishedAt: '记录的发布时间，UTC 时间的 ISO 8601 格式。',
  updatedAt: '记录最近一次修改的时间，UTC 时间的 ISO 8601 格式。',
}
const zhSlug = (what: string) => `${what}的标识符，也是其 API 地址和页面地址的最后一部分。`
const zhDate = (what: string) => `${what}，ISO 8601 格式 "YYYY-MM-DD"；请结合 datePrecision 解读。`
const zhPrecision = '日期的精确程度。精确到 MONTH 或 YEAR 的日期记为该月或该年的第一天。'
const zhCountry = (what: string) => `${what}：ISO 3166-1 alpha-2 代码和英文名称。`
const zhColumnPrecision = '日期的精确程度：Day（日）、Month（月，日期记为该月1日）或 Year（年，记为1月1日）。'
const zhColumnSlug = (what: string) => `${what}的 slug，与其页面地址和 API 中使用的相同。`
const zhColumnPage = (what: string) => `${what}在本站的页面地址。`

// Phrases that recur across the Japanese datasets.
const jaTimestamps = {
  publishedAt: 'レコードの公開日時（UTC、ISO 8601）。',
  updatedAt: 'レコードの最終更新日時（UTC、ISO 8601）。',
}
const jaSlug = (what: string) => `${what}の識別子。API とページのアドレスの末尾にも使われます。`
const jaDate = (what: string) => `${what}（ISO 8601 "YYYY-MM-DD"）。datePrecision とあわせて解釈してください。`
const jaPrecision = '日付の精度。MONTH と YEAR の日付は、その月または年の初日になります。'
const jaCountry = (what: string) => `${what}：ISO 3166-1 alpha-2 コードと英語名。`
const jaColumnPrecision = '日付の精度：Day（日）、Month（月。日付は月の1日）、Year（年。日付は1月1日）。'
const jaColumnSlug = (what: string) => `${what}の slug。ページのアドレスと API で使われます。`
const jaColumnPage = (what: string) => `このサイトにおける${what}のページのアドレス。`

export const datasetTranslations: { zh: DatasetTranslations; ja: DatasetTranslations } = {
  zh: {
    mous: {
      title: '合作谅解备忘录',
      description: '我们与境外地质调查机构及其他机构签署的合作协议。',
      fields: {
        slug: zhSlug('合作备忘录'),
        subject: '合作内容。',
        summary: '纯文本简介。',
        country: zhCountry('对方国家'),
        counterparts: '签署协议的已发布机构，按协议中列出的顺序排列。',
        startDate: zhDate('生效日期'),
        endDate: zhDate('终止日期；无固定终止日期时为 null'),
        endTerm: '没有终止日期的合作备忘录以何种条件终止，例如 "Indefinite"（无固定期限）。',
        datePrecision: zhPrecision,
        status: '按请求当日计算；EXPIRING 表示将在 180 天内到期。',
        renews: '本备忘录所续签的早期已发布合作备忘录。',
        ...zhTimestamps,
      },
      columns: {
        Identifier: zhColumnSlug('合作备忘录'),
        Country: '对方国家的英文名称。',
        'Country code': '对方国家的 ISO 3166-1 alpha-2 代码。',
        Counterparts: '与我们签署协议的机构，按协议中列出的顺序排列，以 "; " 分隔。',
        Subject: '合作内容。',
        'Start date': '合作备忘录的生效日期（YYYY-MM-DD）。',
        'End date': '合作备忘录的终止日期（YYYY-MM-DD）；无固定终止日期时为空。',
        'End term': '没有终止日期的合作备忘录以何种条件终止，例如 "Indefinite"。',
        'Date precision': zhColumnPrecision,
        Status: 'Active（有效）、Expiring soon（180 天内到期）、Expired（已到期）或 Indefinite（无固定期限），按下载当日计算。',
        Renews: '本备忘录所续签的早期合作备忘录的标识符（如有）。',
        Summary: '合作备忘录简介。',
        'Web page': zhColumnPage('合作备忘录'),
      },
    },
    projects: {
      title: '合作项目',
      description: '合作项目及其合作伙伴、资金来源和阶段。',
      fields: {
        slug: zhSlug('项目'),
        title: '完整名称。',
        acronym: '简称（如有）。',
        summary: '纯文本简介。',
        body: '纯文本的完整介绍；段落之间以空行分隔。',
        status: '项目所处的阶段。',
        scope: '参与国家是两个还是更多。',
        phase: '多期项目的阶段，例如 "Phase III"。',
        fundingSource: '项目的资助方。',
        startDate: zhDate('开始日期'),
        endDate: zhDate('结束日期；尚未结束时为 null'),
        datePrecision: zhPrecision,
        countries: '参与的国家。',
        topics: '主题领域。',
        outcomes: '预期或已取得的成果。',
        partners: '参与项目的已发布机构；roles 取值为 LEAD、PARTNER 和/或 FUNDER。',
        ...zhTimestamps,
      },
      columns: {
        Identifier: zhColumnSlug('项目'),
        Title: '项目的完整名称。',
        Acronym: '简称（如有）。',
        Phase: '多期项目的阶段，例如 "Phase III"。',
        Status: 'Planned（计划中）、Active（进行中）或 Completed（已完成）。',
        Scope: 'Bilateral（双边）或 Multilateral（多边）。',
        'Start date': '项目开始日期（YYYY-MM-DD）；未知时为空。',
        'End date': '项目已结束或计划结束的日期（YYYY-MM-DD）；尚未确定时为空。',
        'Date precision': zhColumnPrecision,
        'Funding source': '项目的资助方。',
        'Lead organizations': '牵头机构，以 "; " 分隔。',
        Partners: '合作机构，以 "; " 分隔。',
        Funders: '资助机构，以 "; " 分隔。',
        Countries: '参与国家的英文名称，以 "; " 分隔。',
        Topics: '主题领域，以 "; " 分隔。',
        Summary: '项目简介。',
        'Web page': zhColumnPage('项目'),
      },
    },
    organizations: {
      title: '合作伙伴机构',
      description: '与我们合作的机构，以及我们与各机构开展的合作。',
      fields: {
        slug: zhSlug('机构'),
        name: '英文全称。',
        acronym: '简称（如有）。',
        kind: 'GEOLOGICAL_SURVEY、MINISTRY、UNIVERSITY、RESEARCH_INSTITUTE、INTERGOVERNMENTAL、ASSOCIATION、PROGRAMME 或 COMPANY。',
        country: zhCountry('机构所在国家'),
        website: '机构自己的网站。',
        description: '纯文本简介；可能为空。',
        logoUrl: '机构标志图片的地址。',
        projects: '其参与的已发布项目；roles 取值为 LEAD、PARTNER 和/或 FUNDER。',
        mous: '其与我们签署的已发布合作备忘录，最新的在前。',
        ...zhTimestamps,
      },
      columns: {
        Identifier: zhColumnSlug('机构'),
        Name: '机构全称。',
        Acronym: '简称（如有）。',
        Kind: '机构类型，例如 "Geological survey"（地质调查机构）。',
        Country: '机构所在国家的英文名称。',
        'Country code': '该国家的 ISO 3166-1 alpha-2 代码。',
        Website: '机构自己网站的地址（如已知）。',
        Projects: '其参与的项目名称，以 "; " 分隔。',
        MOUs: '其与我们签署的合作备忘录数量。',
        Description: '机构简介。',
        'Web page': zhColumnPage('机构'),
      },
    },
    trainings: {
      title: '培训',
      description: '我们举办的培训课程和研讨班，以及参加的国家。',
      fields: {
        slug: zhSlug('培训'),
        title: '课程或研讨班的名称。',
        kind: '培训的类型。',
        summary: '纯文本简介。',
        body: '纯文本的完整介绍。',
        startDate: zhDate('第一天'),
        endDate: zhDate('最后一天；仅一天时为 null'),
        datePrecision: zhPrecision,
        location: '举办地点。',
        country: '举办国（如有记录）。',
        participantsCount: '学员人数（如有记录）。',
        participantCountries: '派出学员的国家；仅知道国家时 participants 为 null。',
        topics: '培训主题。',
        organizer: '举办该培训的已发布机构。',
        project: '其所属的已发布项目。',
        ...zhTimestamps,
      },
      columns: {
        Identifier: zhColumnSlug('培训'),
        Title: '课程或研讨班的名称。',
        Kind: 'Course（课程）或 Workshop（研讨班）。',
        'Start date': '第一天（YYYY-MM-DD）。',
        'End date': '最后一天（YYYY-MM-DD）；仅一天时为空。',
        'Date precision': zhColumnPrecision,
        Location: '举办地点。',
        'Host country': '举办国的英文名称（如有记录）。',
        Participants: '学员人数（如有记录）。',
        'Participant countries': '派出学员的国家，已知人数时在括号中注明，以 "; " 分隔。',
        Organizer: '举办该培训的机构（如有记录）。',
        Project: '其所属的项目（如有）。',
        Topics: '培训主题，以 "; " 分隔。',
        Summary: '培训简介。',
        'Web page': zhColumnPage('培训'),
      },
    },
    conferences: {
      title: '会议',
      description: '我们主办、承办或协办的会议。',
      fields: {
        slug: zhSlug('会议'),
        name: '会议名称。',
        edition: '届次，例如 "37th"。',
        series: '所属的会议系列。',
        summary: '纯文本简介。',
        startDate: zhDate('第一天'),
        endDate: zhDate('最后一天；仅一天时为 null'),
        datePrecision: zhPrecision,
        city: '举办城市（如已知）。',
        country: zhCountry('举办国'),
        role: '我方在会议中的角色。',
        participantsCount: '参会人数（如已知）。',
        url: '会议自己的网站。',
        ...zhTimestamps,
      },
    },
    news: {
      title: '新闻',
      description: '我们的新闻文章及其涉及的内容。',
      fields: {
        slug: zhSlug('文章'),
        title: '标题。',
        summary: '纯文本摘要。',
        body: '纯文本的正文；段落之间以空行分隔。',
        tags: '关键词。',
        coverImage: '封面图片及其替代文本。',
        projects: '文章涉及的已发布项目。',
        organizations: '文章提及的已发布机构。',
        mous: '文章涉及的已发布合作备忘录。',
        conferences: '文章涉及的已发布会议。',
        trainings: '文章涉及的已发布培训。',
        ...zhTimestamps,
      },
    },
  },
  ja: {
    mous: {
      title: '覚書（MOU）',
      description: '海外の地質調査機関などと締結した協力協定。',
      fields: {
        slug: jaSlug('覚書'),
        subject: '協力の内容。',
        summary: 'プレーンテキストの概要。',
        country: jaCountry('相手国'),
        counterparts: '署名した公開済みの機関（協定に記載された順）。',
        startDate: jaDate('発効日'),
        endDate: jaDate('終了日。終了日の定めがない場合は null'),
        endTerm: '終了日のない覚書の終了条件。例："Indefinite"（期限なし）。',
        datePrecision: jaPrecision,
        status: 'リクエスト当日の状態。EXPIRING は180日以内に終了することを示します。',
        renews: 'この覚書が更新した、以前の公開済み覚書。',
        ...jaTimestamps,
      },
      columns: {
        Identifier: jaColumnSlug('覚書'),
        Country: '相手国の英語名。',
        'Country code': '相手国の ISO 3166-1 alpha-2 コード。',
        Counterparts: '当機関と署名した機関（協定に記載された順、"; " 区切り）。',
        Subject: '協力の内容。',
        'Start date': '覚書の発効日（YYYY-MM-DD）。',
        'End date': '覚書の終了日（YYYY-MM-DD）。終了日の定めがない場合は空欄。',
        'End term': '終了日のない覚書の終了条件。例："Indefinite"。',
        'Date precision': jaColumnPrecision,
        Status: 'Active（有効）、Expiring soon（180日以内に終了）、Expired（失効）、Indefinite（期限なし）のいずれか。ダウンロード当日の状態です。',
        Renews: 'この覚書が更新した以前の覚書の識別子（ある場合）。',
        Summary: '覚書の概要。',
        'Web page': jaColumnPage('覚書'),
      },
    },
    projects: {
      title: 'プロジェクト',
      description: '協力プロジェクトと、そのパートナー、資金、フェーズ。',
      fields: {
        slug: jaSlug('プロジェクト'),
        title: '正式名称。',
        acronym: '略称（ある場合）。',
        summary: 'プレーンテキストの概要。',
        body: 'プレーンテキストの詳しい説明。段落は空行で区切られます。',
        status: 'プロジェクトの進捗状況。',
        scope: '参加国が2か国か、それ以上か。',
        phase: '複数フェーズのプロジェクトのフェーズ。例："Phase III"。',
        fundingSource: 'プロジェクトの資金提供者。',
        startDate: jaDate('開始日'),
        endDate: jaDate('終了日。継続中は null'),
        datePrecision: jaPrecision,
        countries: '参加国。',
        topics: 'テーマ分野。',
        outcomes: '見込まれる成果、または達成された成果。',
        partners: '参加する公開済みの機関。roles は LEAD、PARTNER、FUNDER のいずれか（複数可）。',
        ...jaTimestamps,
      },
      columns: {
        Identifier: jaColumnSlug('プロジェクト'),
        Title: 'プロジェクトの正式名称。',
        Acronym: '略称（ある場合）。',
        Phase: '複数フェーズのプロジェクトのフェーズ。例："Phase III"。',
        Status: 'Planned（計画中）、Active（実施中）、Completed（終了）のいずれか。',
        Scope: 'Bilateral（二国間）または Multilateral（多国間）。',
        'Start date': 'プロジェクトの開始日（YYYY-MM-DD）。不明な場合は空欄。',
        'End date': 'プロジェクトの終了日または終了予定日（YYYY-MM-DD）。未定の場合は空欄。',
        'Date precision': jaColumnPrecision,
        'Funding source': 'プロジェクトの資金提供者。',
        'Lead organizations': '主導機関（"; " 区切り）。',
        Partners: 'パートナー機関（"; " 区切り）。',
        Funders: '資金提供機関（"; " 区切り）。',
        Countries: '参加国の英語名（"; " 区切り）。',
        Topics: 'テーマ分野（"; " 区切り）。',
        Summary: 'プロジェクトの概要。',
        'Web page': jaColumnPage('プロジェクト'),
      },
    },
    organizations: {
      title: 'パートナー機関',
      description: '協力関係にある機関と、それぞれとの協力内容。',
      fields: {
        slug: jaSlug('機関'),
        name: '英語の正式名称。',
        acronym: '略称（ある場合）。',
        kind: 'GEOLOGICAL_SURVEY、MINISTRY、UNIVERSITY、RESEARCH_INSTITUTE、INTERGOVERNMENTAL、ASSOCIATION、PROGRAMME、COMPANY のいずれか。',
        country: jaCountry('機関の所在国'),
        website: '機関のウェブサイト。',
        description: 'プレーンテキストの短い説明。空の場合があります。',
        logoUrl: 'ロゴ画像のアドレス。',
        projects: '参加している公開済みのプロジェクト。roles は LEAD、PARTNER、FUNDER のいずれか（複数可）。',
        mous: '当機関と締結した公開済みの覚書（新しい順）。',
        ...jaTimestamps,
      },
      columns: {
        Identifier: jaColumnSlug('機関'),
        Name: '機関の正式名称。',
        Acronym: '略称（ある場合）。',
        Kind: '機関の種類。例："Geological survey"（地質調査機関）。',
        Country: '所在国の英語名。',
        'Country code': '所在国の ISO 3166-1 alpha-2 コード。',
        Website: '機関のウェブサイトのアドレス（判明している場合）。',
        Projects: '参加しているプロジェクトの名称（"; " 区切り）。',
        MOUs: '当機関と締結した覚書の件数。',
        Description: '機関の短い説明。',
        'Web page': jaColumnPage('機関'),
      },
    },
    trainings: {
      title: '研修',
      description: '当機関が実施した研修コースとワークショップ、および参加国。',
      fields: {
        slug: jaSlug('研修'),
        title: '研修コースまたはワークショップの名称。',
        kind: '研修の種類。',
        summary: 'プレーンテキストの概要。',
        body: 'プレーンテキストの詳しい説明。',
        startDate: jaDate('初日'),
        endDate: jaDate('最終日。1日のみの場合は null'),
        datePrecision: jaPrecision,
        location: '開催地。',
        country: '開催国（記録がある場合）。',
        participantsCount: '参加者数（記録がある場合）。',
        participantCountries: '参加者を派遣した国。国のみ判明している場合、participants は null です。',
        topics: '研修のテーマ。',
        organizer: '研修を実施した公開済みの機関。',
        project: '研修が属する公開済みのプロジェクト。',
        ...jaTimestamps,
      },
      columns: {
        Identifier: jaColumnSlug('研修'),
        Title: '研修コースまたはワークショップの名称。',
        Kind: 'Course（研修コース）または Workshop（ワークショップ）。',
        'Start date': '初日（YYYY-MM-DD）。',
        'End date': '最終日（YYYY-MM-DD）。1日のみの場合は空欄。',
        'Date precision': jaColumnPrecision,
        Location: '開催地。',
        'Host country': '開催国の英語名（記録がある場合）。',
        Participants: '参加者数（記録がある場合）。',
        'Participant countries': '参加者を派遣した国。判明している場合は人数を括弧内に記載（"; " 区切り）。',
        Organizer: '研修を実施した機関（記録がある場合）。',
        Project: '研修が属するプロジェクト（ある場合）。',
        Topics: '研修のテーマ（"; " 区切り）。',
        Summary: '研修の概要。',
        'Web page': jaColumnPage('研修'),
      },
    },
    conferences: {
      title: '会議',
      description: '当機関が主催、開催、または共催した会議。',
      fields: {
        slug: jaSlug('会議'),
        name: '会議の名称。',
        edition: '回次。例："37th"。',
        series: '会議が属するシリーズ。',
        summary: 'プレーンテキストの概要。',
        startDate: jaDate('初日'),
        endDate: jaDate('最終日。1日のみの場合は null'),
        datePrecision: jaPrecision,
        city: '開催都市（判明している場合）。',
        country: jaCountry('開催国'),
        role: '当機関の役割。',
        participantsCount: '参加者数（判明している場合）。',
        url: '会議のウェブサイト。',
        ...jaTimestamps,
      },
    },
    news: {
      title: 'ニュース',
      description: '当機関のニュース記事と、その対象。',
      fields: {
        slug: jaSlug('記事'),
        title: '見出し。',
        summary: 'プレーンテキストの要約。',
        body: 'プレーンテキストの本文。段落は空行で区切られます。',
        tags: 'キーワード。',
        coverImage: 'カバー画像とその代替テキスト。',
        projects: '記事が取り上げる公開済みのプロジェクト。',
        organizations: '記事に登場する公開済みの機関。',
        mous: '記事が取り上げる公開済みの覚書。',
        conferences: '記事が取り上げる公開済みの会議。',
        trainings: '記事が取り上げる公開済みの研修。',
        ...jaTimestamps,
      },
    },
  },
}
