import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Runs `main` when the module at `moduleUrl` is the script Node was started
 * with (not when a test imports it), then exits: 0 on success, 1 on failure.
 * Errors that `isExpected` recognizes are printed as their message alone;
 * anything else with its stack.
 */
export function runIfMain(
  moduleUrl: string,
  main: () => unknown,
  isExpected: (error: unknown) => error is Error = (_error): _error is Error => false,
): void {
  const entry = process.argv[1]
  if (!entry || moduleUrl !== pathToFileURL(path.resolve(entry)).href) return
  Promise.resolve()
    .then(main)
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(isExpected(error) ? error.message : error)
        process.exit(1)
      },
    )
}
