/**
 * A small typed RPC over postMessage: each call carries a request id and resolves the promise
 * waiting for that id; the serving side can also push named events. Method and event types come
 * from the one handler map, as in `send<K extends keyof Handlers>(name, args)`.
 */

export type Handlers = { [method: string]: (...args: never[]) => unknown }
export type Events = { [name: string]: unknown }

/** What a Worker, a worker's `self` and a MessagePort have in common. */
export interface Endpoint {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}

type Call = { kind: 'call'; id: number; method: string; args: unknown[] }
type Reply = { kind: 'reply'; id: number; ok: true; value: unknown } | { kind: 'reply'; id: number; ok: false; message: string }
type Notice = { kind: 'event'; name: string; payload: unknown }

export interface RpcServer<E extends Events> {
  emit<K extends keyof E & string>(name: K, payload: E[K]): void
  close(): void
}

/** Answers calls on `endpoint` with `handlers`; a thrown error travels back as its (Chinese) message. */
export function serve<H extends Handlers, E extends Events = Events>(endpoint: Endpoint, handlers: H): RpcServer<E> {
  const listener = async (event: MessageEvent): Promise<void> => {
    const call = event.data as Call
    if (call?.kind !== 'call') return
    let reply: Reply
    try {
      const handler = Object.prototype.hasOwnProperty.call(handlers, call.method) ? handlers[call.method] : undefined
      if (typeof handler !== 'function') throw new Error(`未知的调用：${call.method}`)
      const value = await (handler as (...args: unknown[]) => unknown)(...call.args)
      reply = { kind: 'reply', id: call.id, ok: true, value }
    } catch (err) {
      reply = { kind: 'reply', id: call.id, ok: false, message: err instanceof Error ? err.message : String(err) }
    }
    endpoint.postMessage(reply)
  }
  endpoint.addEventListener('message', listener)
  return {
    emit: (name, payload) => endpoint.postMessage({ kind: 'event', name, payload } satisfies Notice),
    close: () => endpoint.removeEventListener('message', listener)
  }
}

export interface RpcClient<H extends Handlers, E extends Events = Events> {
  call<K extends keyof H & string>(method: K, ...args: Parameters<H[K]>): Promise<Awaited<ReturnType<H[K]>>>
  /** listens to a pushed event; returns the unsubscribe */
  on<K extends keyof E & string>(name: K, listener: (payload: E[K]) => void): () => void
  /** rejects every pending and later call with `message` (the other side is gone) */
  fail(message: string): void
  close(): void
}

export function connect<H extends Handlers, E extends Events = Events>(endpoint: Endpoint): RpcClient<H, E> {
  let nextId = 1
  let failure: string | null = null
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>()
  const listeners = new Map<string, Set<(payload: never) => void>>()

  const listener = (event: MessageEvent): void => {
    const data = event.data as Reply | Notice
    if (data?.kind === 'event') {
      for (const fn of listeners.get(data.name) ?? []) fn(data.payload as never)
      return
    }
    if (data?.kind !== 'reply') return
    const waiting = pending.get(data.id)
    if (!waiting) return
    pending.delete(data.id)
    if (data.ok) waiting.resolve(data.value as never)
    else waiting.reject(new Error(data.message))
  }
  endpoint.addEventListener('message', listener)

  return {
    call(method, ...args) {
      if (failure) return Promise.reject(new Error(failure))
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: never) => void, reject })
        endpoint.postMessage({ kind: 'call', id, method, args } satisfies Call)
      })
    },
    on(name, fn) {
      const set = listeners.get(name) ?? new Set()
      set.add(fn as (payload: never) => void)
      listeners.set(name, set)
      return () => set.delete(fn as (payload: never) => void)
    },
    fail(message) {
      failure = message
      for (const waiting of pending.values()) waiting.reject(new Error(message))
      pending.clear()
    },
    close() {
      endpoint.removeEventListener('message', listener)
      pending.clear()
      listeners.clear()
    }
  }
}

/** Two connected endpoints in one thread: messages are cloned and delivered asynchronously, as between threads. */
export function endpointPair(): [Endpoint, Endpoint] {
  const make = () => new Set<(event: MessageEvent) => void>()
  const sides = [make(), make()]
  const endpoint = (own: Set<(event: MessageEvent) => void>, other: Set<(event: MessageEvent) => void>): Endpoint => ({
    postMessage(message) {
      const data = structuredClone(message)
      setTimeout(() => {
        for (const fn of other) fn({ data } as MessageEvent)
      }, 0)
    },
    addEventListener: (_type, fn) => own.add(fn),
    removeEventListener: (_type, fn) => own.delete(fn)
  })
  return [endpoint(sides[0], sides[1]), endpoint(sides[1], sides[0])]
}
