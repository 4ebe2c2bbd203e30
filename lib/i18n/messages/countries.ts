import { defineMessages } from './define'

/** The countries overview, a country's page, the partner map and the country table. */
export const countries = defineMessages(
  {
    list: {
      title: 'Countries',
      description:
        'The countries we cooperate with: partner organizations, MOUs, projects, trainings and conferences, on a map and country by country.',
      lead: 'Where our partners are based, who we have signed MOUs with, and where our projects, trainings and conferences take place.',
      emptyTitle: 'No cooperation links yet',
      emptyBody:
        'Countries appear here once partners, MOUs, projects, trainings or conferences linked to them are published.',
      mapHeading: 'Partner map',
      mapTitle: 'Countries we cooperate with',
      allHeading: 'All countries',
      summary:
        '{count, plural, one {# country} other {# countries}}. A project, training or MOU counts once for every country it involves.',
    },
    country: {
      notFound: 'Country not found',
      description: 'Cooperation with {name}: partner organizations, MOUs, projects, trainings and conferences.',
      lead: '{count, plural, one {# cooperation link} other {# cooperation links}} with {name}.',
    },
    table: {
      caption: 'Cooperation links by country',
      country: 'Country',
      total: 'Total',
    },
    map: {
      defaultTitle: 'Partner countries',
      description:
        'World map. Countries with cooperation links are shaded by their number of links, darker for more, and each one links to its country page.',
      /** The accessible name of a country on the map. */
      countryLabel: '{name}: {count, plural, one {# cooperation link} other {# cooperation links}}',
      legend: 'Legend',
      /** The legend's shading steps, by their lowest number of links. */
      steps: {
        '1': '1 link',
        '2': '2–4 links',
        '5': '5–9 links',
        '10': '10–19 links',
        '20': '20 or more links',
      },
      noLinks: 'No links',
      tooSmall: 'Too small to show at this scale: ',
      /** After each country listed under the map: " (3)". */
      count: ' ({count, number})',
      separator: ', ',
      end: '.',
    },
    cooperation: {
      /** Before the organizations that signed an MOU. */
      with: 'With ',
      listSeparator: ', ',
      lastSeparator: ' and ',
      /** The tag stands for the start date. */
      since: 'Since <date></date>',
      /** A project without an end date; the tag stands for the start date. */
      from: 'From <date></date>',
      heldIn: 'Held in {country}',
      participantsFrom: '{count, plural, one {# participant} other {# participants}} from {country}',
      someParticipantsFrom: 'Participants from {country}',
    },
  },
  {
    zh: {
      list: {
        title: '国家和地区',
        description: '我们的合作国家和地区：合作伙伴机构、合作备忘录、项目、培训和会议，可在地图上浏览，也可逐国查看。',
        lead: '我们的合作伙伴所在地、与我们签署合作备忘录的国家，以及我们的项目、培训和会议的举办地。',
        emptyTitle: '暂无合作信息',
        emptyBody: '发布与某个国家相关的合作伙伴、合作备忘录、项目、培训或会议后，该国家将显示在此处。',
        mapHeading: '合作伙伴分布图',
        mapTitle: '合作国家和地区',
        allHeading: '全部国家和地区',
        summary: '共{count}个国家和地区。涉及多个国家的项目、培训或合作备忘录，在每个相关国家各计一次。',
      },
      country: {
        notFound: '未找到该国家或地区',
        description: '与{name}的合作：合作伙伴机构、合作备忘录、项目、培训和会议。',
        lead: '与{name}的合作共{count}项。',
      },
      table: {
        caption: '各国合作情况',
        country: '国家/地区',
        total: '合计',
      },
      map: {
        defaultTitle: '合作国家和地区',
        description: '世界地图。有合作的国家按合作数量着色，颜色越深合作越多；点击各国可进入其国家页面。',
        countryLabel: '{name}：合作{count}项',
        legend: '图例',
        steps: {
          '1': '1项',
          '2': '2–4项',
          '5': '5–9项',
          '10': '10–19项',
          '20': '20项及以上',
        },
        noLinks: '无合作',
        tooSmall: '因面积过小未在地图上显示：',
        count: '（{count, number}）',
        separator: '、',
        end: '。',
      },
      cooperation: {
        with: '签署方：',
        listSeparator: '、',
        lastSeparator: '和',
        since: '自<date></date>起',
        from: '自<date></date>起',
        heldIn: '在{country}举办',
        participantsFrom: '来自{country}的学员{count}名',
        someParticipantsFrom: '有来自{country}的学员',
      },
    },
    ja: {
      list: {
        title: '国・地域',
        description: '協力相手の国・地域：パートナー機関、覚書（MOU）、プロジェクト、研修、会議を地図と国別一覧で紹介します。',
        lead: 'パートナー機関の所在地、覚書の締結相手、プロジェクト・研修・会議の実施地をご覧いただけます。',
        emptyTitle: '協力実績はまだありません',
        emptyBody: '国・地域に関連するパートナー、覚書、プロジェクト、研修、会議が公開されると、ここに表示されます。',
        mapHeading: 'パートナーマップ',
        mapTitle: '協力相手の国・地域',
        allHeading: 'すべての国・地域',
        summary: '{count}か国・地域。複数の国にまたがるプロジェクト・研修・覚書は、関係する国ごとに1件と数えます。',
      },
      country: {
        notFound: '国・地域が見つかりません',
        description: '{name}との協力：パートナー機関、覚書（MOU）、プロジェクト、研修、会議。',
        lead: '{name}との協力実績は{count}件です。',
      },
      table: {
        caption: '国・地域別の協力実績',
        country: '国・地域',
        total: '合計',
      },
      map: {
        defaultTitle: '協力相手の国・地域',
        description: '世界地図。協力実績のある国は件数に応じて色分けされ、件数が多いほど濃く表示されます。各国から国別ページへ移動できます。',
        countryLabel: '{name}：協力実績{count}件',
        legend: '凡例',
        steps: {
          '1': '1件',
          '2': '2～4件',
          '5': '5～9件',
          '10': '10～19件',
          '20': '20件以上',
        },
        noLinks: '実績なし',
        tooSmall: '縮尺の都合で地図に表示できない国：',
        count: '（{count, number}）',
        separator: '、',
        end: '',
      },
      cooperation: {
        with: '締結相手：',
        listSeparator: '、',
        lastSeparator: '、',
        since: '<date></date>から',
        from: '<date></date>から',
        heldIn: '{country}で開催',
        participantsFrom: '{country}から{count}名参加',
        someParticipantsFrom: '{country}から参加',
      },
    },
  },
)
