import { beforeEach, describe, expect, it, vi } from 'vitest'

const message = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }))
const confirm = vi.hoisted(() => vi.fn())
vi.mock('element-plus', () => ({ ElMessage: message, ElMessageBox: { confirm } }))

const { confirmed, errorText, useBusyAction } = await import('./useBusyAction')

describe('useBusyAction', () => {
  beforeEach(() => vi.clearAllMocks())

  it('is busy while the work runs and says it is done afterwards', async () => {
    const { busy, run } = useBusyAction()
    let release = () => {}
    const pending = run(() => new Promise<void>((done) => (release = done)), '已添加')
    expect(busy.value).toBe(true)
    release()
    expect(await pending).toBe(true)
    expect(busy.value).toBe(false)
    expect(message.success).toHaveBeenCalledWith('已添加')
    expect(message.error).not.toHaveBeenCalled()
  })

  it('says a refusal in its own words, throws nothing further and is no longer busy', async () => {
    const { busy, run } = useBusyAction()
    const ok = await run(() => Promise.reject(new Error('已公示的纪要不能直接修改，请添加补充说明')), '已保存')
    expect(ok).toBe(false)
    expect(busy.value).toBe(false)
    expect(message.error).toHaveBeenCalledWith('已公示的纪要不能直接修改，请添加补充说明')
    expect(message.success).not.toHaveBeenCalled()
  })

  it('reads a lazily built success text only on success', async () => {
    const { run } = useBusyAction()
    const done = vi.fn(() => '已进入公示')
    await run(() => Promise.reject('磁盘已满'), done)
    expect(done).not.toHaveBeenCalled()
    expect(message.error).toHaveBeenCalledWith('磁盘已满')
    await run(() => Promise.resolve(), done)
    expect(message.success).toHaveBeenCalledWith('已进入公示')
  })
})

describe('confirmed', () => {
  it('is true on yes and false when the box is dismissed', async () => {
    confirm.mockResolvedValueOnce('confirm')
    expect(await confirmed('确定？', '转为议题')).toBe(true)
    confirm.mockRejectedValueOnce('cancel')
    expect(await confirmed('确定？', '转为议题')).toBe(false)
    expect(confirm).toHaveBeenLastCalledWith('确定？', '转为议题', { type: 'info' })
  })

  it('errorText keeps an error message and stringifies anything else', () => {
    expect(errorText(new Error('号码有误'))).toBe('号码有误')
    expect(errorText(42)).toBe('42')
  })
})
