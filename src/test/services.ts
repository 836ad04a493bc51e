import type { TestContext } from 'node:test'

/**
 * Integration tests that need a real service (PostgreSQL, NATS, a browser) call this first.
 * Where the service is missing the test is skipped with a visible notice; with VIGIE_REQUIRE_SERVICES=1
 * (set by .ci/run) a missing service fails the test instead.
 */
export const needService = async (
  t: TestContext,
  name: string,
  probe: () => Promise<unknown>,
): Promise<boolean> => {
  try {
    await probe()
    return true
  } catch (error) {
    const why = `${name} is not reachable (${error instanceof Error ? error.message : String(error)})`
    if (process.env.VIGIE_REQUIRE_SERVICES === '1')
      throw new Error(`${why}; VIGIE_REQUIRE_SERVICES=1 makes it required`)
    console.warn(`⚠ SKIPPED: ${why}`)
    t.skip(why)
    return false
  }
}
