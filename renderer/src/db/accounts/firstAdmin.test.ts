import { describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/domain/errors'
import { verifyPassword } from '@shared/crypto/password'
import { createCommunity } from '../setup'
import { counts, ctxAt, freshDb } from '../testing'
import { createAuditService } from '../audit/service'

const community = { name: '和平里社区', township: '和平里街道', district: '东城区', population: '12000' }

describe('the first administrator', () => {
  it('is created with the community, its password hashed, and audited', async () => {
    const db = freshDb()
    const { community: made } = await createCommunity(db, { community, grids: [], admin: { name: '李娜', username: 'lina', password: 'heping2026', confirm: 'heping2026' } }, ctxAt())
    const [admin] = await db.user.toArray()
    expect(admin).toMatchObject({ name: '李娜', username: 'lina', roles: ['admin'], communityId: made.id })
    expect(admin.passwordHash).toMatch(/^pbkdf2-sha256\$600000\$/)
    expect(await verifyPassword('heping2026', admin)).toBe(true)
    expect((await createAuditService(db).list(made.id)).map((e) => e.action)).toEqual(['userCreate'])
  })

  it('reports the community and the admin issues together and writes nothing', async () => {
    const db = freshDb()
    const err = await createCommunity(db, { community: { ...community, name: '' }, grids: [], admin: { name: '', username: 'a b', password: 'short', confirm: 'x' } }, ctxAt()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).issues.map((i) => i.field)).toEqual(['community.name', 'admin.name', 'admin.username', 'admin.password'])
    expect(await counts(db, 'community', 'user', 'auditEntry')).toEqual({ community: 0, user: 0, auditEntry: 0 })
  })

  it('refuses a confirmation that differs', async () => {
    const db = freshDb()
    await expect(createCommunity(db, { community, grids: [], admin: { name: '李娜', username: 'lina', password: 'heping2026', confirm: 'heping2027' } }, ctxAt())).rejects.toThrow('两次输入的密码不一致')
  })
})
