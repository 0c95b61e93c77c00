/**
 * The set-up most CMS tests over HTTP share: a throwaway CMS (helpers/payload.ts), its REST
 * handler on a free loopback port (helpers/http.ts), and one signed-in account per role asked
 * for, with its id, email and JWT. Anonymous needs no account: its token is undefined.
 */
import { login, startRestServer, type RestServer } from './http.ts'
import { startTestCms, testPassword, type Payload, type Role, type TestCms } from './payload.ts'

export type Account = { id: string; email: string; token: string }

export type SignedInCms<R extends Role> = {
  cms: TestCms
  payload: Payload
  server: RestServer
  baseUrl: string
  accounts: Record<R, Account>
  /** Another account of `role`, signed in (for cells that change or remove an account). */
  signIn: (role: Role) => Promise<Account>
  close: () => Promise<void>
}

export async function startSignedInCms<R extends Role>(
  roles: readonly R[],
): Promise<SignedInCms<R>> {
  const cms = await startTestCms()
  const server = await startRestServer()
  const signIn = async (role: Role): Promise<Account> => {
    const user = await cms.createUser(role)
    return {
      id: user.id,
      email: user.email,
      token: await login(server.baseUrl, user.email, testPassword),
    }
  }
  const accounts = {} as Record<R, Account>
  for (const role of roles) accounts[role] = await signIn(role)
  return {
    cms,
    payload: cms.payload,
    server,
    baseUrl: server.baseUrl,
    accounts,
    signIn,
    close: async () => {
      await server.close()
      await cms.close()
    },
  }
}
