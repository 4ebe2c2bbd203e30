import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { belowFloor, compareVersions } from '@/scripts/check-advisory-floor'

describe('security advisory floor', () => {
  it('orders versions numerically, a pre-release before its release', () => {
    expect(compareVersions('16.4.6', '16.4.6')).toBe(0)
    expect(compareVersions('16.10.0', '16.9.9')).toBe(1)
    expect(compareVersions('16.0.7', '16.4.6')).toBe(-1)
    expect(compareVersions('19.3.1-canary.2', '19.3.1')).toBe(-1)
    expect(compareVersions('v20.0.0', '19.3.1')).toBe(1)
  })

  it('reports packages below the floor or missing', () => {
    const floor = { next: '16.4.6', react: '19.3.1', 'react-dom': '19.3.1' }
    expect(belowFloor(floor, { next: '16.4.6', react: '19.3.2', 'react-dom': '19.3.1' })).toEqual([])
    expect(belowFloor(floor, { next: '16.0.7', react: '19.3.1', 'react-dom': null })).toEqual([
      { name: 'next', installed: '16.0.7', floor: '16.4.6' },
      { name: 'react-dom', installed: null, floor: '19.3.1' },
    ])
  })

  it('holds for what package.json pins', () => {
    const { floor } = JSON.parse(readFileSync('scripts/advisory-floor.json', 'utf8')) as { floor: Record<string, string> }
    const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }
    const pinned = Object.fromEntries(Object.keys(floor).map((name) => [name, dependencies[name]?.replace(/^[\^~]/, '') ?? null]))
    expect(belowFloor(floor, pinned)).toEqual([])
  })
})
