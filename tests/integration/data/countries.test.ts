import { afterAll, describe, expect, it } from 'vitest'
import {
  deleteCountryFixtures,
  insertCountryConference,
  insertCountryMou,
  insertCountryOrganization,
  insertCountryProject,
  insertCountryTraining,
} from '../../fixtures/country-factories'
import { listCountryCodes } from '@/lib/countries'
import { getCountryOverview, listCooperationCounts, listCountrySummaries } from '@/lib/data/countries'
import { countryName } from '@/lib/utils'

const taken = new Set<string>()

afterAll(() => deleteCountryFixtures())

/**
 * A country that nothing in the shared test database links to yet, so that
 * its counts are exactly what the test inserts. Never the same one twice.
 */
async function freeCountry() {
  const linked = await listCooperationCounts()
  const code = listCountryCodes().find((c) => !(c in linked) && !taken.has(c))
  if (!code) throw new Error('No country without cooperation links is left in the test database')
  taken.add(code)
  return code
}

async function summaryOf(code: string) {
  return (await listCountrySummaries()).find((s) => s.code === code)
}

const hidden = [
  { status: 'DRAFT' },
  { status: 'IN_REVIEW' },
  { status: 'ARCHIVED' },
  { status: 'PUBLISHED', publishedAt: new Date(Date.now() + 86_400_000) },
  { status: 'PUBLISHED', deletedAt: new Date() },
] as const

describe('country summaries', () => {
  it('count every kind of cooperation link, each record once per country', async () => {
    const here = await freeCountry()
    const there = await freeCountry()
    const elsewhere = await freeCountry()

    await insertCountryOrganization(here)
    await insertCountryMou(here)
    // A country listed twice in one project still counts the project once.
    await insertCountryProject([here, there, here])
    // Held here with participants from here too: one training for `here`.
    await insertCountryTraining(here, [
      { country: here, participants: 4 },
      { country: there, participants: null },
    ])
    await insertCountryTraining(elsewhere, [{ country: here, participants: 12 }])
    await insertCountryConference(here)

    expect(await summaryOf(here)).toEqual({
      code: here,
      name: countryName(here),
      counts: { organizations: 1, mous: 1, projects: 1, trainings: 2, conferences: 1 },
      total: 6,
    })
    expect(await summaryOf(there)).toMatchObject({
      counts: { organizations: 0, mous: 0, projects: 1, trainings: 1, conferences: 0 },
      total: 2,
    })
    expect(await summaryOf(elsewhere)).toMatchObject({ counts: { trainings: 1 }, total: 1 })

    const counts = await listCooperationCounts()
    expect(counts[here]).toBe(6)
    expect(counts[there]).toBe(2)
  })

  it('leave out drafts, records in review, archived, future-dated and trashed records', async () => {
    const code = await freeCountry()
    const other = await freeCountry()
    for (const state of hidden) {
      await insertCountryOrganization(code, state)
      await insertCountryMou(code, state)
      await insertCountryProject([code], state)
      await insertCountryTraining(code, [], state)
      await insertCountryTraining(other, [{ country: code, participants: 3 }], state)
      await insertCountryConference(code, state)
    }

    expect(await summaryOf(code)).toBeUndefined()
    expect((await listCooperationCounts())[code]).toBeUndefined()
    expect(await getCountryOverview(code)).toBeNull()

    // One published record among the hidden ones is all that counts.
    await insertCountryConference(code)
    expect(await summaryOf(code)).toMatchObject({
      counts: { organizations: 0, mous: 0, projects: 0, trainings: 0, conferences: 1 },
      total: 1,
    })
  })

  it('are sorted by English country name', async () => {
    const names = (await listCountrySummaries()).map((s) => s.name)
    expect(names.length).toBeGreaterThan(0)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
  })
})

describe('country overview', () => {
  it('lists the published records of every kind, with MOU counterparts and participant numbers', async () => {
    const code = await freeCountry()
    const host = await freeCountry()

    const partner = await insertCountryOrganization(code, { name: 'Aardvark Geological Survey' })
    const draftPartner = await insertCountryOrganization(code, { status: 'DRAFT' })
    const mou = await insertCountryMou(code, { counterpartIds: [partner.id, draftPartner.id] })
    const draftMou = await insertCountryMou(code, { status: 'DRAFT' })
    const project = await insertCountryProject([host, code])
    const hostedTraining = await insertCountryTraining(code)
    const visitedTraining = await insertCountryTraining(host, [{ country: code, participants: 7 }])
    const unknownCountTraining = await insertCountryTraining(host, [{ country: code, participants: null }])
    const archivedTraining = await insertCountryTraining(code, [], { status: 'ARCHIVED' })
    const conference = await insertCountryConference(code)

    const overview = await getCountryOverview(code)
    expect(overview).not.toBeNull()
    expect(overview!.code).toBe(code)
    expect(overview!.name).toBe(countryName(code))
    expect(overview!.counts).toEqual({ organizations: 1, mous: 1, projects: 1, trainings: 3, conferences: 1 })
    expect(overview!.total).toBe(7)

    expect(overview!.organizations.map((o) => o.slug)).toEqual([partner.slug])
    expect(overview!.mous.map((m) => m.slug)).toEqual([mou.slug])
    expect(overview!.mous.map((m) => m.slug)).not.toContain(draftMou.slug)
    // The draft counterpart is not public, so it is not named.
    expect(overview!.mous[0]!.counterparts.map((o) => o.slug)).toEqual([partner.slug])
    expect(overview!.projects.map((p) => p.slug)).toEqual([project.slug])
    expect(overview!.conferences.map((c) => c.slug)).toEqual([conference.slug])

    const trainings = new Map(overview!.trainings.map((t) => [t.slug, t]))
    expect([...trainings.keys()]).not.toContain(archivedTraining.slug)
    expect(trainings.get(hostedTraining.slug)).toMatchObject({
      hostedInCountry: true,
      hasParticipantsFromCountry: false,
      participantsFromCountry: null,
    })
    expect(trainings.get(visitedTraining.slug)).toMatchObject({
      hostedInCountry: false,
      hasParticipantsFromCountry: true,
      participantsFromCountry: 7,
    })
    expect(trainings.get(unknownCountTraining.slug)).toMatchObject({
      hostedInCountry: false,
      hasParticipantsFromCountry: true,
      participantsFromCountry: null,
    })

    // The host country of the two visited trainings sees them too, without participant numbers of its own.
    const hostOverview = await getCountryOverview(host)
    expect(hostOverview!.trainings.map((t) => t.slug).sort()).toEqual(
      [visitedTraining.slug, unknownCountTraining.slug].sort(),
    )
    expect(hostOverview!.trainings.every((t) => t.hostedInCountry && t.participantsFromCountry === null)).toBe(true)
  })

  it('is null for a country without links and for a code that is not a country', async () => {
    expect(await getCountryOverview(await freeCountry())).toBeNull()
    expect(await getCountryOverview('XX')).toBeNull()
    expect(await getCountryOverview('not a code')).toBeNull()
  })

  it('accepts the code in any letter case', async () => {
    const code = await freeCountry()
    await insertCountryOrganization(code)
    expect((await getCountryOverview(code.toLowerCase()))?.code).toBe(code)
  })
})
