import type { TrainingRecord } from './types'

export const trainings: TrainingRecord[] = [
  {
    // The workshop ran alongside China Mining 2023, held in Tianjin. Its exact
    // dates are not known, hence YEAR precision. Eight of the ten participating
    // countries are known, but not how many people each sent.
    slug: 'icgg-geochemical-mapping-workshop-2023',
    status: 'PUBLISHED',
    title: '2023 ICGG International Workshop on Geochemical Mapping',
    kind: 'WORKSHOP',
    summary:
      'A workshop of the UNESCO International Centre on Global-Scale Geochemistry for 20 participants from 10 countries, on the methods and technology of geochemical mapping.',
    body: [
      'Lectures, forum discussions and exhibition visits for geochemists from partner countries, aimed at giving them what they need to plan and run geochemical mapping programmes of their own.',
      'Sessions introduced government geochemical mapping projects, the theory and technology of geochemical mapping, analytical techniques for determining 76 elements in geochemical samples, and software for geochemical surveys. The programme combined lectures, forum discussions and visits to an exhibition.',
      'Participants also attended the China Mining Conference and Exhibition 2023 and the forum "Digital Chemical Earth and Critical Mineral Discovery". Experts from Argentina, Cambodia, Cuba, Madagascar, Myanmar, Peru and Türkiye gave presentations on geochemical mapping in their countries, on the "Chemical Earth" International Big Science Program and on uses of its data.',
    ].join('\n\n'),
    startDate: '2023-01-01',
    endDate: null,
    datePrecision: 'YEAR',
    location: 'Tianjin',
    country: 'CN',
    participantsCount: 20,
    topics: [
      'Government geochemical mapping',
      'Geochemical mapping methods',
      '76-element sample analysis',
      'Geochemical survey software',
    ],
    organizer: 'icgg',
    project: null,
    participantCountries: [
      { country: 'AR', participants: null },
      { country: 'CU', participants: null },
      { country: 'KH', participants: null },
      { country: 'LA', participants: null },
      { country: 'MG', participants: null },
      { country: 'MM', participants: null },
      { country: 'PE', participants: null },
      { country: 'TR', participants: null },
    ],
  },
]
