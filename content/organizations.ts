import type { OrganizationRecord } from './types'

// Scientific unions, associations and learned societies (IUGS, CGMW, IAGOD,
// IAH, the geological societies) are ASSOCIATION; bodies whose members are
// governments are INTERGOVERNMENTAL. For international bodies, `country` is
// the seat of their secretariat.

export const organizations: OrganizationRecord[] = [
  // Chinese geoscience institutions
  {
    slug: 'cgs',
    status: 'PUBLISHED',
    name: 'China Geological Survey',
    acronym: 'CGS',
    kind: 'GEOLOGICAL_SURVEY',
    country: 'CN',
    website: 'https://www.cgs.gov.cn',
    nativeName: '中国地质调查局',
    nativeNameLang: 'zh-Hans',
    romanizedName: 'Zhōngguó Dìzhì Diàochájú',
    description:
      'The national geological survey of China. CGS holds cooperation agreements with geological surveys, international and regional organizations and universities in 36 countries, on subjects ranging from geological mapping and mineral resource assessment to marine, urban and environmental geology. More than 300 officials and geoscientists from 69 countries in Asia, Africa and Latin America have attended its training programmes, and it funds the CCOP Integrated Geoscience Data Processing project.',
  },
  {
    slug: 'cags',
    status: 'PUBLISHED',
    name: 'Chinese Academy of Geological Sciences',
    acronym: 'CAGS',
    kind: 'RESEARCH_INSTITUTE',
    country: 'CN',
    website: null,
    nativeName: '中国地质科学院',
    nativeNameLang: 'zh-Hans',
    romanizedName: 'Zhōngguó Dìzhì Kēxuéyuàn',
    description:
      "China's national academy for geoscience research. Since the 1980s it has carried out several hundred joint projects with partners in more than 40 countries and regions, and more than 40 of its scientists hold posts in international scientific bodies. CAGS hosts two UNESCO category II centres, on karst and on global-scale geochemistry, and housed the permanent secretariat of the International Union of Geological Sciences at its Beijing headquarters under a 2012–2020 commitment.",
  },
  {
    slug: 'icgg',
    status: 'PUBLISHED',
    name: 'International Centre on Global-Scale Geochemistry',
    acronym: 'ICGG',
    kind: 'RESEARCH_INSTITUTE',
    country: 'CN',
    website: null,
    nativeName: '全球尺度地球化学国际研究中心',
    nativeNameLang: 'zh-Hans',
    romanizedName: 'Quánqiú Chǐdù Dìqiú Huàxué Guójì Yánjiū Zhōngxīn',
    description:
      'A UNESCO category II centre hosted by the CAGS Institute of Geophysical and Geochemical Exploration. ICGG promotes geochemical mapping at global scale, shares its methods and data, and helps developing countries build their own mapping capacity. More than 1,000 people from around the world have taken part in its training.',
  },
  {
    slug: 'irck',
    status: 'PUBLISHED',
    name: 'International Research Center on Karst',
    acronym: 'IRCK',
    kind: 'RESEARCH_INSTITUTE',
    country: 'CN',
    website: null,
    nativeName: '国际岩溶研究中心',
    nativeNameLang: 'zh-Hans',
    romanizedName: 'Guójì Yánróng Yánjiū Zhōngxīn',
    description:
      'A UNESCO category II centre for karst research, hosted by the CAGS Institute of Karst Geology.',
  },
  {
    slug: 'geological-society-of-china',
    status: 'PUBLISHED',
    name: 'Geological Society of China',
    acronym: null,
    kind: 'ASSOCIATION',
    country: 'CN',
    website: null,
    nativeName: '中国地质学会',
    nativeNameLang: 'zh-Hans',
    romanizedName: 'Zhōngguó Dìzhì Xuéhuì',
    description:
      "China's national learned society for the geological sciences. Its first joint scientific meeting with the Geological Society of America took place in Chengdu in 2013, organized by CAGS.",
  },

  // Japan
  {
    slug: 'gsj',
    status: 'PUBLISHED',
    name: 'Geological Survey of Japan, AIST',
    acronym: 'GSJ',
    kind: 'GEOLOGICAL_SURVEY',
    country: 'JP',
    website: 'https://www.gsj.jp',
    nativeName: '産業技術総合研究所 地質調査総合センター',
    nativeNameLang: 'ja',
    romanizedName: 'Sangyō Gijutsu Sōgō Kenkyūsho Chishitsu Chōsa Sōgō Sentā',
    description:
      "Japan's national geological survey, part of the National Institute of Advanced Industrial Science and Technology (AIST). GSJ cooperates with partners abroad bilaterally, under memoranda of understanding with geological institutes in Asia, Europe, North America and Oceania, and multilaterally through CCOP, where it has provided leadership and technical support since CCOP was founded, and through initiatives such as OneGeology.",
  },
  {
    slug: 'jogmec',
    status: 'PUBLISHED',
    name: 'Japan Oil, Gas and Metals National Corporation',
    acronym: 'JOGMEC',
    kind: 'COMPANY',
    country: 'JP',
    website: 'https://www.jogmec.go.jp',
    nativeName: '石油天然ガス・金属鉱物資源機構',
    nativeNameLang: 'ja',
    romanizedName: 'Sekiyu Tennen Gasu Kinzoku Kōbutsu Shigen Kikō',
    description:
      "A Japanese government-owned corporation concerned with stable supplies of oil, natural gas and metals. With Mongolia's Ministry of Mineral Resources and Energy it is a counterpart of the Geological Survey of Japan under an open-ended memorandum dating from July 2010.",
  },
  {
    slug: 'g-ever',
    status: 'PUBLISHED',
    name: 'Asia-Pacific Region Global Earthquake and Volcanic Eruption Risk Management',
    acronym: 'G-EVER',
    kind: 'PROGRAMME',
    country: 'JP',
    website: null,
    description:
      'A cooperative framework through which Asia-Pacific countries compiled seismic and volcanic data, shared hazard information and worked towards common standards for earthquake and volcano information. The Geological Survey of Japan took part from 2012 until the activity closed in March 2020.',
  },

  // Memorandum counterparts
  {
    slug: 'mmre-mongolia',
    status: 'PUBLISHED',
    name: 'Ministry of Mineral Resources and Energy of Mongolia',
    acronym: 'MMRE',
    kind: 'MINISTRY',
    country: 'MN',
    website: null,
    description:
      'The Mongolian government ministry responsible for mineral resources and energy when, together with JOGMEC, it concluded an open-ended memorandum with the Geological Survey of Japan in July 2010.',
  },
  {
    // The memorandum is with the authority's Geological Department, which does
    // the work of a national geological survey; hence the kind.
    slug: 'mrpam',
    status: 'PUBLISHED',
    name: 'Mineral Resources and Petroleum Authority of Mongolia',
    acronym: 'MRPAM',
    kind: 'GEOLOGICAL_SURVEY',
    country: 'MN',
    website: null,
    nativeName: 'Ашигт малтмал, газрын тосны газар',
    nativeNameLang: 'mn-Cyrl',
    romanizedName: 'Ashigt maltmal, gazryn tosny gazar',
    description:
      "Mongolia's government authority for mineral resources and petroleum. Its Geological Department has been a counterpart of the Geological Survey of Japan since January 2008 under a memorandum with no fixed end date.",
  },
  {
    slug: 'vast',
    status: 'PUBLISHED',
    name: 'Vietnam Academy of Science and Technology',
    acronym: 'VAST',
    kind: 'RESEARCH_INSTITUTE',
    country: 'VN',
    website: null,
    nativeName: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
    nativeNameLang: 'vi',
    description:
      "Viet Nam's national academy for research in science and technology. Its memorandum with the Geological Survey of Japan covers the period from April 2020 to April 2025.",
  },
  {
    slug: 'usgs',
    status: 'PUBLISHED',
    name: 'United States Geological Survey',
    acronym: 'USGS',
    kind: 'GEOLOGICAL_SURVEY',
    country: 'US',
    website: 'https://www.usgs.gov',
    description:
      'The national earth-science agency of the United States. It has two memoranda with the Geological Survey of Japan: one on Landsat data, signed in November 2013 and in force for as long as the Landsat satellites operate, and a five-year memorandum covering December 2021 to December 2026.',
  },
  {
    slug: 'dmr-thailand',
    status: 'PUBLISHED',
    name: 'Department of Mineral Resources',
    acronym: 'DMR',
    kind: 'GEOLOGICAL_SURVEY',
    country: 'TH',
    website: 'https://www.dmr.go.th',
    nativeName: 'กรมทรัพยากรธรณี',
    nativeNameLang: 'th',
    romanizedName: 'Krom Sapphayakon Thorani',
    description:
      "Thailand's government department for geology and mineral resources, within the Ministry of Natural Resources and Environment. Together with its ministry it is a counterpart of the Geological Survey of Japan under a memorandum covering July 2018 to July 2023.",
  },
  {
    slug: 'monre-thailand',
    status: 'PUBLISHED',
    name: 'Ministry of Natural Resources and Environment of Thailand',
    acronym: 'MONRE',
    kind: 'MINISTRY',
    country: 'TH',
    website: null,
    nativeName: 'กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม',
    nativeNameLang: 'th',
    romanizedName: 'Krasuang Sapphayakon Thammachat lae Singwaetlom',
    description:
      'The Thai ministry responsible for natural resources and the environment, to which the Department of Mineral Resources belongs. Both are named in the 2018–2023 memorandum with the Geological Survey of Japan.',
  },
  {
    slug: 'brgm',
    status: 'PUBLISHED',
    name: 'Bureau de Recherches Géologiques et Minières',
    acronym: 'BRGM',
    kind: 'GEOLOGICAL_SURVEY',
    country: 'FR',
    website: 'https://www.brgm.fr',
    nativeName: 'Bureau de recherches géologiques et minières',
    nativeNameLang: 'fr',
    description:
      "France's geological survey. Its memorandum with the Geological Survey of Japan covers the period from July 2019 to July 2024.",
  },
  {
    slug: 'ingv',
    status: 'PUBLISHED',
    name: 'National Institute of Geophysics and Volcanology',
    acronym: 'INGV',
    kind: 'RESEARCH_INSTITUTE',
    country: 'IT',
    website: 'https://www.ingv.it',
    nativeName: 'Istituto Nazionale di Geofisica e Vulcanologia',
    nativeNameLang: 'it',
    description:
      "Italy's national research institute for geophysics and volcanology (Istituto Nazionale di Geofisica e Vulcanologia). Its memorandum with the Geological Survey of Japan covers November 2019 to November 2024.",
  },
  {
    slug: 'gsc-canada',
    status: 'PUBLISHED',
    name: 'Geological Survey of Canada',
    acronym: 'GSC',
    kind: 'GEOLOGICAL_SURVEY',
    country: 'CA',
    website: null,
    description:
      "Canada's national geological survey, part of Natural Resources Canada. The survey and its department are joint counterparts of the Geological Survey of Japan under a memorandum covering February 2020 to February 2025.",
  },
  {
    slug: 'nrcan',
    status: 'PUBLISHED',
    name: 'Natural Resources Canada',
    acronym: 'NRCan',
    kind: 'MINISTRY',
    country: 'CA',
    website: 'https://natural-resources.canada.ca',
    description:
      'The federal department responsible for natural resources in Canada and home of the Geological Survey of Canada. It co-signed the 2020–2025 memorandum between the Geological Survey of Canada and the Geological Survey of Japan.',
  },
  {
    slug: 'mta',
    status: 'PUBLISHED',
    name: 'General Directorate of Mineral Research and Exploration',
    acronym: 'MTA',
    kind: 'GEOLOGICAL_SURVEY',
    country: 'TR',
    website: 'https://www.mta.gov.tr',
    nativeName: 'Maden Tetkik ve Arama Genel Müdürlüğü',
    nativeNameLang: 'tr',
    description:
      "Türkiye's national institution for geological research and mineral exploration (Maden Tetkik ve Arama Genel Müdürlüğü). Its memorandum with the Geological Survey of Japan covers January 2021 to December 2025.",
  },
  {
    slug: 'gns-science',
    status: 'PUBLISHED',
    name: 'GNS Science (Institute of Geological and Nuclear Sciences)',
    acronym: 'GNS',
    kind: 'RESEARCH_INSTITUTE',
    country: 'NZ',
    website: null,
    description:
      "New Zealand's Institute of Geological and Nuclear Sciences, known as GNS Science. Its memorandum with the Geological Survey of Japan covers February 2022 to February 2027.",
  },

  // Regional and international bodies
  {
    slug: 'ccop',
    status: 'PUBLISHED',
    name: 'Coordinating Committee for Geoscience Programmes in East and Southeast Asia',
    acronym: 'CCOP',
    kind: 'INTERGOVERNMENTAL',
    country: 'TH',
    website: 'https://www.ccop.or.th',
    description:
      'An intergovernmental organization, with its secretariat in Bangkok, that supports economic development and better living conditions in East and Southeast Asia through joint geoscience projects and workshops. Four countries founded it in 1966; fifty years later it had 16 member countries. The Geological Survey of Japan has led and supported CCOP projects from the beginning, and China Geological Survey funds its Integrated Geoscience Data Processing project.',
  },
  {
    slug: 'asean',
    status: 'PUBLISHED',
    name: 'Association of Southeast Asian Nations',
    acronym: 'ASEAN',
    kind: 'INTERGOVERNMENTAL',
    country: 'ID',
    website: 'https://asean.org',
    description:
      'The regional organization of Southeast Asian states, with its secretariat in Jakarta. Geological surveys and geoscience institutes of ASEAN states are among the intended beneficiaries of the CGS–CCOP–ASEAN Integrated Geoscience Data Processing project.',
  },
  {
    slug: 'unesco',
    status: 'PUBLISHED',
    name: 'United Nations Educational, Scientific and Cultural Organization',
    acronym: 'UNESCO',
    kind: 'INTERGOVERNMENTAL',
    country: 'FR',
    website: 'https://www.unesco.org',
    description:
      'The United Nations agency for education, science and culture. In the geosciences it runs the International Geoscience Programme with IUGS, supports the Commission for the Geological Map of the World, and has designated two centres hosted by CAGS, on karst and on global-scale geochemistry, as UNESCO category II centres.',
  },
  {
    slug: 'iugs',
    status: 'PUBLISHED',
    name: 'International Union of Geological Sciences',
    acronym: 'IUGS',
    kind: 'ASSOCIATION',
    country: 'CN',
    website: 'https://www.iugs.org',
    description:
      "The worldwide scientific union of the geological sciences. A memorandum between China's Ministry of Land and Resources and IUGS placed the union's permanent secretariat at the CAGS headquarters in Beijing, with a hosting commitment for 2012 to 2020. Scientists from CAGS and CGS have held positions in the union.",
  },
  {
    slug: 'cgmw',
    status: 'PUBLISHED',
    name: 'Commission for the Geological Map of the World',
    acronym: 'CGMW',
    kind: 'ASSOCIATION',
    country: 'FR',
    website: 'https://ccgm.org',
    nativeName: 'Commission de la carte géologique du monde',
    nativeNameLang: 'fr',
    description:
      'A non-profit association registered under French law, set up in 1913 during the 12th International Geological Congress. It produces small-scale thematic geoscience maps, from world and continental sheets to major regions and the ocean floors, and coordinates the international teams that compile them. CGMW is affiliated to IUGS and to the International Union of Geodesy and Geophysics and receives support from UNESCO.',
  },
  {
    slug: 'igcp',
    status: 'PUBLISHED',
    name: 'International Geoscience Programme',
    acronym: 'IGCP',
    kind: 'PROGRAMME',
    country: 'FR',
    website: null,
    description:
      'The UNESCO and IUGS programme that supports international research projects in the geosciences. CAGS takes part in the programme, and CAGS scientists have served on its Scientific Board.',
  },
  {
    slug: 'icdp',
    status: 'PUBLISHED',
    name: 'International Continental Scientific Drilling Program',
    acronym: 'ICDP',
    kind: 'PROGRAMME',
    country: 'DE',
    website: 'https://www.icdp-online.org',
    description:
      'An international programme that supports scientific drilling on the continents to study the structure and history of the Earth. CAGS is among the Chinese institutions active in it.',
  },
  {
    slug: 'ilp',
    status: 'PUBLISHED',
    name: 'International Lithosphere Program',
    acronym: 'ILP',
    kind: 'PROGRAMME',
    country: 'DE',
    website: null,
    description:
      "A joint programme of IUGS and the International Union of Geodesy and Geophysics for multidisciplinary research on the Earth's lithosphere. CAGS takes part in its activities.",
  },
  {
    slug: 'onegeology',
    status: 'PUBLISHED',
    name: 'OneGeology',
    acronym: null,
    kind: 'PROGRAMME',
    country: 'GB',
    website: 'https://onegeology.org',
    description:
      "An initiative of the world's geological surveys, started in 2007, to make geological map data available in digital form for the whole planet and to serve other geoscience data alongside it. Its portal lets anyone view geological maps from participating organizations. The Geological Survey of Japan is one of the participants.",
  },
  {
    // The association's secretariat moves with its Secretary General; the
    // country is where it sat when CAGS hosted the 2014 symposium.
    slug: 'iagod',
    status: 'PUBLISHED',
    name: 'International Association on the Genesis of Ore Deposits',
    acronym: 'IAGOD',
    kind: 'ASSOCIATION',
    country: 'CN',
    website: null,
    description:
      'An international scientific association devoted to research on how ore deposits form. CAGS organized its 14th quadrennial symposium in Kunming in 2014, CGS organized an IAGOD meeting in China in 2008, and CAGS scientists have held posts in the association.',
  },
  {
    slug: 'iah',
    status: 'PUBLISHED',
    name: 'International Association of Hydrogeologists',
    acronym: 'IAH',
    kind: 'ASSOCIATION',
    country: 'GB',
    website: 'https://iah.org',
    description:
      'The international scientific and professional association for groundwater specialists. CGS organized an IAH congress in China in 2006, and CAGS scientists have held posts in the association.',
  },
  {
    slug: 'gsa',
    status: 'PUBLISHED',
    name: 'Geological Society of America',
    acronym: 'GSA',
    kind: 'ASSOCIATION',
    country: 'US',
    website: 'https://www.geosociety.org',
    description:
      'A scientific society for the geosciences based in the United States. Its first joint scientific meeting with the Geological Society of China took place in Chengdu in 2013, organized by CAGS.',
  },
]
