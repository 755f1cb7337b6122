import { describe, expect, it } from 'vitest'
import { connect, endpointPair, serve } from './rpc'

const handlers = {
  add: (a: number, b: number) => a + b,
  later: async (text: string) => `${text}！`,
  refuse: () => {
    throw new Error('当前状态为“已办结”，不能签收')
  }
}
type Api = typeof handlers
type Pushed = { tick: { n: number } }

function pair() {
  const [near, far] = endpointPair()
  const server = serve<Api, Pushed>(far, handlers)
  const client = connect<Api, Pushed>(near)
  return { server, client }
}

describe('rpc', () => {
  it('answers each call by its request id, in any order', async () => {
    const { client } = pair()
    const results = await Promise.all([client.call('later', '办结'), client.call('add', 2, 3), client.call('add', 10, -4)])
    expect(results).toEqual(['办结！', 5, 6])
  })

  it('brings a thrown error back with its Chinese message, and refuses unknown methods', async () => {
    const { client } = pair()
    await expect(client.call('refuse')).rejects.toThrow('当前状态为“已办结”，不能签收')
    const untyped = client as unknown as { call(method: string): Promise<unknown> }
    await expect(untyped.call('toString')).rejects.toThrow('未知的调用：toString')
  })

  it('delivers pushed events to listeners until they unsubscribe', async () => {
    const { server, client } = pair()
    const seen: number[] = []
    const off = client.on('tick', ({ n }) => seen.push(n))
    server.emit('tick', { n: 1 })
    await client.call('add', 0, 0)
    off()
    server.emit('tick', { n: 2 })
    await client.call('add', 0, 0)
    expect(seen).toEqual([1])
  })

  it('a failed side rejects pending and later calls', async () => {
    const [near] = endpointPair()
    const client = connect<Api>(near)
    const waiting = client.call('add', 1, 1)
    client.fail('工单索引未能启动')
    await expect(waiting).rejects.toThrow('工单索引未能启动')
    await expect(client.call('add', 1, 1)).rejects.toThrow('工单索引未能启动')
  })
})
