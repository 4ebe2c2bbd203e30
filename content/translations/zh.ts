import type { LocaleTranslations } from '../types'

// Simplified Chinese (zh-Hans) translations of the demo content, keyed by
// content type, slug and field. Organization names are the official Chinese
// names where one exists, otherwise the rendering in common use in China.
// Some organization descriptions are deliberately left untranslated, so the
// demo shows both a translated page and the "shown in English" note.

export const zh: LocaleTranslations = {
  ORGANIZATION: {
    cgs: {
      name: '中国地质调查局',
      description:
        '中国国家地质调查机构。中国地质调查局已与36个国家的地质调查机构、国际和区域组织及大学签署合作协议，合作领域涵盖地质填图、矿产资源评价、海洋地质、城市地质和环境地质等。来自亚洲、非洲和拉丁美洲69个国家的300余名官员和地学专家参加过其举办的培训项目。中国地质调查局还资助CCOP综合地学数据处理项目。',
    },
    cags: {
      name: '中国地质科学院',
      description:
        '中国国家级地球科学研究机构。自20世纪80年代以来，中国地质科学院与40多个国家和地区的合作伙伴开展了数百项合作项目，40余位科学家在国际科学组织中任职。院内设有两个联合国教科文组织二类中心，分别从事岩溶研究和全球尺度地球化学研究；根据2012—2020年的承办承诺，国际地质科学联合会常设秘书处设在其北京院部。',
    },
    icgg: {
      name: '全球尺度地球化学国际研究中心',
      description:
        '联合国教科文组织二类中心，依托中国地质科学院地球物理地球化学勘查研究所建设。中心致力于推动全球尺度地球化学填图，共享方法与数据，并帮助发展中国家建立自主开展地球化学填图的能力。迄今已有来自世界各地的1000余人参加其培训。',
    },
    irck: {
      name: '国际岩溶研究中心',
      description: '联合国教科文组织岩溶研究二类中心，依托中国地质科学院岩溶地质研究所建设。',
    },
    'geological-society-of-china': {
      name: '中国地质学会',
      description:
        '中国地质科学领域的全国性学术团体。2013年，由中国地质科学院承办的中国地质学会与美国地质学会首届联合学术会议在成都举行。',
    },
    gsj: {
      name: '日本产业技术综合研究所地质调查综合中心',
      description:
        '日本国家地质调查机构，隶属于日本产业技术综合研究所（AIST）。其国际合作分为双边和多边两类：双边方面，与亚洲、欧洲、北美和大洋洲的地质机构签有合作备忘录；多边方面，自CCOP成立以来一直在其中发挥牵头作用并提供技术支持，同时参与OneGeology等国际倡议。',
    },
    jogmec: { name: '日本石油天然气金属矿产资源机构' },
    'g-ever': { name: '亚太地区全球地震与火山喷发风险管理合作' },
    'mmre-mongolia': { name: '蒙古国矿产资源与能源部' },
    mrpam: { name: '蒙古国矿产石油管理局' },
    vast: { name: '越南科学技术院' },
    usgs: { name: '美国地质调查局' },
    'dmr-thailand': { name: '泰国矿产资源厅' },
    'monre-thailand': { name: '泰国自然资源与环境部' },
    brgm: { name: '法国地质矿产调查局' },
    ingv: { name: '意大利国家地球物理与火山研究所' },
    'gsc-canada': { name: '加拿大地质调查局' },
    nrcan: { name: '加拿大自然资源部' },
    mta: { name: '土耳其矿产研究与勘查总局' },
    'gns-science': { name: '新西兰地质与核科学研究所' },
    ccop: {
      name: '东亚东南亚地学计划协调委员会',
      description:
        '政府间国际组织，秘书处设在曼谷，通过联合地学项目和研讨会促进东亚和东南亚的经济发展、改善民众生活条件。1966年由四个国家发起成立，五十年后成员国已达16个。日本地质调查综合中心自成立之初便牵头和支持CCOP项目，中国地质调查局则资助其综合地学数据处理项目。',
    },
    asean: { name: '东南亚国家联盟' },
    unesco: {
      name: '联合国教科文组织',
      description:
        '联合国负责教育、科学和文化事务的专门机构。在地球科学领域，它与国际地质科学联合会共同实施国际地球科学计划，支持世界地质图委员会的工作，并将中国地质科学院承办的岩溶研究中心和全球尺度地球化学研究中心批准为联合国教科文组织二类中心。',
    },
    iugs: {
      name: '国际地质科学联合会',
      description:
        '全球性的地质科学学术联合组织。根据中国原国土资源部与国际地质科学联合会签署的备忘录，联合会常设秘书处设在位于北京的中国地质科学院院部，承办期为2012年至2020年。中国地质科学院和中国地质调查局的科学家曾在联合会任职。',
    },
    cgmw: { name: '世界地质图委员会' },
    igcp: { name: '国际地球科学计划' },
    icdp: { name: '国际大陆科学钻探计划' },
    ilp: { name: '国际岩石圈计划' },
    onegeology: { name: 'OneGeology' },
    iagod: { name: '国际矿床成因协会' },
    iah: { name: '国际水文地质学家协会' },
    gsa: { name: '美国地质学会' },
  },

  PROJECT: {
    'atlas-geological-maps-central-asia': {
      title: '中亚及邻区1:250万地质图系',
      summary: '由中国、俄罗斯、蒙古、哈萨克斯坦和韩国五国合作编制的中亚及周边地区1:250万地质图系。',
    },
    'geological-structures-metallogeny-northern-central-eastern-asia': {
      title: '亚洲中东北部三维地质结构与成矿作用',
      summary: '中国、俄罗斯、蒙古、哈萨克斯坦和韩国联合开展的研究，探讨亚洲北部、中部和东部的深部地质结构及其与矿床的关系。',
    },
    'indepth-iv': {
      title: '喜马拉雅和青藏高原深剖面国际合作项目',
      summary: '横跨青藏高原和喜马拉雅的国际深部地球物理剖面探测计划的第四阶段。',
      phase: '第四阶段',
    },
    'western-pacific-continental-margin-metallogeny': {
      title: '西太平洋大陆边缘深部过程与成矿作用',
      summary: '中俄合作研究西太平洋大陆边缘的深部过程及与之相关的矿床。',
    },
    'tibetan-plateau-baikal-rift-cenozoic-correlation': {
      title: '新生代青藏高原与贝加尔裂谷系构造演化及环境变化对比研究',
      summary: '中俄合作对比青藏高原与贝加尔裂谷系在新生代的构造演化和环境变化过程。',
    },
    'emeishan-siberia-permian-large-igneous-provinces': {
      title: '中国峨眉山与俄罗斯西伯利亚二叠纪大火成岩省对比研究',
      summary: '中俄合作对比两个二叠纪大火成岩省：中国西南的峨眉山大火成岩省和俄罗斯的西伯利亚暗色岩。',
    },
    'international-geological-map-of-asia': {
      title: '1:500万亚洲国际地质图',
      summary: '世界地质图委员会组织的填图项目，编制1:500万比例尺的亚洲全域地质图。',
    },
    'ccop-gsj-groundwater': {
      title: 'CCOP–GSJ地下水项目',
      summary: '由日本地质调查综合中心牵头的CCOP项目，研究东亚和东南亚的地下水。',
      body: [
        '自1966年CCOP成立以来，日本地质调查综合中心（GSJ）一直支持东亚东南亚地学计划协调委员会（CCOP）的工作，并牵头实施其中多个项目，地下水项目即为其一。',
        '该项目将GSJ与CCOP成员国的地学机构联系在一起，共同关注地下水这一对区域供水和环境都至关重要的资源。截至2022年，GSJ将该项目列为在研项目。',
      ].join('\n\n'),
    },
    // Deliberately outdated: translated from an earlier English summary that
    // named East Asia only, so the admin shows this translation as outdated.
    'gsi-geoinformation-sharing-infrastructure': {
      title: '东亚东南亚地学信息共享基础设施',
      summary: {
        value: '由日本地质调查综合中心牵头的CCOP项目，旨在建设东亚地学信息共享基础设施。',
        source:
          'A CCOP project led by the Geological Survey of Japan to build shared infrastructure for geoscience information in East Asia.',
      },
    },
    'mamea-magnetic-anomaly-map-east-asia': {
      title: '1:400万东亚磁异常图修编及光盘出版',
      summary: '由日本地质调查综合中心牵头的CCOP项目，修编1:400万东亚磁异常图并以光盘形式出版。',
      outcomes: ['1:400万东亚磁异常图（修编版），以光盘形式出版'],
    },
    'g-ever': {
      title: '亚太地区全球地震与火山喷发风险管理合作',
      summary: '2012年至2020年3月亚太各国开展的合作，汇编地震和火山数据、共享灾害信息，用于评估地震和火山风险。',
      body: [
        '亚太地区是全球地震和火山最为活跃的地区之一。G-EVER将该地区的地学机构联合起来，改进用于评估这些风险的信息。',
        '合作工作包括三个方面：汇编和完善地震与火山数据，在参与方之间共享灾害信息，以及推动地震和火山信息的国际标准化。',
        '日本地质调查综合中心自2012年起参与其中。该合作于2020年3月结束，汇编的数据通过《东亚地震火山灾害信息图》和“亚太地区地质灾害信息系统”发布。',
      ].join('\n\n'),
      outcomes: ['东亚地震火山灾害信息图', '亚太地区地质灾害信息系统'],
    },
    onegeology: {
      title: 'OneGeology',
      summary: '2007年启动的全球地质调查机构合作倡议，旨在提供覆盖全球的数字地质图数据，并同步提供其他地学数据服务。',
      outcomes: ['用于浏览世界地质图的OneGeology门户网站'],
    },
    'igdp-phase-3': {
      title: '综合地学数据处理项目',
      summary:
        '由中国地质调查局资助的中国地质调查局—CCOP—东盟五年期合作项目（2021—2025年），旨在培训地学人员掌握现代数据处理技术，并更新CCOP地区区域重力异常图。',
      body: [
        '综合地学数据处理项目（IGDP）第三期是中国地质调查局、CCOP与东盟之间的合作项目，由中国地质调查局出资。2019年3月，CCOP第74次指导委员会会议批准了该项目，并将其纳入《CCOP 2021—2025年战略计划》。',
        '随着数据、信息技术和人工智能在地球科学中的作用日益突出，项目旨在帮助CCOP成员国和东盟国家的地质调查机构与地学研究机构更好地采集、清洗、处理、解释和共享数据，从而支撑CCOP战略核心的数字化转型。',
        '工作计划包括两条主线。能力建设方面，开设数据处理、共享技术与标准的高级课程，并涉及网络化数据处理、人工智能和在线数据服务；知识提升方面，开展地球物理和地质综合编图与解释，更新区域地质、自然资源和地质灾害图件。',
        '项目还致力于在信息标准、知识体系以及地质资源、环境和地质灾害管理技术等方面，加强成员国之间以及与国际伙伴的合作，服务联合国2030年可持续发展目标。',
      ].join('\n\n'),
      phase: '第三期',
      fundingSource: '中国地质调查局',
      outcomes: [
        '五年内举办五期培训班或研讨会，培训约200名地学人员掌握数据处理技术',
        '数字化的CCOP地区重力异常更新图，以及成员国重力数据更新及其解释报告',
        '用于综合数据处理以及地学信息发布与共享的软件工具和在线系统',
        '关于区域重力异常编图和综合数据处理方法的论文',
        'CCOP成员国之间以及与国际伙伴之间更加紧密的合作关系',
      ],
    },
  },

  MOU: {
    'gsj-mrpam-2008': {
      subject: '地学研究合作',
      summary: '与蒙古国矿产石油管理局地质司开展的无固定期限合作。',
      endTerm: '无固定期限',
    },
    'gsj-mmre-jogmec-2010': {
      subject: '地学研究合作',
      summary: '与蒙古国矿产资源与能源部及日本石油天然气金属矿产资源机构开展的无固定期限合作。',
      endTerm: '无固定期限',
    },
    'gsj-usgs-landsat-2013': {
      subject: 'Landsat卫星数据',
      summary: '与美国地质调查局就Landsat卫星数据开展合作，在Landsat卫星运行期间持续有效。',
      endTerm: '至Landsat卫星停止运行为止',
    },
    'gsj-dmr-monre-2018': {
      subject: '地学研究合作',
      summary: '与泰国矿产资源厅及其上级主管部门泰国自然资源与环境部开展的五年期合作。',
    },
    'gsj-brgm-2019': {
      subject: '地学研究合作',
      summary: '与法国地质调查机构——法国地质矿产调查局（BRGM）开展的五年期合作。',
    },
    'gsj-ingv-2019': {
      subject: '地学研究合作',
      summary: '与意大利国家地球物理与火山研究所（INGV）开展的五年期合作。',
    },
    'gsj-vast-2020': {
      subject: '地学研究合作',
      summary: '与越南科学技术院开展的五年期合作。',
    },
    'gsj-gsc-nrcan-2020': {
      subject: '地学研究合作',
      summary: '与加拿大地质调查局及加拿大自然资源部开展的五年期合作。',
    },
    'gsj-mta-2021': {
      subject: '地学研究合作',
      summary: '与土耳其矿产研究与勘查总局（MTA）开展的合作，期限为2021年1月至2025年12月。',
    },
    'gsj-usgs-2021': {
      subject: '地学研究合作',
      summary: '与美国地质调查局开展的五年期合作，与另行签署的Landsat数据备忘录并行。',
    },
    'gsj-gns-2022': {
      subject: '地学研究合作',
      summary: '与新西兰地质与核科学研究所（GNS Science）开展的五年期合作。',
    },
  },

  CONFERENCE: {
    'ccop-annual-session-2005': {
      name: 'CCOP第42届年会',
      summary: '东亚东南亚地学计划协调委员会成员国的年度会议，由中国地质调查局在中国承办。',
    },
    'geoanalysis-2006': {
      name: '第六届地质与环境物质分析国际会议（Geoanalysis 2006）',
      summary: '关于岩石、矿物和环境样品分析方法的国际会议，由中国地质调查局在中国承办。',
    },
    'iah-congress-2006': {
      name: '国际水文地质学家协会大会',
      summary: '汇聚世界各地地下水专家的国际水文地质学家协会大会，由中国地质调查局在中国承办。',
    },
    'iagod-meeting-2008': {
      name: '国际矿床成因协会会议',
      summary: '国际矿床成因协会（IAGOD）是研究成矿作用的国际学术组织。本次会议由中国地质调查局在中国承办。',
    },
    'urban-remote-sensing-joint-event-2009': {
      name: '2009年城市遥感联合会议',
      summary: '关于利用遥感技术观测和研究城市的国际会议，由中国地质调查局在中国承办。',
    },
    'international-geochemical-mapping-meeting-2009': {
      name: '2009年国际地球化学填图会议',
      summary: '关于地球化学填图的国际会议，由中国地质调查局在中国承办。',
    },
    'planetary-sciences-forum-2011': {
      name: '2011年行星科学与探测国际论坛',
      summary: '关于行星科学和地外天体探测的国际论坛，由中国地质科学院在北京主办。',
      city: '北京',
    },
    'gsc-gsa-joint-meeting-2013': {
      name: '中国地质学会与美国地质学会首届联合学术会议',
      summary: '中美两国全国性地质学会首次联合举办的学术会议，由中国地质科学院在成都承办。',
      city: '成都',
    },
    'precambrian-evolution-deep-exploration-2013': {
      name: '前寒武纪演化与大陆岩石圈深部探测国际会议',
      summary: '关于大陆前寒武纪演化历史以及大陆岩石圈深部探测方法的国际会议，由中国地质科学院在北京主办。',
      city: '北京',
    },
    'salt-lake-research-conference-2014': {
      name: '第十二届国际盐湖学术会议',
      summary: '第十二届盐湖科学国际会议，由中国地质科学院在廊坊承办。',
      city: '廊坊',
    },
    'iagod-symposium-2014': {
      name: '第十四届国际矿床成因协会四年一度学术研讨会',
      summary: '国际矿床成因协会每四年举办一次的学术研讨会的第十四届，由中国地质科学院在昆明承办。',
      city: '昆明',
    },
  },

  TRAINING: {
    'icgg-geochemical-mapping-workshop-2023': {
      title: '2023年全球尺度地球化学国际研究中心地球化学填图国际研讨班',
      summary:
        '联合国教科文组织全球尺度地球化学国际研究中心举办的研讨班，来自10个国家的20名学员围绕地球化学填图的方法与技术开展交流学习。',
    },
  },

  NEWS: {
    'gsj-usgs-landsat-data-memorandum': {
      title: '日本地质调查综合中心与美国地质调查局签署Landsat数据合作备忘录',
      summary:
        '日本地质调查综合中心与美国地质调查局商定就Landsat卫星数据开展合作，备忘录在卫星运行期间持续有效。',
    },
    'cags-unesco-centres-iugs-secretariat': {
      title: '中国地质科学院承建两个联合国教科文组织中心并设有国际地科联秘书处',
      summary:
        '中国地质科学院设有岩溶研究和全球尺度地球化学两个联合国教科文组织二类中心，国际地质科学联合会常设秘书处亦设于此。',
    },
    'g-ever-cooperation-concludes': {
      title: 'G-EVER地震火山风险合作落下帷幕',
      summary:
        '日本地质调查综合中心自2012年起参与的亚太地区G-EVER地震火山风险合作已于2020年3月结束，主要成果为一幅灾害信息图和一个信息系统。',
      body: [
        '亚太地区全球地震与火山喷发风险管理合作（G-EVER）已于2020年3月结束。日本地质调查综合中心（GSJ）自2012年起与亚太其他国家共同参与了这项工作。',
        '八年间，各参与方汇编和完善了本地区的地震与火山数据，共享灾害信息，并推动地震和火山信息的国际标准化，目的在于更可靠地评估风险。',
        '汇编的数据通过两项成果发布：《东亚地震火山灾害信息图》和“亚太地区地质灾害信息系统”。',
      ].join('\n\n'),
    },
    'igdp-phase-iii-begins': {
      title: 'CCOP数据处理项目进入第三期',
      summary:
        '由中国地质调查局资助的综合地学数据处理项目第三期于2021年启动，将在五年内为CCOP和东盟国家培训地学人员，并更新区域重力异常图。',
      body: [
        '综合地学数据处理项目（IGDP）第三期于2021年启动，为期五年，至2025年结束。本期由中国地质调查局出资，与东亚东南亚地学计划协调委员会（CCOP）和东盟共同实施。',
        '2019年3月，CCOP第74次指导委员会会议批准了本期项目，项目已纳入《CCOP 2021—2025年战略计划》，重点支持新战略所强调的地质调查机构数字化转型。',
        '计划成果包括：举办五期培训班和研讨会，培训约200名地学人员掌握数据处理技术；编制数字化的CCOP地区重力异常更新图，并提交成员国重力数据报告；开发用于处理和共享地学数据的软件工具和在线系统；发表关于区域重力编图和数据处理方法的论文。',
        '除上述成果外，项目还将加强CCOP成员国之间以及与国际伙伴的合作，为成员国落实联合国可持续发展目标提供实用工具。',
      ].join('\n\n'),
    },
    'gsj-usgs-five-year-memorandum': {
      title: '日本地质调查综合中心与美国地质调查局签署五年期合作备忘录',
      summary:
        '日本地质调查综合中心与美国地质调查局签署新的合作备忘录，有效期为2021年12月至2026年12月，与双方2013年签署的Landsat数据协议并行。',
    },
    'gsj-gns-science-memorandum': {
      title: '日本地质调查综合中心与新西兰GNS Science签署合作备忘录',
      summary: '日本地质调查综合中心与新西兰GNS Science签署为期五年的合作备忘录，有效期为2022年2月至2027年2月。',
    },
    'onegeology-world-geological-maps': {
      title: 'OneGeology：汇聚世界地质图',
      summary:
        'OneGeology于2007年启动，联合世界各国地质调查机构，提供覆盖全球的数字地质图数据。日本地质调查综合中心作为其多边合作的一部分参与其中。',
    },
    'icgg-geochemical-mapping-workshop-2023': {
      title: '全球尺度地球化学国际研究中心地球化学填图研讨班汇聚10国学员',
      summary:
        '联合国教科文组织全球尺度地球化学国际研究中心举办2023年地球化学填图国际研讨班，来自老挝、土耳其等10个国家的20名学员参加。',
    },
  },
}
